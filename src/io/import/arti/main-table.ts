// Reads the main table of the ARTI monitoring file (seed 004) into rows aligned by content.
// The source rows are misaligned (seed 004, lines 11–16 and 24–25): objectives 1.4, 1.5 and 4.4 have no weight
// cell, so every later cell shifts one left; their second-indicator rows start with four empty cells; rows 1.6
// and 1.7 lack the two area cells; the second 4.4 row has only seven cells. Positions therefore mean nothing:
// each row is read from its first non-empty cell, recognising the objective code ("1.5"), the weight ("6,00%")
// and the assessment at the end ("3. secondo le aspettative").
import type { ImportError } from "../types";
import { parseNumericDate } from "../../../domain/italian";
import { type SourceCell, type SourceLine, cellsFrom, isBlankLine, location } from "./source-lines";

export const OBJECTIVE_CODE = /^\d+\.\d+$/;
const AREA_CODE = /^\d+$/;
/** "6,00%", "6,00", "6%"; "-" when a weight cell is there but empty. */
const WEIGHT_CELL = /^(?:-|\d{1,3}(?:[.,]\d+)?\s*%?)$/;
/** ARTI scale, seed 004: "1. in anticipo" … "5. in ritardo". */
export const ASSESSMENT_CELL = /^(\d)\s*\.\s+\S/;
const PERCENT_ONLY = /^\d{1,3}(?:\.\d{3})*(?:,\d+)?\s*%$/;

/** The columns after the indicator definition and the three values, in the order the header gives them. */
export const MIDDLE_COLUMNS = [
  "Note",
  "Responsabile attuazione",
  "Collegamento con la Programmazione regionale",
  "Valore conseguito",
  "Note di monitoraggio",
  "Fonte dati",
] as const;

export interface IndicatorRow {
  line: number;
  definition: SourceCell;
  baseline: string;
  targetFirstYear: string;
  targetLaterYears: string;
  notes: string | null;
  responsible: string | null;
  programmingLinks: string | null;
  achieved: SourceCell | null;
  monitoringNote: string | null;
  dataSource: string | null;
  assessment: string | null;
  /** header columns the row has no cell for (the second 4.4 row); empty when the row is complete. */
  missingColumns: string[];
}

export interface ObjectiveRow {
  line: number;
  code: string;
  title: string;
  /** the weight cell as written, null when the row has none (1.4, 1.5, 4.4). */
  weight: SourceCell | null;
  indicators: IndicatorRow[];
}

export interface AreaRow {
  line: number;
  code: string;
  title: string;
  objectives: ObjectiveRow[];
}

export interface MainTable {
  /** "Monitoraggio intermedio obiettivi 2021 - ARTI", from the "# Allegato A - …" heading; null when absent. */
  planTitle: string | null;
  cutoffDate: string;
  /** "30/06/2021" as written in the title line. */
  cutoffText: string;
  firstYear: number;
  laterYears: { from: number; to: number };
  /** header labels as written: "Valore target 2021", "Valore target 2022 - 2023". */
  targetLabels: { firstYear: string; laterYears: string };
  areas: AreaRow[];
  /** the bold total under the weight column ("<b>100,00%</b>", line 26), when present. */
  statedWeightTotal: { text: string; line: number } | null;
  /** index (0-based, in the lines array) of the first line after the table. */
  endIndex: number;
}

const FIRST_HEADER_LABELS = ["AMBITO STRATEGICO", "Note", "Responsabile attuazione", "Collegamento con la Programmazione"];
const SECOND_HEADER_LABELS = [
  "Obiettivo",
  "Peso %",
  "Indicatore",
  "Valore iniziale",
  "Valore target",
  "Valore conseguito",
  "Note di monitoraggio",
  "Fonte dati",
  "Valutazione sintetica",
];

function hasLabel(line: SourceLine, label: string): boolean {
  const wanted = label.toLowerCase();
  return line.cells.some((c) => c.toLowerCase().startsWith(wanted));
}

export function readMainTable(lines: SourceLine[], errors: ImportError[]): MainTable | null {
  const titleIndex = lines.findIndex((l) => /MONITORAGGIO INTERMEDIO AL\s+\d/i.test(l.cells[0] ?? ""));
  const headerIndex = lines.findIndex((l) => hasLabel(l, "AMBITO STRATEGICO"));
  if (headerIndex < 0) {
    errors.push({
      location: "riga 1",
      message:
        "Intestazione della tabella principale non trovata: manca la riga con «AMBITO STRATEGICO», «Note», " +
        "«Responsabile attuazione» e «Collegamento con la Programmazione regionale».",
    });
    return null;
  }
  const header = lines[headerIndex]!;
  const missingFirst = FIRST_HEADER_LABELS.filter((label) => !hasLabel(header, label));
  const second = lines[headerIndex + 1];
  const missingSecond = second ? SECOND_HEADER_LABELS.filter((label) => !hasLabel(second, label)) : SECOND_HEADER_LABELS;
  if (missingFirst.length > 0 || missingSecond.length > 0) {
    errors.push({
      location: location(missingFirst.length > 0 ? header.number : header.number + 1),
      message: `Intestazione della tabella principale incompleta: mancano le colonne ${[...missingFirst, ...missingSecond]
        .map((l) => `«${l}»`)
        .join(", ")}.`,
    });
    return null;
  }

  const years = readTargetYears(second!, errors);
  const cutoff = readCutoff(titleIndex < 0 ? null : lines[titleIndex]!, header.number, errors);
  if (!years || !cutoff) return null;

  const areas: AreaRow[] = [];
  let statedWeightTotal: MainTable["statedWeightTotal"] = null;
  let index = headerIndex + 2;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (isBlankLine(line) || /^#/.test(line.raw)) break;
    const cells = cellsFrom(line, 0);
    const first = cells.findIndex((c) => c.text !== "");
    const nonEmpty = cells.filter((c) => c.text !== "");
    if (nonEmpty.length === 1 && PERCENT_ONLY.test(nonEmpty[0]!.text)) {
      statedWeightTotal = { text: nonEmpty[0]!.text, line: line.number };
      continue;
    }
    const head = cells[first]!;
    let objectiveStart: number | null = null;
    if (AREA_CODE.test(head.text) && OBJECTIVE_CODE.test(cells[first + 2]?.text ?? "")) {
      const title = cells[first + 1]?.text ?? "";
      if (title === "") {
        errors.push({ location: location(line.number, head.column + 1), message: `Ambito strategico ${head.text} senza titolo.` });
      }
      areas.push({ line: line.number, code: head.text, title, objectives: [] });
      objectiveStart = first + 2;
    } else if (OBJECTIVE_CODE.test(head.text)) {
      objectiveStart = first;
    }

    if (objectiveStart != null) {
      const area = areas[areas.length - 1];
      if (!area) {
        errors.push({
          location: location(line.number, head.column),
          message: `L'obiettivo ${head.text} precede il primo ambito strategico: manca il codice dell'ambito (colonna «I»).`,
        });
        continue;
      }
      const objective = readObjectiveCells(line, cells, objectiveStart, errors);
      if (objective) area.objectives.push(objective);
      continue;
    }

    // A row without an objective code is a further indicator of the objective above (1.4, 1.5, 4.4).
    const objective = areas[areas.length - 1]?.objectives.at(-1);
    if (!objective) {
      errors.push({
        location: location(line.number, head.column),
        message: `Riga senza codice obiettivo (colonna «II») e senza un obiettivo precedente a cui riferirla: «${head.text.slice(0, 60)}».`,
      });
      continue;
    }
    const indicator = readIndicatorCells(line, cells.slice(first), errors);
    if (indicator) objective.indicators.push(indicator);
  }

  return {
    planTitle: readPlanTitle(lines.slice(0, headerIndex)),
    cutoffDate: cutoff.date,
    cutoffText: cutoff.text,
    firstYear: years.firstYear,
    laterYears: years.laterYears,
    targetLabels: years.labels,
    areas,
    statedWeightTotal,
    endIndex: index,
  };
}

function readObjectiveCells(line: SourceLine, cells: SourceCell[], start: number, errors: ImportError[]): ObjectiveRow | null {
  const code = cells[start]!;
  const title = cells[start + 1];
  if (!title || title.text === "") {
    errors.push({
      location: location(line.number, code.column + 1),
      message: `Obiettivo ${code.text}: manca il testo dell'obiettivo (colonna «Obiettivo»).`,
    });
    return null;
  }
  const maybeWeight = cells[start + 2];
  const hasWeightCell = maybeWeight != null && WEIGHT_CELL.test(maybeWeight.text);
  const indicator = readIndicatorCells(line, cells.slice(start + (hasWeightCell ? 3 : 2)), errors);
  if (!indicator) return null;
  return {
    line: line.number,
    code: code.text,
    title: title.text,
    weight: hasWeightCell && maybeWeight.text !== "-" ? maybeWeight : null,
    indicators: [indicator],
  };
}

/**
 * Reads definition, baseline, the two targets, then the six middle columns and the assessment.
 * When the middle has fewer than six cells (the second 4.4 row: a monitoring note and "RPCT"), the cells are
 * aligned to the right, next to the assessment, because what is missing is the planning side of the row.
 */
function readIndicatorCells(line: SourceLine, cells: SourceCell[], errors: ImportError[]): IndicatorRow | null {
  while (cells.length > 0 && cells[cells.length - 1]!.text === "") cells.pop();
  const definition = cells[0];
  if (!definition || definition.text === "") {
    errors.push({ location: location(line.number), message: "Riga dell'indicatore senza descrizione (colonna «Indicatore»)." });
    return null;
  }
  if (cells.length < 4) {
    errors.push({
      location: location(line.number, definition.column),
      message: `Indicatore «${definition.text.slice(0, 60)}»: la riga si interrompe prima dei valori target.`,
    });
    return null;
  }
  const last = cells[cells.length - 1]!;
  const hasAssessment = cells.length > 4 && ASSESSMENT_CELL.test(last.text);
  const middle = cells.slice(4, hasAssessment ? -1 : undefined);
  if (middle.length > MIDDLE_COLUMNS.length) {
    const extra = middle[MIDDLE_COLUMNS.length]!;
    const count = middle.length - MIDDLE_COLUMNS.length;
    errors.push({
      location: location(line.number, extra.column),
      message:
        `Indicatore «${definition.text.slice(0, 60)}»: la riga ha ${count === 1 ? "una cella" : `${count} celle`} in più ` +
        "rispetto all'intestazione (attese, dopo i valori target: Note, Responsabile attuazione, Collegamento, " +
        "Valore conseguito, Note di monitoraggio, Fonte dati, Valutazione sintetica).",
    });
    return null;
  }
  const gap = MIDDLE_COLUMNS.length - middle.length;
  // With the assessment present the row is anchored at its end; without it, at its start.
  const offset = hasAssessment ? gap : 0;
  const at = (i: number): SourceCell | null => middle[i - offset] ?? null;
  const missingColumns = MIDDLE_COLUMNS.filter((_, i) => i < offset || i - offset >= middle.length).map(String);
  if (!hasAssessment) missingColumns.push("Valutazione sintetica");
  const text = (i: number) => at(i)?.text ?? null;
  return {
    line: line.number,
    definition,
    baseline: cells[1]!.text,
    targetFirstYear: cells[2]!.text,
    targetLaterYears: cells[3]!.text,
    notes: text(0),
    responsible: text(1),
    programmingLinks: text(2),
    achieved: at(3),
    monitoringNote: text(4),
    dataSource: text(5),
    assessment: hasAssessment ? last.text : null,
    missingColumns,
  };
}

function readTargetYears(
  header: SourceLine,
  errors: ImportError[],
): { firstYear: number; laterYears: { from: number; to: number }; labels: MainTable["targetLabels"] } | null {
  let first: { year: number; label: string } | null = null;
  let later: { from: number; to: number; label: string } | null = null;
  for (const cell of header.cells) {
    const span = cell.match(/^Valore target\s+(\d{4})\s*[-–]\s*(\d{4})$/i);
    const single = cell.match(/^Valore target\s+(\d{4})$/i);
    if (span) later = { from: Number(span[1]), to: Number(span[2]), label: cell };
    else if (single) first = { year: Number(single[1]), label: cell };
  }
  if (!first || !later) {
    errors.push({
      location: location(header.number),
      message: "Intestazione: attese le colonne «Valore target AAAA» e «Valore target AAAA - AAAA» con gli anni.",
    });
    return null;
  }
  return {
    firstYear: first.year,
    laterYears: { from: later.from, to: later.to },
    labels: { firstYear: first.label, laterYears: later.label },
  };
}

function readCutoff(titleLine: SourceLine | null, headerLine: number, errors: ImportError[]): { date: string; text: string } | null {
  const match = titleLine?.cells[0]?.match(/MONITORAGGIO INTERMEDIO AL\s+(\d{1,2}\/\d{1,2}\/\d{4})/i);
  const date = match ? parseNumericDate(match[1]) : null;
  if (!match || !date) {
    errors.push({
      location: location(titleLine?.number ?? headerLine),
      message:
        "Data del monitoraggio non trovata o non valida: atteso un titolo come " +
        "«… MONITORAGGIO INTERMEDIO AL 30/06/2021» prima della tabella.",
    });
    return null;
  }
  return { date, text: match[1]! };
}

/** "# Allegato A - Monitoraggio intermedio obiettivi 2021 - ARTI" → "Monitoraggio intermedio obiettivi 2021 - ARTI". */
function readPlanTitle(linesBeforeHeader: SourceLine[]): string | null {
  for (const line of linesBeforeHeader) {
    const heading = line.raw.match(/^#+\s*(.+)$/);
    if (heading) return heading[1]!.replace(/^Allegato\s+\S+\s*[-–]\s*/i, "").trim();
  }
  return null;
}
