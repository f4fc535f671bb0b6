// "What if": evaluate the plan again with other weights, targets, rules or resource shares, without saving
// anything, and show what moves per objective, node, structure and assignee.
import type { PlanBundle } from "../model";
import type { ParsedTarget } from "../target";
import type { ShareSetting } from "./allocation";
import { evaluatePlan, type EvaluatePlanOptions, type GroupEvaluation, type PlanEvaluation } from "./evaluate-plan";
import { formatPercent, formatPoints } from "./explain";
import { isNotComputable, stable, type NotComputable } from "./result";
import type { ScoringRulesInput } from "./scoring-rules";

export interface WhatIfChanges {
  /** objective id → new weight (null removes it). */
  objectiveWeights?: Record<string, number | null>;
  /** target id → new parsed target (and text, when given). */
  targets?: Record<string, { parsed: ParsedTarget; text?: string }>;
  /** rules merged over the current ones (top-level fields replaced). */
  rules?: ScoringRulesInput;
  /** resource shares per objective. */
  shares?: ShareSetting;
}

export interface FigureChange {
  id: string;
  label: string;
  before: number | null;
  after: number | null;
  /** after − before, percentage points (null when either side is missing). */
  delta: number | null;
  changed: boolean;
  text: string;
}

export interface WhatIfResult {
  kind: "computed";
  before: PlanEvaluation;
  after: PlanEvaluation;
  plan: FigureChange;
  objectives: FigureChange[];
  nodes: FigureChange[];
  structures: FigureChange[];
  /** assignees' plan scores and, with resources, what they earn (euro). */
  assignees: (FigureChange & { earnedBefore: number | null; earnedAfter: number | null })[];
}

/** A copy of the bundle with the changes applied; the original is not touched. */
export function applyChanges(bundle: PlanBundle, changes: WhatIfChanges): PlanBundle {
  return {
    ...bundle,
    objectives: bundle.objectives.map((o) =>
      changes.objectiveWeights && o.id in changes.objectiveWeights ? { ...o, weight: changes.objectiveWeights[o.id] ?? null } : o,
    ),
    targets: bundle.targets.map((t) => {
      const change = changes.targets?.[t.id];
      return change ? { ...t, parsed: change.parsed, text: change.text ?? t.text } : t;
    }),
  };
}

function change(id: string, label: string, before: number | null, after: number | null): FigureChange {
  const delta = before !== null && after !== null ? after - before : null;
  const changed = before === null || after === null ? before !== after : stable(before) !== stable(after);
  const show = (v: number | null) => (v === null ? "non calcolabile" : formatPercent(v));
  return {
    id,
    label,
    before,
    after,
    delta,
    changed,
    text: `${label}: ${show(before)} → ${show(after)}${delta !== null ? ` (${formatPoints(delta)})` : ""}`,
  };
}

const valueOf = (score: GroupEvaluation["score"]) => (isNotComputable(score) ? null : score.value);

function compareGroups(before: readonly GroupEvaluation[], after: readonly GroupEvaluation[]): FigureChange[] {
  return before.map((b) => {
    const a = after.find((x) => x.id === b.id);
    return change(b.id, b.label, valueOf(b.score), a ? valueOf(a.score) : null);
  });
}

export function runWhatIf(bundle: PlanBundle, options: EvaluatePlanOptions, changes: WhatIfChanges): WhatIfResult | NotComputable {
  const before = evaluatePlan(bundle, options);
  if (isNotComputable(before)) return before;
  const afterOptions: EvaluatePlanOptions = {
    ...options,
    rules: changes.rules ? { ...(options.rules ?? {}), ...changes.rules } : options.rules,
    allocation: changes.shares && options.allocation ? { ...options.allocation, shares: changes.shares } : options.allocation,
  };
  const after = evaluatePlan(applyChanges(bundle, changes), afterOptions);
  if (isNotComputable(after)) return after;
  return {
    kind: "computed",
    before,
    after,
    plan: change(before.planId, before.plan.label, valueOf(before.plan.score), valueOf(after.plan.score)),
    objectives: before.objectives.map((b) => {
      const a = after.objectives.find((x) => x.objectiveId === b.objectiveId);
      return change(b.objectiveId, b.label, valueOf(b.score), a ? valueOf(a.score) : null);
    }),
    nodes: compareGroups(before.nodes, after.nodes),
    structures: compareGroups(before.structures, after.structures),
    assignees: before.assignees.map((b) => {
      const a = after.assignees.find((x) => x.assigneeId === b.assigneeId);
      const earned = (x: typeof b | undefined) => (x?.allocation && !isNotComputable(x.allocation) ? x.allocation.earned : null);
      const base = change(b.assigneeId, b.label, valueOf(b.plan.score), a ? valueOf(a.plan.score) : null);
      const earnedBefore = earned(b);
      const earnedAfter = earned(a);
      const moneyChanged = earnedBefore !== earnedAfter;
      return { ...base, changed: base.changed || moneyChanged, earnedBefore, earnedAfter };
    }),
  };
}
