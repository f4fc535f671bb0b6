// ANPAL Servizi's tables (seed 002, "Rapporto sui risultati 2019"): the result indicators per Missione and
// Programma ("Tabella indicatori di risultato 2019": Programma, Aree/Linee progettuali, Definizione tecnica, Unità
// di misura, Valore dell'obiettivo, Metodo di calcolo, Realizzato, Pianificazione), and each budget table with
// its subtotals and totals as formulas (the subtotals of a funding source as SUMIF, the totals as SUM of the rows).
import type ExcelJS from "exceljs";
import type { PlanEvaluation } from "../../../domain/evaluation/evaluate-plan";
import { formatAmount } from "../../../domain/evaluation/explain";
import { sum } from "../../../domain/evaluation/result";
import type { BudgetLine, BudgetTable, Objective, PlanBundle, PlanNode } from "../../../domain/model";
import { measuredValue } from "./arti-monitoring";
import { columnLetter, FORMATS, formulaValue, mergeBlock, rangesOf, setCell, setHeader, sheetName, textValue, TITLE_FONT, valueFromText } from "./sheet-kit";

function missionTitle(node: PlanNode): string {
  return `MISSIONE ${node.code ?? ""} - ${node.title}`.replace(/\s+-\s+$/, "");
}

function programmeTitle(node: PlanNode): string {
  const code = node.code?.split(/[.\-]/).pop() ?? node.code;
  return code ? `Programma ${code} - ${node.title}` : node.title;
}

function writeIndicators(workbook: ExcelJS.Workbook, bundle: PlanBundle, evaluation: PlanEvaluation | null, taken: Set<string>): void {
  const year = evaluation?.year ?? bundle.plan.yearFrom;
  const ws = workbook.addWorksheet(sheetName(`Indicatori di risultato ${year}`, taken), {
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  [34, 30, 52, 14, 14, 44, 14, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setCell(ws, 1, 1, { value: `Tabella indicatori di risultato ${year}` }, { font: TITLE_FONT, border: {} });
  let r = 3;
  const missions = bundle.nodes.filter((n) => n.kind === "mission");
  for (const mission of missions) {
    const programmes = bundle.nodes.filter((n) => n.parentId === mission.id);
    const objectives: { programme: PlanNode; objective: Objective }[] = programmes.flatMap((programme) =>
      bundle.objectives.filter((o) => o.nodeId === programme.id).map((objective) => ({ programme, objective })),
    );
    const indicators = objectives.flatMap(({ programme, objective }) =>
      bundle.indicators.filter((i) => i.objectiveId === objective.id).sort((a, b) => a.position - b.position).map((indicator) => ({ programme, objective, indicator })),
    );
    if (indicators.length === 0) continue;
    const planning = bundle.targets.find((t) => t.indicatorId === indicators[0]!.indicator.id && t.yearFrom !== t.yearTo);
    setHeader(ws, r, 1, missionTitle(mission));
    mergeBlock(ws, r, 1, r, 2);
    setHeader(ws, r, 3, "INDICATORI DI RISULTATO");
    mergeBlock(ws, r, 3, r, 6);
    setHeader(ws, r, 7, `Realizzato ${year}`);
    setHeader(ws, r, 8, planning?.label ?? "Pianificazione");
    ["Programma", "Aree/Linee progettuali", "Definizione tecnica", "Unità di misura", "Valore dell'obiettivo", "Metodo di calcolo"].forEach((h, i) => setHeader(ws, r + 1, i + 1, h));
    setHeader(ws, r + 1, 7, "");
    setHeader(ws, r + 1, 8, "");
    mergeBlock(ws, r, 7, r + 1, 7);
    mergeBlock(ws, r, 8, r + 1, 8);
    r += 2;
    indicators.forEach(({ programme, objective, indicator }, i) => {
      const previous = indicators[i - 1];
      if (!previous || previous.programme.id !== programme.id) {
        const span = indicators.slice(i).findIndex((x) => x.programme.id !== programme.id);
        setCell(ws, r, 1, { value: programmeTitle(programme) });
        mergeBlock(ws, r, 1, r + (span === -1 ? indicators.length - i : span) - 1, 1);
      }
      if (!previous || previous.objective.id !== objective.id) {
        const span = indicators.slice(i).findIndex((x) => x.objective.id !== objective.id);
        setCell(ws, r, 2, { value: objective.title });
        mergeBlock(ws, r, 2, r + (span === -1 ? indicators.length - i : span) - 1, 2);
      }
      const targets = bundle.targets.filter((t) => t.indicatorId === indicator.id).sort((a, b) => a.position - b.position);
      const yearly = targets.find((t) => t.yearFrom === year && t.yearTo === year) ?? targets[0];
      const span = targets.find((t) => t !== yearly);
      const measurement = evaluation
        ? (bundle.measurements.find((m) => m.indicatorId === indicator.id && m.periodId === evaluation.periodId && m.assigneeId === null) ?? null)
        : null;
      setCell(ws, r, 3, textValue(indicator.definition));
      setCell(ws, r, 4, textValue(indicator.unit));
      setCell(ws, r, 5, yearly ? valueFromText(yearly.text) : { value: null });
      setCell(ws, r, 6, textValue(indicator.method));
      const realised = setCell(ws, r, 7, measuredValue(bundle, indicator, measurement));
      // "2051 ²": the footnote of the document travels as a cell comment
      if (measurement?.note) realised.note = measurement.note;
      setCell(ws, r, 8, span ? valueFromText(span.text) : { value: null });
      r += 1;
    });
    r += 1;
  }
}

interface BudgetField {
  header: string;
  value: (line: BudgetLine) => string | null;
}

const BUDGET_FIELDS: BudgetField[] = [
  { header: "Sezione", value: (l) => l.section },
  { header: "Asse", value: (l) => l.axis },
  { header: "Priorità di investimento", value: (l) => l.investmentPriority },
  { header: "Linea di attività", value: (l) => l.lineCode },
  { header: "Descrizione", value: (l) => l.description },
  { header: "Fonte di finanziamento", value: (l) => l.fundingSource },
];

function writeBudgetTable(workbook: ExcelJS.Workbook, bundle: PlanBundle, table: BudgetTable, taken: Set<string>): void {
  // the act names the table ("DD n. 549 del 20.12.2019"); else the first words of its title
  const name = table.act ?? table.title.slice(0, 32).replace(/\s+\S*$/, "");
  const ws = workbook.addWorksheet(sheetName(name, taken), {
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const lines = bundle.budgetLines.filter((l) => l.tableId === table.id).sort((a, b) => a.position - b.position);
  const fields = BUDGET_FIELDS.filter((f) => lines.some((l) => f.value(l) !== null));
  const sourceField = fields.findIndex((f) => f.header === "Fonte di finanziamento");
  const widths = fields.map((f) => (f.header === "Descrizione" ? 56 : f.header === "Sezione" ? 34 : 16));
  [...widths, ...table.columns.map(() => 20)].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setCell(ws, 1, 1, { value: table.title }, { font: TITLE_FONT, border: {} });
  const header = 3;
  fields.forEach((f, i) => setHeader(ws, header, i + 1, f.header));
  table.columns.forEach((c, k) => setHeader(ws, header, fields.length + k + 1, c));
  const first = header + 1;
  const last = first + lines.length - 1;
  const rowOf = (line: BudgetLine) => first + lines.indexOf(line);
  const rowsOnly = lines.filter((l) => l.rowKind === "line");
  const bySource = rowsOnly.some((l) => l.fundingSource !== null);
  let since: BudgetLine[] = [];
  for (const line of lines) {
    const r = rowOf(line);
    const bold = line.rowKind !== "line";
    fields.forEach((f, i) => setCell(ws, r, i + 1, textValue(f.value(line)), bold ? { font: { bold: true } } : {}));
    // the same parts as the consistency check (checkBudgetTable): rows of the source, rows since the last subtotal, all rows
    let parts: BudgetLine[] | null = null;
    let sumIf: string | null = null;
    if (line.rowKind === "subtotal" && bySource && line.fundingSource !== null && sourceField >= 0) {
      parts = rowsOnly.filter((l) => l.fundingSource === line.fundingSource);
      sumIf = line.fundingSource;
    } else if (line.rowKind === "subtotal") {
      parts = since;
      since = [];
    } else if (line.rowKind === "total") {
      parts = rowsOnly;
    } else {
      since.push(line);
    }
    table.columns.forEach((_, k) => {
      const column = fields.length + k + 1;
      const stated = line.amounts[k] ?? null;
      if (!parts || parts.length === 0) {
        setCell(ws, r, column, stated === null ? { value: null } : { value: stated, numFmt: FORMATS.decimal }, bold ? { font: { bold: true } } : {});
        return;
      }
      const computed = sum(parts.map((p) => p.amounts[k] ?? 0));
      const letter = columnLetter(column);
      const sourceLetter = columnLetter(sourceField + 1);
      const formula =
        sumIf !== null
          ? `SUMIF(${sourceLetter}${first}:${sourceLetter}${last},"${sumIf.replace(/"/g, '""')}",${letter}${first}:${letter}${last})`
          : `SUM(${rangesOf(column, parts.map(rowOf))})`;
      const cell = setCell(ws, r, column, formulaValue(formula, computed, FORMATS.decimal), { font: { bold: true } });
      if (stated !== null && Math.abs(stated - computed) > 0.01) cell.note = `Il documento indica ${formatAmount(stated)}; la somma delle righe è ${formatAmount(computed)}.`;
    });
  }
}

export function writeAnpalSheets(workbook: ExcelJS.Workbook, bundle: PlanBundle, evaluation: PlanEvaluation | null, taken: Set<string>): void {
  writeIndicators(workbook, bundle, evaluation, taken);
  for (const table of [...bundle.budgetTables].sort((a, b) => a.position - b.position)) writeBudgetTable(workbook, bundle, table, taken);
}
