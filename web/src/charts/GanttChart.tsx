// The cronoprogramma as a Gantt chart: planned bars (light) and, under them, the work done up to the actual end
// (dark), a line at the cut-off date; the phase weight is in the row label.
import { useTranslation } from "react-i18next";
import { formatDate, formatPercent } from "../format/figures";
import type { GanttView } from "../model/gantt";
import { Chart } from "./Chart";
import { CHART_FONT, TONE_COLOURS } from "./echarts";

const DAY = 86_400_000;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function toTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

type RenderApi = {
  value: (dimension: number) => number;
  coord: (point: [number, number]) => [number, number];
  size: (point: [number, number]) => [number, number];
  style: () => Record<string, unknown>;
};

function barRenderer(offset: number, heightShare: number) {
  return (_params: unknown, api: RenderApi) => {
    const category = api.value(0);
    const start = api.coord([api.value(1), category]);
    const end = api.coord([api.value(2), category]);
    const band = api.size([0, 1])[1];
    const height = band * heightShare;
    return {
      type: "rect",
      shape: { x: start[0], y: start[1] + band * offset, width: Math.max(end[0] - start[0], 3), height },
      style: api.style(),
    };
  };
}

export function GanttChart({ view }: { view: GanttView }) {
  const { t } = useTranslation();
  if (!view.range || view.rows.length === 0) return <p className="text-muted">{t("objective.noPhases")}</p>;
  const labels = view.rows.map((r) => `${t("objective.phase")} ${r.number}${r.weight !== null ? ` · ${formatPercent(r.weight, 0)}` : ""}`);
  const planned = view.rows.map((r, i) => (r.plannedStart && r.plannedEnd ? [i, toTime(r.plannedStart), toTime(r.plannedEnd) + DAY - 1, r.number] : [i, null, null, r.number]));
  const actual = view.rows
    .map((r, i) => (r.actualEnd ? [i, toTime(r.plannedStart ?? r.actualEnd), toTime(r.actualEnd) + DAY - 1, r.number] : null))
    .filter((d): d is number[] => d !== null);
  const summary = t("objective.ganttSummary", {
    code: view.cronoprogramma.code,
    phases: view.rows.length,
    done: view.rows.filter((r) => r.state === "done-on-time" || r.state === "done-late").length,
    progress: view.progress === null ? "—" : formatPercent(view.progress),
    cutoff: formatDate(view.cutoffDate),
  });
  const rowFor = (index: number) => view.rows[index]!;
  const option = {
    textStyle: { fontFamily: CHART_FONT },
    grid: { left: 110, right: 24, top: 44, bottom: 28 },
    legend: { top: 0, left: 0, data: [t("objective.planned"), t("objective.actual")], textStyle: { fontFamily: CHART_FONT } },
    tooltip: {
      trigger: "item",
      formatter: (p: { seriesIndex: number; data: number[] }) => {
        const r = rowFor(p.data[0]!);
        const lines = [
          `<strong>${t("objective.phase")} ${r.number}</strong>`,
          `${t("objective.planned")}: ${r.plannedStart ? formatDate(r.plannedStart) : "—"} – ${r.plannedEnd ? formatDate(r.plannedEnd) : "—"}`,
          // ECharts tooltips are HTML: text from the source file is escaped
          `${t("objective.actualEnd")}: ${r.actualEnd ? formatDate(r.actualEnd) : escapeHtml(r.actualEndText ?? "—")}`,
          `${t("objective.weight")}: ${r.weight === null ? "—" : formatPercent(r.weight)}`,
          t(`phaseState.${r.state}`),
        ];
        return lines.join("<br/>");
      },
    },
    xAxis: {
      type: "time",
      min: toTime(view.range.from),
      max: toTime(view.range.to) + DAY,
      axisLabel: { formatter: (value: number) => formatDate(new Date(value).toISOString().slice(0, 10)).slice(3), fontFamily: CHART_FONT },
      splitLine: { show: true, lineStyle: { color: "#eef0f2" } },
    },
    yAxis: { type: "category", data: labels, inverse: true, axisTick: { show: false }, axisLabel: { fontFamily: CHART_FONT, fontSize: 12 } },
    series: [
      {
        type: "custom",
        name: t("objective.planned"),
        renderItem: barRenderer(-0.32, 0.36),
        encode: { x: [1, 2], y: 0 },
        itemStyle: { color: "#9cc4ef" },
        data: planned,
        markLine: {
          symbol: "none",
          silent: true,
          lineStyle: { color: TONE_COLOURS.red, type: "dashed", width: 1.5 },
          label: { formatter: t("objective.cutoffMark", { date: formatDate(view.cutoffDate) }), position: "start", color: "#8a1f24", fontFamily: CHART_FONT, fontWeight: 600 },
          data: [{ xAxis: toTime(view.cutoffDate) }],
        },
      },
      {
        type: "custom",
        name: t("objective.actual"),
        renderItem: barRenderer(0.06, 0.26),
        encode: { x: [1, 2], y: 0 },
        itemStyle: { color: "#004d99" },
        data: actual,
      },
    ],
  };
  return <Chart option={option} height={Math.max(160, 56 + view.rows.length * 44)} summary={summary} testId={`gantt-${view.cronoprogramma.code}`} />;
}
