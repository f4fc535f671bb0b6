// The analytics warehouse: a DuckDB database file with the tables of warehouse-schema.ts.
import { createHash } from "node:crypto";
import type { DatasetSummary } from "../domain/model";
import { DuckDbRunner, type DuckDbOptions } from "./fetch/duckdb-runner";
import type { SqlRunner } from "./fetch/runner";
import { packPersonAttributes } from "./person-attributes";
import { ident, sql, value, type SqlFragment } from "./sql/fragment";
import { createWarehouseStatements } from "./warehouse-schema";

export async function openWarehouse(options: DuckDbOptions): Promise<DuckDbRunner> {
  const runner = await DuckDbRunner.open(options);
  await createWarehouseTables(runner);
  return runner;
}

export async function createWarehouseTables(runner: SqlRunner): Promise<void> {
  for (const statement of createWarehouseStatements(runner.dialect)) await runner.execute(statement);
  await addMissingColumns(runner);
}

/** A column added to the warehouse after data may have been loaded, and how to fill it from what is there. */
interface AddedColumn {
  table: string;
  column: string;
  type: SqlFragment;
  fill: SqlFragment;
}

// In the order they must be filled: the events' CPI key reads the offices' key.
const ADDED_COLUMNS: AddedColumn[] = [
  {
    table: "offices",
    column: "office_key",
    type: sql`INTEGER`,
    fill: sql`UPDATE offices SET office_key = r.k FROM (SELECT office_code, CAST(row_number() OVER (ORDER BY office_code) AS INTEGER) AS k FROM offices) r WHERE r.office_code = offices.office_code`,
  },
  {
    table: "events",
    column: "person_attrs",
    type: sql`INTEGER`,
    fill: sql`UPDATE events SET person_attrs = ${packPersonAttributes((name) => ident("p", name))} FROM persons p WHERE p.person_key = events.person_key`,
  },
  {
    table: "events",
    column: "person_cpi",
    type: sql`VARCHAR`,
    fill: sql`UPDATE events SET person_cpi = p.cpi_code FROM persons p WHERE p.person_key = events.person_key`,
  },
  {
    table: "events",
    column: "person_cpi_key",
    type: sql`INTEGER`,
    fill: sql`UPDATE events SET person_cpi_key = o.office_key FROM persons p, offices o WHERE p.person_key = events.person_key AND o.office_code = p.cpi_code`,
  },
];

/**
 * A warehouse loaded by an earlier version gets the columns added since (the person's attributes on the
 * events, person-attributes.ts; the offices' integer keys), each filled from its own tables in a transaction.
 */
async function addMissingColumns(runner: SqlRunner): Promise<void> {
  const rows = await runner.query(sql`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`);
  const present = new Set(rows.map((r) => `${String(r.table_name)}.${String(r.column_name)}`));
  const missing = ADDED_COLUMNS.filter((c) => !present.has(`${c.table}.${c.column}`));
  // One transaction per column: DuckDB refuses to commit a second change to a table altered in the same one.
  for (const c of missing) {
    await runner.transaction(async () => {
      await runner.execute(sql`ALTER TABLE ${ident(c.table)} ADD COLUMN ${ident(c.column)} ${c.type}`);
      await runner.execute(c.fill);
    });
  }
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

/**
 * The data set as far as batch `upToBatch` (all of it when omitted), in the words of its files: provenance a
 * person can recognise («eventi-2022.parquet, 3 file, eventi dal … al …») beside the fingerprint. Null when
 * nothing was loaded.
 */
export async function readDatasetSummary(runner: SqlRunner, upToBatch?: number): Promise<DatasetSummary | null> {
  const upTo = upToBatch === undefined ? sql`` : sql` WHERE batch_id <= ${value(upToBatch)}`;
  const rows = await runner.query(
    sql`SELECT file_name, file_kind, rows_loaded, CAST(min_event_date AS VARCHAR) AS min_date, CAST(max_event_date AS VARCHAR) AS max_date,
      CAST(loaded_at AS VARCHAR) AS loaded_text FROM ingest_batches${upTo} ORDER BY batch_id`,
  );
  const last = rows.at(-1);
  if (!last) return null;
  const events = rows.filter((r) => r.file_kind === "events");
  const dates = (key: "min_date" | "max_date") => events.map((r) => r[key]).filter((d): d is string => typeof d === "string").sort();
  return {
    files: rows.length,
    lastFile: String(last.file_name),
    events: events.reduce((sum, r) => sum + Number(r.rows_loaded), 0),
    firstEventDate: dates("min_date")[0] ?? null,
    lastEventDate: dates("max_date").at(-1) ?? null,
    lastLoadedAt: `${String(last.loaded_text).replace(" ", "T")}Z`,
  };
}

export interface CpiOffice {
  code: string;
  name: string | null;
  province: string | null;
  region: string | null;
}

/** The CPI of the loaded data, which a plan maps onto its structures (accredited operators are not mapped). */
export async function readCpiOffices(runner: SqlRunner): Promise<CpiOffice[]> {
  const rows = await runner.query(
    sql`SELECT office_code, office_name, province_name, region_name FROM offices WHERE CAST(office_kind AS VARCHAR) = 'cpi' ORDER BY office_code`,
  );
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return rows.map((r) => ({ code: String(r.office_code), name: text(r.office_name), province: text(r.province_name), region: text(r.region_name) }));
}
