// Rolling scores up: an objective is the weighted mean of its indicators (equal weights unless given); a node,
// a structure and the plan are the weighted mean of their objectives by objective weight. What is left out
// (no value, no weight, not computable) is excluded and named — never counted as 0 unless the plan says so.
import type { AssessmentScale, PlanNode } from "../model";
import { explain, formatNumber, formatPercent, type Explanation } from "./explain";
import { isFiniteNumber, isNotComputable, notComputable, stable, sum, type NotComputable } from "./result";
import type { ScoringRules } from "./scoring-rules";

export interface WeightedItem {
  id: string;
  /** as users name it: "ARTI 1.5", "1.1". */
  label: string;
  /** the score; null when there is no value; NotComputable when it could not be computed. */
  score: number | NotComputable | null;
  /** weight as given (percent or any unit); null when none was given. */
  weight: number | null;
}

export interface IncludedItem {
  id: string;
  label: string;
  score: number;
  /** the weight used (1 each when equal weights apply). */
  weight: number;
}

export interface LeftOutItem {
  id: string;
  label: string;
  reason: string;
}

export interface WeightedScore {
  kind: "computed";
  value: number;
  included: IncludedItem[];
  excluded: LeftOutItem[];
  /** items without value counted as 0 because the plan says so. */
  countedAsZero: LeftOutItem[];
  weighting: "given" | "equal";
  weightsTotal: number;
  explanation: Explanation;
}

export interface RollupOptions {
  subject: string;
  /** plural: "indicatori", "obiettivi" (the singular is used for one item). */
  itemsName: string;
  missingValues: ScoringRules["missingValues"];
  missingWeights: ScoringRules["missingWeights"];
  cutoffDate?: string | null;
}

const SINGULAR: Record<string, string> = { indicatori: "indicatore", obiettivi: "obiettivo" };

function countOf(n: number, plural: string): string {
  return `${n} ${n === 1 ? (SINGULAR[plural] ?? plural) : plural}`;
}

/** A reason already starting with the item's name ("Obiettivo 4.1: …") is not prefixed twice. */
function ownReason(label: string, reason: string): string {
  return reason.startsWith(`${label}: `) ? reason.slice(label.length + 2) : reason;
}

/** Weighted mean Σ(w × s) ÷ Σw over the items that have a score and a weight; the rest is reported. */
export function weightedMean(items: readonly WeightedItem[], options: RollupOptions): WeightedScore | NotComputable {
  const excluded: LeftOutItem[] = [];
  const countedAsZero: LeftOutItem[] = [];
  const anyWeighted = items.some((i) => i.weight !== null);
  const allWeighted = items.every((i) => i.weight !== null);
  const equal =
    options.missingWeights === "equal" ? !allWeighted : options.missingWeights === "equal-when-none-weighted" ? !anyWeighted : false;

  const included: IncludedItem[] = [];
  for (const item of items) {
    let score: number;
    if (isNotComputable(item.score)) {
      excluded.push({ id: item.id, label: item.label, reason: ownReason(item.label, item.score.reason) });
      continue;
    }
    if (item.score === null || !isFiniteNumber(item.score)) {
      if (options.missingValues === "zero") {
        countedAsZero.push({ id: item.id, label: item.label, reason: "valore mancante, contato come 0 per regola del piano" });
        score = 0;
      } else {
        excluded.push({ id: item.id, label: item.label, reason: "valore mancante" });
        continue;
      }
    } else {
      score = item.score;
    }
    if (equal) {
      included.push({ id: item.id, label: item.label, score, weight: 1 });
      continue;
    }
    if (item.weight === null) {
      excluded.push({ id: item.id, label: item.label, reason: "peso non indicato" });
      continue;
    }
    if (!isFiniteNumber(item.weight) || item.weight < 0) {
      excluded.push({ id: item.id, label: item.label, reason: `peso non valido (${item.weight})` });
      continue;
    }
    included.push({ id: item.id, label: item.label, score, weight: item.weight });
  }

  const weightsTotal = sum(included.map((i) => i.weight));
  const leftOut = excluded.length ? `; esclusi: ${excluded.map((e) => `${e.label} (${e.reason})`).join(", ")}` : "";
  if (included.length === 0) return notComputable(`${options.subject}: nessun elemento valutabile tra gli ${options.itemsName}${leftOut}`);
  if (weightsTotal <= 0) return notComputable(`${options.subject}: la somma dei pesi è zero`);
  const value = included.reduce((total, i) => total + i.weight * i.score, 0) / weightsTotal;
  const terms = included
    .map((i) => (equal ? `${i.label} ${formatPercent(i.score)}` : `${i.label} ${formatPercent(i.score)} × ${formatNumber(i.weight)}`))
    .join("; ");
  const zeros = countedAsZero.length ? `; contati come 0: ${countedAsZero.map((z) => z.label).join(", ")}` : "";
  const rule = equal ? "media a pesi uguali" : "media ponderata per i pesi indicati";
  return {
    kind: "computed",
    value,
    included,
    excluded,
    countedAsZero,
    weighting: equal ? "equal" : "given",
    weightsTotal,
    explanation: explain({
      figure: "punteggio",
      subject: options.subject,
      value,
      inputs: Object.fromEntries(included.map((i) => [i.label, i.score])),
      rule,
      cutoffDate: options.cutoffDate ?? null,
      text:
        `${options.subject}: ${rule} di ${countOf(included.length, options.itemsName)}` +
        (equal ? "" : ` (pesi ${formatNumber(weightsTotal)})`) +
        ` = ${formatPercent(value)} (${terms})${zeros}${leftOut}`,
    }),
  };
}

/** The ids of a node and of all nodes below it. */
export function collectSubtree(nodes: readonly PlanNode[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parentId !== null && ids.has(node.parentId) && !ids.has(node.id)) {
        ids.add(node.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** The worst level among several, by the scale's order from best to worst; null when none. */
export function worstLevel(levels: readonly (number | null)[], severity: readonly number[]): number | null {
  let worst: number | null = null;
  const rank = (level: number) => {
    const i = severity.indexOf(level);
    return i < 0 ? level : i; // levels outside the order fall back to their number
  };
  for (const level of levels) {
    if (level === null) continue;
    if (worst === null || rank(level) > rank(worst)) worst = level;
  }
  return worst;
}

export interface StatusShare {
  level: number | null;
  label: string;
  count: number;
  /** share of the items, percent. */
  share: number;
}

/** How many items sit on each level of the scale (and how many have none), with shares in percent. */
export function statusDistribution(levels: readonly (number | null)[], scale: AssessmentScale): StatusShare[] {
  const total = levels.length;
  const share = (count: number) => (total === 0 ? 0 : (count * 100) / total);
  const rows: StatusShare[] = scale.levels.map((l) => {
    const count = levels.filter((x) => x === l.level).length;
    return { level: l.level, label: l.label, count, share: share(count) };
  });
  const unknown = levels.filter((x) => x === null || !scale.levels.some((l) => l.level === x)).length;
  if (unknown > 0) rows.push({ level: null, label: "non valutabile", count: unknown, share: share(unknown) });
  return rows;
}

/** Objective weights add up to? Used by rollups' explanations and by the consistency checks. */
export function totalWeight(weights: readonly (number | null)[]): number {
  return stable(sum(weights.filter(isFiniteNumber)));
}
