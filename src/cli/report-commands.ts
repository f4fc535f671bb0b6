// `traguardo report` and `traguardo publish`: the Relazione, the exchange workbook and the open data of a plan
// from the command line, and a publication in "Amministrazione trasparente" (recorded as published by "cli").
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../config";
import { openDatabase, type DatabaseHandle } from "../db/connect";
import { loadEvaluationSettings } from "../db/evaluation-settings";
import { loadPlanBundle } from "../db/plan-store";
import { createPublication } from "../db/publications";
import { isIsoDate } from "../domain/evaluation/result";
import { createPdfPrinter } from "../io/reports/pdf-printer";
import { evaluateForReport, REPORT_FILES, REPORT_FORMATS, renderReport, ReportRequestError, type ReportFormat } from "../io/reports/render-report";

async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = await openDatabase({ databaseUrl: config.DATABASE_URL ?? null, dataDir: config.TRAGUARDO_DATA_DIR });
  try {
    await handle.migrate();
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** Prints the message and exits with 1: what users get instead of a stack trace. */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function isFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

export function registerReportCommands(program: Command): void {
  program
    .command("report")
    .description("Relazione sulla performance (docx, pdf), tabelle di monitoraggio (xlsx) o dati aperti (csv, json) di un piano")
    .argument("<plan>", "id del piano")
    .option("-p, --period <periodId>", "periodo di monitoraggio (predefinito: il più recente del piano)")
    .option("-f, --format <format>", REPORT_FORMATS.join(" | "), "pdf")
    .option("-o, --output <file>", "file di destinazione (predefinito: <piano>-<nome del formato>)")
    .option("--date <AAAA-MM-GG>", "data stampata sulla Relazione (predefinita: oggi)")
    .option("--no-individual", "Relazione senza il capitolo sulla performance individuale (pesature)")
    .action(async (planId: string, options: { period?: string; format: string; output?: string; date?: string; individual: boolean }) => {
      if (!isFormat(options.format)) fail(`Formato "${options.format}" non supportato: usare ${REPORT_FORMATS.join(", ")}`);
      const format = options.format;
      if (options.date && !isIsoDate(options.date)) fail(`Data "${options.date}" non valida: usare AAAA-MM-GG`);
      await withDatabase(async ({ db }) => {
        const bundle = await loadPlanBundle(db, planId);
        if (!bundle) fail(`Piano "${planId}" non trovato`);
        let evaluation;
        try {
          evaluation = evaluateForReport(bundle, options.period, await loadEvaluationSettings(db, planId));
        } catch (error) {
          if (error instanceof ReportRequestError) fail(error.message);
          throw error;
        }
        const printer = format === "pdf" ? createPdfPrinter() : undefined;
        try {
          const file = await renderReport({ bundle, evaluation }, format, { printer, generatedOn: options.date ?? new Date().toISOString().slice(0, 10), includeIndividual: options.individual });
          const output = resolve(options.output ?? file.fileName);
          await writeFile(output, file.bytes);
          const period = evaluation ? `${evaluation.periodLabel}` : "senza periodo di monitoraggio";
          console.log(`✓ ${output} (${REPORT_FILES[format].label}, ${period})`);
        } finally {
          await printer?.close();
        }
      });
    });

  program
    .command("publish")
    .description("pubblica un piano e i suoi risultati in Amministrazione trasparente (copia congelata)")
    .argument("<plan>", "id del piano")
    .option("-p, --period <periodId>", "periodo di monitoraggio (predefinito: il più recente del piano)")
    .action(async (planId: string, options: { period?: string }) => {
      await withDatabase(async ({ db }) => {
        const bundle = await loadPlanBundle(db, planId);
        if (!bundle) fail(`Piano "${planId}" non trovato`);
        let evaluation;
        try {
          evaluation = evaluateForReport(bundle, options.period, await loadEvaluationSettings(db, planId));
        } catch (error) {
          if (error instanceof ReportRequestError) fail(error.message);
          throw error;
        }
        const title = evaluation ? `${bundle.plan.title} — ${evaluation.periodLabel}` : bundle.plan.title;
        const publication = await createPublication(db, { bundle, evaluation, publishedBy: "cli", title });
        console.log(`✓ pubblicato «${title}»: /trasparenza/${publication.id}`);
      });
    });
}
