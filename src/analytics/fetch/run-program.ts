// Runs a generated program on a database and returns the raw rows of each indicator.
import { RESULT_COLUMNS, type SqlProgram } from "../generate/generate-program";
import { sql } from "../sql/fragment";
import type { SqlRow, SqlRunner } from "./runner";

export interface RawResultRow {
  breakdown: string;
  breakdownKey: string;
  breakdownLabel: string | null;
  numerator: number | null;
  denominator: number | null;
  meanDays: number | null;
  p25Days: number | null;
  medianDays: number | null;
  p75Days: number | null;
  p90Days: number | null;
}

export interface RawIndicatorRows {
  definitionId: string;
  rows: RawResultRow[];
}

export async function runProgram(runner: SqlRunner, program: SqlProgram): Promise<RawIndicatorRows[]> {
  if (runner.dialect.name !== program.dialect.name) {
    throw new Error(`programma generato per ${program.dialect.name}, database ${runner.dialect.name}`);
  }
  const byDefinition = new Map<string, RawResultRow[]>(program.definitionIds.map((id) => [id, []]));
  if (program.statement) {
    for (const row of await runner.query(program.statement)) {
      const rows = byDefinition.get(String(row.definition_id));
      if (!rows) throw new Error(`risultato per una definizione non richiesta: ${String(row.definition_id)}`);
      rows.push(toRawRow(row));
    }
  }
  return [...byDefinition].map(([definitionId, rows]) => ({ definitionId, rows }));
}

/** EXPLAINs the program's statement: proves the generated SQL is valid for the engine, without running it. */
export async function explainProgram(runner: SqlRunner, program: SqlProgram): Promise<string> {
  if (!program.statement) return "";
  const rows = await runner.query(sql`EXPLAIN ${program.statement}`);
  return rows.map((r) => Object.values(r).join(" ")).join("\n");
}

function toRawRow(row: SqlRow): RawResultRow {
  for (const column of RESULT_COLUMNS) {
    if (!(column in row)) throw new Error(`colonna ${column} mancante nel risultato`);
  }
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    breakdown: String(row.breakdown),
    breakdownKey: row.breakdown_key === null ? "" : String(row.breakdown_key),
    breakdownLabel: row.breakdown_label === null ? null : String(row.breakdown_label),
    numerator: num(row.numerator),
    denominator: num(row.denominator),
    meanDays: num(row.mean_days),
    p25Days: num(row.p25_days),
    medianDays: num(row.median_days),
    p75Days: num(row.p75_days),
    p90Days: num(row.p90_days),
  };
}
