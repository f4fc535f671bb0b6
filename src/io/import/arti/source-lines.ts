// The ARTI monitoring file as numbered lines of tab-separated cells, cleaned the same way everywhere:
// trimmed, HTML markup removed (the seed bolds totals and crono titles: "<b>100,00%</b>"), "-" kept as written.
import { htmlToPlainText } from "../../html-text";

export interface SourceCell {
  text: string;
  /** 1-based column in the source line, for messages ("riga 12, colonna 5"). */
  column: number;
}

export interface SourceLine {
  /** 1-based line number in the file, for messages ("riga 12"). */
  number: number;
  raw: string;
  cells: string[];
}

// Only real markup is stripped: a target such as "<valore 2021" must survive.
const MARKUP = /<\/?(?:b|i|u|p|br|ul|ol|li|strong|em|span)\b[^>]*>/i;

export function cleanCell(raw: string): string {
  const text = MARKUP.test(raw) ? htmlToPlainText(raw) : raw;
  return text.replace(/\s+/g, " ").trim();
}

/** Splits the text into lines; a UTF-8 BOM and Windows line ends are accepted. */
export function readSourceLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ number: i + 1, raw, cells: raw.split("\t").map(cleanCell) }));
}

export function isBlankLine(line: SourceLine): boolean {
  return line.cells.every((c) => c === "");
}

/** The cells from `from` on, with their source column, without the empty cells at the end of the line. */
export function cellsFrom(line: SourceLine, from: number): SourceCell[] {
  const cells = line.cells.map((text, i) => ({ text, column: i + 1 })).slice(from);
  while (cells.length > 0 && cells[cells.length - 1]!.text === "") cells.pop();
  return cells;
}

/** "-" and "" both mean "nothing written" in this layout. */
export function valueOrNull(text: string | null | undefined): string | null {
  if (text == null) return null;
  const t = text.trim();
  return t === "" || t === "-" ? null : t;
}

export function emptyToNull(text: string | null | undefined): string | null {
  if (text == null) return null;
  const t = text.trim();
  return t === "" ? null : t;
}

export function location(line: number, column?: number): string {
  return column == null ? `riga ${line}` : `riga ${line}, colonna ${column}`;
}
