// "Fetch", the only stage of the analytics pipeline that touches a database. Everything before it
// (definition → plan → SQL) and after it (compute → format) is plain code over plain data.
import type { SqlDialect } from "../sql/dialect";
import type { SqlFragment } from "../sql/fragment";

/** A value read back from either engine, already turned into plain JS (dates as YYYY-MM-DD). */
export type SqlCell = string | number | boolean | null;
export type SqlRow = Record<string, SqlCell>;

export interface SqlRunner {
  readonly dialect: SqlDialect;
  execute(statement: SqlFragment): Promise<void>;
  query(statement: SqlFragment): Promise<SqlRow[]>;
  /** runs `fn` in one transaction, rolled back if it throws. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Wraps an engine error with the statement that caused it, so a failing generated query can be read. */
export function describeFailure(error: unknown, text: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  const shown = text.length > 4000 ? `${text.slice(0, 4000)}\n… (${text.length} caratteri)` : text;
  return new Error(`${message}\n--- SQL ---\n${shown}`, { cause: error });
}
