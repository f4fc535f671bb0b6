// Figures of the evaluation screens in the documents' Italian formats: euro amounts with cents ("€ 25.722.311,28"),
// and the stated/computed figures of a finding, read as the finding's kind means them.
import type { Finding } from "@domain/evaluation/findings";
import { formatItalianNumber } from "@domain/italian";
import { roundForDisplay } from "@domain/evaluation/explain";
import { formatNumber, formatPercent } from "../../format/figures";

/** 25722311.28 → "€ 25.722.311,28"; null → "—". Budgets always show cents, so columns line up. */
export function formatEuro(value: number | null): string {
  return value === null ? "—" : `€ ${formatItalianNumber(roundForDisplay(value, 2), 2)}`;
}

/** Findings whose figures are percentages (weights, ratios, progress). */
const PERCENT_CODES = new Set<Finding["code"]>(["objective-weights-sum", "phase-weights-sum", "ratio-mismatch", "cronoprogramma-value-mismatch", "role-weighting-invalid"]);

export function formatFindingFigure(finding: Finding, value: number | string | null): string {
  if (value === null) return "—";
  if (typeof value === "string") return value;
  if (finding.code === "table-total-mismatch") return formatEuro(value);
  return PERCENT_CODES.has(finding.code) ? formatPercent(value) : formatNumber(value);
}
