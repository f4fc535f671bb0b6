// PostgreSQL through node-postgres, on one client whose search_path points at the warehouse schema,
// so the generated SQL names tables without a schema in both engines.
import pg from "pg";
import { postgresDialect } from "../sql/dialect";
import { render, type SqlFragment } from "../sql/fragment";
import { describeFailure, type SqlCell, type SqlRow, type SqlRunner } from "./runner";

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const TIMESTAMP = 1114;

// count(*) is int8 and avg() is numeric: both read as numbers, as DuckDB's are. Dates stay YYYY-MM-DD text,
// because pg's default turns them into local-time Date objects that shift across time zones.
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === INT8 || oid === NUMERIC) return (text: string) => Number(text);
    if (oid === DATE || oid === TIMESTAMP) return (text: string) => text;
    return pg.types.getTypeParser(oid, format);
  },
};

export class PostgresRunner implements SqlRunner {
  readonly dialect = postgresDialect;

  private constructor(readonly client: pg.Client) {}

  /** Connects and makes `schema` (created if missing) the first on the search path. */
  static async open(connectionString: string, schema: string): Promise<PostgresRunner> {
    const client = new pg.Client({ connectionString, types });
    await client.connect();
    const runner = new PostgresRunner(client);
    const quoted = postgresDialect.quoteIdentifier(schema);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await client.query(`SET search_path TO ${quoted}`);
    return runner;
  }

  async execute(statement: SqlFragment): Promise<void> {
    await this.query(statement);
  }

  async query(statement: SqlFragment): Promise<SqlRow[]> {
    const text = render(statement, this.dialect);
    try {
      const result = await this.client.query(text);
      return (result.rows as Record<string, unknown>[]).map((row) => {
        const plain: SqlRow = {};
        for (const [name, cell] of Object.entries(row)) plain[name] = toPlain(cell);
        return plain;
      });
    } catch (error) {
      throw describeFailure(error, text);
    }
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.client.query("BEGIN");
    try {
      const result = await fn();
      await this.client.query("COMMIT");
      return result;
    } catch (error) {
      await this.client.query("ROLLBACK");
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

function toPlain(cell: unknown): SqlCell {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number" || typeof cell === "string" || typeof cell === "boolean") return cell;
  if (typeof cell === "bigint") return Number(cell);
  return String(cell);
}
