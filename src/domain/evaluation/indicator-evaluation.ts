// One indicator, one period (and one assignee, when the plan is measured per assignee): which target applies,
// what was measured, the achievement, the score, the status at the date and what the document stated.
import type { Indicator, Measurement, MonitoringPeriod, PlanBundle, Target } from "../model";
import type { ParsedTarget } from "../target";
import {
  computeAchievement,
  computeDerivedAchievement,
  computeProgressAchievement,
  type Achievement,
  type ActualInput,
  type AchievementContext,
  type ObjectiveResultForDerivation,
} from "./achievement";
import { computeCronoprogrammaProgress } from "./cronoprogramma";
import { explain, formatDate, formatPercent, type Explanation } from "./explain";
import { finding, type Finding } from "./findings";
import { isEmptyMeasurement, readMeasurement } from "./measurement-reading";
import { isFiniteNumber, isNotComputable, notComputable, type NotComputable } from "./result";
import { conversionFor, curveFor, scoreAchievement, type ProgressModel, type Score, type ScoringRules } from "./scoring-rules";
import { applyStatusOverride, computeStatus, type ProgressEvidence, type StatusEvaluation, type StatusOverride } from "./status";

export interface IndicatorContext {
  bundle: PlanBundle;
  rules: ScoringRules;
  period: MonitoringPeriod;
  /** the date the status and the cronoprogrammi are read at (asOf, else the period's cut-off). */
  cutoffDate: string;
  /** the year of the period: targets and baselines refer to it. */
  year: number;
  /** "ARTI": prefixed to indicator codes in messages. */
  prefix: string | null;
  targetIds?: Record<string, string>;
  phaseCredit?: Record<string, number>;
}

export type IndicatorModel = "cronoprogramma" | "cumulative" | "rate" | "deadline" | "yes-no";

export interface ScoreResult extends Score {
  explanation: Explanation;
}

export interface IndicatorEvaluation {
  indicatorId: string;
  code: string;
  /** "ARTI 1.5.2". */
  label: string;
  objectiveId: string | null;
  nodeId: string | null;
  assigneeId: string | null;
  targetId: string | null;
  targetText: string | null;
  measurementId: string | null;
  model: IndicatorModel;
  /** false when nothing was measured (missing value: excluded or 0 by the plan's rule). */
  hasValue: boolean;
  achievement: Achievement | NotComputable;
  /** null when there is no value. */
  score: ScoreResult | NotComputable | null;
  status: StatusEvaluation;
  /** what the document itself says. */
  stated: { value: number | null; valueText: string | null; level: number | null; levelText: string | null };
  findings: Finding[];
}

export interface IndicatorStatusOverride extends StatusOverride {
  indicatorId: string;
  assigneeId?: string | null;
}

export function labelOf(indicator: Indicator, prefix: string | null): string {
  return prefix ? `${prefix} ${indicator.code}` : `indicatore ${indicator.code}`;
}

function covers(target: Target, year: number): boolean {
  return (target.yearFrom === null || target.yearFrom <= year) && (target.yearTo === null || target.yearTo >= year);
}

/**
 * The target for the year: the one chosen by the user; else a cumulative multi-year target covering the year
 * (ANPAL "valori cumulati": its figure is the whole span's); else the target of exactly that year; else the
 * first target covering the year.
 */
export function chooseTarget(indicatorId: string, targets: readonly Target[], year: number, chosenId?: string): Target | null {
  const own = [...(groupBy(targets, "indicatorId").get(indicatorId) ?? [])].sort((a, b) => a.position - b.position);
  if (chosenId) return own.find((t) => t.id === chosenId) ?? null;
  const covering = own.filter((t) => covers(t, year));
  return (
    covering.find((t) => t.cumulative && t.yearFrom !== null && t.yearTo !== null && t.yearFrom < t.yearTo) ??
    covering.find((t) => t.yearFrom === year && t.yearTo === year) ??
    covering[0] ??
    null
  );
}

// A denominator that is a planned quantity makes the ratio a progress measure, not a rate (ARTI 1.4:
// "Numero di politiche attive che si prevede di erogare"; 1.5: "Numero di colloqui che si prevede di erogare").
const PLANNED = /prevede|previst|programmat|pianificat|attes/i;

function isPercentTarget(target: ParsedTarget, indicator: Indicator): boolean {
  if (target.kind === "threshold") return target.isPercent;
  if (target.kind === "relative") return target.unit === "%";
  return indicator.unit === "%";
}

/** Rate or cumulative, for the status: see ProgressModel in scoring-rules.ts. */
export function inferProgressModel(indicator: Indicator, target: ParsedTarget, override: ProgressModel | undefined): "rate" | "cumulative" {
  if (override && override !== "auto") return override;
  if (target.kind === "previous-value") return "rate";
  if (target.kind === "threshold" && (target.comparator === "<" || target.comparator === "<=")) return "rate";
  if (target.kind === "relative" && ((target.changePercent ?? 0) < 0 || target.changeAbsolute !== null)) return "rate";
  if (!isPercentTarget(target, indicator)) return "cumulative";
  const method = indicator.method ?? "";
  const isRatio = (indicator.numeratorLabel !== null && indicator.denominatorLabel !== null) || method.includes("/");
  if (!isRatio) return "cumulative";
  const denominator = indicator.denominatorLabel ?? method.split("/").slice(1).join("/");
  return PLANNED.test(denominator) ? "cumulative" : "rate";
}

// Plans have thousands of indicators: look items up through indexes built once per array, not by scanning
// the whole array for each indicator (which made a 1.000-indicator plan quadratic).
const groupIndexes = new WeakMap<readonly object[], Map<string, Map<string, object[]>>>();

/** Items grouped by the value of one of their string fields; built once per array and field. */
function groupBy<T extends object, K extends keyof T & string>(items: readonly T[], field: K): Map<string, T[]> {
  let byField = groupIndexes.get(items);
  if (!byField) groupIndexes.set(items, (byField = new Map()));
  let index = byField.get(field) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const item of items) {
      const k = String(item[field]);
      const list = index.get(k);
      if (list) list.push(item);
      else index.set(k, [item]);
    }
    byField.set(field, index as Map<string, object[]>);
  }
  return index;
}

function findMeasurement(bundle: PlanBundle, indicatorId: string, periodId: string, assigneeId: string | null): Measurement | null {
  const own = groupBy(bundle.measurements, "indicatorId").get(indicatorId) ?? [];
  return own.find((m) => m.periodId === periodId && m.assigneeId === assigneeId) ?? null;
}

/** The latest measurement of an earlier year (for "valore anno precedente" and cumulative sums). */
function latestOfYear(bundle: PlanBundle, indicatorId: string, year: number, assigneeId: string | null): Measurement | null {
  const periods = bundle.periods.filter((p) => Number(p.cutoffDate.slice(0, 4)) === year).sort((a, b) => b.cutoffDate.localeCompare(a.cutoffDate));
  for (const period of periods) {
    const m = findMeasurement(bundle, indicatorId, period.id, assigneeId);
    if (m && isFiniteNumber(m.value)) return m;
  }
  return null;
}

/** Counts added across periods, as the plan's cumulative mode asks; percentages are never added. */
function accumulate(ctx: IndicatorContext, indicator: Indicator, target: Target, actual: ActualInput, assigneeId: string | null): { actual: ActualInput; note: string | null } {
  const parsed = target.parsed;
  if (!parsed || parsed.kind !== "threshold" || parsed.isPercent || !isFiniteNumber(actual.value) || actual.numerator != null) {
    return { actual, note: null };
  }
  const isMultiYear = target.cumulative && target.yearFrom !== null && target.yearTo !== null && target.yearFrom < target.yearTo;
  const { bundle, period, rules } = ctx;
  let total = actual.value;
  const added: string[] = [];
  if (rules.cumulativeMode === "within-year" || rules.cumulativeMode === "over-plan") {
    const fromYear = rules.cumulativeMode === "over-plan" ? bundle.plan.yearFrom : ctx.year;
    for (const p of bundle.periods) {
      if (p.id === period.id || p.cutoffDate >= period.cutoffDate) continue;
      if (Number(p.cutoffDate.slice(0, 4)) < fromYear) continue;
      const m = findMeasurement(bundle, indicator.id, p.id, assigneeId);
      if (m && isFiniteNumber(m.value)) {
        total += m.value;
        added.push(p.label);
      }
    }
  } else if (isMultiYear) {
    // "valori cumulati": each year's value adds to the span's total
    for (let y = target.yearFrom!; y < ctx.year; y++) {
      const m = latestOfYear(bundle, indicator.id, y, assigneeId);
      if (m && isFiniteNumber(m.value)) {
        total += m.value;
        added.push(String(y));
      }
    }
  }
  if (added.length === 0) return { actual, note: null };
  return { actual: { ...actual, value: total }, note: `sommati i valori di: ${added.join(", ")}` };
}

function scoreOf(achievement: Achievement, rules: ScoringRules, indicatorId: string, label: string, cutoffDate: string): ScoreResult {
  const score = scoreAchievement(achievement.percent, curveFor(rules, indicatorId));
  return {
    ...score,
    explanation: explain({
      figure: "punteggio",
      subject: label,
      value: score.value,
      inputs: { raggiungimento: achievement.percent },
      rule: score.rule,
      band: score.band,
      cutoffDate,
      text: `${label}: raggiungimento ${formatPercent(achievement.percent)} → punteggio ${formatPercent(score.value)} (${score.rule}${score.band ? `, ${score.band}` : ""})`,
    }),
  };
}

export function evaluateIndicator(
  indicator: Indicator,
  ctx: IndicatorContext,
  options: {
    assigneeId?: string | null;
    override?: IndicatorStatusOverride | null;
    /** for an indicator computed from other objectives (AFOL obiettivo 4). */
    derived?: { results: ObjectiveResultForDerivation[]; combine: "mean" | "min" } | null;
  } = {},
): IndicatorEvaluation {
  const { bundle, rules, period, cutoffDate, year } = ctx;
  const assigneeId = options.assigneeId ?? null;
  const label = labelOf(indicator, ctx.prefix);
  const findings: Finding[] = [];
  const target = chooseTarget(indicator.id, bundle.targets, year, ctx.targetIds?.[indicator.id]);
  const measurement = findMeasurement(bundle, indicator.id, period.id, assigneeId);
  const crono = indicator.cronoprogrammaId ? bundle.cronoprogrammi.find((c) => c.id === indicator.cronoprogrammaId) ?? null : null;
  const phases = crono ? bundle.phases.filter((p) => p.cronoprogrammaId === crono.id) : [];
  const context: AchievementContext = {
    subject: label,
    year,
    cutoffDate,
    baseline: { value: indicator.baselineValue, year: indicator.baselineYear },
    conversion: conversionFor(rules, indicator.id),
    lateness: rules.lateness,
    composite: rules.composite,
    direction: indicator.direction,
    source: indicator.dataSource ?? measurement?.source ?? null,
  };

  let model: IndicatorModel = "cumulative";
  let hasValue = !isEmptyMeasurement(measurement);
  let achievement: Achievement | NotComputable;
  let actualDate: string | null = null;
  let done: boolean | null = null;

  if (!target) {
    achievement = notComputable(`${label}: nessun target per il ${year}`);
    findings.push(finding({ code: "no-target", severity: "warning", itemType: "indicator", itemId: indicator.id, item: label, message: `${label}: nessun target per il ${year}` }));
  } else if (options.derived) {
    hasValue = true;
    model = "rate";
    achievement = target.parsed
      ? computeDerivedAchievement(options.derived.results, target.parsed, { ...context, combine: options.derived.combine })
      : notComputable(`${label}: target «${target.text}» non interpretato`);
  } else if (crono && phases.length > 0) {
    model = "cronoprogramma";
    hasValue = true;
    const progress = computeCronoprogrammaProgress(phases, cutoffDate, {
      label: `cronoprogramma ${crono.code}`,
      partialCredit: rules.cronoprogrammaPartialCredit ? ctx.phaseCredit : undefined,
    });
    const goal = target.parsed?.kind === "threshold" ? target.parsed.value : 100;
    achievement = isNotComputable(progress) ? progress : computeProgressAchievement(progress.value, goal, context, progress.text);
  } else if (!target.parsed) {
    achievement = notComputable(`${label}: target «${target.text}» non interpretato`);
  } else if (!hasValue || !measurement) {
    const parsed = target.parsed;
    model = parsed.kind === "deadline" ? "deadline" : parsed.kind === "qualitative" ? "yes-no" : inferProgressModel(indicator, parsed, rules.indicators[indicator.id]?.progressModel);
    // nothing recorded is a missing value, also for deadlines: "not done" must be said, never assumed (issue: no silent 0)
    achievement =
      parsed.kind === "deadline" && cutoffDate <= parsed.due
        ? computeAchievement(parsed, {}, context)
        : notComputable(`${label}: valore conseguito mancante${parsed.kind === "deadline" ? " (data di conclusione non indicata)" : ""}`);
    hasValue = false;
  } else {
    const parsed = target.parsed;
    let actual = readMeasurement(measurement, parsed);
    const accumulated = accumulate(ctx, indicator, target, actual, assigneeId);
    actual = accumulated.actual;
    const multiYear =
      target.cumulative && target.yearFrom !== null && target.yearTo !== null && target.yearFrom < target.yearTo
        ? { yearFrom: target.yearFrom, yearTo: target.yearTo, basis: rules.multiYearTarget }
        : null;
    const previous = latestOfYear(bundle, indicator.id, year - 1, assigneeId);
    achievement = computeAchievement(parsed, actual, {
      ...context,
      multiYear,
      previousValue: previous && isFiniteNumber(previous.value) ? { value: previous.value, year: year - 1 } : null,
      ratioInPercent: parsed.kind === "threshold" ? parsed.isPercent : isPercentTarget(parsed, indicator),
    });
    if (accumulated.note && achievement.kind === "computed") {
      achievement = { ...achievement, explanation: { ...achievement.explanation, text: `${achievement.explanation.text} (${accumulated.note})` } };
    }
    actualDate = actual.date ?? null;
    done = actual.done ?? null;
    model = parsed.kind === "deadline" ? "deadline" : parsed.kind === "qualitative" ? "yes-no" : inferProgressModel(indicator, parsed, rules.indicators[indicator.id]?.progressModel);
  }

  const score: ScoreResult | NotComputable | null =
    achievement.kind === "computed" ? scoreOf(achievement, rules, indicator.id, label, cutoffDate) : hasValue ? achievement : null;

  // status at the date
  const yearEnd = `${year}-12-31`;
  const start = `${year}-01-01`;
  let evidence: ProgressEvidence | NotComputable;
  let dueDate = yearEnd;
  if (model === "cronoprogramma") {
    dueDate = crono?.dueDate ?? yearEnd;
    evidence = achievement.kind === "computed" ? { kind: "cronoprogramma", phases, actual: achievement.actual ?? 0 } : achievement;
  } else if (model === "deadline" && target?.parsed?.kind === "deadline" && !hasValue) {
    dueDate = target.parsed.due;
    evidence = { kind: "cumulative", actual: null };
  } else if (model === "deadline" && target?.parsed?.kind === "deadline") {
    dueDate = target.parsed.due;
    const doneDate = actualDate ?? (done === true && cutoffDate <= dueDate ? cutoffDate : null);
    evidence = { kind: "deadline", due: dueDate, doneDate, statedNotDone: done === false };
  } else if (model === "yes-no") {
    evidence = { kind: "deadline", due: yearEnd, doneDate: done === true ? cutoffDate : null };
  } else if (!hasValue) {
    evidence = { kind: model === "rate" ? "rate" : "cumulative", actual: null };
  } else if (achievement.kind === "computed") {
    evidence = { kind: model === "rate" ? "rate" : "cumulative", actual: achievement.percent };
  } else {
    evidence = achievement;
  }
  const computed = isNotComputable(evidence)
    ? evidence
    : computeStatus({ subject: label, cutoffDate, planStart: start, dueDate, evidence, rules: rules.status, scale: bundle.plan.assessmentScale });
  const status = applyStatusOverride(computed, options.override ?? null, bundle.plan.assessmentScale, label);
  if (status.overrideError) {
    findings.push(finding({ code: "override-refused", severity: "error", itemType: "indicator", itemId: indicator.id, item: label, message: status.overrideError }));
  }
  const stated = {
    value: measurement?.value ?? null,
    valueText: measurement?.valueText ?? null,
    level: measurement?.assessmentLevel ?? null,
    levelText: measurement?.assessmentText ?? null,
  };
  if (stated.level !== null && computed.kind === "computed" && stated.level !== computed.level) {
    const statedLabel = bundle.plan.assessmentScale.levels.find((l) => l.level === stated.level)?.label ?? String(stated.level);
    findings.push(finding({
      code: "stated-status-differs",
      severity: "info",
      itemType: "indicator",
      itemId: indicator.id,
      item: label,
      stated: statedLabel,
      computed: computed.label,
      message: `${label}: il documento indica «${statedLabel}», il calcolo al ${formatDate(cutoffDate)} dà «${computed.label}» — ${computed.explanation.text}`,
    }));
  }

  return {
    indicatorId: indicator.id,
    code: indicator.code,
    label,
    objectiveId: indicator.objectiveId,
    nodeId: indicator.nodeId,
    assigneeId,
    targetId: target?.id ?? null,
    targetText: target?.text ?? null,
    measurementId: measurement?.id ?? null,
    model,
    hasValue,
    achievement,
    score,
    status,
    stated,
    findings,
  };
}
