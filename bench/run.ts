// `npm run bench`: speed figures that issues set targets for, measured outside the test suite.
// Prints one line per measure; run on an otherwise idle machine for meaningful numbers. Beside wall time it prints
// the process's CPU time (user + system), which other work on the machine barely changes: on a busy machine
// that is the figure to compare with a target. One warm-up run first (JIT, caches).
import { performance } from "node:perf_hooks";
import { openPglite } from "../src/db/connect";
import { savePlanBundle } from "../src/db/plan-store";
import { importText } from "../src/io/import";
import { readSeed, SEED_FILES, type SeedName } from "../src/io/seeds";
import { evaluatePlan } from "../src/domain/evaluation";
import { generatePlan } from "./generate-plan";

async function timeIt<T>(label: string, work: () => Promise<T>, runs = 5): Promise<T> {
  let result = await work();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    result = await work();
    const cpu = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  times.sort((a, b) => a - b);
  console.log(
    `${label}: mediana ${median(times).toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}, ${runs} esecuzioni); ` +
      `tempo di CPU mediano ${median(cpuTimes).toFixed(1)} ms`,
  );
  return result;
}

async function benchSeedImport(): Promise<void> {
  const texts = (Object.keys(SEED_FILES) as SeedName[]).map((name) => ({ name, text: readSeed(name) }));
  await timeIt("Parsing dei quattro documenti seed", async () => texts.map((t) => importText(t.text, t.name)));
  const handle = await openPglite(null);
  await handle.migrate();
  await timeIt("Importazione dei quattro seed (parsing + scrittura su PGlite)", async () => {
    for (const t of texts) {
      const result = importText(t.text, t.name);
      if (!result.ok) throw new Error(`${t.name}: ${result.errors.map((e) => e.message).join("; ")}`);
      await savePlanBundle(handle.db, result.bundle);
    }
  });
  await handle.close();
}

async function benchEvaluation(): Promise<void> {
  const plan = generatePlan(1000);
  const periodId = plan.periods[0]!.id;
  await timeIt("Valutazione di un piano generato con 1.000 indicatori", async () => evaluatePlan(plan, { periodId }), 10);
}

await benchSeedImport();
await benchEvaluation();
