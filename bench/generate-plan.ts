// A generated plan of any size, shaped like the seeds: areas → objectives → indicators with a target and a
// measurement each, a cronoprogramma for some objectives. Deterministic (no randomness), for benchmarks.
import { PlanBundle } from "../src/domain/model";
import { resolveTargets } from "../src/domain/resolve-targets";

const TARGETS = [">7.920", ">35%", "entro luglio 2022", "+20% rispetto al 2021 (29)", "100%", ">= dato finale anno precedente"];

export function generatePlan(indicatorCount: number, indicatorsPerObjective = 4): PlanBundle {
  const planId = `generato-${indicatorCount}`;
  const objectiveCount = Math.ceil(indicatorCount / indicatorsPerObjective);
  const areas = Array.from({ length: Math.max(1, Math.ceil(objectiveCount / 10)) }, (_, a) => ({
    id: `${planId}:area-${a + 1}`,
    planId,
    kind: "strategic_area" as const,
    code: String(a + 1),
    title: `Area strategica ${a + 1}`,
    position: a,
  }));
  const objectives = Array.from({ length: objectiveCount }, (_, o) => ({
    id: `${planId}:obj-${o + 1}`,
    planId,
    nodeId: areas[Math.floor(o / 10)]!.id,
    code: `${Math.floor(o / 10) + 1}.${(o % 10) + 1}`,
    title: `Obiettivo generato ${o + 1}`,
    weight: 100 / objectiveCount,
    position: o,
  }));
  const indicators = Array.from({ length: indicatorCount }, (_, i) => ({
    id: `${planId}:ind-${i + 1}`,
    planId,
    objectiveId: objectives[Math.floor(i / indicatorsPerObjective)]!.id,
    code: `${i + 1}`,
    position: i % indicatorsPerObjective,
    definition: `Indicatore generato ${i + 1}`,
    baselineValue: 100 + (i % 50),
    baselineYear: 2021,
    baselineText: `2021: ${100 + (i % 50)}`,
    direction: "increase" as const,
  }));
  const targets = indicators.map((ind, i) => ({
    id: `${ind.id}:t`,
    indicatorId: ind.id,
    yearFrom: 2022,
    yearTo: 2022,
    text: TARGETS[i % TARGETS.length]!,
  }));
  const period = { id: `${planId}:30-06-2022`, planId, label: "Monitoraggio al 30/06/2022", cutoffDate: "2022-06-30" };
  const measurements = indicators.map((ind, i) => ({
    id: `${ind.id}:m`,
    indicatorId: ind.id,
    periodId: period.id,
    value: i % TARGETS.length === 2 ? null : 20 + ((i * 37) % 9000),
    valueText: i % TARGETS.length === 2 ? "15/07/2022" : null,
  }));
  return resolveTargets(
    PlanBundle.parse({
      organisation: { id: "ente-generato", name: "Ente generato" },
      plan: { id: planId, organisationId: "ente-generato", title: `Piano generato (${indicatorCount} indicatori)`, kind: "performance_plan", yearFrom: 2022, yearTo: 2022 },
      nodes: areas,
      objectives,
      indicators,
      targets,
      periods: [period],
      measurements,
    }),
  ) as PlanBundle;
}
