// Values that cannot be submitted without a note: those whose status is on a red level of the plan's scale
// (ARTI scale, seed 004: "5. in ritardo"). The level is the evaluation engine's, for the indicator and period;
// where the engine has none, the level entered with the value.
import type { Measurement, PlanBundle } from "../domain/model";
import type { PlanEvaluation } from "../domain/evaluation/evaluate-plan";
import type { NotComputable } from "../domain/evaluation/result";

export interface ValueNeedingNote {
  measurementId: string;
  indicatorId: string;
  /** "ARTI 1.6", or the indicator's code. */
  label: string;
  level: number;
  levelLabel: string;
}

/** The red levels of a scale; a scale without colours uses level 5, the ARTI "in ritardo". */
export function redLevels(bundle: PlanBundle): Set<number> {
  const red = bundle.plan.assessmentScale.levels.filter((l) => l.tone === "red").map((l) => l.level);
  return new Set(red.length ? red : [5]);
}

export function valuesNeedingNote(
  bundle: PlanBundle,
  measurements: readonly Measurement[],
  evaluation: PlanEvaluation | NotComputable | null,
): ValueNeedingNote[] {
  const red = redLevels(bundle);
  const computed = evaluation && evaluation.kind === "computed" ? evaluation : null;
  const evaluations = computed ? [...computed.indicators, ...computed.assignees.flatMap((a) => a.indicators)] : [];
  const result: ValueNeedingNote[] = [];
  for (const m of measurements) {
    if (m.note?.trim()) continue;
    const evaluated = evaluations.find((e) => e.measurementId === m.id);
    const level = evaluated?.status.effective?.level ?? m.assessmentLevel;
    if (level === null || !red.has(level)) continue;
    const indicator = bundle.indicators.find((i) => i.id === m.indicatorId);
    result.push({
      measurementId: m.id,
      indicatorId: m.indicatorId,
      label: evaluated?.label ?? (indicator ? `indicatore ${indicator.code}` : m.indicatorId),
      level,
      levelLabel: bundle.plan.assessmentScale.levels.find((l) => l.level === level)?.label ?? String(level),
    });
  }
  return result;
}
