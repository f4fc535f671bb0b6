// The tables of the analytics warehouse, the same in DuckDB and PostgreSQL. Persons get a dense integer
// surrogate key at ingestion (`person_key`): the pseudonymous id of the source stays in `persons`, while the
// hundred-million-row `events` table joins and groups on a 4-byte integer. Fixed code lists are ENUM types in
// DuckDB (one byte a value: writing 10M low-cardinality strings costs DuckDB ~1,7 s a column in compression
// analysis, an ENUM ~0,1 s) and plain text in PostgreSQL; SQL compares both with string literals.
import {
  CHANNELS,
  CITIZENSHIPS,
  CLOSURE_REASONS,
  CONTRACT_TYPES,
  EDUCATION_LEVELS,
  EVENT_TYPES,
  GOL_TRACKS,
  LEP_CODES,
  OFFICE_KINDS,
  POLICY_TYPES,
  SEXES,
  type CodeList,
} from "./event-model";
import type { SqlDialect } from "./sql/dialect";
import { ident, join, sql, value, type SqlFragment } from "./sql/fragment";

export type ColumnType = "VARCHAR" | "DATE" | "SMALLINT" | "INTEGER" | "BIGINT" | "BOOLEAN" | "TIMESTAMP" | "DOUBLE PRECISION";

export interface ColumnDefinition {
  name: string;
  type: ColumnType;
  isNullable: boolean;
  /** a fixed code list: an ENUM type of this name in DuckDB, VARCHAR in PostgreSQL. */
  codes?: { typeName: string; list: CodeList };
}

export interface TableDefinition {
  name: string;
  columns: ColumnDefinition[];
  primaryKey?: string[];
}

const col = (name: string, type: ColumnType, isNullable = true): ColumnDefinition => ({ name, type, isNullable });
const code = (name: string, typeName: string, list: CodeList, isNullable = true): ColumnDefinition => ({
  name,
  type: "VARCHAR",
  isNullable,
  codes: { typeName, list },
});

export const OFFICES_TABLE: TableDefinition = {
  name: "offices",
  columns: [
    col("office_code", "VARCHAR", false),
    // A dense integer key given at ingestion, like person_key: events carry their person's CPI by it.
    col("office_key", "INTEGER", false),
    code("office_kind", "office_kind_code", OFFICE_KINDS, false),
    col("office_name", "VARCHAR"),
    col("province_code", "VARCHAR", false),
    col("province_name", "VARCHAR"),
    col("region_code", "VARCHAR", false),
    col("region_name", "VARCHAR"),
    col("batch_id", "INTEGER", false),
  ],
  primaryKey: ["office_code"],
};

export const PERSONS_TABLE: TableDefinition = {
  name: "persons",
  columns: [
    col("person_key", "INTEGER", false),
    col("person_id", "VARCHAR", false),
    col("birth_year", "SMALLINT", false),
    code("sex", "sex_code", SEXES, false),
    code("citizenship", "citizenship_code", CITIZENSHIPS),
    code("education", "education_code", EDUCATION_LEVELS),
    col("disadvantaged", "BOOLEAN", false),
    col("disability", "BOOLEAN", false),
    col("rdc", "BOOLEAN", false),
    col("adi", "BOOLEAN", false),
    col("naspi", "BOOLEAN", false),
    col("cpi_code", "VARCHAR", false),
    col("batch_id", "INTEGER", false),
  ],
};

export const EVENTS_TABLE: TableDefinition = {
  name: "events",
  columns: [
    // A 63-bit hash of the natural key (the source's event_id, or the row's content when it has none): it makes
    // re-loads idempotent without storing a hundred million id strings. Two different events collide with
    // probability n²/2⁶⁴ (≈ 5·10⁻⁴ at 10⁸ events); the loser would be counted as "already present".
    col("event_key", "BIGINT", false),
    col("person_key", "INTEGER", false),
    col("event_date", "DATE", false),
    code("event_type", "event_type_code", EVENT_TYPES, false),
    col("cpi_code", "VARCHAR", false),
    col("operator_code", "VARCHAR", false),
    code("operator_kind", "office_kind_code", OFFICE_KINDS, false),
    code("channel", "channel_code", CHANNELS),
    code("lep_code", "lep_code", LEP_CODES),
    code("gol_track", "gol_track_code", GOL_TRACKS),
    code("policy_type", "policy_type_code", POLICY_TYPES),
    code("closure_reason", "closure_reason_code", CLOSURE_REASONS),
    code("contract_type", "contract_type_code", CONTRACT_TYPES),
    col("contract_months", "SMALLINT"),
    // The person's attributes and CPI, copied at ingestion (person-attributes.ts): the per-person passes read
    // them from the events instead of joining the persons table.
    col("person_attrs", "INTEGER", false),
    col("person_cpi", "VARCHAR", false),
    // the same CPI as an integer (offices.office_key): the per-person GROUP BY carries an integer, not a string.
    col("person_cpi_key", "INTEGER", false),
    col("batch_id", "INTEGER", false),
  ],
};

/** One row per file loaded: what it was, what it touched, so results can be refreshed for those periods only. */
export const INGEST_BATCHES_TABLE: TableDefinition = {
  name: "ingest_batches",
  columns: [
    col("batch_id", "INTEGER", false),
    col("file_name", "VARCHAR", false),
    col("file_kind", "VARCHAR", false),
    col("fingerprint", "VARCHAR", false),
    col("rows_read", "BIGINT", false),
    col("rows_loaded", "BIGINT", false),
    col("rows_rejected", "BIGINT", false),
    col("rows_already_present", "BIGINT", false),
    col("min_event_date", "DATE"),
    col("max_event_date", "DATE"),
    col("loaded_at", "TIMESTAMP", false),
  ],
  primaryKey: ["batch_id"],
};

/** Materialised indicator values with their provenance (definition hash, data set, computation time). */
export const INDICATOR_RESULTS_TABLE: TableDefinition = {
  name: "indicator_results",
  columns: [
    col("definition_id", "VARCHAR", false),
    col("definition_hash", "VARCHAR", false),
    col("dataset_id", "VARCHAR", false),
    // the last ingest batch the values include: later batches touching the period make them stale.
    col("batch_watermark", "INTEGER", false),
    // "" without a CPI → structure map; with one, its hash (the "structure" breakdown depends on it).
    col("structure_map_hash", "VARCHAR", false),
    col("period_from", "DATE", false),
    col("period_to", "DATE", false),
    col("breakdown", "VARCHAR", false),
    col("breakdown_key", "VARCHAR", false),
    col("breakdown_label", "VARCHAR"),
    col("numerator", "DOUBLE PRECISION"),
    col("denominator", "DOUBLE PRECISION"),
    col("mean_days", "DOUBLE PRECISION"),
    col("p25_days", "DOUBLE PRECISION"),
    col("median_days", "DOUBLE PRECISION"),
    col("p75_days", "DOUBLE PRECISION"),
    col("p90_days", "DOUBLE PRECISION"),
    col("computed_at", "TIMESTAMP", false),
  ],
};

/** Column name → its ENUM type name, for the code columns of persons and events (the names do not clash). */
export const CODE_TYPE_BY_COLUMN: Readonly<Record<string, string>> = Object.fromEntries(
  [...PERSONS_TABLE.columns, ...EVENTS_TABLE.columns].filter((c) => c.codes).map((c) => [c.name, c.codes!.typeName]),
);

export const WAREHOUSE_TABLES: TableDefinition[] = [
  OFFICES_TABLE,
  PERSONS_TABLE,
  EVENTS_TABLE,
  INGEST_BATCHES_TABLE,
  INDICATOR_RESULTS_TABLE,
];

export function createTableStatement(table: TableDefinition, dialect: SqlDialect): SqlFragment {
  const columns = table.columns.map((c) => {
    const type = c.codes && dialect.name === "duckdb" ? ident(c.codes.typeName) : columnType(c.type);
    return c.isNullable ? sql`${ident(c.name)} ${type}` : sql`${ident(c.name)} ${type} NOT NULL`;
  });
  if (table.primaryKey) columns.push(sql`PRIMARY KEY (${join(table.primaryKey.map((k) => ident(k)), "comma")})`);
  return sql`CREATE TABLE IF NOT EXISTS ${ident(table.name)} (\n  ${join(columns, "commaLine")}\n)`;
}

/** The ENUM types of the code columns (DuckDB only). */
export function createCodeTypeStatements(tables: TableDefinition[], dialect: SqlDialect): SqlFragment[] {
  if (dialect.name !== "duckdb") return [];
  const types = new Map<string, CodeList>();
  for (const table of tables) for (const c of table.columns) if (c.codes) types.set(c.codes.typeName, c.codes.list);
  return [...types].map(
    ([name, list]) => sql`CREATE TYPE IF NOT EXISTS ${ident(name)} AS ENUM (${join(Object.keys(list).map((k) => value(k)), "comma")})`,
  );
}

export function createWarehouseStatements(dialect: SqlDialect): SqlFragment[] {
  return [...createCodeTypeStatements(WAREHOUSE_TABLES, dialect), ...WAREHOUSE_TABLES.map((t) => createTableStatement(t, dialect))];
}

// Column types are a closed list, so they are written as trusted SQL text.
function columnType(type: ColumnType): SqlFragment {
  switch (type) {
    case "VARCHAR":
      return sql`VARCHAR`;
    case "DATE":
      return sql`DATE`;
    case "SMALLINT":
      return sql`SMALLINT`;
    case "INTEGER":
      return sql`INTEGER`;
    case "BIGINT":
      return sql`BIGINT`;
    case "BOOLEAN":
      return sql`BOOLEAN`;
    case "TIMESTAMP":
      return sql`TIMESTAMP`;
    case "DOUBLE PRECISION":
      return sql`DOUBLE PRECISION`;
  }
}
