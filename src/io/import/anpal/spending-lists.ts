// The two lists of spending programmes that precede the sheets (seed 002):
//  - the tables "Descrizione | Programmi di spesa | Data inizio | Data fine" (lines 316–330 and 336–341), with the
//    group ("Piano operativo ANPAL Servizi 2017-2020 (dal 1° al 31 luglio 2019)") carried down and the dates;
//  - the lists under "Programmi di spesa" (lines 357–372 and 693–699): group and title, or the title alone.
// They give each sheet its group and let the importer check the sheet's dates and name.
import { parseNumericDate } from "../../../domain/italian";
import { htmlToPlainText } from "../../html-text";
import type { IssueLog } from "./issues";
import { cellAt, isBlank, isTabRow, location, splitFootnoteMarker, type SourceLine } from "./lines";
import { findLineIndex, readTableBlock } from "./table-block";

export interface ListedProgramme {
  title: string;
  group: string | null;
  /** the description column, plain text: the Programma's description. */
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  line: number;
}

export interface SpendingLists {
  /** rows of the "Descrizione | Programmi di spesa | Data inizio | Data fine" tables. */
  tables: ListedProgramme[];
  /** entries of the "Programmi di spesa" lists in the sheets' section (no dates). */
  lists: ListedProgramme[];
}

export function readSpendingLists(lines: SourceLine[], issues: IssueLog): SpendingLists {
  return { tables: readListTables(lines, issues), lists: readTitleLists(lines) };
}

function isListTableHeader(line: SourceLine): boolean {
  return cellAt(line, 0) === "Descrizione" && cellAt(line, 1) === "Programmi di spesa";
}

/** Where "Data inizio" and "Data fine" sit in a row: the first two consecutive date cells. */
function dateColumn(cells: string[]): number {
  return cells.findIndex((cell, i) => i > 0 && isDateCell(cell) && isDateCell(cells[i + 1] ?? ""));
}

function isDateCell(cell: string): boolean {
  return /^\d{1,2}\/\d{1,2}\/\d{2,4}/.test(cell);
}

function readDate(cell: string, line: number, column: number, issues: IssueLog): string | null {
  const date = parseNumericDate(splitFootnoteMarker(cell).text);
  if (date === null) issues.error(`Data non valida «${cell}» (attesa GG/MM/AAAA).`, line, column);
  return date;
}

function readListTables(lines: SourceLine[], issues: IssueLog): ListedProgramme[] {
  const listed: ListedProgramme[] = [];
  for (let at = findLineIndex(lines, isListTableHeader); at >= 0; at = findLineIndex(lines, isListTableHeader, at + 1)) {
    const block = readTableBlock(lines, at, issues);
    let expectedDateColumn: number | null = null;
    let description: string | null = null;
    let group: string | null = null;
    for (const row of block.rows) {
      const cells = row.cells;
      const line = row.line.number;
      const dates = dateColumn(cells);
      if (dates < 1) {
        issues.error("Riga dell'elenco dei programmi di spesa senza «Data inizio» e «Data fine».", line);
        continue;
      }
      expectedDateColumn ??= dates;
      if (cells[0] !== "") description = htmlToPlainText(cells[0]!);
      // The 026 table has a group column before the title (lines 317–327); the 027 table has none (lines 337–341).
      const hasGroupColumn = dates >= 3;
      if (dates < expectedDateColumn) {
        // Seed 002 lines 328–330: the group cell is missing and the row slid one column to the left.
        issues.warn({
          itemType: "spendingProgramme",
          code: "shifted-row",
          message:
            `Riga dell'elenco dei programmi di spesa spostata di ${expectedDateColumn - dates} colonna a sinistra ` +
            `(manca il gruppo): letta come programma «${cells[dates - 1]}» ` +
            `con le date ${cells[dates]} – ${cells[dates + 1]}. Verificare.`,
          line,
        });
        group = null;
      } else if (hasGroupColumn && cells[dates - 2] !== "") {
        group = cells[dates - 2]!;
      }
      listed.push({
        title: cells[dates - 1]!,
        group: dates >= expectedDateColumn && hasGroupColumn ? group : null,
        description,
        startDate: readDate(cells[dates]!, line, dates + 1, issues),
        endDate: readDate(cells[dates + 1]!, line, dates + 2, issues),
        line,
      });
    }
  }
  return listed;
}

/** Lines 357–372: "Programmi di spesa", then "group\ttitle" rows (group carried down) or bare titles (693–699). */
function readTitleLists(lines: SourceLine[]): ListedProgramme[] {
  const listed: ListedProgramme[] = [];
  lines.forEach((line, i) => {
    if (isTabRow(line) || line.text.trim() !== "Programmi di spesa") return;
    let j = i + 1;
    while (j < lines.length && isBlank(lines[j]!)) j++;
    let group: string | null = null;
    for (; j < lines.length && !isBlank(lines[j]!); j++) {
      const row = lines[j]!;
      const [first = "", second = ""] = row.cells;
      if (isTabRow(row)) {
        if (first !== "") group = first;
        listed.push({ title: second, group, description: null, startDate: null, endDate: null, line: row.number });
      } else {
        listed.push({ title: first, group: null, description: null, startDate: null, endDate: null, line: row.number });
      }
    }
  });
  return listed.filter((entry) => entry.title !== "");
}

export function describeListed(entry: ListedProgramme): string {
  return `«${entry.title}» (${location(entry.line)})`;
}
