// Ranking assignees (Provinces, structures) on each indicator when measurements carry an assignee: by
// achievement, which already accounts for direction ("less is better" targets use the inverse ratio).
// Ties share the rank (1, 1, 3); assignees without a computable figure are listed last, unranked, with why.
import type { AssigneeEvaluation, PlanEvaluation } from "./evaluate-plan";
import { explain, formatPercent, type Explanation } from "./explain";
import { isNotComputable, stable } from "./result";

export interface AssigneeRank {
  assigneeId: string;
  label: string;
  /** 1 = best; null when not ranked. */
  rank: number | null;
  /** achievement (indicator) or score (plan), percent. */
  figure: number | null;
  reason: string | null;
}

export interface Ranking {
  /** indicator id, or the plan id for the ranking on the plan's score. */
  id: string;
  label: string;
  ranks: AssigneeRank[];
  explanation: Explanation;
}

/** Competition ranking on figures, best (highest) first. */
export function rankFigures(entries: readonly { assigneeId: string; label: string; figure: number | null; reason: string | null }[]): AssigneeRank[] {
  const ranked = entries.filter((e) => e.figure !== null).sort((a, b) => stable(b.figure!) - stable(a.figure!) || a.label.localeCompare(b.label, "it"));
  const result: AssigneeRank[] = [];
  ranked.forEach((entry, i) => {
    const previous = result[i - 1];
    const rank = previous && stable(previous.figure!) === stable(entry.figure!) ? previous.rank : i + 1;
    result.push({ ...entry, rank });
  });
  const unranked = entries.filter((e) => e.figure === null).sort((a, b) => a.label.localeCompare(b.label, "it"));
  return [...result, ...unranked.map((e) => ({ ...e, rank: null }))];
}

function describe(label: string, ranks: readonly AssigneeRank[]): string {
  const listed = ranks
    .map((r) => (r.rank === null ? `${r.label} non classificato (${r.reason ?? "dato mancante"})` : `${r.rank}. ${r.label} ${formatPercent(r.figure!)}`))
    .join("; ");
  return `${label}: ${listed}`;
}

/** For each indicator measured per assignee, the assignees ranked by achievement. */
export function rankAssigneesByIndicator(assignees: readonly AssigneeEvaluation[]): Ranking[] {
  const indicatorIds = [...new Set(assignees.flatMap((a) => a.indicators.filter((i) => i.measurementId !== null).map((i) => i.indicatorId)))];
  return indicatorIds.map((indicatorId) => {
    const entries = assignees.map((a) => {
      const result = a.indicators.find((i) => i.indicatorId === indicatorId);
      if (!result) return { assigneeId: a.assigneeId, label: a.label, figure: null, reason: "indicatore non valutato" };
      if (isNotComputable(result.achievement)) return { assigneeId: a.assigneeId, label: a.label, figure: null, reason: result.achievement.reason };
      return { assigneeId: a.assigneeId, label: a.label, figure: result.achievement.percent, reason: null };
    });
    const label = assignees.flatMap((a) => a.indicators).find((i) => i.indicatorId === indicatorId)!.label;
    const ranks = rankFigures(entries);
    return {
      id: indicatorId,
      label,
      ranks,
      explanation: explain({ figure: "classifica", subject: label, rule: "raggiungimento, dal più alto; a pari merito stessa posizione", inputs: Object.fromEntries(ranks.map((r) => [r.label, r.figure])), text: describe(label, ranks) }),
    };
  });
}

/** The assignees ranked by their score on the whole plan. */
export function rankAssigneesByPlanScore(evaluation: PlanEvaluation): Ranking {
  const entries = evaluation.assignees.map((a) =>
    isNotComputable(a.plan.score)
      ? { assigneeId: a.assigneeId, label: a.label, figure: null, reason: a.plan.score.reason }
      : { assigneeId: a.assigneeId, label: a.label, figure: a.plan.score.value, reason: null },
  );
  const ranks = rankFigures(entries);
  const label = evaluation.plan.label;
  return {
    id: evaluation.planId,
    label,
    ranks,
    explanation: explain({ figure: "classifica", subject: label, rule: "punteggio del piano, dal più alto", inputs: Object.fromEntries(ranks.map((r) => [r.label, r.figure])), cutoffDate: evaluation.cutoffDate, text: describe(label, ranks) }),
  };
}
