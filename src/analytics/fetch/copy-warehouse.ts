// Copies the warehouse tables from DuckDB to PostgreSQL, so the same definitions can be computed on both and
// compared. DuckDB extensions that download at run time (the postgres scanner) are not available, so rows go
// through the client: multi-row INSERTs for small data, CSV files and COPY for large data (bench).
import { join as joinPath } from "node:path";
import { WAREHOUSE_TABLES, createCodeTypeStatements, createTableStatement, type TableDefinition } from "../warehouse-schema";
import { ident, join, sql, value } from "../sql/fragment";
import type { DuckDbRunner } from "./duckdb-runner";
import type { SqlRunner } from "./runner";

const DATA_TABLES = WAREHOUSE_TABLES.filter((t) => t.name !== "indicator_results");

export async function createTablesIn(target: SqlRunner): Promise<void> {
  for (const statement of createCodeTypeStatements(DATA_TABLES, target.dialect)) await target.execute(statement);
  for (const table of DATA_TABLES) await target.execute(createTableStatement(table, target.dialect));
}

/** Copies row by row in pages of INSERTs: fine for test data sets. */
export async function copyWarehouseByInserts(source: DuckDbRunner, target: SqlRunner, pageSize = 1000): Promise<void> {
  await createTablesIn(target);
  for (const table of DATA_TABLES) {
    const names = table.columns.map((c) => c.name);
    for (let offset = 0; ; offset += pageSize) {
      const rows = await source.query(
        sql`SELECT ${join(names.map((n) => ident(n)), "comma")} FROM ${ident(table.name)} ORDER BY ALL LIMIT ${value(pageSize)} OFFSET ${value(offset)}`,
      );
      if (rows.length === 0) break;
      const tuples = rows.map((row) => sql`(${join(names.map((n) => value(row[n] ?? null)), "comma")})`);
      await target.execute(sql`INSERT INTO ${ident(table.name)} VALUES ${join(tuples, "comma")}`);
      if (rows.length < pageSize) break;
    }
  }
}

/**
 * Exports each table to a CSV file in `dir` with DuckDB's COPY; `load(table, file, columns)` then loads it into
 * PostgreSQL (the bench uses psql's \copy). Returns the exported files.
 */
export async function exportWarehouseCsv(source: DuckDbRunner, dir: string): Promise<{ table: TableDefinition; file: string }[]> {
  const files: { table: TableDefinition; file: string }[] = [];
  for (const table of DATA_TABLES) {
    const file = joinPath(dir, `${table.name}.csv`);
    const names = table.columns.map((c) => ident(c.name));
    await source.execute(sql`COPY (SELECT ${join(names, "comma")} FROM ${ident(table.name)}) TO ${value(file)} (HEADER, DELIMITER ',')`);
    files.push({ table, file });
  }
  return files;
}
