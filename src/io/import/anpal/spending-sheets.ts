// The "Schede programmi di spesa" (seed 002, lines 374–733): for each programme a title, "Data inizio" /
// "Data fine", "Obiettivo generale, e scopo dell'iniziativa" and "Attività svolte dal 1° gennaio al 31 dicembre
// 2019". Most sheets are tab rows whose HTML goes on in "\t<p>…" rows between "--" rulers and in plain lines;
// FIXO's sheet (lines 618–674) has no tabs at all, each label and value on its own line. Both shapes are read as
// one stream of labels and values.
import { parseNumericDate } from "../../../domain/italian";
import { htmlToPlainText } from "../../html-text";
import type { IssueLog } from "./issues";
import {
  cellAt,
  isBlank,
  isFootnoteLine,
  isSeparatorRow,
  isTabRow,
  nonEmptyCells,
  splitFootnoteMarker,
  type Footnote,
  type SourceLine,
} from "./lines";
import { isStructuralLine } from "./programme-headings";

export interface SheetRead {
  title: string;
  /** line of the title's first line. */
  line: number;
  startDate: string | null;
  endDate: string | null;
  endDateNote: string | null;
  purpose: string | null;
  activities: string | null;
  /** tables inside the activities (FIXO's LINEA 7 and LINEA 7T), for the reported tables. */
  tables: TableInSheet[];
}

export interface TableInSheet {
  sheetTitle: string;
  /** the nearest "LINEA …" line above the table. */
  heading: { text: string; line: number } | null;
  /** the sentence that introduces the table, if any. */
  lead: string | null;
  rows: SourceLine[];
}

type Field = "start" | "end" | "purpose" | "activities";

const LABELS: [RegExp, Field | "description"][] = [
  [/^Data inizio$/i, "start"],
  [/^Data fine$/i, "end"],
  // "Descrizione dell'iniziativa" heads the two text fields and is always empty in the seed.
  [/^Descrizione dell'iniziativa$/i, "description"],
  [/^Obiettivo generale/i, "purpose"],
  [/^Attività svolte/i, "activities"],
];

function labelOf(text: string): Field | "description" | null {
  return LABELS.find(([pattern]) => pattern.test(text.trim()))?.[1] ?? null;
}

export function readSpendingSheets(lines: SourceLine[], footnotes: Map<string, Footnote>, issues: IssueLog): SheetRead[] {
  const starts = lines.flatMap((line, i) => (cellAt(line, 0) === "Data inizio" ? [i] : []));
  const titles = starts.map((start) => findTitle(lines, start));
  return starts.flatMap((start, k) => {
    const title = titles[k]!;
    if (title.lines.length === 0) {
      issues.error("Scheda del programma di spesa senza titolo prima di «Data inizio».", lines[start]!.number);
      return [];
    }
    const nextTitle = titles[k + 1]?.firstIndex ?? lines.length;
    let end = start + 1;
    while (end < nextTitle && !isStructuralLine(lines[end]!)) end++;
    return [readSheet(title.text, lines[title.firstIndex]!.number, lines.slice(start, end), footnotes, issues)];
  });
}

/** The title is the block of lines just above "Data inizio", past blank lines and rulers (seed 002 lines 600–603). */
function findTitle(lines: SourceLine[], start: number): { text: string; firstIndex: number; lines: string[] } {
  let i = start - 1;
  while (i >= 0 && (isBlank(lines[i]!) || isSeparatorRow(lines[i]!))) i--;
  const block: string[] = [];
  let firstIndex = start;
  for (; i >= 0 && !isBlank(lines[i]!) && !isStructuralLine(lines[i]!) && block.length < 3; i--) {
    block.unshift(cellAt(lines[i]!, 0));
    firstIndex = i;
  }
  // "PIANO OPERATIVO ANPAL SERVIZI 2017-2020" + "SEZIONE 1 SERVIZI PER IL LAVORO": the lists write them as one name.
  return { text: block.filter(Boolean).join(" - "), firstIndex, lines: block };
}

class SheetBuilder {
  startDate: string | null = null;
  endDate: string | null = null;
  endDateNote: string | null = null;
  readonly text: Record<"purpose" | "activities", string[]> = { purpose: [], activities: [] };
  readonly tables: TableInSheet[] = [];
  private field: Field | null = null;
  private heading: TableInSheet["heading"] = null;
  private lead: string | null = null;

  constructor(
    readonly title: string,
    private readonly footnotes: Map<string, Footnote>,
    private readonly issues: IssueLog,
  ) {}

  label(field: Field | "description"): void {
    this.field = field === "description" ? "purpose" : field;
  }

  value(raw: string, line: number, isPlainLine: boolean): void {
    if (this.field === "start" || this.field === "end") {
      this.date(this.field, raw, line);
      this.field = null;
      return;
    }
    if (this.field === null) {
      this.issues.warn({
        itemType: "spendingProgramme",
        code: "unexpected-text",
        message: `Scheda «${this.title}»: testo fuori dai campi della scheda, ignorato: «${raw.slice(0, 80)}».`,
        line,
      });
      return;
    }
    const plain = toPlainText(raw);
    if (plain === "") return;
    this.text[this.field].push(plain);
    if (isPlainLine && /^LINEA\b/i.test(plain)) {
      this.heading = { text: plain, line };
      this.lead = null;
    } else if (isPlainLine) {
      this.lead = plain;
    }
  }

  table(rows: SourceLine[]): void {
    this.tables.push({ sheetTitle: this.title, heading: this.heading, lead: this.lead, rows });
  }

  private date(field: "start" | "end", raw: string, line: number): void {
    const { text, marker } = splitFootnoteMarker(raw);
    const date = parseNumericDate(text);
    if (date === null) {
      this.issues.error(`Scheda «${this.title}»: data non valida «${raw}» (attesa GG/MM/AAAA).`, line);
      return;
    }
    if (field === "start") this.startDate = date;
    else this.endDate = date;
    if (!marker) return;
    const note = this.footnotes.get(marker);
    if (!note) {
      this.issues.warn({
        itemType: "spendingProgramme",
        code: "missing-footnote",
        message: `Scheda «${this.title}»: la nota «${marker}» richiamata dalla data non si trova nel documento.`,
        line,
      });
      return;
    }
    // Seed 002 line 711: "30/06/2021³" → "³ Proroga non onerosa al 30/06/2021 - prot. …" (line 716).
    if (field === "end") this.endDateNote = note.text;
  }
}

function readSheet(
  title: string,
  titleLine: number,
  body: SourceLine[],
  footnotes: Map<string, Footnote>,
  issues: IssueLog,
): SheetRead {
  const sheet = new SheetBuilder(title, footnotes, issues);
  let tableRows: SourceLine[] = [];
  const flushTable = () => {
    if (tableRows.length > 0) sheet.table(tableRows);
    tableRows = [];
  };
  for (const line of body) {
    if (isBlank(line) || isSeparatorRow(line) || isFootnoteLine(line)) {
      if (!isBlank(line)) flushTable();
      continue;
    }
    if (isTableRow(line)) {
      tableRows.push(line);
      continue;
    }
    flushTable();
    if (isTabRow(line)) {
      for (const cell of nonEmptyCells(line)) {
        const field = labelOf(cell);
        if (field) sheet.label(field);
        else sheet.value(cell, line.number, false);
      }
      continue;
    }
    const text = line.text.trim();
    const field = labelOf(text);
    if (field) sheet.label(field);
    else sheet.value(stripPipes(text), line.number, true);
  }
  flushTable();
  const read: SheetRead = {
    title,
    line: titleLine,
    startDate: sheet.startDate,
    endDate: sheet.endDate,
    endDateNote: sheet.endDateNote,
    purpose: joinPieces(sheet.text.purpose),
    activities: joinPieces(sheet.text.activities),
    tables: sheet.tables,
  };
  warnMissingFields(read, issues);
  return read;
}

/** A tab row that is neither labels with values nor "\t<p>…" continuation: a table inside the sheet (FIXO). */
function isTableRow(line: SourceLine): boolean {
  if (!isTabRow(line) || labelOf(cellAt(line, 0))) return false;
  return nonEmptyCells(line).length >= 2;
}

/** Seed 002 line 491: "| | <ul …>○ Realizzate …" is a cell of a markdown table left by the conversion. */
function stripPipes(text: string): string {
  if (!text.startsWith("|")) return text;
  return text
    .split("|")
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" ");
}

/** The seed writes list items as "○ item" inside <ul> with no <li>: make them list items before dropping markup. */
function toPlainText(fragment: string): string {
  return htmlToPlainText(fragment.replace(/\s*○\s*/g, "<li>"));
}

/**
 * Joins the pieces of a field. A page break cuts sentences ("…(Agile-Ex Eutelia, Ericsson," | "Mercatone uno…",
 * lines 385/388; "…2.762 lavoratori in" | "sessioni informative…", lines 388/391): such pieces join with a space,
 * the others start a new line.
 */
function joinPieces(pieces: string[]): string | null {
  let text = "";
  for (const piece of pieces) {
    if (text === "") text = piece;
    else if (/,$/.test(text) || /^\p{Ll}/u.test(piece)) text = `${text} ${piece}`;
    else text = `${text}\n${piece}`;
  }
  return text === "" ? null : text;
}

function warnMissingFields(sheet: SheetRead, issues: IssueLog): void {
  const missing = [
    sheet.startDate === null ? "«Data inizio»" : null,
    sheet.endDate === null ? "«Data fine»" : null,
    sheet.purpose === null ? "«Obiettivo generale, e scopo dell'iniziativa»" : null,
    sheet.activities === null ? "«Attività svolte dal 1° gennaio al 31 dicembre 2019»" : null,
  ].filter(Boolean);
  if (missing.length === 0) return;
  issues.warn({
    itemType: "spendingProgramme",
    code: "missing-field",
    message: `Scheda «${sheet.title}»: ${missing.length === 1 ? "manca" : "mancano"} ${missing.join(", ")}.`,
    line: sheet.line,
  });
}
