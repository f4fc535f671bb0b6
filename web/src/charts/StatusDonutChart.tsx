// How many items sit on each level of the plan's scale, as a donut coloured like the status badges.
import type { StatusSlice } from "../model/dashboard";
import { Chart } from "./Chart";
import { CHART_FONT, sliceColours } from "./echarts";

export function StatusDonutChart({ slices, summary, testId }: { slices: StatusSlice[]; summary: string; testId?: string }) {
  const colours = sliceColours(slices.map((s) => s.tone));
  const option = {
    textStyle: { fontFamily: CHART_FONT },
    tooltip: { trigger: "item", formatter: "{b}: {c} ({d}%)" },
    legend: { orient: "vertical", right: 0, top: "middle", textStyle: { fontFamily: CHART_FONT, fontSize: 12 } },
    series: [
      {
        type: "pie",
        radius: ["45%", "72%"],
        center: ["30%", "50%"],
        avoidLabelOverlap: true,
        label: { show: true, formatter: "{c}", fontFamily: CHART_FONT, fontWeight: 600 },
        data: slices.map((s, i) => ({ name: s.label, value: s.count, itemStyle: { color: colours[i], borderColor: "#fff", borderWidth: 2 } })),
      },
    ],
  };
  return <Chart option={option} height={240} summary={summary} testId={testId} />;
}
