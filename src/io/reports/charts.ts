// Charts of the Relazione rendered on the server: ECharts draws SVG without a browser (SSR), the PDF embeds the
// SVG and the DOCX a PNG made by resvg with the same font. Every chart comes with its text alternative, and the
// report shows the same figures in a table next to it.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import type { ScoreRow, StatusRow, Tone } from "./relazione-model";

export interface RenderedChart {
  svg: string;
  width: number;
  height: number;
  /** the text alternative: what the chart shows, with every figure. */
  description: string;
  title: string;
}

// Bootstrap Italia's palette, dark enough for white labels (contrast ≥ 4.5:1).
export const TONE_COLOURS: Record<Tone, string> = {
  green: "#00734A",
  blue: "#0066CC",
  yellow: "#8A6200",
  orange: "#A35200",
  red: "#C2253F",
  grey: "#5D7083",
};

export const CHART_FONT = "Titillium Web";
const FONT_DIR = fileURLToPath(new URL("../../../node_modules/bootstrap-italia/dist/fonts/Titillium_Web/", import.meta.url));
export const CHART_FONT_FILES = ["regular", "600"].map((w) => `${FONT_DIR}titillium-web-v10-latin-ext_latin-${w}.ttf`);

const WIDTH = 640;

function render(option: echarts.EChartsOption, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: `${CHART_FONT}, sans-serif`, fontSize: 13, color: "#1A1A1A" }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Horizontal bars of scores (0–100%), one per area or structure; rows without a score are named in the text only. */
export function renderScoreChart(title: string, rows: readonly ScoreRow[]): RenderedChart | null {
  const scored = rows.filter((r) => r.value !== null);
  if (scored.length === 0) return null;
  const height = 70 + scored.length * 44;
  const max = Math.max(100, ...scored.map((r) => r.value!));
  const svg = render(
    {
      grid: { left: 8, right: 64, top: 16, bottom: 28, containLabel: true },
      xAxis: { type: "value", min: 0, max, axisLabel: { formatter: (v: number) => `${v}%` } },
      yAxis: {
        type: "category",
        inverse: true,
        data: scored.map((r) => r.label),
        axisLabel: { width: 220, overflow: "break", lineHeight: 15 },
      },
      series: [
        {
          type: "bar",
          barMaxWidth: 26,
          itemStyle: { color: TONE_COLOURS.blue },
          data: scored.map((r) => ({ value: r.value!, name: r.score })),
          label: { show: true, position: "right", formatter: (p: { name?: string }) => p.name ?? "", color: "#1A1A1A" },
        },
      ],
    },
    height,
  );
  const missing = rows.filter((r) => r.value === null).map((r) => r.label);
  const description =
    `${title}: ${scored.map((r) => `${r.label} ${r.score}`).join("; ")}.` + (missing.length ? ` Non calcolabile: ${missing.join("; ")}.` : "");
  return { svg, width: WIDTH, height, description, title };
}

/** Vertical bars: how many objectives (or indicators) sit on each level of the plan's scale. */
export function renderStatusChart(title: string, rows: readonly StatusRow[]): RenderedChart | null {
  if (rows.every((r) => r.count === 0)) return null;
  const height = 300;
  const svg = render(
    {
      grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: rows.map((r) => r.label), axisLabel: { interval: 0, width: 110, overflow: "break", lineHeight: 15 } },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        {
          type: "bar",
          barMaxWidth: 48,
          data: rows.map((r) => ({ value: r.count, name: r.share, itemStyle: { color: TONE_COLOURS[r.tone] } })),
          label: { show: true, position: "top", formatter: (p: { value?: unknown; name?: string }) => `${String(p.value)} (${p.name ?? ""})` },
        },
      ],
    },
    height,
  );
  const description = `${title}: ${rows.map((r) => `${r.label} ${r.count} (${r.share})`).join("; ")}.`;
  return { svg, width: WIDTH, height, description, title };
}

let fontFiles: string[] | null = null;

/** The chart as PNG at `scale` (2 = sharp when printed), drawn with Titillium Web like the PDF. */
export function chartToPng(chart: RenderedChart, scale = 2): Buffer {
  // without Bootstrap Italia's fonts (a trimmed install) the system's sans-serif is used
  fontFiles ??= CHART_FONT_FILES.filter((file) => existsSync(file));
  const resvg = new Resvg(chart.svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: { loadSystemFonts: fontFiles.length === 0, fontFiles, defaultFontFamily: CHART_FONT },
  });
  return Buffer.from(resvg.render().asPng());
}

export interface RelazioneCharts {
  objectivesByStatus: RenderedChart | null;
  areas: RenderedChart | null;
  structures: RenderedChart | null;
}

/** The three charts of the Relazione, with the titles the document uses. */
export function renderRelazioneCharts(report: { summary: { objectivesByStatus: readonly StatusRow[] }; areas: readonly ScoreRow[]; structures: readonly ScoreRow[] }): RelazioneCharts {
  return {
    objectivesByStatus: renderStatusChart("Obiettivi per stato di attuazione", report.summary.objectivesByStatus),
    areas: renderScoreChart("Punteggio per ambito", report.areas),
    structures: renderScoreChart("Punteggio per struttura", report.structures),
  };
}
