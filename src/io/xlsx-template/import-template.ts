// Reads the workbook written by exportPlanTemplate (or edited by a person) back into a PlanBundle.
// Columns are found by their header, so their order is free; every row is validated with the model's zod
// schema; every problem is collected with its sheet and cell, in Italian, and the bundle is returned only
// when there is none. Target.parsed is not in the workbook and comes back null.
import ExcelJS from "exceljs";
import { z } from "zod";
import { PlanBundle } from "../../domain/model";
import type { ImportError, ImportResult } from "../import/types";
import { decodeCell } from "./cell-codecs";
import { README_SHEET_NAME, SHEETS, type ColumnDefinition, type SheetDefinition } from "./columns";
import { emptyCellMeaning, isColumnRequired } from "./empty-cells";
import { findBrokenReferences, type LocatedRecord } from "./references";

const italianMessages = z.locales.it().localeError;

export async function importPlanTemplate(file: Buffer | Uint8Array | ArrayBuffer): Promise<ImportResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toBuffer(file) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ location: null, message: `il file non è una cartella di lavoro XLSX leggibile (${reason})` }] };
  }

  const errors: ImportError[] = [];
  const found = new Map<SheetDefinition, SheetContents>();
  for (const ws of workbook.worksheets) {
    if (sameName(ws.name, README_SHEET_NAME)) continue;
    const sheet = SHEETS.find((candidate) => sameName(candidate.name, ws.name));
    if (!sheet) {
      errors.push({
        location: `foglio ${ws.name}`,
        message: `foglio sconosciuto «${ws.name}»; i fogli previsti sono: ${SHEETS.map((s) => s.name).join(", ")}`,
      });
      continue;
    }
    found.set(sheet, readSheet(ws, sheet, errors));
  }

  const bundle: Record<string, unknown> = {};
  for (const sheet of SHEETS) {
    const contents = found.get(sheet);
    if (sheet.cardinality === "many") {
      if (contents) bundle[sheet.bundleKey] = contents.records.map((row) => row.record);
      continue;
    }
    if (!contents) {
      errors.push({ location: null, message: `manca il foglio «${sheet.name}», che deve contenere una riga di dati` });
    } else if (contents.dataRows === 0) {
      errors.push({ location: `foglio ${sheet.name}, riga 2`, message: "il foglio deve contenere una riga di dati" });
    } else if (contents.records[0]) {
      bundle[sheet.bundleKey] = contents.records[0].record; // else its row was refused, with the reason
    }
  }
  // References are checked only between valid rows: a row refused above would make its Id look missing.
  if (errors.length > 0) return { ok: false, errors };
  const broken = findBrokenReferences(new Map([...found].map(([sheet, contents]) => [sheet.name, contents.records])));
  if (broken.length > 0) return { ok: false, errors: broken };

  const parsed = PlanBundle.safeParse(bundle, { error: italianMessages });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => ({ location: null, message: `${issue.path.join(".")}: ${issue.message}` })) };
  }
  return { ok: true, bundle: parsed.data };
}

function toBuffer(file: Buffer | Uint8Array | ArrayBuffer): Buffer {
  if (Buffer.isBuffer(file)) return file;
  return file instanceof ArrayBuffer ? Buffer.from(file) : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
}

function sameName(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The header row's columns, by column number; reports unknown, repeated and missing headers. */
function readHeader(ws: ExcelJS.Worksheet, sheet: SheetDefinition, errors: ImportError[]): Map<number, ColumnDefinition> {
  const byColumn = new Map<number, ColumnDefinition>();
  const seen = new Map<ColumnDefinition, string>();
  ws.getRow(1).eachCell((cell, columnNumber) => {
    const text = cell.text.trim();
    if (text === "") return;
    const location = `foglio ${sheet.name}, cella ${cell.address}`;
    // The technical field name is accepted too, for files written by other programs.
    const column = sheet.columns.find((c) => sameName(c.header, text) || c.field === text);
    if (!column) {
      errors.push({ location, message: `colonna sconosciuta «${text}»; le colonne previste sono elencate nel foglio ${README_SHEET_NAME}` });
      return;
    }
    const earlier = seen.get(column);
    if (earlier) {
      errors.push({ location, message: `la colonna «${column.header}» è ripetuta (già in ${earlier})` });
      return;
    }
    seen.set(column, cell.address);
    byColumn.set(columnNumber, column);
  });
  for (const column of sheet.columns) {
    if (!seen.has(column) && isColumnRequired(sheet, column)) {
      errors.push({ location: `foglio ${sheet.name}, riga 1`, message: `manca la colonna obbligatoria «${column.header}»` });
    }
  }
  return byColumn;
}

interface SheetContents {
  /** the valid rows, validated by the sheet's schema, with where their cells are. */
  records: LocatedRecord[];
  /** the rows that hold anything, valid or not. */
  dataRows: number;
}

function readSheet(ws: ExcelJS.Worksheet, sheet: SheetDefinition, errors: ImportError[]): SheetContents {
  const columns = readHeader(ws, sheet, errors);
  const columnNumberOf = new Map([...columns].map(([columnNumber, column]) => [column.field, columnNumber]));
  const headerOf = (field: string) => sheet.columns.find((column) => column.field === field)?.header ?? field;
  const rowOfId = new Map<string, number>();
  const records: LocatedRecord[] = [];
  let dataRows = 0;

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cellLocation = (columnNumber: number) => `foglio ${sheet.name}, cella ${row.getCell(columnNumber).address}`;
    const locate = (field: string) => {
      const columnNumber = columnNumberOf.get(field);
      return columnNumber === undefined ? `foglio ${sheet.name}, riga ${rowNumber}` : cellLocation(columnNumber);
    };
    const cells = readRowCells(ws, row, sheet, columns, cellLocation);
    if (!cells.hasData) return; // a blank row left between data rows
    dataRows += 1;
    if (sheet.cardinality === "one" && dataRows > 1) {
      errors.push({ location: `foglio ${sheet.name}, riga ${rowNumber}`, message: "il foglio deve contenere una sola riga di dati" });
      return;
    }
    if (cells.errors.length > 0) {
      errors.push(...cells.errors);
      return;
    }
    const parsed = sheet.schema.safeParse(cells.record, { error: italianMessages });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [field = "", ...inner] = issue.path.map(String);
        const isColumnMissing = !columnNumberOf.has(field) && sheet.columns.some((column) => column.field === field);
        if (isColumnMissing) continue; // reported once for the sheet by readHeader, not once per row
        const label = columnNumberOf.has(field) ? `colonna «${headerOf(field)}»${inner.length > 0 ? ` (${inner.join(".")})` : ""}: ` : "";
        errors.push({ location: locate(field), message: `${label}${issue.message}` });
      }
      return;
    }
    const record = parsed.data as Record<string, unknown>;
    if (typeof record.id === "string") {
      const earlier = rowOfId.get(record.id);
      if (earlier !== undefined) {
        errors.push({ location: locate("id"), message: `l'Id «${record.id}» è già usato alla riga ${earlier}` });
        return;
      }
      rowOfId.set(record.id, rowNumber);
    }
    records.push({ record, locate, header: headerOf });
  });
  return { records, dataRows };
}

/** The row's cells decoded into a record for the schema, with every cell that cannot be read. */
function readRowCells(
  ws: ExcelJS.Worksheet,
  row: ExcelJS.Row,
  sheet: SheetDefinition,
  columns: ReadonlyMap<number, ColumnDefinition>,
  cellLocation: (columnNumber: number) => string,
): { hasData: boolean; record: Record<string, unknown>; errors: ImportError[] } {
  const record: Record<string, unknown> = {};
  const errors: ImportError[] = [];
  let hasData = false;

  row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    if (columns.has(columnNumber) || isBlank(cell.value)) return;
    hasData = true;
    if (ws.getRow(1).getCell(columnNumber).text.trim() !== "") return; // under an unknown header, already reported
    errors.push({ location: cellLocation(columnNumber), message: "dato in una colonna senza intestazione" });
  });

  const emptyColumns: [number, ColumnDefinition][] = [];
  for (const [columnNumber, column] of columns) {
    const raw = row.getCell(columnNumber).value;
    if (!isBlank(raw)) hasData = true;
    const decoded = decodeCell(column.type, raw, column.labels);
    if (!decoded.ok) errors.push({ location: cellLocation(columnNumber), message: `colonna «${column.header}»: ${decoded.reason}` });
    else if (decoded.value === undefined) emptyColumns.push([columnNumber, column]);
    else record[column.field] = decoded.value;
  }

  for (const [columnNumber, column] of emptyColumns) {
    const meaning = emptyCellMeaning(sheet, column);
    if (meaning.kind === "value") record[column.field] = meaning.value;
    if (meaning.kind === "required") {
      errors.push({ location: cellLocation(columnNumber), message: `colonna «${column.header}»: il dato è obbligatorio (cella vuota)` });
    }
  }
  return { hasData, record, errors };
}

function isBlank(raw: ExcelJS.CellValue): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}
