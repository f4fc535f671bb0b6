// Test warehouses: a DuckDB in memory loaded through the real ingestion, and a PostgreSQL schema of its own
// (when DATABASE_URL is set) filled from it, dropped at the end of the run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDbRunner } from "../fetch/duckdb-runner";
import { copyWarehouseByInserts } from "../fetch/copy-warehouse";
import { PostgresRunner } from "../fetch/postgres-runner";
import { ingestFile } from "../ingest/ingest-file";
import { openWarehouse } from "../warehouse";
import { writeHandMadeCsv } from "./hand-made-data";

export const DATABASE_URL = process.env.DATABASE_URL;

/** Logged once per test file when PostgreSQL tests are not run, so a skipped engine is never silent. */
export function announcePostgres(suite: string): void {
  if (!DATABASE_URL) {
    console.warn(`[${suite}] DATABASE_URL non impostata: i test su PostgreSQL NON sono eseguiti (es. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test)`);
  }
}

export async function handMadeDuckDb(path = ":memory:"): Promise<DuckDbRunner> {
  const dir = mkdtempSync(join(tmpdir(), "traguardo-analytics-"));
  try {
    const files = writeHandMadeCsv(dir);
    const warehouse = await openWarehouse({ path, threads: 1 });
    for (const file of [files.offices, files.persons, files.events]) {
      const report = await ingestFile(warehouse, file, { asOf: "2024-01-01", rejectFile: null, loadedAt: new Date("2024-01-01T00:00:00Z") });
      if (report.rowsRejected > 0) throw new Error(`righe scartate nei dati di prova: ${JSON.stringify(report.rejections)}`);
    }
    return warehouse;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PostgresCopy {
  runner: PostgresRunner;
  drop(): Promise<void>;
}

/** A fresh schema "analytics_test_<random>" holding a copy of the DuckDB warehouse. */
export async function postgresCopyOf(source: DuckDbRunner): Promise<PostgresCopy> {
  const schema = `analytics_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const runner = await PostgresRunner.open(DATABASE_URL!, schema);
  await copyWarehouseByInserts(source, runner);
  return {
    runner,
    drop: async () => {
      await runner.client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await runner.close();
    },
  };
}
