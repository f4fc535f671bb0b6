// An ECharts chart drawn as an image with a text alternative: the container has role="img" and a summary, the
// full data is in the table next to it (ChartFigure). ECharts' own aria labels are off to avoid doubling.
import ReactEChartsCore from "echarts-for-react/esm/core";
import { echarts } from "./echarts";

interface ChartProps {
  option: Record<string, unknown>;
  height: number;
  summary: string;
  testId?: string;
}

export function Chart({ option, height, summary, testId }: ChartProps) {
  return (
    <div role="img" aria-label={summary} data-testid={testId} className="chart">
      <ReactEChartsCore echarts={echarts} option={{ aria: { enabled: false }, animation: false, ...option }} style={{ height, width: "100%" }} opts={{ renderer: "svg" }} notMerge />
    </div>
  );
}
