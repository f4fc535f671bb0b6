// npm run bench:analytics — the service-data analytics at national scale.
// For each scale: generate the synthetic data set (Parquet, seeded), load it through the real ingestion into a
// DuckDB warehouse, compute the full shipped indicator set on DuckDB (twice: cold and warm), copy the warehouse to
// PostgreSQL and compute the same definitions there, check the results are equal, print times, rows/s, memory.
//
//   tsx bench/analytics/run.ts [--scales 10m,100m] [--data-dir DIR] [--postgres-max-events 20000000] [--keep] [--reuse]
//
// --reuse keeps a warehouse already loaded under DIR/<scale> (generating and loading 100M events takes ~20 min)
// and implies --keep for it; --skip-postgres leaves PostgreSQL out.
//
// PostgreSQL runs when DATABASE_URL is set (a schema of its own, dropped at the end), up to --postgres-max-events.
// Targets (issue "Service-data analytics"): 100M events in under 10 s with under 8 GB, ≥10× faster than PostgreSQL.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { exportWarehouseCsv, createTablesIn } from "../../src/analytics/fetch/copy-warehouse";
import { DuckDbRunner } from "../../src/analytics/fetch/duckdb-runner";
import { PostgresRunner } from "../../src/analytics/fetch/postgres-runner";
import { generateSyntheticData } from "../../src/analytics/generator/generate-synthetic-data";
import { ingestFile } from "../../src/analytics/ingest/ingest-file";
import { sql } from "../../src/analytics/sql/fragment";
import { openWarehouse } from "../../src/analytics/warehouse";

const HERE = dirname(fileURLToPath(import.meta.url));
const SCALES: Record<string, number> = { "1m": 100_000, "10m": 1_000_000, "100m": 10_000_000 };
const PERIOD = "2022";
const DUCKDB_MEMORY_LIMIT = "6GB";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const scales = option("scales", "10m,100m").split(",").map((s) => s.trim().toLowerCase());
const dataDir = option("data-dir", join(tmpdir(), "traguardo-bench-analytics"));
const postgresMaxEvents = Number(option("postgres-max-events", "20000000"));
const reuse = process.argv.includes("--reuse");
const keep = process.argv.includes("--keep");
const databaseUrl = process.argv.includes("--skip-postgres") ? undefined : process.env.DATABASE_URL;

const n = (x: number) => x.toLocaleString("it-IT", { maximumFractionDigits: 0 });
const s = (x: number) => `${x.toLocaleString("it-IT", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} s`;

interface StageResult {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  results: { definitionId: string; rows: unknown[] }[];
}

function runStage(args: string[]): StageResult {
  const child = spawnSync(process.execPath, ["--import", "tsx", join(HERE, "compute-stage.ts"), ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (child.status !== 0) throw new Error(`calcolo non riuscito (${args[0]}):\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as StageResult;
}

function psql(args: string[]): void {
  const child = spawnSync("psql", [databaseUrl!, "-v", "ON_ERROR_STOP=1", "-q", ...args], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`psql: ${child.stderr}`);
}

async function generateAndLoad(persons: number, dir: string, warehousePath: string): Promise<number> {
  let started = performance.now();
  const generator = await DuckDbRunner.open({ path: ":memory:", memoryLimit: DUCKDB_MEMORY_LIMIT });
  const files = await generateSyntheticData(generator, { persons, seed: 2022, outDir: join(dir, "dati"), format: "parquet" });
  await generator.close();
  const events = files.counts.events;
  console.log(`generazione: ${n(events)} eventi, ${n(files.counts.persons)} persone, ${n(files.counts.offices)} sedi in ${s((performance.now() - started) / 1000)}`);

  const warehouse = await openWarehouse({ path: warehousePath, memoryLimit: DUCKDB_MEMORY_LIMIT });
  started = performance.now();
  for (const file of [files.offices, files.persons, files.events]) {
    const report = await ingestFile(warehouse, file, { asOf: "2024-01-01", rejectFile: null });
    if (report.rowsRejected > 0) throw new Error(`righe scartate in ${file}: ${JSON.stringify(report.rejections)}`);
  }
  await warehouse.execute(sql`CHECKPOINT`);
  await warehouse.close();
  const ingestSeconds = (performance.now() - started) / 1000;
  console.log(`caricamento (controlli inclusi): ${s(ingestSeconds)}, ${n(events / ingestSeconds)} eventi/s, file ${n(statSync(warehousePath).size / 2 ** 20)} MB`);
  return events;
}

const summary: string[] = [];

for (const scale of scales) {
  const persons = SCALES[scale];
  if (!persons) throw new Error(`scala sconosciuta «${scale}» (ammesse: ${Object.keys(SCALES).join(", ")})`);
  const dir = join(dataDir, scale);
  const warehousePath = join(dir, "magazzino.duckdb");
  console.log(`\n=== ${scale.toUpperCase()} eventi: ${n(persons)} persone ===`);
  let events: number;
  if (reuse && existsSync(warehousePath)) {
    const existing = await DuckDbRunner.open({ path: warehousePath, memoryLimit: DUCKDB_MEMORY_LIMIT });
    events = Number((await existing.query(sql`SELECT count(*) AS n FROM events`))[0]!.n);
    await existing.close();
    console.log(`magazzino riusato: ${warehousePath}, ${n(events)} eventi`);
  } else {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    events = await generateAndLoad(persons, dir, warehousePath);
  }

  // 3. compute on DuckDB, cold then warm; the load average tells how much of the 2 cores other work took
  console.log(`carico della macchina prima del calcolo: ${loadavg().map((l) => l.toLocaleString("it-IT", { maximumFractionDigits: 1 })).join(" / ")} (1/5/15 min)`);
  const cold = runStage(["duckdb", warehousePath, PERIOD, "2", DUCKDB_MEMORY_LIMIT]);
  const warm = runStage(["duckdb", warehousePath, PERIOD, "2", DUCKDB_MEMORY_LIMIT]);
  const best = warm.seconds < cold.seconds ? warm : cold;
  console.log(
    `DuckDB, 17 indicatori con tutte le disaggregazioni: ${s(cold.seconds)} a freddo, ${s(warm.seconds)} a caldo; ` +
      `${n(events / best.seconds)} eventi/s; CPU ${s(best.cpuSeconds)}; memoria di picco ${n(Math.max(cold.maxRssMb, warm.maxRssMb))} MB`,
  );
  let line = `${scale.toUpperCase()}: DuckDB ${s(best.seconds)}, CPU ${s(best.cpuSeconds)} (picco ${n(Math.max(cold.maxRssMb, warm.maxRssMb))} MB)`;

  // 4. PostgreSQL
  if (!databaseUrl) {
    console.log("PostgreSQL: DATABASE_URL non impostata, confronto NON eseguito");
    line += ", PostgreSQL non eseguito (DATABASE_URL non impostata)";
  } else if (events > postgresMaxEvents) {
    console.log(`PostgreSQL: non eseguito oltre ${n(postgresMaxEvents)} eventi (--postgres-max-events)`);
    line += `, PostgreSQL non eseguito a questa scala (limite ${n(postgresMaxEvents)} eventi)`;
  } else {
    const schema = `bench_analytics_${scale}`;
    const pg = await PostgresRunner.open(databaseUrl, schema);
    await pg.client.query(`DROP SCHEMA ${schema} CASCADE`);
    await pg.client.query(`CREATE SCHEMA ${schema}`);
    await pg.client.query(`SET search_path TO ${schema}`);
    await createTablesIn(pg);
    const started = performance.now();
    const source = await DuckDbRunner.open({ path: warehousePath, memoryLimit: DUCKDB_MEMORY_LIMIT });
    const exported = await exportWarehouseCsv(source, dir);
    await source.close();
    for (const { table, file } of exported) {
      psql(["-c", `SET search_path TO ${schema}`, "-c", `\\copy ${table.name} (${table.columns.map((c) => c.name).join(", ")}) FROM '${file}' WITH (FORMAT csv, HEADER true)`]);
      rmSync(file);
    }
    await pg.client.query("ANALYZE");
    await pg.close();
    console.log(`PostgreSQL: copia del magazzino in ${s((performance.now() - started) / 1000)}`);
    const onPostgres = runStage(["postgres", databaseUrl, PERIOD, schema]);
    const isEqual = JSON.stringify(onPostgres.results) === JSON.stringify(best.results);
    const speedup = onPostgres.seconds / best.seconds;
    console.log(
      `PostgreSQL, stesse definizioni: ${s(onPostgres.seconds)}; DuckDB ${speedup.toLocaleString("it-IT", { maximumFractionDigits: 1 })}× più veloce; ` +
        `risultati ${isEqual ? "IDENTICI" : "DIVERSI"} (${best.results.reduce((sum, r) => sum + r.rows.length, 0)} righe confrontate)`,
    );
    if (!isEqual) {
      for (const [i, r] of best.results.entries()) {
        if (JSON.stringify(r) !== JSON.stringify(onPostgres.results[i])) console.log(`  diverso: ${r.definitionId}`);
      }
      process.exitCode = 1;
    }
    line += `, PostgreSQL ${s(onPostgres.seconds)} (${speedup.toLocaleString("it-IT", { maximumFractionDigits: 1 })}×, risultati ${isEqual ? "identici" : "DIVERSI"})`;
    if (!keep) {
      const cleanup = await PostgresRunner.open(databaseUrl, schema);
      await cleanup.client.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.close();
    }
  }
  summary.push(line);
  if (!keep && !reuse) rmSync(dir, { recursive: true, force: true });
}

console.log(`\nRiepilogo (periodo ${PERIOD}, 2 thread DuckDB, limite di memoria DuckDB ${DUCKDB_MEMORY_LIMIT}):`);
for (const line of summary) console.log(`- ${line}`);
