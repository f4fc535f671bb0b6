// Finding things in a plan bundle: the period to show, an indicator's target for a year, its measurement.
import type { Indicator, Measurement, MonitoringPeriod, PlanBundle, Target } from "@domain/model";
import { latestPeriod } from "@domain/periods";

/** The period asked for, else the most recent one (by cut-off date); null when the plan has none. */
export function choosePeriod(bundle: PlanBundle, periodId: string | null | undefined): MonitoringPeriod | null {
  const asked = periodId ? bundle.periods.find((p) => p.id === periodId) : undefined;
  if (asked) return asked;
  return latestPeriod(bundle);
}

/**
 * The target that applies in a year: the one for exactly that year ("Valore target 2021"), else the one whose
 * span covers it ("Pianificazione 2019 2021"), else one without years (AFOL "Target"), else the first.
 */
export function targetForYear(targets: readonly Target[], year: number | null): Target | null {
  const sorted = [...targets].sort((a, b) => a.position - b.position);
  if (year !== null) {
    const exact = sorted.find((t) => t.yearFrom === year && (t.yearTo === null || t.yearTo === year));
    if (exact) return exact;
    const covering = sorted.find((t) => t.yearFrom !== null && t.yearFrom <= year && (t.yearTo ?? t.yearFrom) >= year);
    if (covering) return covering;
  }
  return sorted.find((t) => t.yearFrom === null) ?? sorted[0] ?? null;
}

export interface PlanIndex {
  targetsByIndicator: Map<string, Target[]>;
  indicatorsByObjective: Map<string, Indicator[]>;
  indicatorsByNode: Map<string, Indicator[]>;
  /** indicatorId|periodId → the plan owner's measurement (assigneeId null). */
  measurementByKey: Map<string, Measurement>;
}

export function measurementKey(indicatorId: string, periodId: string): string {
  return `${indicatorId}|${periodId}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexPlan(bundle: PlanBundle): PlanIndex {
  const targetsByIndicator = new Map<string, Target[]>();
  for (const t of bundle.targets) push(targetsByIndicator, t.indicatorId, t);
  const indicatorsByObjective = new Map<string, Indicator[]>();
  const indicatorsByNode = new Map<string, Indicator[]>();
  for (const i of [...bundle.indicators].sort((a, b) => a.position - b.position)) {
    if (i.objectiveId) push(indicatorsByObjective, i.objectiveId, i);
    else if (i.nodeId) push(indicatorsByNode, i.nodeId, i);
  }
  const measurementByKey = new Map<string, Measurement>();
  for (const m of bundle.measurements) {
    if (m.assigneeId !== null) continue;
    measurementByKey.set(measurementKey(m.indicatorId, m.periodId), m);
  }
  return { targetsByIndicator, indicatorsByObjective, indicatorsByNode, measurementByKey };
}

export function yearOf(isoDate: string | null | undefined): number | null {
  return isoDate ? Number(isoDate.slice(0, 4)) : null;
}
