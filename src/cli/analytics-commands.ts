// `traguardo analytics …`: load service data into the analytics warehouse, compute indicators from
// definitions, generate synthetic data. The warehouse is a DuckDB file (default <TRAGUARDO_DATA_DIR>/analytics.duckdb).
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { loadConfig } from "../config";
import { formatItalianNumber } from "../domain/italian";
import type { LoadedDefinition } from "../analytics/definition/load-definition";
import { readDefinitions, readShippedDefinitions } from "../analytics/definition/read-definitions";
import { DuckDbRunner, type DuckDbOptions } from "../analytics/fetch/duckdb-runner";
import { formatDatasetSummary, formatResultTable } from "../analytics/format/format-results";
import { generateSyntheticData } from "../analytics/generator/generate-synthetic-data";
import { ingestFile, type IngestPhase, type IngestReport } from "../analytics/ingest/ingest-file";
import { parsePeriod } from "../analytics/plan/period";
import { readMaterialisedResult, refreshResults } from "../analytics/store/materialise-results";
import { openWarehouse, readDatasetSummary } from "../analytics/warehouse";
import { SYSTEM_ACTOR } from "../audit/audit-log";
import { openDatabase } from "../db/connect";
import { computePlanServiceData } from "../server/analytics.service";

const PHASE_LABELS: Record<IngestPhase, string> = {
  impronta: "impronta del file",
  lettura: "lettura",
  controllo: "controllo delle righe",
  caricamento: "caricamento",
};

function warehousePath(option: string | undefined): string {
  return resolve(option ?? join(loadConfig().TRAGUARDO_DATA_DIR, "analytics.duckdb"));
}

async function withWarehouse<T>(options: DuckDbOptions, work: (warehouse: DuckDbRunner) => Promise<T>): Promise<T> {
  mkdirSync(dirname(options.path), { recursive: true });
  const warehouse = await openWarehouse(options);
  try {
    return await work(warehouse);
  } finally {
    await warehouse.close();
  }
}

function readDefinitionsArgument(path: string): LoadedDefinition[] {
  return path === "shipped" ? readShippedDefinitions() : readDefinitions(resolve(path));
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function printIngestReport(file: string, report: IngestReport): void {
  if (report.status === "already-loaded") {
    console.log(`= ${file}: file già caricato (lotto ${report.batchId}), nessuna riga aggiunta`);
    return;
  }
  const n = formatItalianNumber;
  console.log(
    `✓ ${file} (${report.kind}): ${n(report.rowsRead)} righe lette, ${n(report.rowsLoaded)} caricate, ` +
      `${n(report.rowsAlreadyPresent)} già presenti, ${n(report.rowsRejected)} scartate`,
  );
  for (const r of report.rejections) console.log(`  - ${r.field}: ${r.reason} (${n(r.count)} ${r.count === 1 ? "riga" : "righe"})`);
  if (report.rejectFile) console.log(`  righe scartate, con numero di riga e motivo: ${report.rejectFile}`);
  if (report.ignoredColumns.length > 0) console.log(`  colonne ignorate: ${report.ignoredColumns.join(", ")}`);
}

export function registerAnalyticsCommands(program: Command): void {
  const analytics = program.command("analytics").description("analisi dei dati di servizio (DID, PSP, LEP, GOL, assunzioni) su DuckDB");

  analytics
    .command("ingest")
    .description("carica file CSV o Parquet di sedi, persone o eventi nel magazzino analitico (prima le sedi, poi le persone, poi gli eventi)")
    .argument("<file...>", "file da caricare")
    .option("--db <path>", "file del magazzino DuckDB")
    .option("--kind <kind>", "tipo di file (offices, persons, events); di norma riconosciuto dalle colonne")
    .option("--as-of <date>", "data del caricamento: eventi successivi sono scartati come date future", today())
    .option("--memory-limit <size>", "memoria massima di DuckDB, oltre la quale usa il disco (es. 4GB)")
    .action(async (files: string[], options: { db?: string; kind?: "offices" | "persons" | "events"; asOf: string; memoryLimit?: string }) => {
      await withWarehouse({ path: warehousePath(options.db), memoryLimit: options.memoryLimit }, async (warehouse) => {
        for (const file of files) {
          const bar = new SingleBar({ format: `${file} | {phase} | {bar} {percentage}%`, hideCursor: true, clearOnComplete: true });
          let phase: IngestPhase | null = null;
          bar.start(1, 0, { phase: "" });
          try {
            const report = await ingestFile(warehouse, resolve(file), {
              asOf: options.asOf,
              kind: options.kind,
              onProgress: (p) => {
                if (p.phase !== phase) {
                  phase = p.phase;
                  bar.setTotal(Math.max(1, p.total));
                }
                bar.update(p.done, { phase: PHASE_LABELS[p.phase] });
              },
            });
            bar.stop();
            printIngestReport(file, report);
          } catch (error) {
            bar.stop();
            console.error(`✗ ${file}: ${(error as Error).message}`);
            process.exitCode = 1;
          }
        }
      });
    });

  analytics
    .command("compute")
    .description("calcola gli indicatori di un file o cartella di definizioni (\"shipped\" = le definizioni fornite) e ne memorizza i risultati")
    .argument("<definitions>", "file .yaml/.json, cartella, oppure shipped")
    .requiredOption("--period <period>", "periodo: 2022, 2022-06 o 2022-01-01..2022-06-30")
    .option("--db <path>", "file del magazzino DuckDB")
    .option("--format <format>", "table, json o csv", "table")
    .option("--rows <n>", "righe di disaggregazione mostrate per indicatore (table)", "12")
    .option("--memory-limit <size>", "memoria massima di DuckDB (es. 6GB)")
    .action(async (path: string, options: { period: string; db?: string; format: string; rows: string; memoryLimit?: string }) => {
      const definitions = readDefinitionsArgument(path);
      const period = parsePeriod(options.period);
      const warehouseOptions = { path: warehousePath(options.db), memoryLimit: options.memoryLimit, forIndicators: true };
      await withWarehouse(warehouseOptions, async (warehouse) => {
        const started = performance.now();
        const report = await refreshResults(warehouse, { definitions, periods: [period], now: new Date() });
        const seconds = (performance.now() - started) / 1000;
        const stored = [];
        for (const loaded of definitions) {
          const result = await readMaterialisedResult(warehouse, loaded, period);
          if (result) stored.push(result);
        }
        if (options.format === "json") {
          console.log(JSON.stringify(stored, null, 2));
          return;
        }
        if (options.format === "csv") {
          console.log("definizione;disaggregazione;chiave;etichetta;valore;numeratore;denominatore");
          for (const { result } of stored) {
            for (const row of [result.total, ...result.breakdowns]) {
              const v = row.value.kind === "value" ? String(row.value.value).replace(".", ",") : "";
              console.log([result.definitionId, row.breakdown, row.key, row.label ?? "", v, row.numerator ?? "", row.denominator ?? ""].join(";"));
            }
          }
          return;
        }
        const dataset = await readDatasetSummary(warehouse);
        console.log(`Dati ${report.datasetId}${dataset ? ` (${formatDatasetSummary(dataset)})` : ": nessun file caricato"}`);
        console.log(
          `Periodo ${period.from} – ${period.to}: ${report.recomputed.length} indicatori ricalcolati, ` +
            `${report.upToDate.length} già aggiornati (${seconds.toLocaleString("it-IT", { maximumFractionDigits: 1 })} s)`,
        );
        for (const entry of report.recomputed) console.log(`  ↻ ${entry.definitionId}: ${entry.reason}`);
        for (const { result, provenance } of stored) {
          console.log("");
          console.log(formatResultTable(result, { maxRows: Number(options.rows) }));
          console.log(`  (definizione ${provenance.definitionHash}, calcolato ${provenance.computedAt})`);
        }
      });
    });

  analytics
    .command("generate")
    .description("genera un insieme di dati sintetico (sedi, persone, eventi) con proporzioni tratte dai dati pubblici dei documenti")
    .requiredOption("--persons <n>", "numero di persone (≈ 10 eventi ciascuna)")
    .requiredOption("--out <dir>", "cartella di destinazione")
    .option("--seed <n>", "seme: lo stesso seme dà gli stessi dati", "1")
    .option("--format <format>", "parquet o csv", "parquet")
    .option("--cpi <n>", "numero di CPI (di norma uno ogni 18.000 persone)")
    .action(async (options: { persons: string; out: string; seed: string; format: string; cpi?: string }) => {
      if (options.format !== "parquet" && options.format !== "csv") throw new Error("formato non valido: parquet o csv");
      const runner = await DuckDbRunner.open({ path: ":memory:" });
      try {
        const started = performance.now();
        const files = await generateSyntheticData(runner, {
          persons: Number(options.persons),
          seed: Number(options.seed),
          outDir: resolve(options.out),
          format: options.format,
          cpiCount: options.cpi ? Number(options.cpi) : undefined,
        });
        const n = formatItalianNumber;
        console.log(
          `✓ ${n(files.counts.offices)} sedi, ${n(files.counts.persons)} persone, ${n(files.counts.events)} eventi in ` +
            `${((performance.now() - started) / 1000).toLocaleString("it-IT", { maximumFractionDigits: 1 })} s`,
        );
        console.log(`  ${files.offices}\n  ${files.persons}\n  ${files.events}`);
      } finally {
        await runner.close();
      }
    });

  analytics
    .command("fill")
    .description("scrive nel monitoraggio di un piano i valori degli indicatori collegati ai dati di servizio, per un periodo (i valori manuali restano, segnalati per la revisione)")
    .argument("<planId>", "id del piano")
    .requiredOption("--period <periodId>", "id del periodo di monitoraggio del piano (es. afol-2022:rendicontazione)")
    .option("--db <path>", "file del magazzino DuckDB")
    .action(async (planId: string, options: { period: string; db?: string }) => {
      const config = loadConfig();
      const handle = await openDatabase({ databaseUrl: config.DATABASE_URL ?? null, dataDir: config.TRAGUARDO_DATA_DIR });
      try {
        await handle.migrate();
        const summary = await computePlanServiceData(handle.db, SYSTEM_ACTOR, planId, options.period, { warehousePath: warehousePath(options.db) });
        console.log(
          `✓ ${planId}, periodo ${summary.period.from} – ${summary.period.to} (dati ${summary.datasetId ?? "nessuno"}): ` +
            `${summary.created} valori nuovi, ${summary.updated} aggiornati, ${summary.unchanged} invariati, ${summary.awaitingReview} da rivedere`,
        );
        for (const s of summary.skipped) console.log(`  ! ${s.indicatorId}: ${s.reason}`);
      } catch (error) {
        console.error(`✗ ${(error as Error).message}`);
        process.exitCode = 1;
      } finally {
        await handle.close();
      }
    });
}
