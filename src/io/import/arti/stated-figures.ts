// The raw figures behind a ratio indicator, when the notes state them. The ARTI file gives only the percentage
// in "Valore conseguito"; the counts are in prose (seed 004):
//   1.6  "sono state concluse 96 istruttorie su un totale di 106 domande pervenute"            → 96 / 106
//   2.1  "concluse 305 istruttorie (di cui …) su un totale di 323 domande pervenute (di cui …)" → 305 / 323
//   3.2  "le offerte pubblicate in preselezione sono state 5.758 su un totale di 7.914"        → 5.758 / 7.914
//   1.4  "sono state erogate n. 25.202 azioni" with the indicator note "si prevede di erogare n. 45.000"
//   1.5  "sono stati erogati 37.787 colloqui" with "Nel 2021 si prevede di erogare 20.000 colloqui"
//   3.1  "prese in carico n. 15.609 aziende" with "Nel 2020 si sono rivolte ai CPI 18.280 imprese"
//   4.2  "su un totale di 500 dipendenti …, 483 … corso di formazione obbligatoria e 32 ad un corso facoltativo":
//        only the total is unambiguous (people may have attended both kinds of course, and 483/500 = 96,6%,
//        515/500 = 103% while 95,00% is stated), so the denominator is filled and the numerator left empty.
import { parseItalianNumber } from "../../../domain/italian";

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+|\d+`;
const TOTAL_AFTER_PART = new RegExp(String.raw`(${NUMBER})\s+(?:[\p{L}']+\s+){0,4}su un totale di\s+(?:n\.\s*)?(${NUMBER})\b`, "u");
const TOTAL_ONLY = new RegExp(String.raw`su un totale di\s+(?:n\.\s*)?(${NUMBER})\b`);
const DONE = new RegExp(String.raw`\b(?:erogat[eio]|prese in carico|concluse)\s+(?:n\.\s*)?(${NUMBER})\b`);
const PLANNED_OR_REFERENCE = new RegExp(String.raw`\b(?:si prevede di erogare|si sono rivolte ai CPI)\s+(?:n\.\s*)?(${NUMBER})\b`, "i");

export interface StatedFigures {
  numerator: number | null;
  denominator: number | null;
}

function withoutBrackets(text: string): string {
  return text.replace(/\([^()]*\)/g, " ").replace(/\s+/g, " ");
}

/** Reads numerator and denominator from the monitoring note and, for the denominator, the indicator note. */
export function findStatedFigures(monitoringNote: string | null, indicatorNote: string | null): StatedFigures | null {
  if (!monitoringNote) return null;
  const note = withoutBrackets(monitoringNote);
  const both = note.match(TOTAL_AFTER_PART);
  if (both) return { numerator: parseItalianNumber(both[1]), denominator: parseItalianNumber(both[2]) };
  const done = note.match(DONE);
  const planned = indicatorNote ? withoutBrackets(indicatorNote).match(PLANNED_OR_REFERENCE) : null;
  if (done && planned) return { numerator: parseItalianNumber(done[1]), denominator: parseItalianNumber(planned[1]) };
  const total = note.match(TOTAL_ONLY);
  if (total) return { numerator: null, denominator: parseItalianNumber(total[1]) };
  return null;
}
