// The `traguardo` command: serve, import, export, db migrate (and analytics).
import { readFile, writeFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { Command } from "commander";
import { loadConfig } from "../config";
import { openDatabase, type DatabaseHandle } from "../db/connect";
import { loadPlanBundle } from "../db/plan-store";
import { exportPlanTemplate } from "../io/xlsx-template/export-template";
import { evaluateStoredPlan } from "../server/evaluation.service";
import { startServer } from "../server/start";
import { formatEvaluation } from "./format-evaluation";
import { importDocument } from "./import-command";
import { registerAnalyticsCommands } from "./analytics-commands";
import { registerReportCommands } from "./report-commands";

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

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const program = new Command("traguardo").description("Traguardo — ciclo della performance").showHelpAfterError();

program
  .command("serve")
  .description("avvia il server web e l'API (http://localhost:3000)")
  .action(async () => {
    await startServer(loadConfig());
  });

program
  .command("import")
  .description("importa uno o più documenti (piani AFOL, monitoraggi ARTI, rapporti ANPAL, obiettivi Lombardia, modello XLSX)")
  .argument("<file...>", "file da importare")
  .action(async (files: string[]) => {
    await withDatabase(async ({ db }) => {
      let failed = false;
      for (const file of files) {
        const result = await importDocument(db, await readFile(file), basename(file));
        if (!result.ok) {
          failed = true;
          console.error(`✗ ${file}: importazione non riuscita, nessun dato modificato`);
          for (const e of result.errors) console.error(`  - ${e.location ? `${e.location}: ` : ""}${e.message}`);
          continue;
        }
        const id = result.planId;
        const b = result.bundle;
        console.log(
          `✓ ${file} → piano "${id}" (${result.layout}): ${b.objectives.length} obiettivi, ${b.indicators.length} indicatori, ` +
            `${b.targets.length} target, ${b.phases.length} fasi, ${b.measurements.length} misurazioni`,
        );
        for (const w of b.warnings) console.log(`  ! ${w.location ? `${w.location}: ` : ""}${w.message}`);
      }
      if (failed) process.exitCode = 1;
    });
  });

program
  .command("export")
  .description("esporta un piano nel modello XLSX (o in JSON)")
  .argument("<planId>", "id del piano")
  .option("-o, --output <file>", "file di destinazione")
  .option("-f, --format <format>", "xlsx | json", "xlsx")
  .action(async (planId: string, options: { output?: string; format: string }) => {
    await withDatabase(async ({ db }) => {
      const bundle = await loadPlanBundle(db, planId);
      if (!bundle) fail(`Piano "${planId}" non trovato`);
      const output = resolve(options.output ?? `${planId}.${options.format}`);
      if (options.format === "json") await writeFile(output, JSON.stringify(bundle, null, 2));
      else if (options.format === "xlsx") await writeFile(output, await exportPlanTemplate(bundle));
      else fail(`Formato "${options.format}" non supportato: usare xlsx o json`);
      console.log(`✓ ${output}`);
    });
  });

program
  .command("evaluate")
  .description("valuta un piano per un periodo: punteggi, stati, quote di risorse e verifiche di coerenza")
  .argument("<planId>", "id del piano")
  .option("-p, --period <periodId>", "periodo di monitoraggio (predefinito: l'ultimo)")
  .option("--as-of <date>", "data di lettura degli stati (AAAA-MM-GG)")
  .option("--json", "stampa la valutazione completa in JSON")
  .action(async (planId: string, options: { period?: string; asOf?: string; json?: boolean }) => {
    await withDatabase(async ({ db }) => {
      try {
        const evaluation = await evaluateStoredPlan(db, planId, { periodId: options.period, asOf: options.asOf }, null);
        console.log(options.json ? JSON.stringify(evaluation, null, 2) : formatEvaluation(evaluation));
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
    });
  });

program
  .command("db")
  .description("database")
  .command("migrate")
  .description("applica le migrazioni")
  .action(async () => {
    await withDatabase(async (handle) => console.log(`✓ migrazioni applicate (${handle.kind})`));
  });

registerReportCommands(program);
registerAnalyticsCommands(program);

// Output piped into `head` or a pager that stops reading is not an error of the command.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

await program.parseAsync(process.argv);
