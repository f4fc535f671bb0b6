// The figures the screens show for a plan at a period, read from the domain's evaluation engine
// (evaluatePlan — the same code the server runs): per indicator the measured value, the achievement with its
// explanation, the score and the status; per objective the score and the worst status of its indicators.
// Running in the browser lets the monitoring grid show achievement and status change while the user types.
import type { AssessmentScale, Indicator, Measurement, MonitoringPeriod, PlanBundle, Target } from "@domain/model";
import { evaluatePlan, type EvaluatePlanOptions, type PlanEvaluation } from "@domain/evaluation/evaluate-plan";
import type { IndicatorEvaluation } from "@domain/evaluation/indicator-evaluation";
import { isNotComputable } from "@domain/evaluation/result";
import { formatMeasuredValue, formatNumber } from "../format/figures";
import { choosePeriod } from "./plan-lookup";

export type Tone = AssessmentScale["levels"][number]["tone"];

export interface StatusView {
  level: number;
  label: string;
  tone: Tone;
  /** computed by the engine at the cut-off, or set by the evaluator (override). */
  origin: "computed" | "override";
  /** why: "ARTI 1.6 al 30/06/2021: raggiungimento 90,57% contro il 100% atteso → 5. in ritardo". */
  explanation: string | null;
}

export interface IndicatorFigure {
  indicatorId: string;
  target: Target | null;
  measurement: Measurement | null;
  /** the measured value as shown: "188,94% (37.787 / 20.000)", "56,00%", "—". */
  valueText: string;
  /** achievement in percent, not rounded; null when not computable or nothing measured. */
  achievement: number | null;
  /** the explanation line, or why the achievement cannot be computed. */
  achievementText: string | null;
  /** whether the target is met as written. */
  met: boolean | null;
  /** the score after the plan's curve (capped at 100 by default). */
  score: number | null;
  status: StatusView | null;
  /** what the document stated ("3. secondo le aspettative"), when it differs from the computed status. */
  statedStatus: StatusView | null;
}

export interface ObjectiveFigure {
  objectiveId: string;
  /** weighted mean of the indicators' scores, percent; null when none has one. */
  score: number | null;
  scoreText: string | null;
  /** the worst status among its indicators. */
  status: StatusView | null;
}

export interface PlanFigures {
  period: MonitoringPeriod | null;
  indicators: Map<string, IndicatorFigure>;
  objectives: Map<string, ObjectiveFigure>;
  /** the whole evaluation (nodes, structures, plan, distribution, findings); null without a period. */
  evaluation: PlanEvaluation | null;
  /** why there is no evaluation (no period, bad input). */
  problem: string | null;
}

/** A figure with nothing measured: for screens that show the plan's structure without a period. */
export function emptyIndicatorFigure(indicatorId: string): IndicatorFigure {
  return { indicatorId, target: null, measurement: null, valueText: "—", achievement: null, achievementText: null, met: null, score: null, status: null, statedStatus: null };
}

export function emptyObjectiveFigure(objectiveId: string): ObjectiveFigure {
  return { objectiveId, score: null, scoreText: null, status: null };
}

function statusOf(scale: AssessmentScale, level: number | null, origin: StatusView["origin"], explanation: string | null): StatusView | null {
  if (level === null) return null;
  const found = scale.levels.find((l) => l.level === level);
  if (!found) return null;
  return { level: found.level, label: found.label, tone: found.tone, origin, explanation };
}

/** The measured value as people read it: numerator/denominator when given, else the value, else the text as written. */
export function describeMeasuredValue(indicator: Indicator, measurement: Measurement | null): string {
  if (!measurement) return "—";
  const { value, numerator, denominator, valueText } = measurement;
  const ratio = numerator !== null && denominator !== null ? `${formatNumber(numerator)} / ${formatNumber(denominator)}` : null;
  if (value !== null) return ratio ? `${formatMeasuredValue(value, indicator.unit)} (${ratio})` : formatMeasuredValue(value, indicator.unit);
  if (ratio) return ratio;
  return valueText && valueText.trim() !== "" ? valueText : "—";
}

function indicatorFigure(bundle: PlanBundle, indicator: Indicator, result: IndicatorEvaluation | undefined): IndicatorFigure {
  const scale = bundle.plan.assessmentScale;
  const measurement = result?.measurementId ? (bundle.measurements.find((m) => m.id === result.measurementId) ?? null) : null;
  const target = result?.targetId ? (bundle.targets.find((t) => t.id === result.targetId) ?? null) : null;
  const achievement = result?.achievement;
  const computed = achievement && !isNotComputable(achievement) ? achievement : null;
  const effective = result?.status.effective ?? null;
  const statusExplanation = result
    ? result.status.override
      ? `${result.status.override.reason} (${result.status.override.by})`
      : isNotComputable(result.status.computed)
        ? result.status.computed.reason
        : result.status.computed.explanation.text
    : null;
  const status = effective ? statusOf(scale, effective.level, effective.source === "override" ? "override" : "computed", statusExplanation) : null;
  const stated = result?.stated.level ?? null;
  const score = result?.score && !isNotComputable(result.score) ? result.score.value : null;
  return {
    indicatorId: indicator.id,
    target,
    measurement,
    valueText: describeMeasuredValue(indicator, measurement),
    achievement: computed?.percent ?? null,
    // nothing measured yet is not a problem to explain on every row; a wrong input is
    achievementText: achievement ? (isNotComputable(achievement) ? (result?.hasValue || computed ? achievement.reason : null) : achievement.explanation.text) : null,
    met: computed?.met ?? null,
    score,
    status,
    statedStatus: stated !== null && stated !== effective?.level ? statusOf(scale, stated, "computed", result?.stated.levelText ?? null) : null,
  };
}

/** The plan's stored rules and status overrides (all periods); absent = the defaults, no overrides. */
export interface FigureSettings {
  rules: EvaluatePlanOptions["rules"];
  overrides: (NonNullable<EvaluatePlanOptions["overrides"]>[number] & { periodId: string })[];
}

export function computePlanFigures(bundle: PlanBundle, periodId: string | null | undefined, settings?: FigureSettings | null): PlanFigures {
  const period = choosePeriod(bundle, periodId);
  const options = period && settings ? { rules: settings.rules, overrides: settings.overrides.filter((o) => o.periodId === period.id) } : {};
  const evaluation = period ? evaluatePlan(bundle, { periodId: period.id, ...options }) : null;
  const ok = evaluation && !isNotComputable(evaluation) ? evaluation : null;
  const byIndicator = new Map(ok?.indicators.map((r) => [r.indicatorId, r]) ?? []);
  const indicators = new Map(bundle.indicators.map((i) => [i.id, indicatorFigure(bundle, i, byIndicator.get(i.id))]));
  const objectives = new Map<string, ObjectiveFigure>();
  for (const objective of bundle.objectives) {
    const result = ok?.objectives.find((o) => o.objectiveId === objective.id);
    objectives.set(objective.id, {
      objectiveId: objective.id,
      score: result && !isNotComputable(result.score) ? result.score.value : null,
      scoreText: result ? (isNotComputable(result.score) ? result.score.reason : result.score.explanation.text) : null,
      status: result ? statusOf(bundle.plan.assessmentScale, result.level, "computed", null) : null,
    });
  }
  return {
    period,
    indicators,
    objectives,
    evaluation: ok,
    problem: !period ? "no-period" : evaluation && isNotComputable(evaluation) ? evaluation.reason : null,
  };
}
