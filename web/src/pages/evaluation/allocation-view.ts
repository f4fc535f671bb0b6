// Resource shares (Lombardia, seed 003): the share of each objective (within "minimo 40%" / "massimo 20%" /
// "minimo 20%"), what each Province has earned of its transfer so far, and the Provinces compared on each
// indicator measured per Province. Pure: the shares and rankings come from the engine (src/domain/evaluation).
import { allocateResources, constraintsFromObjectives, proposeShareSetting, type ShareSetting } from "@domain/evaluation/allocation";
import { rankFigures } from "@domain/evaluation/compare";
import type { PlanEvaluation } from "@domain/evaluation/evaluate-plan";
import { isNotComputable } from "@domain/evaluation/result";
import type { PlanBundle } from "@domain/model";

export interface ShareRow {
  objectiveId: string;
  code: string;
  title: string;
  /** as the document writes it: "minimo 40%". */
  limitText: string | null;
  min: number | null;
  max: number | null;
  share: number | null;
}

export interface SharesView {
  rows: ShareRow[];
  /** how the shares were chosen, or why none can be. */
  explanation: string;
}

/** The shares the evaluation applies (period given) or, without a period, the engine's proposal. */
export function sharesView(bundle: PlanBundle, evaluation: PlanEvaluation | null): SharesView {
  const constrained = bundle.objectives.filter((o) => o.resourceShareMin !== null || o.resourceShareMax !== null);
  let shares: ShareSetting | null = null;
  let explanation: string;
  const fromEvaluation = evaluation?.resourceShares ?? null;
  if (fromEvaluation && !isNotComputable(fromEvaluation)) {
    shares = fromEvaluation.shares;
    explanation = fromEvaluation.explanation.text;
  } else if (fromEvaluation) {
    explanation = fromEvaluation.reason;
  } else {
    const proposed = proposeShareSetting(constraintsFromObjectives(constrained));
    if (isNotComputable(proposed)) explanation = proposed.reason;
    else {
      shares = proposed.shares;
      explanation = proposed.explanation.text;
    }
  }
  return {
    rows: constrained.map((o) => ({
      objectiveId: o.id,
      code: o.code,
      title: o.title,
      limitText: o.resourceShareText,
      min: o.resourceShareMin,
      max: o.resourceShareMax,
      share: shares?.[o.id] ?? null,
    })),
    explanation,
  };
}

export interface ProvinceAllocation {
  assigneeId: string;
  label: string;
  /** objective id → achievement (score) counted, percent; null while not available. */
  achievements: Record<string, number | null>;
  /** percent of the Province's transfer earned so far, and waiting for an achievement. */
  earned: number;
  pending: number;
  explanation: string;
}

/** Per Province: the share of its transfer earned (budget 100 = percent of the transfer), from its objectives' scores. */
export function provinceAllocations(bundle: PlanBundle, evaluation: PlanEvaluation | null, shares: SharesView): ProvinceAllocation[] {
  const setting: ShareSetting = Object.fromEntries(shares.rows.filter((r) => r.share !== null).map((r) => [r.objectiveId, r.share!]));
  if (Object.keys(setting).length !== shares.rows.length || shares.rows.length === 0) return [];
  const constraints = constraintsFromObjectives(bundle.objectives.filter((o) => o.id in setting));
  const assigneeIds = bundle.plan.assigneeIds.length ? bundle.plan.assigneeIds : bundle.relatedOrganisations.map((o) => o.id);
  return assigneeIds.map((assigneeId) => {
    const label = bundle.relatedOrganisations.find((o) => o.id === assigneeId)?.name ?? assigneeId;
    const own = evaluation?.assignees.find((a) => a.assigneeId === assigneeId);
    const achievements = Object.fromEntries(
      constraints.map((c) => {
        const objective = own?.objectives.find((o) => o.objectiveId === c.objectiveId);
        return [c.objectiveId, objective && !isNotComputable(objective.score) ? objective.score.value : null];
      }),
    );
    const result = allocateResources(constraints, setting, [{ assigneeId, label, budget: 100, achievements }], { cap: evaluation?.rules.allocationCap ?? 100 });
    const line = isNotComputable(result) ? null : result.assignees[0]!;
    return {
      assigneeId,
      label,
      achievements,
      earned: line?.earned ?? 0,
      pending: line?.pending ?? 100,
      explanation: line ? line.explanation.text.replace(/€ /g, "") : isNotComputable(result) ? result.reason : "",
    };
  });
}

export interface ProvinceValue {
  assigneeId: string;
  label: string;
  value: number | null;
  valueText: string | null;
  /** 1 = best, by the indicator's direction; null when there is no value. */
  rank: number | null;
}

export interface IndicatorComparison {
  indicatorId: string;
  code: string;
  definition: string;
  unit: string | null;
  /** "decrease": the lowest value ranks first (tasso di abbandono). */
  lowerIsBetter: boolean;
  rows: ProvinceValue[];
}

/** For each indicator with values per Province in the period: the Provinces ranked by value, best first. */
export function compareProvinces(bundle: PlanBundle, periodId: string | null): IndicatorComparison[] {
  if (!periodId) return [];
  const labelOf = (id: string) => bundle.relatedOrganisations.find((o) => o.id === id)?.name ?? bundle.structures.find((s) => s.id === id)?.name ?? id;
  const measured = bundle.measurements.filter((m) => m.periodId === periodId && m.assigneeId !== null);
  return bundle.indicators
    .filter((i) => measured.some((m) => m.indicatorId === i.id))
    .map((indicator) => {
      const lowerIsBetter = indicator.direction === "decrease";
      const values = measured.filter((m) => m.indicatorId === indicator.id);
      const ranks = rankFigures(
        values.map((m) => ({ assigneeId: m.assigneeId!, label: labelOf(m.assigneeId!), figure: m.value === null ? null : lowerIsBetter ? -m.value : m.value, reason: m.value === null ? "valore mancante" : null })),
      );
      return {
        indicatorId: indicator.id,
        code: indicator.code,
        definition: indicator.definition,
        unit: indicator.unit,
        lowerIsBetter,
        rows: ranks.map((r) => {
          const m = values.find((v) => v.assigneeId === r.assigneeId)!;
          return { assigneeId: r.assigneeId, label: r.label, value: m.value, valueText: m.valueText, rank: r.rank };
        }),
      };
    });
}
