// Baselines ("valore iniziale") as the sources write them: a figure, often with the year it refers to.
//   ARTI (seed 004, "Valore iniziale"):  "95,20% dato 2020", "100,00% dato 2020", "-"
//   AFOL (seed 000, "Risultato" column): "Dato 2021 3.769", "Nel 2021: 124.075", "2021: 1.073",
//                                        "2021: 435 utenti", "2021: 12 webinar 178 utenti"
// Pure: no I/O. The engine and the target grammar read `value`; composite baselines keep every figure in `parts`.
import { parseItalianNumber } from "./italian";

export interface BaselinePart {
  value: number;
  /** what is counted, as written ("webinar", "utenti"); null for a bare figure or a percentage. */
  unit: string | null;
}

export interface ParsedBaseline {
  /** the figure when the text states exactly one; null when it states several ("12 webinar 178 utenti"). */
  value: number | null;
  /** the year the figure refers to ("dato 2020" → 2020), or null when not written. */
  year: number | null;
  /** true when the figure is a percentage ("95,20%"). */
  isPercent: boolean;
  /** every figure in the order written; one element for a single figure. */
  parts: BaselinePart[];
}

const YEAR = "((?:19|20)\\d{2})";
// Where a year is marked as such; an unmarked 4-digit number stays a figure (ANPAL writes counts like "2048").
const YEAR_MARKERS: RegExp[] = [
  new RegExp(`^(?:nel|anno|al)?\\s*${YEAR}\\s*:\\s*`, "i"), // "2021: 1.073", "Nel 2021: 124.075"
  new RegExp(`\\b(?:dato|valore|nel|anno|al)\\s+${YEAR}\\b\\s*:?\\s*`, "i"), // "95,20% dato 2020", "Dato 2021 3.769"
  new RegExp(`\\(\\s*${YEAR}\\s*\\)\\s*`), // "3.769 (2021)"
  new RegExp(`^${YEAR}\\s+(?=\\d)`), // "2021 3.769"
];

/** An Italian number: grouped thousands ("124.075", "1.073") or plain, with an optional decimal part ("95,20"). */
export const ITALIAN_NUMBER_PATTERN = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?";
const FIGURE = new RegExp(`(${ITALIAN_NUMBER_PATTERN})\\s*(%)?\\s*([^\\d%()]*)`, "g");

/** True for texts that state no baseline: empty, "-", "n.d.", "non disponibile". */
export function isBlankBaseline(text: string | null | undefined): boolean {
  if (text == null) return true;
  const t = normaliseSpaces(text).toLowerCase();
  return t === "" || /^[-/.\s]+$/.test(t) || /^(?:n\.?\s?d\.?|n\.?\s?a\.?|non disponibile|nessuno)$/.test(t);
}

/** Reads a baseline; null when the text states no figure ("-", "", "non disponibile"). */
export function parseBaseline(text: string | null | undefined): ParsedBaseline | null {
  if (isBlankBaseline(text)) return null;
  let rest = normaliseSpaces(text!);
  let year: number | null = null;
  for (const marker of YEAR_MARKERS) {
    const m = rest.match(marker);
    if (!m) continue;
    year = Number(m[1]);
    rest = (rest.slice(0, m.index!) + " " + rest.slice(m.index! + m[0].length)).trim();
    break;
  }
  const parts: BaselinePart[] = [];
  let isPercent = false;
  for (const m of rest.matchAll(FIGURE)) {
    const value = parseItalianNumber(m[1]!);
    if (value == null) continue;
    if (m[2]) isPercent = true;
    parts.push({ value, unit: cleanUnit(m[3] ?? "") });
  }
  if (parts.length === 0) return null;
  return { value: parts.length === 1 ? parts[0]!.value : null, year, isPercent, parts };
}

function cleanUnit(raw: string): string | null {
  // "12 webinar e 178 utenti": the connector belongs between the figures, not to the unit.
  const unit = raw
    .replace(/[,;:]/g, " ")
    .replace(/\s+(?:e|ed)\s*$/i, "")
    .trim();
  return unit === "" ? null : unit;
}

function normaliseSpaces(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[−–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
