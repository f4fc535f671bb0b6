// The ANPAL Rapporto arrives as text converted from a PDF: tables are tab-separated lines, page breaks
// leave blank lines, repeated headers and "--" separator rows, and footnotes are lines opening with
// a superscript digit ("² Sono stati considerati i Navigator…"). These helpers read that shape.

/** One line of the source, numbered from 1 as a text editor shows it. */
export interface SourceLine {
  number: number;
  text: string;
  /** the tab-separated cells, trimmed; a line without tabs has one cell. */
  cells: string[];
}

const SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰";
const TRAILING_MARKER = new RegExp(`\\s*([${SUPERSCRIPT_DIGITS}]+)$`, "u");
const FOOTNOTE_LINE = new RegExp(`^([${SUPERSCRIPT_DIGITS}]+)\\s+(.+)$`, "u");

export function splitLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ number: i + 1, text: raw, cells: raw.split("\t").map((c) => c.trim()) }));
}

export function isBlank(line: SourceLine): boolean {
  return line.text.trim() === "";
}

export function isTabRow(line: SourceLine): boolean {
  return line.cells.length > 1;
}

/** "--\t--", "---\t--\t--\t--", "|--|---|", "- | | |": rulers the PDF conversion left between table parts. */
export function isSeparatorRow(line: SourceLine): boolean {
  return !isBlank(line) && line.cells.every((cell) => /^[-|\s]*$/.test(cell));
}

/** Cell i of a line, "" when the line is shorter. */
export function cellAt(line: SourceLine, i: number): string {
  return line.cells[i] ?? "";
}

export function nonEmptyCells(line: SourceLine): string[] {
  return line.cells.filter((cell) => cell !== "");
}

/** "2051 ²" → { text: "2051", marker: "²" }; "30/06/2021³" → { text: "30/06/2021", marker: "³" }. */
export function splitFootnoteMarker(cell: string): { text: string; marker: string | null } {
  const m = cell.match(TRAILING_MARKER);
  if (!m) return { text: cell, marker: null };
  return { text: cell.slice(0, m.index).trim(), marker: m[1]! };
}

export interface Footnote {
  marker: string;
  text: string;
  line: number;
}

export function isFootnoteLine(line: SourceLine): boolean {
  return !isTabRow(line) && FOOTNOTE_LINE.test(line.text.trim());
}

/** The document's footnotes by marker; the Rapporto numbers them once across the whole document. */
export function collectFootnotes(lines: SourceLine[]): Map<string, Footnote> {
  const notes = new Map<string, Footnote>();
  for (const line of lines) {
    if (!isFootnoteLine(line)) continue;
    const m = line.text.trim().match(FOOTNOTE_LINE)!;
    if (!notes.has(m[1]!)) notes.set(m[1]!, { marker: m[1]!, text: m[2]!.trim(), line: line.number });
  }
  return notes;
}

/**
 * Joins the two halves of a cell that a page break cut. A word cut in two is glued back
 * ("SEZIONE 2 TRANSIZIO" + "NI tra sistema…" → "SEZIONE 2 TRANSIZIONI tra sistema…"): the second half opens
 * with a capitalised fragment that the text after it does not continue in capitals. Otherwise a space.
 */
export function joinPageBreakHalves(before: string, after: string): string {
  const head = before.trimEnd();
  const tail = after.trimStart();
  const cutWord = /\p{Lu}$/u.test(head) && /^\p{Lu}+\s+\p{Ll}/u.test(tail);
  return cutWord ? `${head}${tail}` : `${head} ${tail}`;
}

/** Compares names ignoring case, accents, punctuation and dash styles ("PUOI – PROTEZIONE" = "PUOI - Protezione"). */
export function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "");
}

/** A readable id fragment: "SEZIONE 4: SERVIZI PER LA PARITA'…" → "sezione-4-servizi-per-la-parita…". */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/, "");
}

export function location(line: number, column?: number): string {
  return column === undefined ? `riga ${line}` : `riga ${line}, colonna ${column}`;
}
