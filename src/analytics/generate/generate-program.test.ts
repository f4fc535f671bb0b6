// Every generated statement must run: EXPLAIN on DuckDB (and PostgreSQL when DATABASE_URL is set), for the
// whole shipped set and for each definition alone. The SQL is also kept as reviewed snapshots in
// src/analytics/queries/*.sql, so a change in the generator shows up in review (update: vitest -u).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readShippedDefinitions } from "../definition/read-definitions";
import type { DuckDbRunner } from "../fetch/duckdb-runner";
import { explainProgram } from "../fetch/run-program";
import type { SqlRunner } from "../fetch/runner";
import { planComputation } from "../plan/plan-computation";
import { DIALECTS, type DialectName } from "../sql/dialect";
import { render } from "../sql/fragment";
import { DATABASE_URL, announcePostgres, handMadeDuckDb, postgresCopyOf, type PostgresCopy } from "../test-support/warehouses";
import { generateProgram } from "./generate-program";

const PERIOD = { from: "2022-01-01", to: "2022-12-31" };
const definitions = readShippedDefinitions();

function programText(dialect: DialectName, ids?: string[]): string {
  const chosen = ids ? definitions.filter((d) => ids.includes(d.definition.id)) : definitions;
  const program = generateProgram(planComputation(chosen, PERIOD), DIALECTS[dialect]);
  return `${render(program.statement!, DIALECTS[dialect])};\n`;
}

describe("istantanee dell'SQL generato (periodo 2022)", () => {
  for (const dialect of ["duckdb", "postgres"] as const) {
    it(`insieme completo, ${dialect}`, async () => {
      await expect(programText(dialect)).toMatchFileSnapshot(`../queries/full-set.${dialect}.sql`);
    });
    for (const { definition } of definitions) {
      it(`${definition.id}, ${dialect}`, async () => {
        await expect(programText(dialect, [definition.id])).toMatchFileSnapshot(`../queries/${definition.id}.${dialect}.sql`);
      });
    }
  }
});

async function explainAll(runner: SqlRunner) {
  const full = await explainProgram(runner, generateProgram(planComputation(definitions, PERIOD), runner.dialect));
  expect(full.length).toBeGreaterThan(0);
  for (const loaded of definitions) {
    const plan = await explainProgram(runner, generateProgram(planComputation([loaded], PERIOD), runner.dialect));
    expect(plan, loaded.definition.id).not.toBe("");
  }
}

describe("EXPLAIN su DuckDB", () => {
  let duck: DuckDbRunner;
  beforeAll(async () => {
    duck = await handMadeDuckDb();
  });
  afterAll(async () => {
    await duck?.close();
  });
  it("l'insieme completo e ciascuna definizione da sola", async () => {
    await explainAll(duck);
  });

  announcePostgres("generate-program");
  describe.runIf(DATABASE_URL)("su PostgreSQL (DATABASE_URL impostata)", () => {
    let pg: PostgresCopy;
    beforeAll(async () => {
      pg = await postgresCopyOf(duck);
    });
    afterAll(async () => {
      await pg?.drop();
    });
    it("l'insieme completo e ciascuna definizione da sola", async () => {
      await explainAll(pg.runner);
    });
  });
});
