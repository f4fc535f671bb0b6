// The AFOL plan as exported to text: each line is either a markdown heading, a paragraph, or a table row whose
// cells are separated by tabs and may carry HTML emphasis (<b>…</b>). Rows keep their 1-based line number so that
// every warning and error can say "riga N".
import { htmlToPlainText } from "../../html-text";

export interface Cell {
  /** position of the cell in its row, counting empty cells (tabs) too. */
  index: number;
  text: string;
}

export interface Row {
  /** 1-based line number in the source text. */
  line: number;
  /** the line as written, for headings and paragraphs. */
  raw: string;
  /** tab-separated cells, markup removed and trimmed; empty cells are "". */
  cells: string[];
}

// Only these tags count as markup: a bare "<" is text, as in the target "<valore 2021" (seed 000, obiettivo 16).
const KNOWN_TAG = /<\/?(?:b|i|u|p|br|ul|ol|li|strong|em|span|div|sup|sub)\b[^>]*>/i;
const BARE_LESS_THAN = /<(?!\/?(?:b|i|u|p|br|ul|ol|li|strong|em|span|div|sup|sub)\b[^>]*>)/gi;

/** The text of a cell without markup; text without tags is kept exactly as written (only trimmed). */
export function cleanCell(raw: string): string {
  if (!KNOWN_TAG.test(raw)) return raw.trim();
  return htmlToPlainText(raw.replace(BARE_LESS_THAN, "&lt;"));
}

export function toRows(text: string): Row[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/)
    .map((raw, i) => ({ line: i + 1, raw, cells: raw.split("\t").map(cleanCell) }));
}

export function isBlank(row: Row): boolean {
  return row.cells.every((cell) => cell === "");
}

export function filledCells(row: Row): Cell[] {
  return row.cells.flatMap((text, index) => (text === "" ? [] : [{ index, text }]));
}

/** The index of the first cell matching the label, or -1. */
export function findColumn(row: Row, label: RegExp): number {
  return row.cells.findIndex((cell) => label.test(cell));
}

export function at(row: Row, index: number): string {
  return index < 0 ? "" : (row.cells[index] ?? "");
}

/** "riga 12", the location format of warnings and errors. */
export function lineLocation(line: number): string {
  return `riga ${line}`;
}
