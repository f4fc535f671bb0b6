// Tables reported inside a spending programme sheet that are neither budget nor indicators: in seed 002 the FIXO
// sheet's "LINEA 7 - Contributi ai Centri di Formazione Professionale" (lines 652–657, two header rows: "Inserite
// in PLUS" over "Nr. | Importo") and the Linea 7T application states (lines 663–670, no header at all).
import type { ReportedTableInput as ReportedTable } from "./bundle-types";
import { formatItalianNumber, parseItalianNumber } from "../../../domain/italian";
import { htmlToPlainText } from "../../html-text";
import type { IssueLog } from "./issues";
import { slugify, type SourceLine } from "./lines";
import type { TableInSheet } from "./spending-sheets";

type Cell = string | number | null;
type Row = ReportedTable["rows"][number] & { line: number };

const NUMBER_LIKE = /^[-+]?[\d.,\s€%]+$/;

// Linea 7T (line 663) has no header: these names say what its three columns hold.
const HEADERLESS_COLUMNS = ["Percorso", "Stato della richiesta", "Richieste"];

export function readReportedTable(source: TableInSheet, planId: string, position: number, issues: IssueLog): ReportedTable {
  const width = Math.max(...source.rows.map((r) => r.cells.length));
  const cellsOf = (line: SourceLine) => Array.from({ length: width }, (_, c) => line.cells[c] ?? "");
  const headerCount = source.rows.findIndex((line) => cellsOf(line).slice(1).some((c) => c !== "" && NUMBER_LIKE.test(c)));
  const headerRows = source.rows.slice(0, Math.max(headerCount, 0)).map(cellsOf);
  const hasHeader = headerRows.length > 0;
  const columns = hasHeader ? combineHeaderRows(headerRows, width) : headerlessColumns(width);

  const rows: Row[] = [];
  let group: string | null = null;
  for (const line of source.rows.slice(headerRows.length)) {
    const cells: Cell[] = cellsOf(line).map((raw, c) => readCell(raw, line.number, c, columns, issues));
    // Without a header the first column groups the rows ("Apprendistato di primo livello" over its states): fill it down.
    if (!hasHeader) {
      if (typeof cells[0] === "string") group = cells[0];
      else cells[0] = group;
    }
    const totalAt = cells.findIndex((c) => typeof c === "string" && /^Total[ei]\b/i.test(c));
    const kind = totalAt < 0 ? "row" : totalAt === 0 ? "total" : "subtotal";
    rows.push({ kind, cells, line: line.number });
  }

  const headingCode = source.heading?.text.match(/^LINEA\s+\w+/i)?.[0] ?? `tabella-${position + 1}`;
  const sheetCode = source.sheetTitle.split(/\s+[-–]\s+/)[0]!;
  const code = slugify(`${sheetCode} ${headingCode}`);
  const table: ReportedTable = {
    id: `${planId}:table:${code}`,
    planId,
    code,
    title: source.heading?.text ?? source.sheetTitle,
    columns,
    rows: rows.map(({ kind, cells }) => ({ kind, cells })),
    notes:
      [
        source.lead,
        hasHeader
          ? null
          : `Intestazioni delle colonne assegnate all'importazione (${columns.join(", ")}): il documento non le riporta.`,
      ]
        .filter(Boolean)
        .join("\n") || null,
    position,
  };
  checkTotals(table, rows, issues);
  return table;
}

/** "Inserite in PLUS", "", … over "Nr.", "Importo", … → "Inserite in PLUS Nr.", "Inserite in PLUS Importo", …. */
function combineHeaderRows(headerRows: string[][], width: number): string[] {
  const filled = headerRows.map((row, r) => {
    if (r === headerRows.length - 1) return row.map((c) => htmlToPlainText(c));
    let spanning = "";
    return row.map((cell, c) => {
      if (cell !== "") spanning = htmlToPlainText(cell);
      // A group label spans the empty cells to its right, never the first column.
      return c === 0 ? htmlToPlainText(cell) : spanning;
    });
  });
  return Array.from({ length: width }, (_, c) =>
    filled.map((row) => row[c] ?? "").filter(Boolean).join(" ") || `Colonna ${c + 1}`,
  );
}

function headerlessColumns(width: number): string[] {
  const named = width === HEADERLESS_COLUMNS.length;
  return Array.from({ length: width }, (_, c) => (named ? HEADERLESS_COLUMNS[c]! : `Colonna ${c + 1}`));
}

function readCell(raw: string, line: number, column: number, columns: string[], issues: IssueLog): Cell {
  if (raw === "") return null;
  if (column === 0 || !NUMBER_LIKE.test(raw)) return htmlToPlainText(raw);
  const value = parseItalianNumber(raw);
  if (value === null) {
    issues.error(`Numero non valido «${raw}» nella colonna «${columns[column]}».`, line, column + 1);
  }
  return value;
}

/** A total sums the plain rows; a subtotal sums the plain rows of its group (first column) above it. */
function checkTotals(table: ReportedTable, rows: Row[], issues: IssueLog): void {
  rows.forEach((row, r) => {
    if (row.kind === "row") return;
    const members = rows
      .slice(0, r)
      .filter((m) => m.kind === "row" && (row.kind === "total" || m.cells[0] === row.cells[0]));
    row.cells.forEach((stated, c) => {
      if (typeof stated !== "number") return;
      const computed = members.reduce((acc, m) => acc + (typeof m.cells[c] === "number" ? (m.cells[c] as number) : 0), 0);
      if (Math.round(stated * 100) === Math.round(computed * 100)) return;
      issues.warn({
        itemType: "reportedTable",
        itemId: table.id,
        code: "total-mismatch",
        message:
          `Tabella «${table.title}», colonna «${table.columns[c]}»: ` +
          `il totale indicato è ${formatItalianNumber(stated, 2)} ` +
          `ma la somma delle righe è ${formatItalianNumber(computed, 2)}.`,
        line: row.line,
      });
    });
  });
}
