// Indicator values as Italian text: "7.920", "88,50%", "45 giorni", and a plain-text table for the CLI.
import { formatItalianDate, formatItalianNumber, formatItalianPercent } from "../../domain/italian";
import type { DatasetSummary } from "../../domain/model";
import type { BreakdownValue, IndicatorResult } from "../compute/compute-results";

export function formatValue(result: Pick<IndicatorResult, "measure" | "scale">, value: BreakdownValue["value"]): string {
  if (value.kind === "not-computable") return `non calcolabile: ${value.reason}`;
  switch (result.measure) {
    case "count":
      return formatItalianNumber(value.value);
    case "rate":
      return result.scale === 100 ? formatItalianPercent(value.value, 2) : formatItalianNumber(value.value, 4);
    case "duration":
      return `${formatItalianNumber(value.value, Number.isInteger(value.value) ? 0 : 1)} giorni`;
  }
}

/** "37.787 / 20.000" for a rate, "" otherwise. */
export function formatFraction(row: BreakdownValue): string {
  if (row.denominator === null) return "";
  return `${formatItalianNumber(row.numerator ?? 0)} / ${formatItalianNumber(row.denominator)}`;
}

/** "3 file, l'ultimo «eventi.parquet»; 636.863 eventi dal 01/01/2021 al 31/12/2023". */
export function formatDatasetSummary(summary: DatasetSummary): string {
  const files = summary.files === 1 ? `1 file, «${summary.lastFile}»` : `${formatItalianNumber(summary.files)} file, l'ultimo «${summary.lastFile}»`;
  const span = summary.firstEventDate && summary.lastEventDate ? ` dal ${formatItalianDate(summary.firstEventDate)} al ${formatItalianDate(summary.lastEventDate)}` : "";
  return `${files}; ${formatItalianNumber(summary.events)} eventi${span}`;
}

export function formatResultTable(result: IndicatorResult, options: { maxRows?: number } = {}): string {
  const lines = [`${result.title} [${result.definitionId}]`];
  const rows = [result.total, ...result.breakdowns].slice(0, (options.maxRows ?? Infinity) + 1);
  const cells = rows.map((row) => [
    row.breakdown === "total" ? "Totale" : `${row.breakdown}: ${row.label ?? row.key}`,
    formatValue(result, row.value),
    formatFraction(row),
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...cells.map((c) => c[i]!.length)));
  for (const c of cells) lines.push(`  ${c[0]!.padEnd(widths[0]!)}  ${c[1]!.padStart(widths[1]!)}  ${c[2]}`.trimEnd());
  const hidden = result.breakdowns.length + 1 - rows.length;
  if (hidden > 0) lines.push(`  … altre ${formatItalianNumber(hidden)} righe`);
  return lines.join("\n");
}
