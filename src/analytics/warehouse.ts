// The analytics warehouse: a DuckDB database file with the tables of warehouse-schema.ts.
import { createHash } from "node:crypto";
import { DuckDbRunner, type DuckDbOptions } from "./fetch/duckdb-runner";
import type { SqlRunner } from "./fetch/runner";
import { sql } from "./sql/fragment";
import { createWarehouseStatements } from "./warehouse-schema";

export async function openWarehouse(options: DuckDbOptions): Promise<DuckDbRunner> {
  const runner = await DuckDbRunner.open(options);
  await createWarehouseTables(runner);
  return runner;
}

export async function createWarehouseTables(runner: SqlRunner): Promise<void> {
  for (const statement of createWarehouseStatements(runner.dialect)) await runner.execute(statement);
}

export interface DatasetState {
  /** "ds-" + a hash of the fingerprints of every file loaded: changes whenever data are added. */
  datasetId: string;
  /** the last ingest batch, 0 when nothing is loaded. */
  lastBatchId: number;
}

export async function readDatasetState(runner: SqlRunner): Promise<DatasetState> {
  const rows = await runner.query(sql`SELECT batch_id, fingerprint FROM ingest_batches ORDER BY batch_id`);
  const hash = createHash("sha256");
  for (const row of rows) hash.update(`${String(row.fingerprint)}\n`);
  const last = rows.at(-1);
  return { datasetId: `ds-${hash.digest("hex").slice(0, 12)}`, lastBatchId: last ? Number(last.batch_id) : 0 };
}
