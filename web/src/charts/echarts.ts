// Only the parts of ECharts the screens use, rendered as SVG (sharp in screenshots and prints, small bundle).
import * as echarts from "echarts/core";
import { BarChart, CustomChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, CustomChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export { echarts };

/** Colours matched to the status tones of the screens (app.css), readable on white. */
export const TONE_COLOURS: Record<string, string> = {
  green: "#00805f",
  blue: "#0066cc",
  yellow: "#b38600",
  orange: "#d1650d",
  red: "#c0262d",
  grey: "#8a9aa8",
};

export const CHART_FONT = "Titillium Web, Geneva, Tahoma, sans-serif";

/** Second shades for a tone a scale uses twice (ARTI: "1. in anticipo" and "3. secondo le aspettative" are both green). */
const SECOND_SHADES: Record<string, string> = {
  green: "#5fb894",
  blue: "#6aa6e6",
  yellow: "#e0b53d",
  orange: "#f09a52",
  red: "#e06b70",
  grey: "#b8c2cc",
};

/** One colour per slice: the tone's colour, a second shade when the tone came before. */
export function sliceColours(tones: readonly string[]): string[] {
  const seen = new Set<string>();
  return tones.map((tone) => {
    const colour = seen.has(tone) ? (SECOND_SHADES[tone] ?? "#8a9aa8") : (TONE_COLOURS[tone] ?? "#8a9aa8");
    seen.add(tone);
    return colour;
  });
}
