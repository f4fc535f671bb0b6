// One "Obiettivo N" block of the AFOL plan (seed 000): the title row, the PROGRAMMAZIONE table (stakeholder,
// expected result, steps with their timing) and the "Indicatore di risultato" table, closed by the row
// "Relazione sulla performance". Cells are found by the labels of each table's header row, never by fixed
// positions: the export shifts some rows by one cell (obj. 6, 13, 19, 22).
import type { z } from "zod";
import { parseItalianNumber, parseTimingText, MONTHS } from "../../../domain/italian";
import type {
  ImplementationStep,
  ImportWarning,
  Indicator,
  Measurement,
  Objective,
  Target,
} from "../../../domain/model";
import type { ImportError } from "../types";
import {
  findCoOwnership,
  isPastFigure,
  readBaselineInTarget,
  readDirection,
  readPastFigure,
  removeCoOwnershipSentence,
  splitCollaborationNote,
  type BaselineReading,
} from "./cell-readers";
import { at, filledCells, findColumn, isBlank, lineLocation, type Row } from "./rows";

export interface ObjectiveBlockContext {
  planId: string;
  /** the plan's year: targets are for it, and timing without a year ("luglio-settembre-novembre") falls in it. */
  year: number;
  nodeId: string | null;
  structureId: string | null;
  position: number;
  /** the final period that a filled "Risultato" cell reports on. */
  periodId: string;
}

export interface ObjectiveBlock {
  objective: z.input<typeof Objective>;
  steps: z.input<typeof ImplementationStep>[];
  indicators: z.input<typeof Indicator>[];
  targets: z.input<typeof Target>[];
  measurements: z.input<typeof Measurement>[];
  warnings: z.input<typeof ImportWarning>[];
}

export type ObjectiveBlockResult = { ok: true; block: ObjectiveBlock } | { ok: false; errors: ImportError[] };

const OBJECTIVE_START = /^Obiettivo\s+(\d+)\s*(?:[-–:.]\s*(.*))?$/i;

/** The objective code when the row opens a block ("Obiettivo 12" in its first filled cell), else null. */
export function readObjectiveStart(row: Row): { code: string; title: string | null } | null {
  const [first, ...rest] = filledCells(row);
  const m = first?.text.match(OBJECTIVE_START);
  if (!m) return null;
  const title = m[2]?.trim() || rest[0]?.text || null;
  return { code: String(Number(m[1])), title };
}

const LABELS = {
  stakeholder: /^stakeholder finale$/i,
  expectedResult: /^risultato atteso$/i,
  how: /^modalit[àa] di attuazione$/i,
  when: /^tempi$/i,
  actual: /^tempi effettivi$/i,
  indicator: /^indicatore di risultato$/i,
  banner: /^(programmazione|rendicontazione)$/i,
  closing: /^relazione sulla performance$/i,
};

interface ProgrammeColumns {
  stakeholder: number;
  expectedResult: number;
  how: number;
  when: number;
  actual: number;
}

/** Parses the rows of one block, the first being the "Obiettivo N" row. */
export function parseObjectiveBlock(rows: Row[], context: ObjectiveBlockContext): ObjectiveBlockResult {
  const opening = rows[0]!;
  const start = readObjectiveStart(opening)!;
  const code = start.code;
  const objectiveId = `${context.planId}:obj-${code}`;
  const label = `Obiettivo ${code}`;
  const errors: ImportError[] = [];
  const warnings: z.input<typeof ImportWarning>[] = [];
  const steps: z.input<typeof ImplementationStep>[] = [];
  const indicators: z.input<typeof Indicator>[] = [];
  const targets: z.input<typeof Target>[] = [];
  const measurements: z.input<typeof Measurement>[] = [];

  if (!start.title) {
    errors.push({ location: lineLocation(opening.line), message: `${label}: manca il titolo accanto a «${label}».` });
  }

  const warn = (itemType: string, itemId: string | null, warningCode: string, message: string, line: number) =>
    warnings.push({ itemType, itemId, code: warningCode, message, location: lineLocation(line) });

  let phase: "preamble" | "programme" | "indicators" | "closed" = "preamble";
  let columns: ProgrammeColumns | null = null;
  let firstProgrammeLine: number | null = null;
  const stakeholders: string[] = [];
  const expectedParts: string[] = [];

  for (const row of rows.slice(1)) {
    if (isBlank(row)) continue;
    if (findColumn(row, LABELS.banner) >= 0 && filledCells(row).every((c) => LABELS.banner.test(c.text))) continue;
    if (findColumn(row, LABELS.stakeholder) >= 0) {
      columns = readProgrammeColumns(row, label, errors);
      phase = "programme";
      continue;
    }
    if (findColumn(row, LABELS.indicator) >= 0) {
      phase = "indicators";
      continue;
    }
    if (findColumn(row, LABELS.closing) >= 0 && filledCells(row).length === 1) {
      phase = "closed";
      continue;
    }

    if (phase === "programme" && columns) {
      const stakeholder = at(row, columns.stakeholder);
      const expected = at(row, columns.expectedResult);
      let how = at(row, columns.how);
      const when = at(row, columns.when);
      const actual = at(row, columns.actual);
      if (stakeholder) stakeholders.push(stakeholder);
      if (firstProgrammeLine === null) {
        firstProgrammeLine = row.line;
        if (expected) expectedParts.push(expected);
      } else if (expected && how) {
        expectedParts.push(expected);
      } else if (expected) {
        // Seed 000, obj. 5, riga 75: "Manutenzione evolutiva della App myAfolmet" sits alone in the expected-result
        // column of a continuation row. It names an action (the app indicators 3 and 4 depend on it), so it is a step.
        how = expected;
        warn(
          "step",
          `${objectiveId}:step-${steps.length + 1}`,
          "step-in-result-column",
          `${label}: «${expected}» è nella colonna «Risultato atteso» di una riga successiva alla prima` +
            (when ? "" : ", senza tempi") +
            "; letto come modalità di attuazione: verificare.",
          row.line,
        );
      }
      if (how) {
        steps.push(readStep(objectiveId, steps.length, how, when, actual, context.year, label, row.line, warn));
      } else if (when || actual) {
        warn("objective", objectiveId, "timing-without-step", `${label}: tempi «${when || actual}» senza modalità di attuazione; ignorati.`, row.line);
      }
      continue;
    }

    if (phase === "indicators") {
      const result = readIndicatorRow(row, objectiveId, code, indicators.length, context, label, warn);
      indicators.push(result.indicator);
      if (result.target) targets.push(result.target);
      if (result.measurement) measurements.push(result.measurement);
      continue;
    }

    warn("objective", objectiveId, "unexpected-row", `${label}: riga fuori dalle tabelle dell'obiettivo, ignorata: «${filledCells(row).map((c) => c.text).join(" | ")}».`, row.line);
  }

  if (!columns) {
    errors.push({
      location: lineLocation(opening.line),
      message: `${label}: manca la riga di intestazione «Stakeholder finale / Risultato atteso / Modalità di attuazione / Tempi».`,
    });
  }
  const hasIndicatorTable = rows.some((row) => findColumn(row, LABELS.indicator) >= 0);
  if (!hasIndicatorTable) {
    errors.push({
      location: lineLocation(opening.line),
      message: `${label}: manca la tabella «Indicatore di risultato» (riga di intestazione assente o file troncato).`,
    });
  } else if (indicators.length === 0) {
    errors.push({ location: lineLocation(opening.line), message: `${label}: la tabella «Indicatore di risultato» non ha righe.` });
  }
  if (hasIndicatorTable && phase !== "closed") {
    const last = rows.filter((row) => !isBlank(row)).at(-1) ?? opening;
    errors.push({
      location: lineLocation(last.line),
      message: `${label}: la tabella non termina con la riga «Relazione sulla performance»: il file sembra troncato.`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };

  const expectedRaw = expectedParts.join(" ");
  const coOwners = findCoOwnership(expectedRaw);
  const { rest: expectedResult, note } = splitCollaborationNote(coOwners ? removeCoOwnershipSentence(expectedRaw) : expectedRaw);
  if (stakeholders.length === 0) {
    warn("objective", objectiveId, "missing-stakeholder", `${label}: manca lo «Stakeholder finale».`, firstProgrammeLine ?? opening.line);
  }
  if (!expectedResult) {
    warn("objective", objectiveId, "missing-expected-result", `${label}: manca il «Risultato atteso».`, firstProgrammeLine ?? opening.line);
  }

  const objective: z.input<typeof Objective> = {
    id: objectiveId,
    planId: context.planId,
    nodeId: context.nodeId,
    code,
    title: start.title!,
    expectedResult: expectedResult || null,
    stakeholders: stakeholders.length > 0 ? stakeholders.join("\n") : null,
    // The AFOL plan weighs roles (Pesature), not objectives: weight stays null, and that is not a gap.
    weight: null,
    structureId: context.structureId,
    coOwners,
    notes: note,
    position: context.position,
  };
  return { ok: true, block: { objective, steps, indicators, targets, measurements, warnings } };
}

function readProgrammeColumns(row: Row, label: string, errors: ImportError[]): ProgrammeColumns {
  const columns = {
    stakeholder: findColumn(row, LABELS.stakeholder),
    expectedResult: findColumn(row, LABELS.expectedResult),
    how: findColumn(row, LABELS.how),
    when: findColumn(row, LABELS.when),
    actual: findColumn(row, LABELS.actual),
  };
  const names: [keyof ProgrammeColumns, string][] = [
    ["expectedResult", "Risultato atteso"],
    ["how", "Modalità di attuazione"],
    ["when", "Tempi"],
  ];
  for (const [key, name] of names) {
    if (columns[key] < 0) {
      errors.push({ location: lineLocation(row.line), message: `${label}: nell'intestazione manca la colonna «${name}».` });
    }
  }
  return columns;
}

type Warn = (itemType: string, itemId: string | null, code: string, message: string, line: number) => void;

function readStep(
  objectiveId: string,
  index: number,
  description: string,
  when: string,
  actual: string,
  year: number,
  label: string,
  line: number,
  warn: Warn,
): z.input<typeof ImplementationStep> {
  const id = `${objectiveId}:step-${index + 1}`;
  return {
    id,
    objectiveId,
    position: index,
    description,
    plannedTiming: when || null,
    plannedDate: readTimingDate(when, year, () =>
      warn("step", id, "timing-year-assumed", `${label}: i tempi «${when}» non indicano l'anno; assunto il ${year}.`, line),
    ),
    actualTiming: actual || null,
    actualDate: readTimingDate(actual, year, () =>
      warn("step", id, "timing-year-assumed", `${label}: i tempi effettivi «${actual}» non indicano l'anno; assunto il ${year}.`, line),
    ),
  };
}

const MONTH_WORD = new RegExp(`\\b(${MONTHS.join("|")})\\b`, "i");

/** The date a timing text names; months without a year ("luglio-settembre-novembre", obj. 12) fall in the plan's year. */
function readTimingDate(text: string, year: number, onYearAssumed: () => void): string | null {
  if (!text) return null;
  const named = parseTimingText(text);
  if (named) return named.date;
  if (!MONTH_WORD.test(text)) return null;
  const assumed = parseTimingText(`${text} ${year}`);
  if (assumed) onYearAssumed();
  return assumed?.date ?? null;
}

function readIndicatorRow(
  row: Row,
  objectiveId: string,
  objectiveCode: string,
  index: number,
  context: ObjectiveBlockContext,
  label: string,
  warn: Warn,
): { indicator: z.input<typeof Indicator>; target: z.input<typeof Target> | null; measurement: z.input<typeof Measurement> | null } {
  const [definitionCell, ...rest] = filledCells(row);
  const definition = definitionCell!.text;
  const id = `${objectiveId}:ind-${index + 1}`;
  const code = `${objectiveCode}.${index + 1}`;
  const where = `${label}, indicatore ${code}`;

  // A past figure is the baseline wherever it sits (obj. 19 writes it one cell right of "Risultato"); of the
  // other cells the first is the target and the second the result: the plan lists them in that order.
  const pastFigures = rest.filter((cell) => isPastFigure(cell.text));
  const values = rest.filter((cell) => !isPastFigure(cell.text));
  const targetText = values[0]?.text ?? null;
  const resultText = values[1]?.text ?? null;
  for (const extra of [...values.slice(2), ...pastFigures.slice(1)]) {
    warn("indicator", id, "extra-cell", `${where}: cella in più ignorata: «${extra.text}».`, row.line);
  }

  let baseline: BaselineReading | null = pastFigures[0] ? readPastFigure(pastFigures[0].text) : null;
  if (!baseline && targetText) baseline = readBaselineInTarget(targetText);

  if (!targetText) {
    warn("indicator", id, "missing-target", `${where}: manca il target.`, row.line);
  } else if (!baseline && refersToPreviousValue(targetText)) {
    warn(
      "indicator",
      id,
      "missing-baseline",
      `${where}: il target «${targetText}» si confronta con un valore precedente che il piano non riporta: inserire il valore iniziale.`,
      row.line,
    );
  }

  const indicator: z.input<typeof Indicator> = {
    id,
    planId: context.planId,
    objectiveId,
    code,
    position: index,
    definition,
    direction: readDirection(definition, targetText),
    baselineText: baseline?.text ?? null,
    baselineValue: baseline?.value ?? null,
    baselineYear: baseline?.year ?? null,
    notes: findCoOwnership(definition),
  };
  const target: z.input<typeof Target> | null = targetText
    ? {
        id: `${id}:t-${context.year}`,
        indicatorId: id,
        position: 0,
        label: "Target",
        yearFrom: context.year,
        yearTo: context.year,
        text: targetText,
        parsed: null,
      }
    : null;
  const measurement: z.input<typeof Measurement> | null = resultText
    ? {
        id: `${id}:${context.periodId.split(":").at(-1)}`,
        indicatorId: id,
        periodId: context.periodId,
        value: parseItalianNumber(resultText),
        valueText: resultText,
        origin: "imported",
      }
    : null;
  return { indicator, target, measurement };
}

/**
 * "<valore 2021": compared with a previous value the plan does not write. Relative targets without a reference
 * ("+5%", "Almeno 5 giorni" of reduction) are warned about by the target grammar (resolveTargets), not here.
 */
function refersToPreviousValue(target: string): boolean {
  return /\bvalore\s+(?:19|20)\d{2}\b|anno precedente/i.test(target);
}
