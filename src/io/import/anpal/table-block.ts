// Reads one tab-separated table of the Rapporto from its header to the first line of prose, across the page
// breaks that split it: a page break leaves blank lines and repeats the header row (seed 002, lines 107–108).
import type { IssueLog } from "./issues";
import { isBlank, isSeparatorRow, isTabRow, normaliseName, type SourceLine } from "./lines";

export interface TableRow {
  line: SourceLine;
  /** the cells padded to the header's width. */
  cells: string[];
  /** true for the first row after a repeated header: its first cells may continue the row before. */
  afterPageBreak: boolean;
}

export interface TableBlock {
  header: SourceLine;
  rows: TableRow[];
  /** index in the lines array just after the table. */
  endIndex: number;
}

export function readTableBlock(
  lines: SourceLine[],
  headerIndex: number,
  issues: IssueLog,
  stopAt: (line: SourceLine) => boolean = () => false,
): TableBlock {
  const header = lines[headerIndex]!;
  const width = header.cells.length;
  const headerKey = normaliseName(header.cells.join(" "));
  const rows: TableRow[] = [];
  let pageBreak = false;
  let i = headerIndex + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line) || isSeparatorRow(line)) continue;
    if (!isTabRow(line) || stopAt(line)) break;
    if (normaliseName(line.cells.join(" ")) === headerKey) {
      pageBreak = true;
      continue;
    }
    const extra = line.cells.slice(width).findIndex((cell) => cell !== "");
    if (extra >= 0) {
      issues.error(
        `La riga ha ${line.cells.length} colonne ma la tabella che inizia alla riga ${header.number} ne ha ${width}: ` +
          `contenuto inatteso «${line.cells[width + extra]}».`,
        line.number,
        width + extra + 1,
      );
    }
    const cells = Array.from({ length: width }, (_, c) => line.cells[c] ?? "");
    rows.push({ line, cells, afterPageBreak: pageBreak });
    pageBreak = false;
  }
  return { header, rows, endIndex: i };
}

/** The prose lines just above a table (its title or lead sentence), joined; "" when there are none. */
export function leadText(lines: SourceLine[], headerIndex: number): string {
  let i = headerIndex - 1;
  while (i >= 0 && isBlank(lines[i]!)) i--;
  const block: string[] = [];
  for (; i >= 0 && !isBlank(lines[i]!) && !isTabRow(lines[i]!); i--) block.unshift(lines[i]!.text.trim());
  return block.join(" ").replace(/:$/, "").trim();
}

export function findLineIndex(lines: SourceLine[], test: (line: SourceLine) => boolean, from = 0): number {
  for (let i = from; i < lines.length; i++) if (test(lines[i]!)) return i;
  return -1;
}
