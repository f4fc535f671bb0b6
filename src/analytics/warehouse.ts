// The analytics warehouse: a DuckDB database file with the tables of warehouse-schema.ts.
import { createHash } from "node:crypto";
import { DuckDbRunner, type DuckDbOptions } from "./fetch/duckdb-runner";
import type { SqlRunner } from "./fetch/runner";
import { packPersonAttributes } from "./person-attributes";
import { ident, sql } from "./sql/fragment";
import { createWarehouseStatements } from "./warehouse-schema";

export async function openWarehouse(options: DuckDbOptions): Promise<DuckDbRunner> {
  const runner = await DuckDbRunner.open(options);
  await createWarehouseTables(runner);
  return runner;
}

export async function createWarehouseTables(runner: SqlRunner): Promise<void> {
  for (const statement of createWarehouseStatements(runner.dialect)) await runner.execute(statement);
  await addPersonAttributesToEvents(runner);
}

/**
 * A warehouse loaded before events carried their person's attributes (person-attributes.ts) gets the two
 * columns, filled from the persons table in one transaction.
 */
async function addPersonAttributesToEvents(runner: SqlRunner): Promise<void> {
  const rows = await runner.query(
    sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'events' AND table_schema = current_schema() AND column_name = 'person_attrs'`,
  );
  if (rows.length > 0) return;
  await runner.transaction(async () => {
    await runner.execute(sql`ALTER TABLE events ADD COLUMN person_attrs INTEGER`);
    await runner.execute(sql`ALTER TABLE events ADD COLUMN person_cpi VARCHAR`);
    await runner.execute(
      sql`UPDATE events SET person_attrs = ${packPersonAttributes((name) => ident("p", name))}, person_cpi = p.cpi_code FROM persons p WHERE p.person_key = events.person_key`,
    );
  });
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
