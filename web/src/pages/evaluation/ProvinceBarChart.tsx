// The Provinces' values on one indicator as horizontal bars, best first, labelled with the Italian figure.
import { Chart } from "../../charts/Chart";
import { CHART_FONT } from "../../charts/echarts";
import { formatMeasuredValue } from "../../format/figures";
import type { IndicatorComparison } from "./allocation-view";

export function ProvinceBarChart({ comparison, summary }: { comparison: IndicatorComparison; summary: string }) {
  const rows = comparison.rows.filter((r) => r.value !== null);
  const show = (v: number) => formatMeasuredValue(v, comparison.unit);
  const option = {
    textStyle: { fontFamily: CHART_FONT },
    grid: { left: 210, right: 72, top: 8, bottom: 24 },
    xAxis: { type: "value", min: 0, axisLabel: { formatter: (v: number) => show(v) } },
    yAxis: {
      type: "category",
      inverse: true,
      data: rows.map((r) => `${r.rank}. ${r.label}`),
      axisLabel: { width: 200, overflow: "truncate", fontFamily: CHART_FONT, fontSize: 12, color: "#1a1a1a" },
      axisTick: { show: false },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 18,
        data: rows.map((r) => r.value),
        itemStyle: { color: "#0066cc", borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: "right", formatter: (p: { value: number }) => show(p.value), fontFamily: CHART_FONT, color: "#1a1a1a" },
      },
    ],
  };
  return <Chart option={option} height={Math.max(140, 40 + rows.length * 30)} summary={summary} />;
}
