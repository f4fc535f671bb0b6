// Writes a plan to the documented workbook: "Leggimi", then one sheet per entity of PlanBundle with
// Italian headers, real numbers and dates, frozen header row, filters and drop-down lists.
import ExcelJS from "exceljs";
import { PlanBundle, type PlanBundleInput } from "../../domain/model";
import { encodeCell, NO, NUMBER_FORMATS, YES, type ColumnType } from "./cell-codecs";
import { README_SHEET_NAME, SHEETS, type ColumnDefinition, type SheetDefinition } from "./columns";
import { buildReadmeRows, README_INTRO, README_TABLE_HEADERS, readmeTitle } from "./readme-sheet";

/** Excel refuses cells longer than this (it "repairs" the file by cutting them): we refuse first. */
export const EXCEL_MAX_CELL_LENGTH = 32_767;

/** Rows below the data that still get the drop-down lists, for rows users add. */
const VALIDATED_SPARE_ROWS = 500;

const WIDTHS: Record<ColumnType, number> = {
  id: 18,
  text: 28,
  longText: 60,
  integer: 10,
  number: 14,
  date: 12,
  boolean: 10,
  enum: 22,
  list: 30,
  json: 50,
};

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F0" } };

export async function exportPlanTemplate(input: PlanBundleInput): Promise<Buffer> {
  const bundle = PlanBundle.parse(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Traguardo";
  workbook.title = bundle.plan.title;
  writeReadme(workbook.addWorksheet(README_SHEET_NAME));
  for (const sheet of SHEETS) {
    writeEntitySheet(workbook.addWorksheet(sheet.name), sheet, recordsOf(bundle, sheet));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function recordsOf(bundle: PlanBundle, sheet: SheetDefinition): Record<string, unknown>[] {
  const value = bundle[sheet.bundleKey];
  return (sheet.cardinality === "one" ? [value] : value) as Record<string, unknown>[];
}

function writeEntitySheet(ws: ExcelJS.Worksheet, sheet: SheetDefinition, records: Record<string, unknown>[]): void {
  ws.columns = sheet.columns.map((column) => ({
    header: column.header,
    key: column.field,
    width: Math.max(WIDTHS[column.type], column.header.length + 4),
    style: columnStyle(column.type),
  }));
  styleHeader(ws, sheet);
  records.forEach((record, index) => {
    const rowNumber = index + 2;
    const values = sheet.columns.map((column) => {
      const cell = encodeCell(column.type, record[column.field], column.labels);
      if (typeof cell === "string" && cell.length > EXCEL_MAX_CELL_LENGTH) {
        throw new Error(
          `foglio ${sheet.name}, riga ${rowNumber}, colonna «${column.header}»: il testo ha ${cell.length} caratteri, ` +
            `oltre il limite di Excel di ${EXCEL_MAX_CELL_LENGTH}`,
        );
      }
      return cell;
    });
    ws.addRow(values);
  });
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  addDropDownLists(ws, sheet, records.length + 1 + VALIDATED_SPARE_ROWS);
}

function columnStyle(type: ColumnType): Partial<ExcelJS.Style> {
  const numFmt = NUMBER_FORMATS[type];
  const style: Partial<ExcelJS.Style> = numFmt ? { numFmt } : {};
  if (type === "longText" || type === "list" || type === "json") {
    style.alignment = { wrapText: true, vertical: "top" };
  } else {
    style.alignment = { vertical: "top" };
  }
  return style;
}

function styleHeader(ws: ExcelJS.Worksheet, sheet: SheetDefinition): void {
  const header = ws.getRow(1);
  sheet.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.numFmt = "General";
    cell.alignment = { vertical: "middle", wrapText: true };
    cell.note = column.meaning;
  });
}

// ExcelJS writes sheet-level data validations from `worksheet.dataValidations`, which its typings omit;
// one range per column keeps the file small (a validation per cell would create thousands of cells).
interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

function addDropDownLists(ws: ExcelJS.Worksheet, sheet: SheetDefinition, lastRow: number): void {
  const validations = (ws as unknown as { dataValidations: RangeValidations }).dataValidations;
  sheet.columns.forEach((column, index) => {
    const choices = dropDownChoices(column);
    if (!choices) return;
    const letter = ws.getColumn(index + 1).letter;
    validations.add(`${letter}2:${letter}${lastRow}`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${choices.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "Valore non previsto",
      error: `Valori ammessi: ${choices.join(", ")}`,
    });
  });
}

function dropDownChoices(column: ColumnDefinition): string[] | null {
  if (column.type === "boolean") return [YES, NO];
  if (column.type === "enum") return Object.values(column.labels ?? {});
  return null;
}

function writeReadme(ws: ExcelJS.Worksheet): void {
  ws.columns = [
    { width: 26 },
    { width: 32 },
    { width: 80, style: { alignment: { wrapText: true, vertical: "top" } } },
    { width: 22 },
    { width: 16 },
    { width: 40, style: { alignment: { wrapText: true, vertical: "top" } } },
  ];
  const title = ws.addRow([readmeTitle()]);
  title.font = { bold: true, size: 14 };
  for (const line of README_INTRO) {
    const row = ws.addRow([line]);
    ws.mergeCells(row.number, 1, row.number, 6);
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    row.height = 32;
  }
  ws.addRow([]);
  const header = ws.addRow([...README_TABLE_HEADERS]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  for (const readmeRow of buildReadmeRows()) {
    const row = ws.addRow(readmeRow.cells);
    if (readmeRow.isSheetRow) row.font = { bold: true };
  }
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: header.number }];
}
