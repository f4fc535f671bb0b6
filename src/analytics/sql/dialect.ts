// What differs between the two engines the analytics run on. DuckDB and PostgreSQL agree on nearly all the
// SQL we generate (CASE inside aggregates, percentile_cont … WITHIN GROUP, date − date = days, date + n = date,
// AS MATERIALIZED, DOUBLE PRECISION, & on integers), so the interface is small: quoting, literals, month keys.
// Physical differences (ENUM code columns in DuckDB) live in warehouse-schema.ts.
import { ident, sql, type SqlFragment } from "./fragment";

export type DialectName = "duckdb" | "postgres";

export interface SqlDialect {
  name: DialectName;
  quoteIdentifier(name: string): string;
  quoteValue(value: string | number | boolean | null): string;
  dateLiteral(iso: string): string;
  /**
   * A code-list value compared with a code column. DuckDB stores those columns as ENUM: comparing with a plain
   * string literal makes it cast every row's ENUM to VARCHAR (measured: a third of the indicator set's time at
   * 10M events), while a literal of the ENUM type compares the one-byte codes. PostgreSQL stores text.
   */
  codeLiteral(quotedValue: string, quotedTypeName: string): string;
  /** "2022-06" for a date in June 2022. */
  monthKey(date: SqlFragment): SqlFragment;
}

/**
 * A common table expression computed once and read by several parts of the query (both engines). Inlining the
 * person facts instead (DuckDB's NOT MATERIALIZED) repeats their joins in every indicator: measured slower.
 */
export function sharedCte(name: string, select: SqlFragment): SqlFragment {
  return sql`${ident(name)} AS MATERIALIZED (\n${select}\n)`;
}

// Lower-case names that are not keywords print bare, so the SQL snapshots read like hand-written SQL.
const RESERVED = new Set(["order", "group", "user", "month", "year", "key", "value", "all", "table", "default", "end"]);

export function quoteIdentifierStandard(name: string): string {
  if (/^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED.has(name)) return name;
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteValueStandard(value: string | number | boolean | null): string {
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

export const duckdbDialect: SqlDialect = {
  name: "duckdb",
  quoteIdentifier: quoteIdentifierStandard,
  quoteValue: quoteValueStandard,
  dateLiteral: (iso) => `DATE '${iso}'`,
  codeLiteral: (quoted, typeName) => `CAST(${quoted} AS ${typeName})`,
  monthKey: (date) => sql`strftime(${date}, '%Y-%m')`,
};

export const postgresDialect: SqlDialect = {
  name: "postgres",
  quoteIdentifier: quoteIdentifierStandard,
  quoteValue: quoteValueStandard,
  dateLiteral: (iso) => `DATE '${iso}'`,
  codeLiteral: (quoted) => quoted,
  monthKey: (date) => sql`to_char(${date}, 'YYYY-MM')`,
};

export const DIALECTS: Record<DialectName, SqlDialect> = { duckdb: duckdbDialect, postgres: postgresDialect };
