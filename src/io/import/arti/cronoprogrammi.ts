// Reads the "ARTI crono N" sections of the ARTI monitoring file (seed 004, after the main table): a heading,
// a line "OBIETTIVO - <title> Valore target - entro il 31/12/2021", the phase header, one line per phase and
// the bold total "Peso complessivo delle fasi (100%) … 100,00%".
import type { ImportError } from "../types";
import { parseItalianNumber, parseNumericDate, parseTimingText } from "../../../domain/italian";
import { type SourceLine, emptyToNull, isBlankLine, location } from "./source-lines";

export interface PhaseRow {
  line: number;
  number: number;
  description: string;
  output: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  responsibleStructure: string | null;
  weight: number | null;
  actualEnd: string | null;
  actualEndText: string | null;
  monitoringNote: string | null;
  dataSource: string | null;
}

export interface CronoSection {
  line: number;
  number: number;
  title: string;
  /** the title line, for messages. */
  titleLine: number;
  targetText: string | null;
  dueDate: string | null;
  phases: PhaseRow[];
  /** "100,00%" in the total line, when present. */
  statedTotal: { text: string; value: number | null; line: number } | null;
}

const HEADING = /^#{1,6}\s*ARTI crono\s+(\d+)\s*$/i;
const PHASE_COLUMNS = [
  "Nr. fase",
  "Descrizione fase",
  "Output",
  "Inizio previsto",
  "Fine prevista",
  "Struttura Responsabile",
  "Peso %",
  "Fine effettiva",
  "Note di monitoraggio",
  "Fonte dati",
] as const;

export function readCronoSections(lines: SourceLine[], from: number, errors: ImportError[]): CronoSection[] {
  const sections: CronoSection[] = [];
  for (let i = from; i < lines.length; i++) {
    const heading = lines[i]!.raw.trim().match(HEADING);
    if (!heading) continue;
    const end = nextHeading(lines, i + 1);
    const section = readSection(lines.slice(i + 1, end), Number(heading[1]), lines[i]!.number, errors);
    if (section) sections.push(section);
    i = end - 1;
  }
  return sections;
}

function nextHeading(lines: SourceLine[], from: number): number {
  for (let i = from; i < lines.length; i++) if (HEADING.test(lines[i]!.raw.trim())) return i;
  return lines.length;
}

function readSection(body: SourceLine[], number: number, headingLine: number, errors: ImportError[]): CronoSection | null {
  const content = body.filter((l) => !isBlankLine(l));
  const titleLine = content[0];
  const title = titleLine?.cells[0]?.match(/^OBIETTIVO\s*[-–]\s*(.+?)\s+(Valore target\b.*)$/i);
  if (!titleLine || !title) {
    errors.push({
      location: location(titleLine?.number ?? headingLine),
      message: `ARTI crono ${number}: attesa la riga «OBIETTIVO - <titolo> Valore target - entro il gg/mm/aaaa».`,
    });
    return null;
  }
  const header = content[1];
  const missing = PHASE_COLUMNS.filter((label) => !header?.cells.some((c) => c.toLowerCase().startsWith(label.toLowerCase())));
  if (!header || missing.length > 0) {
    errors.push({
      location: location(header?.number ?? titleLine.number),
      message: `ARTI crono ${number}: intestazione delle fasi incompleta, mancano ${missing.map((l) => `«${l}»`).join(", ")}.`,
    });
    return null;
  }
  const targetText = title[2]!;
  const section: CronoSection = {
    line: headingLine,
    number,
    title: title[1]!,
    titleLine: titleLine.number,
    targetText,
    dueDate: parseTimingText(targetText)?.date ?? null,
    phases: [],
    statedTotal: null,
  };
  for (const line of content.slice(2)) {
    const first = line.cells[0] ?? "";
    if (/^Peso complessivo/i.test(first)) {
      const total = line.cells.slice(1).find((c) => c !== "") ?? "";
      section.statedTotal = { text: total, value: parseItalianNumber(total), line: line.number };
      continue;
    }
    const phase = readPhase(line, number, errors);
    if (phase) section.phases.push(phase);
  }
  return section;
}

function readPhase(line: SourceLine, crono: number, errors: ImportError[]): PhaseRow | null {
  const cell = (i: number) => line.cells[i] ?? "";
  const where = `ARTI crono ${crono}`;
  const extra = line.cells.findIndex((c, i) => i >= PHASE_COLUMNS.length && c !== "");
  if (extra >= 0) {
    errors.push({
      location: location(line.number, extra + 1),
      message: `${where}: la riga ha più celle delle ${PHASE_COLUMNS.length} colonne dell'intestazione delle fasi.`,
    });
    return null;
  }
  // Up to "Peso %" every phase line has its cells (crono 8 phase 4 still has ten); fewer means a cut line.
  if (line.cells.length < 7) {
    errors.push({
      location: location(line.number, line.cells.length),
      message: `${where}: la riga della fase si interrompe prima della colonna «Peso %» (file troncato?).`,
    });
    return null;
  }
  if (!/^\d+$/.test(cell(0))) {
    errors.push({
      location: location(line.number, 1),
      message: `${where}: numero di fase «${cell(0)}» non valido (atteso un numero intero nella colonna «Nr. fase»).`,
    });
    return null;
  }
  const phase = `${where}, fase ${cell(0)}`;
  if (cell(1) === "") {
    errors.push({ location: location(line.number, 2), message: `${phase}: manca la descrizione della fase.` });
    return null;
  }
  let ok = true;
  const date = (i: number, allowDash: boolean): string | null => {
    const text = cell(i);
    if (text === "" || (allowDash && text === "-")) return null;
    const iso = parseNumericDate(text);
    if (!iso) {
      errors.push({
        location: location(line.number, i + 1),
        message: `${phase}: data «${text}» non valida nella colonna «${PHASE_COLUMNS[i]}» (attesa gg/mm/aaaa).`,
      });
      ok = false;
    }
    return iso;
  };
  const plannedStart = date(3, false);
  const plannedEnd = date(4, false);
  const actualEnd = date(7, true);
  const weightText = cell(6);
  const weight = weightText === "" ? null : parseItalianNumber(weightText);
  if (weightText !== "" && (weight == null || weight < 0 || weight > 100)) {
    errors.push({
      location: location(line.number, 7),
      message: `${phase}: peso «${weightText}» non valido (atteso un valore tra 0 e 100, es. «20,00%»).`,
    });
    ok = false;
  }
  if (!ok) return null;
  return {
    line: line.number,
    number: Number(cell(0)),
    description: cell(1),
    output: emptyToNull(cell(2)),
    plannedStart,
    plannedEnd,
    responsibleStructure: emptyToNull(cell(5)),
    weight,
    actualEnd,
    actualEndText: emptyToNull(cell(7)),
    monitoringNote: emptyToNull(cell(8)),
    dataSource: emptyToNull(cell(9)),
  };
}
