// What the exchange workbooks share: numbers are numbers (a percentage is 0,5594 shown as 55,94%), dates are
// dates, totals are formulas with their result cached, and the look of the originals (bold headers, borders,
// wrapped text). Number formats are stored in Excel's neutral notation: an Italian Excel shows "#,##0.00" as 1.234,56.
import type ExcelJS from "exceljs";
import { isPercentText, parseItalianNumber, parseNumericDate } from "../../../domain/italian";

export const FORMATS = {
  percent: "0.00%",
  integer: "#,##0",
  decimal: "#,##0.00",
  euro: '#,##0.00 "€"',
  date: "dd/mm/yyyy",
} as const;

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF9DA3AB" } };
export const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F0" } };
export const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12 };

export type SheetValue = string | number | Date | ExcelJS.CellFormulaValue | null;

export interface TypedValue {
  value: SheetValue;
  numFmt?: string;
}

/** An ISO date as an Excel date (midnight UTC, which Excel reads as that day). */
export function excelDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** Percent points as Excel stores a percentage: 56 → 0,56 shown "56,00%". */
export function percentValue(points: number): TypedValue {
  return { value: Number((points / 100).toPrecision(15)), numFmt: FORMATS.percent };
}

/** A number with the format its kind calls for: counts grouped ("37.787"), decimals with two digits. */
export function numberValue(value: number): TypedValue {
  return { value, numFmt: Number.isInteger(value) ? FORMATS.integer : FORMATS.decimal };
}

/**
 * A cell written as in the source document becomes a number when it is one ("56,00%" → 0,56 as a percentage,
 * "7.920" → 7920, "31/12/2021" → a date) and stays text otherwise (">= dato finale anno precedente", "95,20% dato 2020").
 */
export function valueFromText(text: string | null | undefined): TypedValue {
  if (text == null) return { value: null };
  const trimmed = text.trim();
  if (trimmed === "") return { value: null };
  const date = parseNumericDate(trimmed);
  if (date) return { value: excelDate(date), numFmt: FORMATS.date };
  const number = /^[+-]?[\d.,]+\s?%?$/.test(trimmed) ? parseItalianNumber(trimmed) : null;
  if (number === null) return { value: trimmed };
  return isPercentText(trimmed) ? percentValue(number) : numberValue(number);
}

export function setCell(ws: ExcelJS.Worksheet, row: number, column: number, typed: TypedValue, style: Partial<ExcelJS.Style> = {}): ExcelJS.Cell {
  const cell = ws.getCell(row, column);
  cell.value = typed.value as ExcelJS.CellValue;
  cell.style = { border: BORDERS, alignment: { vertical: "top", wrapText: true }, ...style, ...(typed.numFmt ? { numFmt: typed.numFmt } : {}) };
  return cell;
}

/** Text as it is; empty and null leave the cell empty. */
export function textValue(text: string | null | undefined): TypedValue {
  return { value: text != null && text.trim() !== "" ? text : null };
}

/** A SUM-like formula with the result Excel would compute, so readers that do not recalculate show it too. */
export function formulaValue(formula: string, result: number, numFmt: string): TypedValue {
  return { value: { formula, result }, numFmt };
}

/** A header cell: bold, shaded, centred, wrapped. */
export function setHeader(ws: ExcelJS.Worksheet, row: number, column: number, text: string): ExcelJS.Cell {
  return setCell(ws, row, column, { value: text }, {
    font: { bold: true },
    fill: HEADER_FILL,
    alignment: { vertical: "middle", horizontal: "center", wrapText: true },
  });
}

/** Merges a block and keeps the border on every cell of it. */
export function mergeBlock(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  if (top === bottom && left === right) return;
  ws.mergeCells(top, left, bottom, right);
}

/** A1 name of a column: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let name = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** "E4:E9,E12:E20" from row numbers, joining consecutive rows into ranges. */
export function rangesOf(column: number, rows: readonly number[]): string {
  const letter = columnLetter(column);
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i++) {
    const current = sorted[i]!;
    const next = sorted[i + 1];
    if (next !== current + 1) {
      parts.push(start === current ? `${letter}${current}` : `${letter}${start}:${letter}${current}`);
      start = next;
    }
  }
  return parts.join(",");
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim().slice(0, 31) || "Foglio";
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
