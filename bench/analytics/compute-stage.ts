// One timed computation of the full shipped indicator set, in its own process so its peak memory is its own.
//   tsx bench/analytics/compute-stage.ts duckdb <warehouse.duckdb> <period> [threads] [memoryLimit]
//   tsx bench/analytics/compute-stage.ts postgres <DATABASE_URL> <period> <schema>
// Prints one JSON line: { seconds, cpuSeconds, maxRssMb, results } where results are comparable totals.
import { computeResults } from "../../src/analytics/compute/compute-results";
import { readShippedDefinitions } from "../../src/analytics/definition/read-definitions";
import { DuckDbRunner } from "../../src/analytics/fetch/duckdb-runner";
import { PostgresRunner } from "../../src/analytics/fetch/postgres-runner";
import { runProgram } from "../../src/analytics/fetch/run-program";
import type { SqlRunner } from "../../src/analytics/fetch/runner";
import { generateProgram } from "../../src/analytics/generate/generate-program";
import { parsePeriod } from "../../src/analytics/plan/period";
import { planComputation } from "../../src/analytics/plan/plan-computation";

const [engine, target, periodText, extra, memoryLimit] = process.argv.slice(2);
if (!engine || !target || !periodText) throw new Error("uso: compute-stage.ts duckdb|postgres <db> <periodo> …");

async function open(): Promise<SqlRunner> {
  if (engine === "duckdb") {
    return DuckDbRunner.open({ path: target!, threads: extra ? Number(extra) : undefined, memoryLimit, forIndicators: true });
  }
  const runner = await PostgresRunner.open(target!, extra!);
  // The same memory per operation DuckDB may use for its hash tables; PostgreSQL's 4 MB default would spill.
  await runner.client.query("SET work_mem = '512MB'");
  return runner;
}

const runner = await open();
const plan = planComputation(readShippedDefinitions(), parsePeriod(periodText));
const program = generateProgram(plan, runner.dialect);
const started = performance.now();
const cpuStart = process.cpuUsage();
const raw = await runProgram(runner, program);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
await runner.close();
const results = computeResults(plan, raw).map((r) => ({
  definitionId: r.definitionId,
  rows: [r.total, ...r.breakdowns].map((row) => ({
    breakdown: row.breakdown,
    key: row.key,
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value.kind === "value" ? Math.round(row.value.value * 1e6) / 1e6 : row.value.reason,
  })),
}));
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    results,
  }),
);
