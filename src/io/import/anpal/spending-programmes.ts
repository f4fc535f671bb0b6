// One SpendingProgramme per sheet, with its Missione/Programma from the headings above it and its group from the
// lists; the lists' names and dates are checked against the sheets (seed 002 writes "COMPACT" in the list at
// line 330 and "COMPA" in the sheet at line 676).
import type { ReportedTableInput as ReportedTable, SpendingProgrammeInput as SpendingProgramme } from "./bundle-types";
import { formatItalianDate } from "../../../domain/italian";
import type { IssueLog } from "./issues";
import { location, normaliseName, slugify, type Footnote, type SourceLine } from "./lines";
import { headingAbove, type Heading } from "./programme-headings";
import { readReportedTable } from "./reported-tables";
import { describeListed, readSpendingLists, type ListedProgramme } from "./spending-lists";
import { readSpendingSheets, type SheetRead } from "./spending-sheets";

export interface SpendingProgrammes {
  spendingProgrammes: SpendingProgramme[];
  reportedTables: ReportedTable[];
}

export function readSpendingProgrammes(
  lines: SourceLine[],
  headings: Heading[],
  footnotes: Map<string, Footnote>,
  planId: string,
  issues: IssueLog,
): SpendingProgrammes {
  const sheets = readSpendingSheets(lines, footnotes, issues);
  const { tables, lists } = readSpendingLists(lines, issues);
  if (sheets.length === 0) {
    issues.warn({
      itemType: "spendingProgramme",
      code: "missing-table",
      message: "Nessuna scheda dei programmi di spesa trovata (righe «Data inizio»).",
    });
  }
  const usedIds = new Set<string>();
  const matchedEntries = new Set<ListedProgramme>();
  const spendingProgrammes = sheets.map((sheet, position): SpendingProgramme => {
    const tableEntry = matchListed(tables, sheet, issues);
    const listEntry = matchListed(lists, sheet, issues);
    for (const entry of [tableEntry, listEntry]) if (entry) matchedEntries.add(entry);
    if (tableEntry) checkDates(sheet, tableEntry, issues);
    let id = `${planId}:spending:${slugify(sheet.title, 80)}`;
    if (usedIds.has(id)) id = `${id}-${position + 1}`;
    usedIds.add(id);
    return {
      id,
      planId,
      position,
      mission: headingAbove(headings, "mission", sheet.line)?.text ?? null,
      programme: headingAbove(headings, "programme", sheet.line)?.text ?? null,
      group: listEntry?.group ?? tableEntry?.group ?? null,
      title: sheet.title,
      startDate: sheet.startDate,
      endDate: sheet.endDate,
      endDateNote: sheet.endDateNote,
      purpose: sheet.purpose,
      activities: sheet.activities,
    };
  });
  for (const entry of [...tables, ...lists]) {
    if (matchedEntries.has(entry) || sheets.length === 0) continue;
    issues.warn({
      itemType: "spendingProgramme",
      code: "missing-sheet",
      message: `Il programma di spesa ${describeListed(entry)} è elencato ma non ha una scheda.`,
      line: entry.line,
    });
  }
  const reportedTables = sheets
    .flatMap((sheet) => sheet.tables)
    .map((table, position) => readReportedTable(table, planId, position, issues));
  return { spendingProgrammes, reportedTables };
}

/** The listed entry with the sheet's name; failing that, the one whose name after the acronym is the same. */
function matchListed(entries: ListedProgramme[], sheet: SheetRead, issues: IssueLog): ListedProgramme | null {
  const name = normaliseName(sheet.title);
  const exact = entries.find((e) => normaliseName(e.title) === name);
  if (exact) return exact;
  const subject = subjectOf(sheet.title);
  if (subject === "") return null;
  const similar = entries.filter((e) => subjectOf(e.title) === subject);
  if (similar.length !== 1) return null;
  const entry = similar[0]!;
  issues.warn({
    itemType: "spendingProgramme",
    code: "name-mismatch",
    message:
      `Il programma di spesa ${describeListed(entry)} ha un nome diverso nella scheda «${sheet.title}» ` +
      `(${location(sheet.line)}): considerati lo stesso programma. Verificare.`,
    line: entry.line,
  });
  return entry;
}

/** "COMPA - SUPPORTARE LA COMUNICAZIONE…" → "SUPPORTARELACOMUNICAZIONE…"; "" without an acronym. */
function subjectOf(title: string): string {
  const parts = title.split(/\s+[-–]\s+/);
  return parts.length > 1 ? normaliseName(parts.slice(1).join(" ")) : "";
}

function checkDates(sheet: SheetRead, entry: ListedProgramme, issues: IssueLog): void {
  const pairs: [string, string | null, string | null][] = [
    ["Data inizio", sheet.startDate, entry.startDate],
    ["Data fine", sheet.endDate, entry.endDate],
  ];
  for (const [label, inSheet, inList] of pairs) {
    if (!inSheet || !inList || inSheet === inList) continue;
    issues.warn({
      itemType: "spendingProgramme",
      code: "dates-mismatch",
      message:
        `Programma di spesa «${sheet.title}»: «${label}» ${formatItalianDate(inSheet)} nella scheda ` +
        `(${location(sheet.line)}) ma ${formatItalianDate(inList)} nell'elenco (${location(entry.line)}).`,
      line: entry.line,
    });
  }
}
