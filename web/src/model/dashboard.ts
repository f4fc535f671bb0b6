// What the dashboard shows, read from a PlanEvaluation (the server's, or the same engine run in the browser):
// the plan's score, scores by area and by structure, the status distribution and the objectives most behind.
import type { AssessmentScale, PlanBundle } from "@domain/model";
import type { GroupEvaluation, PlanEvaluation } from "@domain/evaluation/evaluate-plan";
import type { Finding } from "@domain/evaluation/findings";
import { isNotComputable } from "@domain/evaluation/result";
import type { Tone } from "./plan-figures";

export interface ScoreRow {
  id: string;
  label: string;
  /** percent; null when not computable. */
  score: number | null;
  /** the explanation, or why there is no score. */
  text: string;
  objectives: number;
}

export interface StatusSlice {
  level: number | null;
  label: string;
  tone: Tone;
  count: number;
  share: number;
}

export interface BehindRow {
  objectiveId: string;
  code: string;
  title: string;
  score: number | null;
  level: number | null;
  label: string | null;
  tone: Tone;
}

export interface DashboardView {
  periodLabel: string;
  cutoffDate: string;
  plan: ScoreRow;
  areas: ScoreRow[];
  structures: ScoreRow[];
  objectiveStatuses: StatusSlice[];
  indicatorStatuses: StatusSlice[];
  behind: BehindRow[];
  findings: Finding[];
  counts: { objectives: number; indicators: number; scored: number; late: number };
}

function scoreRow(group: GroupEvaluation): ScoreRow {
  return {
    id: group.id,
    label: group.label,
    score: isNotComputable(group.score) ? null : group.score.value,
    text: isNotComputable(group.score) ? group.score.reason : group.score.explanation.text,
    objectives: group.objectiveIds.length,
  };
}

function toneOf(scale: AssessmentScale, level: number | null): Tone {
  return scale.levels.find((l) => l.level === level)?.tone ?? "grey";
}

/** Worst first: by the scale's severity (ARTI 5 in ritardo, 4 da iniziare in ritardo…), then lowest score. */
export function objectivesMostBehind(evaluation: PlanEvaluation, scale: AssessmentScale, limit = 8): BehindRow[] {
  const severity = evaluation.rules.status.severity;
  const rank = (level: number | null) => (level === null ? -1 : severity.indexOf(level));
  return evaluation.objectives
    .map((o) => ({
      objectiveId: o.objectiveId,
      code: o.code,
      title: o.title,
      score: isNotComputable(o.score) ? null : o.score.value,
      level: o.level,
      label: o.levelLabel,
      tone: toneOf(scale, o.level),
    }))
    .filter((o) => o.score !== null || o.level !== null)
    .sort((a, b) => rank(b.level) - rank(a.level) || (a.score ?? Infinity) - (b.score ?? Infinity) || a.code.localeCompare(b.code, "it", { numeric: true }))
    .slice(0, limit);
}

export function buildDashboard(bundle: PlanBundle, evaluation: PlanEvaluation): DashboardView {
  const scale = bundle.plan.assessmentScale;
  const topNodes = new Set(bundle.nodes.filter((n) => n.parentId === null).map((n) => n.id));
  const slices = (rows: PlanEvaluation["statusDistribution"]["objectives"]): StatusSlice[] =>
    rows.filter((r) => r.count > 0).map((r) => ({ level: r.level, label: r.label, tone: toneOf(scale, r.level), count: r.count, share: r.share }));
  const lateLevels = new Set([evaluation.rules.status.levels.late, evaluation.rules.status.levels["not-started-late"]]);
  return {
    periodLabel: evaluation.periodLabel,
    cutoffDate: evaluation.cutoffDate,
    plan: scoreRow(evaluation.plan),
    areas: evaluation.nodes.filter((n) => topNodes.has(n.id) && n.objectiveIds.length > 0).map(scoreRow),
    structures: evaluation.structures.map(scoreRow),
    objectiveStatuses: slices(evaluation.statusDistribution.objectives),
    indicatorStatuses: slices(evaluation.statusDistribution.indicators),
    behind: objectivesMostBehind(evaluation, scale),
    findings: evaluation.findings,
    counts: {
      objectives: evaluation.objectives.length,
      indicators: evaluation.indicators.length,
      scored: evaluation.indicators.filter((i) => i.score !== null && !isNotComputable(i.score)).length,
      late: evaluation.indicators.filter((i) => i.status.effective && lateLevels.has(i.status.effective.level)).length,
    },
  };
}
