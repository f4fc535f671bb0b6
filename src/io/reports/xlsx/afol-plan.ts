// AFOL's plan (seed 000, "Piano Performance 2022") as its offices exchange it: one sheet per block (Performance
// aziendale, Direzione Generale, Area Amministrazione, Divisione Lavoro, Divisione Formazione), each objective
// as in the document — PROGRAMMAZIONE | RENDICONTAZIONE, steps with "Tempi" and "Tempi effettivi", indicators
// with "Target" and "Risultato" filled, and the "Relazione sulla performance" row with the evaluation's score;
// then the Pesature with their totals as formulas.
import type ExcelJS from "exceljs";
import type { PlanEvaluation } from "../../../domain/evaluation/evaluate-plan";
import { formatPercent } from "../../../domain/evaluation/explain";
import { isNotComputable } from "../../../domain/evaluation/result";
import type { Objective, PlanBundle } from "../../../domain/model";
import { measuredValue } from "./arti-monitoring";
import { excelDate, FORMATS, formulaValue, mergeBlock, setCell, setHeader, sheetName, textValue, TITLE_FONT, valueFromText } from "./sheet-kit";

const COLUMNS = 5;

function writeObjective(ws: ExcelJS.Worksheet, start: number, bundle: PlanBundle, objective: Objective, evaluation: PlanEvaluation | null): number {
  let r = start;
  setCell(ws, r, 1, { value: `Obiettivo ${objective.code}` }, { font: { bold: true } });
  setCell(ws, r, 2, { value: objective.title }, { font: { bold: true } });
  mergeBlock(ws, r, 2, r, COLUMNS);
  r += 1;
  setHeader(ws, r, 1, "PROGRAMMAZIONE");
  mergeBlock(ws, r, 1, r, 4);
  setHeader(ws, r, 5, "RENDICONTAZIONE");
  r += 1;
  ["Stakeholder finale", "Risultato atteso", "Modalità di attuazione", "Tempi", "Tempi effettivi"].forEach((h, i) => setHeader(ws, r, i + 1, h));
  r += 1;
  const steps = bundle.steps.filter((s) => s.objectiveId === objective.id).sort((a, b) => a.position - b.position);
  const firstStepRow = r;
  setCell(ws, r, 1, textValue(objective.stakeholders));
  setCell(ws, r, 2, textValue([objective.coOwners, objective.expectedResult].filter(Boolean).join(" ")));
  if (steps.length === 0) {
    for (let c = 3; c <= COLUMNS; c++) setCell(ws, r, c, { value: null });
    r += 1;
  }
  for (const step of steps) {
    setCell(ws, r, 3, textValue(step.description));
    setCell(ws, r, 4, textValue(step.plannedTiming ?? null));
    setCell(ws, r, 5, step.actualTiming ? textValue(step.actualTiming) : step.actualDate ? { value: excelDate(step.actualDate), numFmt: FORMATS.date } : { value: null });
    r += 1;
  }
  mergeBlock(ws, firstStepRow, 1, r - 1, 1);
  mergeBlock(ws, firstStepRow, 2, r - 1, 2);

  setCell(ws, r, 1, { value: null });
  setHeader(ws, r, 2, "Indicatore di risultato");
  mergeBlock(ws, r, 2, r, 3);
  setHeader(ws, r, 4, "Target");
  setHeader(ws, r, 5, "Risultato");
  r += 1;
  const measurementOf = (indicatorId: string) =>
    evaluation ? (bundle.measurements.find((m) => m.indicatorId === indicatorId && m.periodId === evaluation.periodId && m.assigneeId === null) ?? null) : null;
  for (const indicator of bundle.indicators.filter((i) => i.objectiveId === objective.id).sort((a, b) => a.position - b.position)) {
    const target = bundle.targets.filter((t) => t.indicatorId === indicator.id).sort((a, b) => a.position - b.position)[0];
    setCell(ws, r, 1, { value: null });
    // the seed writes the previous year's figure in the last column ("Dato 2021 3.769"): kept with the indicator
    setCell(ws, r, 2, textValue(indicator.baselineText ? `${indicator.definition} (${indicator.baselineText})` : indicator.definition));
    mergeBlock(ws, r, 2, r, 3);
    setCell(ws, r, 4, target ? valueFromText(target.text) : { value: null });
    setCell(ws, r, 5, measuredValue(bundle, indicator, measurementOf(indicator.id)));
    r += 1;
  }
  const result = evaluation?.objectives.find((o) => o.objectiveId === objective.id);
  const summary = result
    ? isNotComputable(result.score)
      ? `Punteggio non calcolabile: ${result.score.reason}`
      : `Punteggio ${formatPercent(result.score.value)}${result.levelLabel ? ` — ${result.levelLabel}` : ""}. ${result.score.explanation.text}`
    : null;
  setCell(ws, r, 1, { value: "Relazione sulla performance" }, { font: { bold: true } });
  setCell(ws, r, 2, textValue(summary));
  mergeBlock(ws, r, 2, r, COLUMNS);
  return r + 2;
}

function writePesature(workbook: ExcelJS.Workbook, bundle: PlanBundle, taken: Set<string>): void {
  if (bundle.roleWeightings.length === 0) return;
  const ws = workbook.addWorksheet(sheetName("Pesature", taken));
  [22, 22, 22, 18, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setCell(ws, 1, 1, { value: "Pesature" }, { font: TITLE_FONT, border: {} });
  ["", "performance aziendali", "obiettivi individuali", "comportamenti", "TOTALE"].forEach((h, i) => setHeader(ws, 2, i + 1, h));
  let r = 3;
  for (const w of [...bundle.roleWeightings].sort((a, b) => a.position - b.position)) {
    setCell(ws, r, 1, { value: w.role }, { font: { bold: true } });
    setCell(ws, r, 2, { value: w.organisational, numFmt: "0" });
    setCell(ws, r, 3, { value: w.individual, numFmt: "0" });
    setCell(ws, r, 4, { value: w.behaviour, numFmt: "0" });
    setCell(ws, r, 5, formulaValue(`SUM(B${r}:D${r})`, w.organisational + w.individual + w.behaviour, "0"), { font: { bold: true } });
    r += 1;
  }
  setCell(ws, r, 1, { value: "dati in %" }, { border: {}, font: { italic: true } });
}

export function writeAfolPlanSheets(workbook: ExcelJS.Workbook, bundle: PlanBundle, evaluation: PlanEvaluation | null, taken: Set<string>): void {
  const year = evaluation?.year ?? bundle.plan.yearFrom;
  const groups = bundle.nodes.map((node) => ({ title: node.title, objectives: bundle.objectives.filter((o) => o.nodeId === node.id) }));
  const loose = bundle.objectives.filter((o) => !bundle.nodes.some((n) => n.id === o.nodeId));
  if (loose.length) groups.push({ title: "Obiettivi", objectives: loose });
  for (const group of groups.filter((g) => g.objectives.length > 0)) {
    const ws = workbook.addWorksheet(sheetName(group.title, taken), {
      pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    [26, 40, 48, 22, 22].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    setCell(ws, 1, 1, { value: group.title.toUpperCase() }, { font: TITLE_FONT, border: {} });
    setCell(ws, 2, 1, { value: `Obiettivi ${year}` }, { font: { bold: true }, border: {} });
    let r = 4;
    for (const objective of group.objectives) r = writeObjective(ws, r, bundle, objective, evaluation);
  }
  writePesature(workbook, bundle, taken);
}
