// One entry for every output of a plan and period — Relazione (DOCX, PDF), exchange workbook (XLSX), open
// data (CSV, JSON) — used alike by the API, the public pages (from a frozen publication) and the command line.
import { evaluatePlan, type EvaluatePlanOptions, type PlanEvaluation } from "../../domain/evaluation/evaluate-plan";
import type { IndicatorStatusOverride } from "../../domain/evaluation/indicator-evaluation";
import type { MonitoringPeriod, PlanBundle } from "../../domain/model";
import { renderOpenDataCsv } from "../open-data/open-data-csv";
import { buildOpenDataDocument, type PublicationRef } from "../open-data/open-data-document";
import type { PdfPrinter } from "./pdf-printer";
import { renderRelazioneDocx } from "./relazione-docx";
import { buildRelazioneReport } from "./relazione-model";
import { renderRelazionePdf } from "./relazione-pdf";
import { renderMonitoringWorkbook } from "./xlsx/monitoring-workbook";
import { latestPeriod } from "../../domain/periods";

export const REPORT_FORMATS = ["docx", "pdf", "xlsx", "csv", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The file name each format is served under (routes: /reports/relazione.docx …). */
export const REPORT_FILES: Record<ReportFormat, { name: string; contentType: string; label: string }> = {
  docx: { name: "relazione.docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Relazione sulla performance (DOCX)" },
  pdf: { name: "relazione.pdf", contentType: "application/pdf", label: "Relazione sulla performance (PDF accessibile)" },
  xlsx: { name: "monitoraggio.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Tabelle di monitoraggio (XLSX)" },
  csv: { name: "open-data.csv", contentType: "text/csv; charset=utf-8", label: "Dati aperti (CSV)" },
  json: { name: "open-data.json", contentType: "application/json; charset=utf-8", label: "Dati aperti (JSON)" },
};

export function formatOfFile(fileName: string): ReportFormat | null {
  return REPORT_FORMATS.find((f) => REPORT_FILES[f].name === fileName) ?? null;
}

/** A request that names something the plan does not have; the message says what, in Italian. */
export class ReportRequestError extends Error {}

/** The period asked for, or the plan's latest one; null when the plan has no period (the report shows the plan only). */
export function choosePeriod(bundle: PlanBundle, periodId?: string | null): MonitoringPeriod | null {
  if (periodId) {
    const period = bundle.periods.find((p) => p.id === periodId);
    if (!period) {
      const known = bundle.periods.map((p) => `«${p.id}»`).join(", ");
      throw new ReportRequestError(`Periodo «${periodId}» non presente nel piano «${bundle.plan.title}»${known ? `: periodi disponibili ${known}` : ": il piano non ha periodi"}`);
    }
    return period;
  }
  return latestPeriod(bundle);
}

/** What the evaluation body stored for the plan (src/db/evaluation-settings.ts: loadEvaluationSettings). */
export interface StoredEvaluationSettings {
  rules: EvaluatePlanOptions["rules"];
  overrides: (IndicatorStatusOverride & { periodId: string })[];
}

/** The evaluation the reports print: the engine's, for the chosen period, with the plan's stored rules and overrides. */
export function evaluateForReport(bundle: PlanBundle, periodId?: string | null, settings?: StoredEvaluationSettings): PlanEvaluation | null {
  const period = choosePeriod(bundle, periodId);
  if (!period) return null;
  const evaluation = evaluatePlan(bundle, {
    periodId: period.id,
    rules: settings?.rules ?? null,
    overrides: settings?.overrides.filter((o) => o.periodId === period.id) ?? [],
  });
  if (evaluation.kind !== "computed") throw new ReportRequestError(evaluation.reason);
  return evaluation;
}

export interface ReportSnapshot {
  bundle: PlanBundle;
  evaluation: PlanEvaluation | null;
}

export interface RenderOptions {
  /** needed for PDF only. */
  printer?: PdfPrinter;
  /** ISO date printed on the Relazione. */
  generatedOn: string;
  publication?: PublicationRef | null;
  /** Relazione only: include the chapter on individual performance (pesature); true by default. */
  includeIndividual?: boolean;
}

export interface ReportFile {
  bytes: Buffer;
  contentType: string;
  /** for Content-Disposition: "arti-2021-relazione.pdf". */
  fileName: string;
}

function downloadName(bundle: PlanBundle, format: ReportFormat): string {
  return `${bundle.plan.id.replace(/[^A-Za-z0-9._-]+/g, "-")}-${REPORT_FILES[format].name}`;
}

export async function renderReport(snapshot: ReportSnapshot, format: ReportFormat, options: RenderOptions): Promise<ReportFile> {
  const { bundle, evaluation } = snapshot;
  const file = (bytes: Buffer): ReportFile => ({ bytes, contentType: REPORT_FILES[format].contentType, fileName: downloadName(bundle, format) });
  const relazione = () => buildRelazioneReport({ bundle, evaluation, generatedOn: options.generatedOn, includeIndividual: options.includeIndividual });
  switch (format) {
    case "docx":
      return file(await renderRelazioneDocx(relazione()));
    case "pdf": {
      if (!options.printer) throw new Error("stampa PDF non disponibile: nessuna stampante configurata");
      options.printer.warmUp();
      return file(await renderRelazionePdf(relazione(), options.printer));
    }
    case "xlsx":
      return file(await renderMonitoringWorkbook(bundle, evaluation));
    case "csv":
      return file(Buffer.from(renderOpenDataCsv(buildOpenDataDocument(bundle, evaluation, options.publication ?? null)), "utf8"));
    case "json":
      return file(Buffer.from(`${JSON.stringify(buildOpenDataDocument(bundle, evaluation, options.publication ?? null), null, 2)}\n`, "utf8"));
  }
}
