// Every figure the engine computes travels with its explanation: the inputs, the baseline, the rule and band
// applied, where the data came from and at which date — and one line of Italian for the screens and reports.
// Figures are rounded here only, when written for people ("188,94%"); the numbers themselves stay exact.
import { formatItalianDate, formatItalianNumber, formatItalianPercent } from "../italian";
import { stable } from "./result";

export type ExplanationInput = number | string | boolean | null;

export interface Explanation {
  /** what the figure is: "raggiungimento", "punteggio", "stato", "punteggio obiettivo". */
  figure: string;
  /** the item it belongs to, as users name it: "ARTI 1.5", "Obiettivo 12". */
  subject: string | null;
  value: number | null;
  inputs: Record<string, ExplanationInput>;
  baseline: { value: number; year: number | null } | null;
  /** the rule applied, in Italian: "conseguito ÷ target", "media ponderata". */
  rule: string;
  /** the band hit, when the rule has bands: "80–95% → 75". */
  band: string | null;
  /** data source ("Fonte dati: Direzione") or the source document. */
  source: string | null;
  cutoffDate: string | null;
  /** one line of Italian. */
  text: string;
}

export function explain(parts: {
  figure: string;
  subject?: string | null;
  value?: number | null;
  inputs?: Record<string, ExplanationInput>;
  baseline?: { value: number; year: number | null } | null;
  rule: string;
  band?: string | null;
  source?: string | null;
  cutoffDate?: string | null;
  text: string;
}): Explanation {
  return {
    figure: parts.figure,
    subject: parts.subject ?? null,
    value: parts.value ?? null,
    inputs: parts.inputs ?? {},
    baseline: parts.baseline ?? null,
    rule: parts.rule,
    band: parts.band ?? null,
    source: parts.source ?? null,
    cutoffDate: parts.cutoffDate ?? null,
    text: parts.text,
  };
}

/** Rounds half away from zero on the decimal digits as written (188,935 → 188,94), not on the binary value. */
export function roundForDisplay(value: number, fractionDigits: number): number {
  const clean = stable(value);
  const sign = clean < 0 ? -1 : 1;
  const written = `${Math.abs(clean)}`;
  // tiny or huge numbers print in exponent form ("1e-7"): the decimal trick does not apply, nor is it needed
  if (written.includes("e")) return Math.round(clean * 10 ** fractionDigits) / 10 ** fractionDigits;
  const shifted = Math.round(Number(`${written}e${fractionDigits}`));
  return sign * Number(`${shifted}e-${fractionDigits}`);
}

/** 188.935 → "188,94%". */
export function formatPercent(value: number, fractionDigits = 2): string {
  return formatItalianPercent(roundForDisplay(value, fractionDigits), fractionDigits);
}

/** Numbers as the documents write them: 37787 → "37.787", 34.8 → "34,8", 4522.8 → "4.522,8", 1/3 → "0,33". */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  const rounded = roundForDisplay(value, maxFractionDigits);
  const decimals = `${Math.abs(rounded)}`.split(".")[1]?.length ?? 0;
  return formatItalianNumber(rounded, Math.min(decimals, maxFractionDigits));
}

/** Amounts as in budgets: whole numbers without decimals (10.771.777), otherwise two (366.158,90). */
export function formatAmount(value: number): string {
  const rounded = roundForDisplay(value, 2);
  return formatItalianNumber(rounded, Number.isInteger(rounded) ? 0 : 2);
}

/** "2021-06-30" → "30/06/2021". */
export function formatDate(iso: string): string {
  return formatItalianDate(iso);
}

/** Percentage points with sign: 15 → "+15,00 pp", -0.5 → "-0,50 pp". */
export function formatPoints(value: number, fractionDigits = 2): string {
  const rounded = roundForDisplay(value, fractionDigits);
  const sign = rounded > 0 ? "+" : "";
  return `${sign}${formatItalianNumber(rounded, fractionDigits)} pp`;
}
