// How figures read on every screen: the Italian way of the source documents ("7.920", "188,94%", "30/06/2021"),
// whatever the interface language, so that what users see matches the documents they compare it with.
import { formatDate, formatNumber, formatPercent } from "@domain/evaluation/explain";

export { formatDate, formatNumber, formatPercent };

/** A value with the indicator's unit: "%" gives "56,00%", a count "37.787". */
export function formatMeasuredValue(value: number | null, unit: string | null): string {
  if (value === null) return "—";
  return unit?.trim() === "%" ? formatPercent(value) : formatNumber(value);
}

/** "2021-06-30" → "30/06/2021"; null → "—". */
export function formatOptionalDate(iso: string | null): string {
  return iso ? formatDate(iso) : "—";
}

/** Weight in percent as the documents write it: 6 → "6,00%"; null → "—". */
export function formatWeight(weight: number | null): string {
  return weight === null ? "—" : formatPercent(weight);
}

/** "2021–2023" or "2022". */
export function formatYears(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}
