// From a plan and its evaluation to the open-data document: every figure is the evaluation's, rounded to two
// decimals the way the documents print it (188,935 → 188.94), so the CSV, the JSON and the Relazione agree.
import type { PlanEvaluation } from "../../domain/evaluation/evaluate-plan";
import { roundForDisplay } from "../../domain/evaluation/explain";
import type { IndicatorEvaluation } from "../../domain/evaluation/indicator-evaluation";
import { isNotComputable } from "../../domain/evaluation/result";
import type { Indicator, Objective, PlanBundle, Target } from "../../domain/model";
import { OPEN_DATA_SCHEMA_VERSION, type OpenDataDocument, type OpenDataIndicator, type OpenDataTarget } from "./open-data-schema";

export interface PublicationRef {
  id: string;
  /** ISO 8601 date-time. */
  publishedAt: string;
}

const round = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : roundForDisplay(value, 2));

function targetOf(target: Target, applied: boolean): OpenDataTarget {
  const parsed = target.parsed;
  return {
    label: target.label,
    yearFrom: target.yearFrom,
    yearTo: target.yearTo,
    text: target.text,
    kind: parsed?.kind ?? null,
    comparator: parsed && "comparator" in parsed ? parsed.comparator : null,
    value:
      parsed?.kind === "threshold" ? parsed.value : parsed?.kind === "relative" ? parsed.resolvedValue : null,
    due: parsed?.kind === "deadline" ? parsed.due : null,
    cumulative: target.cumulative,
    applied,
  };
}

function isBlank(text: string | null): boolean {
  const t = text?.trim() ?? "";
  return t === "" || t === "-" || t === "–";
}

function resultOf(bundle: PlanBundle, result: IndicatorEvaluation | undefined): OpenDataIndicator["result"] {
  if (!result) return null;
  const measurement = result.measurementId ? bundle.measurements.find((m) => m.id === result.measurementId) : undefined;
  const reason = result.achievement.kind === "computed" ? null : result.achievement.reason;
  return {
    value: measurement?.value ?? (result.model === "cronoprogramma" && result.achievement.kind === "computed" ? round(result.achievement.actual) : null),
    valueText: measurement && !isBlank(measurement.valueText) ? measurement.valueText : null,
    achievementPercent: result.achievement.kind === "computed" ? round(result.achievement.percent) : null,
    scorePercent: result.score && result.score.kind === "computed" ? round(result.score.value) : null,
    statusLevel: result.status.effective?.level ?? null,
    status: result.status.effective?.label ?? null,
    note: [measurement?.note ?? null, reason].filter((n): n is string => !!n).join(" — ") || null,
  };
}

function indicatorOf(bundle: PlanBundle, indicator: Indicator, evaluation: PlanEvaluation | null): OpenDataIndicator {
  const result = evaluation?.indicators.find((r) => r.indicatorId === indicator.id);
  return {
    id: indicator.id,
    code: indicator.code,
    definition: indicator.definition,
    unit: indicator.unit,
    method: indicator.method,
    direction: indicator.direction,
    baselineText: indicator.baselineText,
    baselineValue: indicator.baselineValue,
    baselineYear: indicator.baselineYear,
    dataSource: indicator.dataSource,
    targets: bundle.targets
      .filter((t) => t.indicatorId === indicator.id)
      .sort((a, b) => a.position - b.position)
      .map((t) => targetOf(t, result?.targetId === t.id)),
    result: evaluation ? resultOf(bundle, result) : null,
  };
}

function objectiveOf(bundle: PlanBundle, objective: Objective, evaluation: PlanEvaluation | null): OpenDataDocument["objectives"][number] {
  const node = bundle.nodes.find((n) => n.id === objective.nodeId) ?? null;
  const structureId = objective.structureId ?? node?.structureId ?? null;
  const result = evaluation?.objectives.find((o) => o.objectiveId === objective.id);
  return {
    id: objective.id,
    code: objective.code,
    title: objective.title,
    areaCode: node?.code ?? null,
    area: node?.title ?? null,
    structure: bundle.structures.find((s) => s.id === structureId)?.name ?? null,
    weightPercent: objective.weight,
    expectedResult: objective.expectedResult,
    stakeholders: objective.stakeholders,
    scorePercent: result && !isNotComputable(result.score) ? round(result.score.value) : null,
    status: result?.levelLabel ?? null,
    indicators: bundle.indicators
      .filter((i) => i.objectiveId === objective.id)
      .sort((a, b) => a.position - b.position)
      .map((i) => indicatorOf(bundle, i, evaluation)),
  };
}

export function buildOpenDataDocument(bundle: PlanBundle, evaluation: PlanEvaluation | null, publication: PublicationRef | null = null): OpenDataDocument {
  const period = evaluation ? (bundle.periods.find((p) => p.id === evaluation.periodId) ?? null) : null;
  return {
    schemaVersion: OPEN_DATA_SCHEMA_VERSION,
    organisation: { id: bundle.organisation.id, name: bundle.organisation.name, taxCode: bundle.organisation.taxCode },
    plan: {
      id: bundle.plan.id,
      title: bundle.plan.title,
      kind: bundle.plan.kind,
      yearFrom: bundle.plan.yearFrom,
      yearTo: bundle.plan.yearTo,
      approvalAct: bundle.plan.approvalAct,
      approvalDate: bundle.plan.approvalDate,
    },
    period: period && evaluation ? { id: period.id, label: period.label, cutoffDate: evaluation.cutoffDate, kind: period.kind } : null,
    planScorePercent: evaluation && !isNotComputable(evaluation.plan.score) ? round(evaluation.plan.score.value) : null,
    publication,
    objectives: bundle.objectives.map((o) => objectiveOf(bundle, o, evaluation)),
  };
}
