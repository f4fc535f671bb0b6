// Reads what a measurement says into the engine's input: the value, numerator/denominator, a completion date
// ("concluso il 15/07/2022"), yes/no ("sì", "realizzato"), or the figures of a composite target
// ("280 studenti 120 genitori"). The stored value wins over the text; the text is read only when needed.
import { parseItalianNumber, parseTimingText } from "../italian";
import type { Measurement } from "../model";
import type { ParsedTarget } from "../target";
import type { ActualInput } from "./achievement";

// the word must end there: "sì" ends in a letter \b does not see, "no" must not match "novembre"
const END = "(?=[\\s.,;:!]|$)";
const YES = new RegExp(`^(s[iì]|fatto|realizzat[oa]|completat[oa]|conclus[oa]|raggiunt[oa]|approvat[oa]|attivat[oa]|avviat[oa]|ok)${END}`, "i");
const NO = new RegExp(`^(no|non)${END}`, "i");
// Italian figures: grouped thousands ("1.000"), decimals with a comma ("12,5").
const FIGURE = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;

/** "sì", "realizzato", "non realizzato", "no" → true/false; anything else → null. */
export function readYesNo(text: string | null): boolean | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (NO.test(trimmed)) return false;
  if (YES.test(trimmed)) return true;
  return null;
}

/** The figures written in a text, in order: "280 studenti 1.200 genitori" → [280, 1200]. Dates are not figures. */
export function readFigures(text: string | null): number[] {
  if (!text) return [];
  const withoutDates = text.replace(/\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/g, " ");
  return [...withoutDates.matchAll(FIGURE)].map((m) => parseItalianNumber(m[0])).filter((v): v is number => v !== null);
}

/** True when the measurement holds nothing to compute with ("-", empty). */
export function isEmptyMeasurement(measurement: Measurement | null | undefined): boolean {
  if (!measurement) return true;
  const text = measurement.valueText?.trim() ?? "";
  return (
    measurement.value === null &&
    measurement.numerator === null &&
    (text === "" || text === "-" || text === "–" || /^n\.?\s?d\.?$/i.test(text))
  );
}

/** What the engine needs from a measurement for this kind of target. */
export function readMeasurement(measurement: Measurement, target: ParsedTarget | null): ActualInput {
  const base: ActualInput = {
    value: measurement.value,
    numerator: measurement.numerator,
    denominator: measurement.numerator !== null ? measurement.denominator : null,
  };
  if (!target) return base;
  const text = measurement.valueText ?? measurement.note ?? null;
  if (target.kind === "deadline") {
    const timing = parseTimingText(measurement.valueText) ?? parseTimingText(measurement.note);
    const done = readYesNo(measurement.valueText) ?? (timing ? true : null);
    return { ...base, date: timing?.date ?? null, done };
  }
  if (target.kind === "qualitative") {
    const done = readYesNo(text) ?? (measurement.value === 1 ? true : measurement.value === 0 ? false : null);
    return { ...base, done };
  }
  if (target.kind === "composite") {
    const figures = readFigures(measurement.valueText);
    return { ...base, parts: figures.length ? figures : null };
  }
  return base;
}
