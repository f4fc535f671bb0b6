// Where the time of the full indicator set goes: runs it once on a warehouse with DuckDB's profiler and prints
// the operator time attributed to each common table expression (shared passes, shared cells, indicators).
//   tsx bench/analytics/profile.ts <warehouse.duckdb> [--period 2022] [--threads 2] [--sql-out full.sql] [--json-out profile.json]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readShippedDefinitions } from "../../src/analytics/definition/read-definitions";
import { DuckDbRunner } from "../../src/analytics/fetch/duckdb-runner";
import { generateProgram } from "../../src/analytics/generate/generate-program";
import { parsePeriod } from "../../src/analytics/plan/period";
import { planComputation } from "../../src/analytics/plan/plan-computation";
import { render } from "../../src/analytics/sql/fragment";

interface ProfileNode {
  operator_name?: string;
  operator_timing?: number;
  extra_info?: Record<string, unknown>;
  children?: ProfileNode[];
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const path = process.argv[2];
if (!path || path.startsWith("--")) throw new Error("uso: profile.ts <magazzino.duckdb> [--period 2022] [--threads 2]");
const runner = await DuckDbRunner.open({ path, threads: Number(option("threads", "2")), memoryLimit: "6GB", forIndicators: true });
const plan = planComputation(readShippedDefinitions(), parsePeriod(option("period", "2022")));
const text = render(generateProgram(plan, runner.dialect).statement!, runner.dialect);
const sqlOut = option("sql-out", "");
if (sqlOut) writeFileSync(sqlOut, text);

const dir = mkdtempSync(join(tmpdir(), "traguardo-profile-"));
const output = join(dir, "profile.json");
await runner.connection.run("PRAGMA enable_profiling='json'");
await runner.connection.run(`PRAGMA profiling_output='${output}'`);
const started = performance.now();
await runner.connection.runAndReadAll(text);
const seconds = (performance.now() - started) / 1000;
await runner.close();
const profile = JSON.parse(readFileSync(output, "utf8")) as ProfileNode & { cpu_time: number };
const jsonOut = option("json-out", "");
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(profile));
rmSync(dir, { recursive: true, force: true });

// A CTE node's first child computes it; its other children are the rest of the query.
const byCte = new Map<string, number>();
function walk(node: ProfileNode, owner: string): void {
  const children = node.children ?? [];
  if (node.operator_name === "CTE") {
    const name = String(node.extra_info?.["CTE Name"] ?? "?");
    byCte.set(name, (byCte.get(name) ?? 0) + (node.operator_timing ?? 0));
    if (children[0]) walk(children[0], name);
    children.slice(1).forEach((c) => walk(c, owner));
    return;
  }
  byCte.set(owner, (byCte.get(owner) ?? 0) + (node.operator_timing ?? 0));
  children.forEach((c) => walk(c, owner));
}
walk(profile, "(risultato)");
const total = [...byCte.values()].reduce((a, b) => a + b, 0);
console.log(`reale ${seconds.toFixed(2)} s, CPU dei thread ${profile.cpu_time.toFixed(2)} s, tempo degli operatori ${total.toFixed(2)} s`);
for (const [name, t] of [...byCte].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${t.toFixed(3).padStart(8)} s ${((t / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
}
