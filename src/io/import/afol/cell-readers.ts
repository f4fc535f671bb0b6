// Readings of single cells of the AFOL plan whose meaning comes from their wording, not their column.
import { parseBaseline } from "../../../domain/baseline";
import { parseTimingText } from "../../../domain/italian";
import type { Indicator } from "../../../domain/model";

export interface BaselineReading {
  text: string;
  value: number | null;
  year: number | null;
}

// Past figures written in the "Risultato" column before the year starts (seed 000):
// "Dato 2021 3.769" (obj. 14), "Nel 2021: 124.075" (obj. 15), "2021: 270" (obj. 18), "2021: 12 webinar 178 utenti" (obj. 20).
const PAST_FIGURE = /^(?:(?:dato|nel)\s+(?:19|20)\d{2}\b|(?:19|20)\d{2}\s*:)|\bdato\s+(?:19|20)\d{2}\s*$/i;

/** True when a cell states the value of a past year rather than a target or a result. */
export function isPastFigure(text: string): boolean {
  return PAST_FIGURE.test(text.trim());
}

/** Year and value of a past figure; the value only when the text holds exactly one figure ("12 webinar 178 utenti" has two). */
export function readPastFigure(text: string): BaselineReading {
  const parsed = parseBaseline(text);
  return { text: text.trim(), value: parsed?.value ?? null, year: parsed?.year ?? null };
}

/**
 * A target that carries its own reference: "+20% rispetto al 2021 (29)" (seed 000, obj. 6) → 29 in 2021.
 * The baseline text is the part of the target that states it.
 */
export function readBaselineInTarget(target: string): BaselineReading | null {
  const m = target.match(/rispetto al(?:l'anno)?\s+(?:19|20)\d{2}\s*\([\d.,]+\)/i);
  return m ? readPastFigure(m[0]) : null;
}

/**
 * Deadline when the target names a date ("entro luglio 2022", "15 dicembre 2022"), decrease for reductions
 * ("riduzione dei tempi medi…", "<valore 2021"), increase otherwise: the AFOL targets are all "more of".
 */
export function readDirection(definition: string, target: string | null): Indicator["direction"] {
  if (target && parseTimingText(target)) return "deadline";
  if (/^riduzion/i.test(definition.trim()) || (target && /^\s*</.test(target))) return "decrease";
  return "increase";
}

// "In corresponsabilità con la Divisione Formazione." (obj. 12), "in corresponsabilità con l'Ufficio Comunicazione
// progettare…" (obj. 6): the partner is the article and the capitalised words that follow.
const CO_OWNERSHIP = /\b[Ii]n corresponsabilità con\s+(?:(?:il|lo|la|i|gli|le)\s+|l['’]\s*)?\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*)*/u;

/** The shared-ownership phrase of a text, with an initial capital, or null. */
export function findCoOwnership(text: string): string | null {
  const m = text.match(CO_OWNERSHIP);
  if (!m) return null;
  const phrase = m[0].trim();
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

/** Removes a sentence stating shared ownership ("In corresponsabilità con la Divisione Formazione.") from a text. */
export function removeCoOwnershipSentence(text: string): string {
  return text.replace(/(^|[.;]\s*)In corresponsabilità con [^.]*\.?\s*/u, "$1").trim();
}

// "Obiettivo in collaborazione con DDIF, Faculty e Tirocini" (obj. 20), "In collaborazione con i Servizi Orientamento
// e Faculty" (obj. 21): a sentence of its own (capital initial), unlike "…, in collaborazione con servizio orientamento" (obj. 19).
const COLLABORATION = /(?:Obiettivo in|In) collaborazione con [^.]*\.?/u;

/** Splits a collaboration note off an expected result: { rest, note }. */
export function splitCollaborationNote(text: string): { rest: string; note: string | null } {
  const m = text.match(COLLABORATION);
  if (!m) return { rest: text, note: null };
  const note = m[0].replace(/\.$/, "").trim();
  const rest = (text.slice(0, m.index) + text.slice(m.index! + m[0].length)).trim();
  return { rest, note };
}
