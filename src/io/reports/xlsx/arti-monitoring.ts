// ARTI's monitoring table (seed 004, "Allegato A - Monitoraggio intermedio obiettivi 2021"): the same sixteen
// columns in the same order, one row per indicator with the area and objective cells merged over their rows,
// the weights' total as a formula, then one sheet per cronoprogramma with its phases and a SUM of the weights.
// Values are the organisation's as written (valore conseguito, valutazione sintetica); when a value was entered
// in Traguardo without a text, the number is written, and the evaluation's status stands in for a missing one.
import type ExcelJS from "exceljs";
import type { PlanEvaluation } from "../../../domain/evaluation/evaluate-plan";
import { formatDate } from "../../../domain/evaluation/explain";
import type { Cronoprogramma, Indicator, Measurement, Objective, PlanBundle, PlanNode } from "../../../domain/model";
import {
  excelDate,
  FORMATS,
  formulaValue,
  mergeBlock,
  numberValue,
  percentValue,
  rangesOf,
  setCell,
  setHeader,
  sheetName,
  textValue,
  TITLE_FONT,
  valueFromText,
  type TypedValue,
} from "./sheet-kit";

// seed 004, note (1) under the table
const RESPONSIBLE_NOTE =
  "(1) Responsabile attuazione dell'obiettivo è la struttura che svolge la funzione di referente per la sua realizzazione ed il cui responsabile raggiugnerà il vertice dell'ente. (ove non si tratti della stessa persona) circa lo stato di avanzamento";

const FIRST_DATA_ROW = 4;

interface Row {
  node: PlanNode | null;
  objective: Objective | null;
  indicator: Indicator | null;
}

/** Indicators in the document's order, grouped under their area and objective. */
function rowsOf(bundle: PlanBundle): Row[] {
  const rows: Row[] = [];
  const objectiveRows = (node: PlanNode | null, objectives: Objective[]) => {
    for (const objective of objectives) {
      const indicators = bundle.indicators.filter((i) => i.objectiveId === objective.id).sort((a, b) => a.position - b.position);
      if (indicators.length === 0) rows.push({ node, objective, indicator: null });
      for (const indicator of indicators) rows.push({ node, objective, indicator });
    }
  };
  for (const node of bundle.nodes) {
    objectiveRows(node, bundle.objectives.filter((o) => o.nodeId === node.id));
    // system indicators hang from the node itself (Lombardia "Indicatori di sistema")
    for (const indicator of bundle.indicators.filter((i) => i.objectiveId === null && i.nodeId === node.id)) rows.push({ node, objective: null, indicator });
  }
  objectiveRows(null, bundle.objectives.filter((o) => o.nodeId === null || !bundle.nodes.some((n) => n.id === o.nodeId)));
  return rows;
}

function isPercentIndicator(bundle: PlanBundle, indicator: Indicator): boolean {
  const target = bundle.targets.find((t) => t.indicatorId === indicator.id)?.parsed;
  if (target?.kind === "threshold") return target.isPercent;
  return indicator.unit?.trim() === "%";
}

/** The value as written when it is a number or a date, else the number entered, else the text ("-"). */
export function measuredValue(bundle: PlanBundle, indicator: Indicator, measurement: Measurement | null): TypedValue {
  if (!measurement) return { value: null };
  const written = valueFromText(measurement.valueText);
  if (typeof written.value === "number" || written.value instanceof Date) return written;
  if (measurement.value !== null) return isPercentIndicator(bundle, indicator) ? percentValue(measurement.value) : numberValue(measurement.value);
  return written;
}

function targetLabels(bundle: PlanBundle, year: number): string[] {
  const labels: string[] = [];
  for (const t of [...bundle.targets].sort((a, b) => a.position - b.position)) {
    const label = t.label ?? (t.yearFrom === t.yearTo ? `Valore target ${t.yearFrom ?? year}` : `Valore target ${t.yearFrom} - ${t.yearTo}`);
    if (!labels.includes(label)) labels.push(label);
  }
  return labels.length ? labels : [`Valore target ${year}`];
}

function nodeLabel(node: PlanNode): { code: string; title: string } {
  return { code: node.code ?? "", title: node.title };
}

export function writeArtiMonitoringSheets(workbook: ExcelJS.Workbook, bundle: PlanBundle, evaluation: PlanEvaluation | null, taken: Set<string>): void {
  const period = evaluation ? bundle.periods.find((p) => p.id === evaluation.periodId) ?? null : null;
  const year = evaluation?.year ?? bundle.plan.yearFrom;
  const ws = workbook.addWorksheet(sheetName("Monitoraggio", taken), {
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: "frozen", ySplit: FIRST_DATA_ROW - 1 }],
  });
  const labels = targetLabels(bundle, year);
  // columns: I, ambito, II, obiettivo, peso, indicatore, valore iniziale, targets…, note, responsabile, collegamento, monitoraggio ×3, valutazione
  const targetStart = 8;
  const noteColumn = targetStart + labels.length;
  const columns = noteColumn + 6;
  const widths = [5, 22, 6, 38, 9, 40, 14, ...labels.map(() => 14), 40, 18, 26, 14, 44, 14, 26];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const title = `${bundle.organisation.name.toUpperCase()} - ${(period?.label ?? "Monitoraggio").toUpperCase()}`;
  setCell(ws, 1, 1, { value: title }, { font: TITLE_FONT, border: {} });
  mergeBlock(ws, 1, 1, 1, columns);

  const headers2: [number, string][] = [
    [1, "I"],
    [2, "AMBITO STRATEGICO"],
    [3, "II"],
    [4, "RISULTATI ATTESI"],
    [noteColumn, "Note"],
    [noteColumn + 1, "Responsabile attuazione (1)"],
    [noteColumn + 2, `Collegamento con la Programmazione regionale ${year}`],
    [noteColumn + 3, "MONITORAGGIO"],
    [noteColumn + 6, "VALUTAZIONE"],
  ];
  for (let c = 1; c <= columns; c++) {
    setHeader(ws, 2, c, "");
    setHeader(ws, 3, c, "");
  }
  for (const [c, text] of headers2) setHeader(ws, 2, c, text);
  const headers3: [number, string][] = [
    [4, "Obiettivo"],
    [5, "Peso %"],
    [6, "Indicatore"],
    [7, "Valore iniziale"],
    ...labels.map((l, i): [number, string] => [targetStart + i, l]),
    [noteColumn + 3, "Valore conseguito dall'indicatore"],
    [noteColumn + 4, "Note di monitoraggio"],
    [noteColumn + 5, "Fonte dati"],
    [noteColumn + 6, "Valutazione sintetica sullo stato di attuazione dell'indicatore"],
  ];
  for (const [c, text] of headers3) setHeader(ws, 3, c, text);
  for (const c of [1, 2, 3, noteColumn, noteColumn + 1, noteColumn + 2]) mergeBlock(ws, 2, c, 3, c);
  mergeBlock(ws, 2, 4, 2, noteColumn - 1);
  mergeBlock(ws, 2, noteColumn + 3, 2, noteColumn + 5);

  const rows = rowsOf(bundle);
  let r = FIRST_DATA_ROW;
  const weightRows: number[] = [];
  let weightTotal = 0;
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    const newNode = !previous || previous.node?.id !== row.node?.id;
    const newObjective = newNode || previous?.objective?.id !== row.objective?.id;
    if (newNode && row.node) {
      const span = rows.slice(i).findIndex((x) => x.node?.id !== row.node?.id);
      const last = r + (span === -1 ? rows.length - i : span) - 1;
      const { code, title: nodeTitle } = nodeLabel(row.node);
      setCell(ws, r, 1, textValue(code), { alignment: { vertical: "top", horizontal: "center" } });
      setCell(ws, r, 2, textValue(nodeTitle), { font: { bold: true } });
      mergeBlock(ws, r, 1, last, 1);
      mergeBlock(ws, r, 2, last, 2);
    }
    if (newObjective && row.objective) {
      const span = rows.slice(i).findIndex((x) => x.objective?.id !== row.objective?.id);
      const last = r + (span === -1 ? rows.length - i : span) - 1;
      const o = row.objective;
      setCell(ws, r, 3, { value: o.code }, { alignment: { vertical: "top", horizontal: "center" } });
      setCell(ws, r, 4, textValue(o.title));
      if (o.weight !== null) {
        setCell(ws, r, 5, percentValue(o.weight));
        weightRows.push(r);
        weightTotal += o.weight;
      } else setCell(ws, r, 5, { value: null });
      for (const c of [3, 4, 5]) mergeBlock(ws, r, c, last, c);
    }
    for (const c of [1, 2, 3, 4, 5]) if (!ws.getCell(r, c).isMerged && ws.getCell(r, c).value === null) setCell(ws, r, c, { value: null });
    const indicator = row.indicator;
    const measurement = indicator && evaluation ? (bundle.measurements.find((m) => m.indicatorId === indicator.id && m.periodId === evaluation.periodId && m.assigneeId === null) ?? null) : null;
    const result = indicator ? evaluation?.indicators.find((x) => x.indicatorId === indicator.id) : undefined;
    setCell(ws, r, 6, textValue(indicator?.definition));
    setCell(ws, r, 7, indicator ? (valueFromText(indicator.baselineText).value === null ? { value: "-" } : valueFromText(indicator.baselineText)) : { value: null });
    labels.forEach((label, k) => {
      const target = indicator ? bundle.targets.find((t) => t.indicatorId === indicator.id && (t.label ?? "") === label) : undefined;
      setCell(ws, r, targetStart + k, indicator ? (target ? valueFromText(target.text) : { value: "-" }) : { value: null });
    });
    setCell(ws, r, noteColumn, textValue(indicator?.notes));
    setCell(ws, r, noteColumn + 1, textValue(indicator?.responsibleStructure));
    setCell(ws, r, noteColumn + 2, textValue(indicator?.programmingLinks));
    setCell(ws, r, noteColumn + 3, indicator ? measuredValue(bundle, indicator, measurement) : { value: null });
    setCell(ws, r, noteColumn + 4, textValue(measurement?.note));
    setCell(ws, r, noteColumn + 5, textValue(indicator?.dataSource ?? measurement?.source));
    setCell(ws, r, noteColumn + 6, textValue(measurement?.assessmentText ?? result?.status.effective?.label));
    r += 1;
  });
  // the weights' total is a formula: ARTI's table states 100,00%, the weights it lists add up to 77,00%
  setCell(ws, r, 4, { value: "Totale pesi" }, { font: { bold: true }, alignment: { horizontal: "right" } });
  setCell(ws, r, 5, weightRows.length ? formulaValue(`SUM(${rangesOf(5, weightRows)})`, Number((weightTotal / 100).toPrecision(15)), FORMATS.percent) : { value: null }, { font: { bold: true } });
  setCell(ws, r + 2, 1, { value: RESPONSIBLE_NOTE }, { border: {}, alignment: { wrapText: false } });

  for (const crono of bundle.cronoprogrammi) writeCronoprogrammaSheet(workbook, bundle, crono, period?.cutoffDate ?? null, taken);
}

function writeCronoprogrammaSheet(workbook: ExcelJS.Workbook, bundle: PlanBundle, crono: Cronoprogramma, cutoffDate: string | null, taken: Set<string>): void {
  const ws = workbook.addWorksheet(sheetName(`Cronoprogramma ${crono.code}`, taken), {
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  [8, 40, 30, 12, 12, 30, 9, 14, 60, 24].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const heading = `OBIETTIVO - ${crono.title}${crono.targetText ? ` ${crono.targetText}` : ""}`;
  setCell(ws, 1, 1, { value: heading }, { font: { bold: true } });
  mergeBlock(ws, 1, 1, 1, 7);
  setHeader(ws, 1, 8, "MONITORAGGIO");
  mergeBlock(ws, 1, 8, 1, 10);
  // seed 004: "Fine effettiva (se entro il 30/6)", the cut-off written day/month
  const cutoff = cutoffDate ? formatDate(cutoffDate).slice(0, 5).replace(/^0/, "").replace("/0", "/") : null;
  const headers = [
    "Nr. fase",
    "Descrizione fase",
    "Output",
    "Inizio previsto",
    "Fine prevista",
    "Struttura Responsabile",
    "Peso %",
    cutoff ? `Fine effettiva (se entro il ${cutoff})` : "Fine effettiva",
    "Note di monitoraggio",
    "Fonte dati",
  ];
  headers.forEach((h, i) => setHeader(ws, 2, i + 1, h));
  const phases = bundle.phases.filter((p) => p.cronoprogrammaId === crono.id).sort((a, b) => a.number - b.number);
  let r = 3;
  const weightRows: number[] = [];
  let total = 0;
  for (const p of phases) {
    setCell(ws, r, 1, { value: p.number }, { alignment: { vertical: "top", horizontal: "center" } });
    setCell(ws, r, 2, textValue(p.description));
    setCell(ws, r, 3, textValue(p.output));
    setCell(ws, r, 4, p.plannedStart ? { value: excelDate(p.plannedStart), numFmt: FORMATS.date } : { value: null });
    setCell(ws, r, 5, p.plannedEnd ? { value: excelDate(p.plannedEnd), numFmt: FORMATS.date } : { value: null });
    setCell(ws, r, 6, textValue(p.responsibleStructure));
    if (p.weight !== null) {
      setCell(ws, r, 7, percentValue(p.weight));
      weightRows.push(r);
      total += p.weight;
    } else setCell(ws, r, 7, { value: null });
    setCell(ws, r, 8, p.actualEnd ? { value: excelDate(p.actualEnd), numFmt: FORMATS.date } : textValue(p.actualEndText));
    setCell(ws, r, 9, textValue(p.monitoringNote));
    setCell(ws, r, 10, textValue(p.dataSource));
    r += 1;
  }
  setCell(ws, r, 1, { value: "Peso complessivo delle fasi (100%)" }, { font: { bold: true } });
  mergeBlock(ws, r, 1, r, 6);
  setCell(ws, r, 7, weightRows.length ? formulaValue(`SUM(${rangesOf(7, weightRows)})`, Number((total / 100).toPrecision(15)), FORMATS.percent) : { value: null }, { font: { bold: true } });
  for (let c = 8; c <= 10; c++) setCell(ws, r, c, { value: null });
}
