// The CPI → structure map of a plan (which organisational structure each CPI belongs to), loaded as a
// temporary table so the generated SQL can break indicators down by structure.
import { createHash } from "node:crypto";
import type { SqlRunner } from "../fetch/runner";
import { TEMP_TABLES } from "../generate/generate-program";
import { ident, join, sql, value } from "../sql/fragment";

/** CPI code → structure id, with an optional display name per structure. */
export interface StructureMap {
  cpiToStructure: Record<string, string>;
  structureNames?: Record<string, string>;
}

export function hashStructureMap(map: StructureMap): string {
  const entries = Object.entries(map.cpiToStructure).sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash("sha256").update(JSON.stringify(entries)).digest("hex").slice(0, 16);
}

export async function loadStructureMap(runner: SqlRunner, map: StructureMap): Promise<void> {
  const table = ident(TEMP_TABLES.structureMap);
  await runner.execute(sql`DROP TABLE IF EXISTS ${table}`);
  await runner.execute(sql`CREATE TEMP TABLE ${table} (cpi_code VARCHAR, structure_id VARCHAR, structure_name VARCHAR)`);
  const rows = Object.entries(map.cpiToStructure).map(
    ([cpi, structure]) => sql`(${value(cpi)}, ${value(structure)}, ${value(map.structureNames?.[structure] ?? structure)})`,
  );
  for (let i = 0; i < rows.length; i += 500) {
    await runner.execute(sql`INSERT INTO ${table} VALUES ${join(rows.slice(i, i + 500), "comma")}`);
  }
}

export async function dropStructureMap(runner: SqlRunner): Promise<void> {
  await runner.execute(sql`DROP TABLE IF EXISTS ${ident(TEMP_TABLES.structureMap)}`);
}
