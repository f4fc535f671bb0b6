// The "Tabella indicatori di risultato 2019" of the ANPAL Rapporto (seed 002, lines 283–310): one table per
// Missione, columns Programma | Aree/Linee progettuali | Definizione tecnica | Unità di misura | Valore
// dell'obiettivo | Metodo di calcolo | Realizzato 2019 | Pianificazione 2019 2021. Page breaks cut it: the
// Missione 026 table goes on at line 297, where a method (line 299) and an area (line 298, "- Lavoro") end
// and where one row lost its first two cells (line 303).
import type {
  IndicatorInput as Indicator,
  MeasurementInput as Measurement,
  ObjectiveInput as Objective,
  PlanNodeInput as PlanNode,
  TargetInput as Target,
} from "./bundle-types";
import { parseItalianNumber } from "../../../domain/italian";
import { parseTarget } from "../../../domain/target-grammar";
import type { IssueLog } from "./issues";
import {
  cellAt,
  joinPageBreakHalves,
  location,
  splitFootnoteMarker,
  type Footnote,
  type SourceLine,
} from "./lines";
import { findLineIndex, leadText, readTableBlock } from "./table-block";

export interface ResultIndicators {
  nodes: PlanNode[];
  objectives: Objective[];
  indicators: Indicator[];
  targets: Target[];
  measurements: Measurement[];
  /** the source line each node was first read from, for messages. */
  nodeLines: Map<string, number>;
}

export interface IndicatorContext {
  planId: string;
  /** the report's year, used when a column label names none. */
  year: number;
  periodId: string;
  footnotes: Map<string, Footnote>;
  issues: IssueLog;
}

const MISSION_HEADER = /^MISSIONE\s*(\d{3})\s*[-–]?\s*(.+)$/i;
const PROGRAMME_CELL = /^Programma\s*(\d{3})\s*[-–]\s*(.+)$/i;
const UNIT = /^(numero|percentuale|%)/i;

export function programmeNodeId(planId: string, missionCode: string, programmeCode: string): string {
  return `${planId}:node:programma-${missionCode}-${programmeCode}`;
}

function isIndicatorTableHeader(line: SourceLine): boolean {
  return MISSION_HEADER.test(cellAt(line, 0)) && line.cells.some((c) => /INDICATORI DI RISULTATO/i.test(c));
}

interface Columns {
  programme: number;
  area: number;
  definition: number;
  unit: number;
  target: number;
  method: number;
  realised: number;
  planning: number;
}

/** Finds each column by its label; the two header rows carry different labels (lines 285–286). */
function locateColumns(missionRow: SourceLine, labelRow: SourceLine, issues: IssueLog): Columns | null {
  const wanted: [keyof Columns, SourceLine, RegExp, string][] = [
    ["programme", labelRow, /^Programma$/i, "Programma"],
    ["area", labelRow, /^Aree\/Linee progettuali/i, "Aree/Linee progettuali"],
    ["definition", labelRow, /^Definizione tecnica/i, "Definizione tecnica"],
    ["unit", labelRow, /^Unità di misura/i, "Unità di misura"],
    ["target", labelRow, /^Valore (dell'obiettivo|target)/i, "Valore dell'obiettivo"],
    ["method", labelRow, /^Metodo di calcolo/i, "Metodo di calcolo"],
    ["realised", missionRow, /^Realizzato/i, "Realizzato"],
    ["planning", missionRow, /^Pianificazione/i, "Pianificazione"],
  ];
  const columns: Partial<Columns> = {};
  for (const [key, row, pattern, label] of wanted) {
    const at = row.cells.findIndex((c) => pattern.test(c));
    if (at < 0) {
      issues.error(`Intestazione della tabella indicatori: manca la colonna «${label}».`, row.number);
      return null;
    }
    columns[key] = at;
  }
  return columns as Columns;
}

/** The state carried from one table to the next while the same Missione goes on after a page break. */
interface Cursor {
  mission: PlanNode | null;
  programme: PlanNode | null;
  objective: Objective | null;
  last: { indicator: Indicator; line: number } | null;
}

export function readResultIndicators(lines: SourceLine[], ctx: IndicatorContext): ResultIndicators {
  const out: ResultIndicators = {
    nodes: [],
    objectives: [],
    indicators: [],
    targets: [],
    measurements: [],
    nodeLines: new Map(),
  };
  const first = findLineIndex(lines, isIndicatorTableHeader);
  if (first < 0) {
    ctx.issues.error(
      "Nessuna tabella degli indicatori di risultato trovata (intestazione «MISSIONE … INDICATORI DI RISULTATO»).",
      null,
    );
    return out;
  }
  const lead = leadText(lines, first);
  const sourceTitle = /^Tabella/i.test(lead) ? lead : "Tabella indicatori di risultato";
  const cursor: Cursor = { mission: null, programme: null, objective: null, last: null };
  for (let at = first; at >= 0; at = findLineIndex(lines, isIndicatorTableHeader, at + 1)) {
    readTable(lines, at, sourceTitle, cursor, out, ctx);
  }
  return out;
}

function readTable(
  lines: SourceLine[],
  at: number,
  sourceTitle: string,
  cursor: Cursor,
  out: ResultIndicators,
  ctx: IndicatorContext,
): void {
  const { issues } = ctx;
  const block = readTableBlock(lines, at, issues, isIndicatorTableHeader);
  const missionRow = block.header;
  const labelRow = block.rows[0]?.line;
  if (!labelRow || cellAt(labelRow, 0) !== "Programma") {
    issues.error(
      "Dopo l'intestazione della Missione è attesa la riga «Programma | Aree/Linee progettuali | Definizione tecnica | …».",
      labelRow?.number ?? missionRow.number,
    );
    return;
  }
  const col = locateColumns(missionRow, labelRow, issues);
  if (!col) return;

  const [, missionCode = "", missionTitle = ""] = cellAt(missionRow, 0).match(MISSION_HEADER) ?? [];
  if (cursor.mission?.code !== missionCode) {
    cursor.mission = findOrAddNode(out, {
      id: `${ctx.planId}:node:missione-${missionCode}`,
      planId: ctx.planId,
      parentId: null,
      kind: "mission",
      code: missionCode,
      title: missionTitle.trim(),
    }, missionRow.number);
    cursor.programme = null;
    cursor.objective = null;
    cursor.last = null;
  }

  const targetLabel = cellAt(labelRow, col.target);
  const planningLabel = cellAt(missionRow, col.planning);
  const realisedLabel = cellAt(missionRow, col.realised);
  const realisedYear = Number(realisedLabel.match(/\d{4}/)?.[0] ?? ctx.year);
  const planningYears = planningLabel.match(/(\d{4})\D+(\d{4})/);
  // Seed 002 line 307: "Pianificazione 2019 2021 (valori cumulati)" for Missione 027 only.
  const cumulative = /valori cumulati/i.test(planningLabel);

  continueAreaAcrossPageBreak(cellAt(labelRow, col.area), labelRow.number, cursor, ctx);

  for (const row of block.rows.slice(1)) {
    const cells = realignShiftedRow(row.cells, col, row.line.number, ctx);
    const cell = (key: keyof Columns) => cells[col[key]] ?? "";
    const line = row.line.number;

    if (cell("programme") !== "") readProgrammeCell(cell("programme"), line, cursor, out, ctx);

    const hasIndicatorData = ["area", "definition", "unit", "target", "realised", "planning"].some(
      (key) => cell(key as keyof Columns) !== "",
    );
    if (!hasIndicatorData) {
      if (cell("method") !== "") continueMethodAcrossPageBreak(cell("method"), line, cursor, ctx);
      continue;
    }
    if (!cursor.mission || !cursor.programme) {
      issues.error("Indicatore senza «Programma»: la cella del programma è vuota nelle righe sopra.", line);
      continue;
    }
    if (cell("area") !== "") cursor.objective = findOrAddObjective(cell("area"), cursor, out, ctx);
    if (!cursor.objective) {
      issues.error("Indicatore senza «Aree/Linee progettuali»: la cella è vuota nelle righe sopra.", line);
      continue;
    }
    const indicator = addIndicator(cursor.objective, cell("definition"), cell("unit"), cell("method"), line, out, ctx);
    if (!indicator) continue;
    cursor.last = { indicator, line };

    addTarget(
      indicator,
      cell("target"),
      { label: targetLabel, yearFrom: realisedYear, yearTo: realisedYear, cumulative: false },
      line,
      out,
      ctx,
    );
    addTarget(
      indicator,
      cell("planning"),
      {
        label: planningLabel,
        yearFrom: planningYears ? Number(planningYears[1]) : null,
        yearTo: planningYears ? Number(planningYears[2]) : null,
        cumulative,
      },
      line,
      out,
      ctx,
    );
    addMeasurement(indicator, cell("realised"), realisedLabel, `${sourceTitle}, ${location(line)}`, line, out, ctx);
  }
}

/**
 * Seed 002 line 303: "Gestione territoriale…\tNumero intero\t7.000\t…" lost its Programma and Aree cells, so
 * every value sits two columns to the left. The unit ("Numero intero") shows by how much.
 */
function realignShiftedRow(cells: string[], col: Columns, line: number, ctx: IndicatorContext): string[] {
  const unitAt = cells.findIndex((c) => UNIT.test(c));
  if (unitAt < 0 || unitAt >= col.unit) return cells;
  const shift = col.unit - unitAt;
  const dropped = cells.slice(cells.length - shift).filter((c) => c !== "");
  if (dropped.length > 0) {
    ctx.issues.error(
      `La riga sembra spostata di ${shift} colonne a sinistra (l'unità di misura è nella colonna ${unitAt + 1}), ` +
        `ma le ultime colonne non sono vuote: impossibile riallinearla.`,
      line,
    );
    return cells;
  }
  ctx.issues.warn({
    itemType: "indicator",
    code: "shifted-row",
    message:
      `Le celle della riga sono spostate di ${shift} colonne a sinistra (l'unità di misura è nella colonna ` +
      `${unitAt + 1} invece che nella ${col.unit + 1}): riallineate, «${cells[0]}» letta come ` +
      `«Definizione tecnica». Verificare.`,
    line,
  });
  return [...Array<string>(shift).fill(""), ...cells.slice(0, cells.length - shift)];
}

/** Seed 002 line 298: the header "Aree/Linee progettuali - Lavoro" ends the area "Servizi per la Transizione Scuola". */
function continueAreaAcrossPageBreak(header: string, line: number, cursor: Cursor, ctx: IndicatorContext): void {
  const rest = header.replace(/^Aree\/Linee progettuali/i, "").trim();
  if (rest === "") return;
  if (!cursor.objective) {
    ctx.issues.warn({
      itemType: "objective",
      code: "unexpected-header-text",
      message: `L'intestazione «${header}» contiene testo in più («${rest}») che non continua nessuna area: ignorato.`,
      line,
    });
    return;
  }
  const before = cursor.objective.title;
  cursor.objective.title = joinPageBreakHalves(before, rest);
  ctx.issues.warn({
    itemType: "objective",
    itemId: cursor.objective.id,
    code: "page-break-continuation",
    message:
      `Dopo il salto pagina l'intestazione «${header}» continua l'area «${before}» della pagina precedente: ` +
      `letta come «${cursor.objective.title}». Verificare.`,
    line,
  });
}

/** Seed 002 line 299: the method of line 293 goes on in the next page's first row. */
function continueMethodAcrossPageBreak(text: string, line: number, cursor: Cursor, ctx: IndicatorContext): void {
  const last = cursor.last;
  if (!last) {
    ctx.issues.warn({
      itemType: "indicator",
      code: "orphan-cell",
      message: `La riga contiene solo «Metodo di calcolo» («${text}») e non segue nessun indicatore: ignorata.`,
      line,
    });
    return;
  }
  const before = last.indicator.method ?? "";
  last.indicator.method = joinPageBreakHalves(before, text);
  ctx.issues.warn({
    itemType: "indicator",
    itemId: last.indicator.id,
    code: "page-break-continuation",
    message:
      `La riga contiene solo la fine del «Metodo di calcolo» dell'indicatore ${last.indicator.code} ` +
      `(${location(last.line)}), spezzato dal salto pagina: unito in «${last.indicator.method}». Verificare.`,
    line,
  });
}

function readProgrammeCell(raw: string, line: number, cursor: Cursor, out: ResultIndicators, ctx: IndicatorContext): void {
  const { text, marker } = splitFootnoteMarker(raw);
  const m = text.match(PROGRAMME_CELL);
  if (!m || !cursor.mission) {
    ctx.issues.error(`Programma non riconosciuto «${raw}» (atteso «Programma NNN - titolo»).`, line);
    return;
  }
  const node = findOrAddNode(out, {
    id: programmeNodeId(ctx.planId, cursor.mission.code!, m[1]!),
    planId: ctx.planId,
    parentId: cursor.mission.id,
    kind: "programme",
    code: m[1]!,
    title: m[2]!.trim(),
  }, line);
  if (marker) {
    const note = ctx.footnotes.get(marker);
    if (note) node.notes = [node.notes, `${marker} ${note.text}`].filter(Boolean).join("\n");
    else warnMissingFootnote(marker, line, ctx);
  }
  if (cursor.programme?.id !== node.id) cursor.objective = null;
  cursor.programme = node;
}

function findOrAddNode(
  out: ResultIndicators,
  node: Omit<PlanNode, "position" | "notes" | "structureId">,
  line: number,
): PlanNode {
  const existing = out.nodes.find((n) => n.id === node.id);
  if (existing) return existing;
  const added: PlanNode = { ...node, structureId: null, notes: null, position: out.nodes.length };
  out.nodes.push(added);
  out.nodeLines.set(added.id, line);
  return added;
}

function findOrAddObjective(title: string, cursor: Cursor, out: ResultIndicators, ctx: IndicatorContext): Objective {
  const programme = cursor.programme!;
  const existing = out.objectives.find((o) => o.nodeId === programme.id && o.title === title);
  if (existing) return existing;
  const number = out.objectives.filter((o) => o.nodeId === programme.id).length + 1;
  const code = `${cursor.mission!.code}.${programme.code}.${number}`;
  const objective: Objective = {
    id: `${ctx.planId}:objective:${code}`,
    planId: ctx.planId,
    nodeId: programme.id,
    code,
    title,
    description: null,
    expectedResult: null,
    stakeholders: null,
    weight: null,
    structureId: null,
    coOwners: null,
    programmingLinks: null,
    notes: null,
    resourceShareMin: null,
    resourceShareMax: null,
    resourceShareText: null,
    dimensions: [],
    position: out.objectives.length,
  };
  out.objectives.push(objective);
  return objective;
}

function addIndicator(
  objective: Objective,
  definitionCell: string,
  unit: string,
  method: string,
  line: number,
  out: ResultIndicators,
  ctx: IndicatorContext,
): Indicator | null {
  const number = out.indicators.filter((i) => i.objectiveId === objective.id).length + 1;
  const code = `${objective.code}.${number}`;
  const id = `${ctx.planId}:indicator:${code}`;
  let definition = definitionCell;
  if (definition === "") {
    if (method === "") {
      ctx.issues.error("Indicatore senza «Definizione tecnica» né «Metodo di calcolo».", line);
      return null;
    }
    // Seed 002 line 302: the row continues the line of activity above and leaves the definition empty.
    definition = method;
    ctx.issues.warn({
      itemType: "indicator",
      itemId: id,
      code: "missing-definition",
      message:
        `Indicatore ${code}: «Definizione tecnica» vuota (la riga prosegue la linea di attività sopra); ` +
        `usato il «Metodo di calcolo» come definizione. Verificare.`,
      line,
    });
  }
  const indicator: Indicator = {
    id,
    planId: ctx.planId,
    objectiveId: objective.id,
    nodeId: null,
    code,
    position: out.indicators.length,
    definition,
    unit: unit || null,
    method: method || null,
    numeratorLabel: null,
    denominatorLabel: null,
    // Every result indicator of the Rapporto counts things done ("Σ Regioni assistite"): the more the better.
    direction: "increase",
    dataSource: null,
    responsibleStructure: null,
    programmingLinks: null,
    baselineText: null,
    baselineValue: null,
    baselineYear: null,
    notes: null,
    cronoprogrammaId: null,
  };
  out.indicators.push(indicator);
  return indicator;
}

function addTarget(
  indicator: Indicator,
  cell: string,
  span: { label: string; yearFrom: number | null; yearTo: number | null; cumulative: boolean },
  line: number,
  out: ResultIndicators,
  ctx: IndicatorContext,
): void {
  if (cell === "") {
    ctx.issues.warn({
      itemType: "target",
      itemId: indicator.id,
      code: "missing-target",
      message: `Indicatore ${indicator.code}: la colonna «${span.label}» è vuota.`,
      line,
    });
    return;
  }
  // The shared grammar reads a bare figure as "at least" ("2.980"; seed 002 line 278: the value to reach).
  const parsed = parseTarget(splitFootnoteMarker(cell).text, {
    year: span.yearFrom,
    definition: indicator.definition,
    unit: indicator.unit,
  });
  if (parsed.kind === "qualitative") {
    ctx.issues.warn({
      itemType: "target",
      itemId: indicator.id,
      code: "qualitative-target",
      message:
        `Indicatore ${indicator.code}: il valore «${cell}» della colonna «${span.label}» ` +
        `non è misurabile (${parsed.reason}).`,
      line,
    });
  }
  const years = span.yearFrom === span.yearTo ? `${span.yearFrom}` : `${span.yearFrom}-${span.yearTo}`;
  out.targets.push({
    id: `${indicator.id}:target:${years}`,
    indicatorId: indicator.id,
    position: out.targets.filter((t) => t.indicatorId === indicator.id).length,
    label: span.label,
    yearFrom: span.yearFrom,
    yearTo: span.yearTo,
    text: cell,
    cumulative: span.cumulative,
    parsed,
  });
}

function addMeasurement(
  indicator: Indicator,
  cell: string,
  label: string,
  source: string,
  line: number,
  out: ResultIndicators,
  ctx: IndicatorContext,
): void {
  if (cell === "") {
    ctx.issues.warn({
      itemType: "measurement",
      itemId: indicator.id,
      code: "missing-measurement",
      message: `Indicatore ${indicator.code}: la colonna «${label}» è vuota.`,
      line,
    });
    return;
  }
  const { text, marker } = splitFootnoteMarker(cell);
  const value = parseItalianNumber(text);
  if (value === null) {
    ctx.issues.warn({
      itemType: "measurement",
      itemId: indicator.id,
      code: "non-numeric-value",
      message:
        `Indicatore ${indicator.code}: il valore «${cell}» della colonna «${label}» non è un numero; ` +
        `conservato come testo.`,
      line,
    });
  }
  let note: string | null = null;
  if (marker) {
    note = ctx.footnotes.get(marker)?.text ?? null;
    if (note === null) warnMissingFootnote(marker, line, ctx);
  }
  out.measurements.push({
    id: `${indicator.id}:measurement:${ctx.periodId.split(":").pop()}`,
    indicatorId: indicator.id,
    periodId: ctx.periodId,
    value,
    valueText: cell,
    numerator: null,
    denominator: null,
    note,
    source,
    assessmentLevel: null,
    assessmentText: null,
    origin: "imported",
  });
}

function warnMissingFootnote(marker: string, line: number, ctx: IndicatorContext): void {
  ctx.issues.warn({
    itemType: "footnote",
    code: "missing-footnote",
    message: `La nota «${marker}» richiamata nella riga non si trova nel documento.`,
    line,
  });
}
