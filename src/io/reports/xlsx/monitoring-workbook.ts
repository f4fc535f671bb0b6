// The workbook of a plan's results in the layout its organisation exchanges: ARTI's monitoring table, AFOL's
// plan with the Rendicontazione, ANPAL's result-indicator and budget tables. A plan from another source (the
// XLSX template, Lombardia) gets the monitoring table, the most general of the three.
import ExcelJS from "exceljs";
import type { PlanEvaluation } from "../../../domain/evaluation/evaluate-plan";
import type { PlanBundle } from "../../../domain/model";
import { writeAfolPlanSheets } from "./afol-plan";
import { writeAnpalSheets } from "./anpal-tables";
import { writeArtiMonitoringSheets } from "./arti-monitoring";

export type WorkbookLayout = "arti-monitoraggio" | "afol-piano" | "anpal-rapporto";

export function layoutOf(bundle: PlanBundle): WorkbookLayout {
  const layout = bundle.plan.sourceLayout;
  return layout === "afol-piano" || layout === "anpal-rapporto" ? layout : "arti-monitoraggio";
}

export async function renderMonitoringWorkbook(bundle: PlanBundle, evaluation: PlanEvaluation | null, options: { layout?: WorkbookLayout } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Traguardo";
  workbook.company = bundle.organisation.name;
  workbook.title = `${bundle.plan.title}${evaluation ? ` — ${evaluation.periodLabel}` : ""}`;
  workbook.subject = "Monitoraggio degli obiettivi";
  workbook.keywords = "ciclo della performance, monitoraggio";
  const taken = new Set<string>();
  const layout = options.layout ?? layoutOf(bundle);
  if (layout === "afol-piano") writeAfolPlanSheets(workbook, bundle, evaluation, taken);
  else if (layout === "anpal-rapporto") writeAnpalSheets(workbook, bundle, evaluation, taken);
  else writeArtiMonitoringSheets(workbook, bundle, evaluation, taken);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
