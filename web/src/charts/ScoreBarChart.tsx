// Scores of areas or structures as horizontal bars (0–100%+), labelled with the Italian figure.
import { formatPercent } from "../format/figures";
import type { ScoreRow } from "../model/dashboard";
import { Chart } from "./Chart";
import { CHART_FONT } from "./echarts";

export function ScoreBarChart({ rows, summary, testId }: { rows: ScoreRow[]; summary: string; testId?: string }) {
  const scored = rows.filter((r) => r.score !== null);
  const option = {
    textStyle: { fontFamily: CHART_FONT },
    // fixed room for the labels: ECharts' containLabel does not measure wrapped labels
    grid: { left: 190, right: 64, top: 8, bottom: 24 },
    tooltip: { trigger: "item", formatter: (p: { name: string; value: number }) => `${escapeHtml(p.name)}: ${formatPercent(p.value)}` },
    xAxis: { type: "value", min: 0, max: Math.max(100, ...scored.map((r) => r.score!)), axisLabel: { formatter: (v: number) => `${v}%` } },
    yAxis: {
      type: "category",
      inverse: true,
      data: scored.map((r) => r.label),
      axisLabel: { width: 180, overflow: "break", lineHeight: 14, fontFamily: CHART_FONT, fontSize: 12, color: "#1a1a1a" },
      axisTick: { show: false },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 22,
        data: scored.map((r) => r.score),
        itemStyle: { color: "#0066cc", borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: "right", formatter: (p: { value: number }) => formatPercent(p.value), fontFamily: CHART_FONT, color: "#1a1a1a" },
      },
    ],
  };
  return <Chart option={option} height={Math.max(140, 40 + scored.length * 52)} summary={summary} testId={testId} />;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
