// How one model value becomes one workbook cell and back, per column type.
// Writing is exact (numbers stay numbers, dates are real dates at midnight UTC); reading is lenient about
// what a person types in Excel ("6,5" typed as text, "30/06/2021" typed as text, "si" without accent,
// the enum code instead of its label) and strict about anything it cannot read without guessing.
import type { CellValue } from "exceljs";
import { formatItalianNumber, parseItalianNumber, parseNumericDate, toIsoDate } from "../../domain/italian";

export type ColumnType =
  | "id" // identifier of a row, or of the row it refers to
  | "text"
  | "longText" // same as text, shown wider and wrapped
  | "integer"
  | "number"
  | "date"
  | "boolean"
  | "enum"
  | "list" // array of texts, one per line
  | "json"; // structured values that fit no single cell type

/** The number formats Excel shows; it localises the separators (1.234,56 on an Italian Excel). */
export const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = {
  integer: "0",
  number: "#,##0.00##",
  date: "dd/mm/yyyy",
  // "@" keeps what a user types as text: a tax code "01234567890" or a code "1.10" stays as written.
  id: "@",
  text: "@",
  longText: "@",
  list: "@",
  json: "@",
};

export const YES = "sì";
export const NO = "no";

/** What a cell of a column reads as (`undefined` for an empty cell, see empty-cells.ts), or why it cannot be read. */
export type DecodedCell = { ok: true; value: unknown } | { ok: false; reason: string };

type PlainValue = string | number | boolean | Date;

// ---------------------------------------------------------------------------------------------- writing

/** The cell value for a model value; null leaves the cell empty. */
export function encodeCell(type: ColumnType, value: unknown, labels?: Readonly<Record<string, string>>): CellValue {
  const cell = encodeValue(type, value, labels);
  return typeof cell === "string" ? escapeXlsxText(cell) : cell;
}

function encodeValue(type: ColumnType, value: unknown, labels?: Readonly<Record<string, string>>): CellValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case "id":
    case "text":
    case "longText":
    case "integer":
    case "number":
      return value as string | number;
    case "date":
      return isoToDate(value as string);
    case "boolean":
      return value ? YES : NO;
    case "enum":
      return labels?.[value as string] ?? (value as string);
    case "list":
      return encodeList(value as string[]);
    case "json":
      return JSON.stringify(value);
  }
}

/**
 * XML cannot carry "\r" (parsers turn "\r\n" into "\n") nor most control characters (ExcelJS drops them).
 * The OOXML way is the escape "_xHHHH_", which Excel and ExcelJS both decode; a literal "_xHHHH_" in the
 * text is itself escaped as "_x005F_xHHHH_" so that it is not decoded into a character.
 */
export function escapeXlsxText(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(/[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\u007F]/g, (char) =>
      `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/**
 * One item per line, the way a person writes a list in a cell (Alt+Invio). When a line could not carry an
 * item back unchanged (an item with a newline, an empty item, spaces at the ends, or a first item that
 * starts with "[") the whole list is written as a JSON array instead, so the encoding never loses anything.
 */
export function encodeList(items: readonly string[]): string | null {
  if (items.length === 0) return null;
  const fitsLines = items.every((item) => item !== "" && item === item.trim() && !/[\r\n]/.test(item));
  if (fitsLines && !items[0]!.startsWith("[")) return items.join("\n");
  return JSON.stringify(items);
}

// ---------------------------------------------------------------------------------------------- reading

/** Reads a cell as the model value of a column of the given type. */
export function decodeCell(
  type: ColumnType,
  raw: CellValue,
  labels?: Readonly<Record<string, string>>,
): DecodedCell {
  const plain = plainValue(raw);
  if (!plain.ok) return plain;
  const value = plain.value;
  if (value === null) return { ok: true, value: undefined };
  switch (type) {
    case "id":
    case "text":
    case "longText":
      return { ok: true, value: asText(value) };
    case "integer":
      return decodeNumber(value, true);
    case "number":
      return decodeNumber(value, false);
    case "date":
      return decodeDate(value);
    case "boolean":
      return decodeBoolean(value);
    case "enum":
      return decodeEnum(value, labels ?? {});
    case "list":
      return decodeList(asText(value));
    case "json":
      return decodeJson(asText(value));
  }
}

/** The value under formulas, rich text and links; null for an empty or blank cell. */
function plainValue(raw: CellValue): { ok: true; value: PlainValue | null } | { ok: false; reason: string } {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === "string") return { ok: true, value: raw.trim() === "" ? null : raw };
  if (typeof raw === "number" || typeof raw === "boolean" || raw instanceof Date) return { ok: true, value: raw };
  if ("error" in raw) return { ok: false, reason: `la cella contiene un errore di Excel (${raw.error})` };
  if ("richText" in raw) return plainValue(raw.richText.map((run) => run.text).join(""));
  if ("formula" in raw || "sharedFormula" in raw) {
    const result = (raw as { result?: unknown }).result;
    if (result === undefined) return { ok: false, reason: "la formula non ha un risultato salvato: aprire e salvare il file in Excel" };
    return plainValue(result as CellValue);
  }
  if ("hyperlink" in raw) return plainValue(raw.text);
  return { ok: false, reason: "contenuto della cella non riconosciuto" };
}

function asText(value: PlainValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? YES : NO;
  if (value instanceof Date) return dateToIso(value);
  // A number typed in a text column: "1.5" typed on an Italian Excel is the number 1,5, read back as "1.5".
  return String(value);
}

function decodeNumber(value: PlainValue, integer: boolean): DecodedCell {
  const expected = integer ? "deve essere un numero intero" : "deve essere un numero";
  let n: number | null = null;
  if (typeof value === "number") n = value;
  else if (typeof value === "string") n = parseItalianNumber(value);
  if (n === null || !Number.isFinite(n)) return { ok: false, reason: `${expected} (trovato ${describe(value)})` };
  if (integer && !Number.isInteger(n)) return { ok: false, reason: `${expected} (trovato ${describe(value)})` };
  return { ok: true, value: n };
}

// Excel's day 0 in the 1900 date system, as JavaScript dates count it (Excel's fictitious 29/02/1900 is
// before it, so every serial from 1 March 1900 maps right).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function decodeDate(value: PlainValue): DecodedCell {
  const invalid: DecodedCell = {
    ok: false,
    reason: `la data non è valida (trovato ${describe(value)}): scrivere gg/mm/aaaa`,
  };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? invalid : { ok: true, value: dateToIso(value) };
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 1) return invalid;
    return { ok: true, value: dateToIso(new Date(EXCEL_EPOCH_MS + value * DAY_MS)) };
  }
  if (typeof value === "string") {
    const text = value.trim();
    const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
    const date = iso ? toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : parseNumericDate(text);
    return date ? { ok: true, value: date } : invalid;
  }
  return invalid;
}

/** Dates are read at UTC: ExcelJS turns the cell's day serial into midnight UTC. */
function dateToIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const TRUE_WORDS = new Set(["sì", "si", "vero", "true", "x"]);
const FALSE_WORDS = new Set(["no", "falso", "false"]);

function decodeBoolean(value: PlainValue): DecodedCell {
  if (typeof value === "boolean") return { ok: true, value };
  if (typeof value === "string") {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return { ok: true, value: true };
    if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  }
  return { ok: false, reason: `deve essere "${YES}" o "${NO}" (trovato ${describe(value)})` };
}

function decodeEnum(value: PlainValue, labels: Readonly<Record<string, string>>): DecodedCell {
  const wanted = normaliseWord(asText(value));
  for (const [code, label] of Object.entries(labels)) {
    if (normaliseWord(label) === wanted || normaliseWord(code) === wanted) return { ok: true, value: code };
  }
  const allowed = Object.values(labels).map((label) => `"${label}"`).join(", ");
  return { ok: false, reason: `valore non ammesso ${describe(value)}; valori ammessi: ${allowed}` };
}

function normaliseWord(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

function decodeList(text: string): DecodedCell {
  if (text.trimStart().startsWith("[")) {
    const parsed = parseJson(text);
    if (parsed.ok && Array.isArray(parsed.value) && parsed.value.every((item) => typeof item === "string")) {
      return { ok: true, value: parsed.value };
    }
  }
  const items = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return { ok: true, value: items };
}

function decodeJson(text: string): DecodedCell {
  const parsed = parseJson(text);
  if (parsed.ok) return parsed;
  return { ok: false, reason: `JSON non valido (${parsed.reason})` };
}

function parseJson(text: string): DecodedCell {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** A found value as a message shows it: texts in quotes, numbers the Italian way, dates as dd/mm/yyyy. */
export function describe(value: PlainValue): string {
  if (typeof value === "string") return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (typeof value === "number") return formatItalianNumber(value, Number.isInteger(value) ? 0 : decimalsOf(value));
  if (typeof value === "boolean") return value ? "VERO" : "FALSO";
  if (Number.isNaN(value.getTime())) return "una data non valida";
  const iso = dateToIso(value);
  return `la data ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function decimalsOf(value: number): number {
  const digits = String(value).split(".")[1]?.length ?? 0;
  return Math.min(digits, 10);
}
