// Evaluates a whole plan for one monitoring period: every indicator (achievement, score, status), every
// objective, node, structure and the plan, the status distribution, per-assignee results and resource shares
// when the plan is measured per assignee, the evaluation body's findings and an explanation for each figure.
// Pure and JSON-serialisable; bad input becomes a finding or a not-computable figure, never an exception.
import type { Objective, PlanBundle } from "../model";
import type { ObjectiveResultForDerivation } from "./achievement";
import {
  allocateResources,
  checkShareConstraints,
  constraintsFromObjectives,
  proposeShareSetting,
  validateShareSetting,
  type AssigneeAllocation,
  type ShareSetting,
} from "./allocation";
import { checkPlanConsistency } from "./consistency";
import { explain, formatDate, type Explanation } from "./explain";
import { finding, type Finding } from "./findings";
import { evaluateIndicator, labelOf, type IndicatorContext, type IndicatorEvaluation, type IndicatorStatusOverride } from "./indicator-evaluation";
import { isIsoDate, isNotComputable, notComputable, type NotComputable } from "./result";
import { collectSubtree, statusDistribution, weightedMean, worstLevel, type StatusShare, type WeightedScore } from "./rollup";
import { parseScoringRules, ScoringRules, type ScoringRulesInput } from "./scoring-rules";

export interface EvaluatePlanOptions {
  periodId: string;
  /** read statuses and cronoprogrammi at this ISO date instead of the period's cut-off. */
  asOf?: string | null;
  rules?: ScoringRulesInput | null;
  overrides?: IndicatorStatusOverride[];
  /** indicator id → target id, when the automatic choice of the target is not wanted. */
  targetIds?: Record<string, string>;
  /** phase id → percent done, for partial credit (rules.cronoprogrammaPartialCredit). */
  phaseCredit?: Record<string, number>;
  /** resources per assignee (euro) and the share setting; shares are proposed when not given. */
  allocation?: { budgets: Record<string, number>; shares?: ShareSetting | null } | null;
}

export interface ObjectiveEvaluation {
  objectiveId: string;
  code: string;
  /** "Obiettivo 1.5". */
  label: string;
  title: string;
  weight: number | null;
  nodeId: string | null;
  structureId: string | null;
  indicatorIds: string[];
  score: WeightedScore | NotComputable;
  /** the worst effective level of its indicators. */
  level: number | null;
  levelLabel: string | null;
}

export interface GroupEvaluation {
  id: string;
  kind: "node" | "structure" | "plan";
  label: string;
  objectiveIds: string[];
  score: WeightedScore | NotComputable;
  statusDistribution: StatusShare[];
}

export interface AssigneeEvaluation {
  assigneeId: string;
  label: string;
  indicators: IndicatorEvaluation[];
  objectives: ObjectiveEvaluation[];
  plan: GroupEvaluation;
  allocation: AssigneeAllocation | NotComputable | null;
}

export interface PlanEvaluation {
  kind: "computed";
  planId: string;
  periodId: string;
  periodLabel: string;
  /** the date statuses were read at. */
  cutoffDate: string;
  year: number;
  rules: ScoringRules;
  indicators: IndicatorEvaluation[];
  objectives: ObjectiveEvaluation[];
  nodes: GroupEvaluation[];
  structures: GroupEvaluation[];
  plan: GroupEvaluation;
  statusDistribution: { objectives: StatusShare[]; indicators: StatusShare[] };
  assignees: AssigneeEvaluation[];
  resourceShares: { kind: "computed"; shares: ShareSetting; explanation: Explanation } | NotComputable | null;
  findings: Finding[];
}

function objectiveLabel(objective: Objective): string {
  return `Obiettivo ${objective.code}`;
}

function scoreItem(result: IndicatorEvaluation) {
  if (result.score === null) return null;
  return isNotComputable(result.score) ? result.score : result.score.value;
}

function evaluateObjectives(bundle: PlanBundle, rules: ScoringRules, results: readonly IndicatorEvaluation[], cutoffDate: string): ObjectiveEvaluation[] {
  return bundle.objectives.map((objective) => {
    const own = results.filter((r) => r.objectiveId === objective.id);
    const label = objectiveLabel(objective);
    const score: WeightedScore | NotComputable = own.length
      ? weightedMean(
          own.map((r) => ({ id: r.indicatorId, label: r.label, score: scoreItem(r), weight: rules.indicators[r.indicatorId]?.weight ?? null })),
          // indicators weigh the same unless weights are given (issue: "equal weights unless given")
          { subject: label, itemsName: "indicatori", missingValues: rules.missingValues, missingWeights: "equal-when-none-weighted", cutoffDate },
        )
      : notComputable(`${label}: nessun indicatore`);
    const level = worstLevel(own.map((r) => r.status.effective?.level ?? null), rules.status.severity);
    return {
      objectiveId: objective.id,
      code: objective.code,
      label,
      title: objective.title,
      weight: objective.weight,
      nodeId: objective.nodeId,
      structureId: objective.structureId,
      indicatorIds: own.map((r) => r.indicatorId),
      score,
      level,
      levelLabel: level === null ? null : bundle.plan.assessmentScale.levels.find((l) => l.level === level)?.label ?? null,
    };
  });
}

function group(
  id: string,
  kind: GroupEvaluation["kind"],
  label: string,
  objectives: readonly ObjectiveEvaluation[],
  bundle: PlanBundle,
  rules: ScoringRules,
  cutoffDate: string,
): GroupEvaluation {
  const score: WeightedScore | NotComputable = objectives.length
    ? weightedMean(
        objectives.map((o) => ({ id: o.objectiveId, label: o.label, score: isNotComputable(o.score) ? o.score : o.score.value, weight: o.weight })),
        { subject: label, itemsName: "obiettivi", missingValues: rules.missingValues, missingWeights: rules.missingWeights, cutoffDate },
      )
    : notComputable(`${label}: nessun obiettivo`);
  return {
    id,
    kind,
    label,
    objectiveIds: objectives.map((o) => o.objectiveId),
    score,
    statusDistribution: statusDistribution(objectives.map((o) => o.level), bundle.plan.assessmentScale),
  };
}

/** Indicators of one assignee (null: the plan's owner), with derived indicators computed after the others. */
function evaluateAll(
  bundle: PlanBundle,
  ctx: IndicatorContext,
  rules: ScoringRules,
  assigneeId: string | null,
  overrides: readonly IndicatorStatusOverride[],
  findings: Finding[],
): { indicators: IndicatorEvaluation[]; objectives: ObjectiveEvaluation[] } {
  const overrideFor = (indicatorId: string) =>
    overrides.find((o) => o.indicatorId === indicatorId && (o.assigneeId ?? null) === assigneeId) ?? null;
  const derivedById = new Map<string, ScoringRules["derivedIndicators"][number]>();
  for (const derived of rules.derivedIndicators) {
    const indicator = bundle.indicators.find((i) => i.id === derived.indicatorId);
    const problem = !indicator
      ? `indicatore calcolato da altri obiettivi «${derived.indicatorId}» non trovato`
      : derived.objectiveIds.includes(indicator.objectiveId ?? "")
        ? `${labelOf(indicator, ctx.prefix)}: l'indicatore non può dipendere dal proprio obiettivo`
        : derived.objectiveIds.find((id) => !bundle.objectives.some((o) => o.id === id))
          ? `${labelOf(indicator, ctx.prefix)}: obiettivo di riferimento sconosciuto (${derived.objectiveIds.find((id) => !bundle.objectives.some((o) => o.id === id))})`
          : null;
    if (problem) {
      if (assigneeId === null) findings.push(finding({ code: "derived-indicator-invalid", severity: "error", itemType: "indicator", itemId: derived.indicatorId, item: derived.indicatorId, message: problem }));
      continue;
    }
    derivedById.set(derived.indicatorId, derived);
  }
  const first = bundle.indicators
    .filter((i) => !derivedById.has(i.id))
    .map((i) => evaluateIndicator(i, ctx, { assigneeId, override: overrideFor(i.id) }));
  let objectives = evaluateObjectives(bundle, rules, first, ctx.cutoffDate);
  if (derivedById.size === 0) return { indicators: first, objectives };
  const derived = [...derivedById.values()].map((config) => {
    const results: ObjectiveResultForDerivation[] = config.objectiveIds.map((id) => {
      const o = objectives.find((x) => x.objectiveId === id)!;
      return { objectiveId: id, label: o.label, score: isNotComputable(o.score) ? o.score : o.score.value };
    });
    const indicator = bundle.indicators.find((i) => i.id === config.indicatorId)!;
    return evaluateIndicator(indicator, ctx, { assigneeId, override: overrideFor(indicator.id), derived: { results, combine: config.combine } });
  });
  const order = new Map(bundle.indicators.map((i, n) => [i.id, n]));
  const indicators = [...first, ...derived].sort((a, b) => order.get(a.indicatorId)! - order.get(b.indicatorId)!);
  objectives = evaluateObjectives(bundle, rules, indicators, ctx.cutoffDate);
  return { indicators, objectives };
}

function assigneeLabel(bundle: PlanBundle, id: string): string {
  return bundle.relatedOrganisations.find((o) => o.id === id)?.name ?? bundle.structures.find((s) => s.id === id)?.name ?? id;
}

export function evaluatePlan(bundle: PlanBundle, options: EvaluatePlanOptions): PlanEvaluation | NotComputable {
  const period = bundle.periods.find((p) => p.id === options.periodId);
  if (!period) return notComputable(`periodo di monitoraggio «${options.periodId}» non presente nel piano «${bundle.plan.title}»`);
  const findings: Finding[] = [];
  const parsedRules = parseScoringRules(options.rules ?? {});
  const rules = parsedRules.ok ? parsedRules.rules : ScoringRules.parse({});
  if (!parsedRules.ok) {
    for (const error of parsedRules.errors) {
      findings.push(finding({ code: "rules-invalid", severity: "error", itemType: "plan", itemId: bundle.plan.id, item: bundle.plan.title, message: `${error}; applicate le regole predefinite` }));
    }
  }
  let cutoffDate = period.cutoffDate;
  if (options.asOf) {
    if (isIsoDate(options.asOf)) cutoffDate = options.asOf;
    else findings.push(finding({ code: "rules-invalid", severity: "error", itemType: "plan", itemId: bundle.plan.id, item: bundle.plan.title, message: `data di riferimento «${options.asOf}» non valida: usata la data del periodo (${formatDate(period.cutoffDate)})` }));
  }
  const year = Number(period.cutoffDate.slice(0, 4));
  const planStart = `${bundle.plan.yearFrom}-01-01`;
  if (cutoffDate < planStart) {
    findings.push(finding({
      code: "cutoff-before-start",
      severity: "error",
      itemType: "plan",
      itemId: bundle.plan.id,
      item: bundle.plan.title,
      stated: cutoffDate,
      computed: planStart,
      message: `${bundle.plan.title}: la data di riferimento ${formatDate(cutoffDate)} precede l'inizio del piano (${formatDate(planStart)})`,
    }));
  }
  const indicatorIds = new Set(bundle.indicators.map((i) => i.id));
  for (const m of bundle.measurements) {
    if (m.periodId === period.id && !indicatorIds.has(m.indicatorId)) {
      findings.push(finding({ code: "measurement-unknown-indicator", severity: "warning", itemType: "measurement", itemId: m.id, item: m.id, message: `misura «${m.id}» riferita a un indicatore sconosciuto (${m.indicatorId})` }));
    }
  }
  findings.push(...checkPlanConsistency(bundle, period.cutoffDate, { ratioTolerance: rules.ratioTolerance, amountTolerance: rules.amountTolerance }));

  const prefix = bundle.organisation.shortName;
  const ctx: IndicatorContext = { bundle, rules, period, cutoffDate, year, prefix, targetIds: options.targetIds, phaseCredit: options.phaseCredit };
  const overrides = options.overrides ?? [];
  const own = evaluateAll(bundle, ctx, rules, null, overrides, findings);
  for (const r of own.indicators) findings.push(...r.findings);

  const nodes = bundle.nodes.map((node) => {
    const ids = collectSubtree(bundle.nodes, node.id);
    return group(node.id, "node", node.code ? `${node.code} ${node.title}` : node.title, own.objectives.filter((o) => o.nodeId !== null && ids.has(o.nodeId)), bundle, rules, cutoffDate);
  });
  const structureTree = bundle.structures.map((s) => ({ ...s, kind: "group" as const, planId: bundle.plan.id, code: null, title: s.name, structureId: null, position: 0, notes: null }));
  const structures = bundle.structures
    .map((structure) => {
      const ids = collectSubtree(structureTree, structure.id);
      return group(structure.id, "structure", structure.name, own.objectives.filter((o) => o.structureId !== null && ids.has(o.structureId)), bundle, rules, cutoffDate);
    })
    .filter((g) => g.objectiveIds.length > 0);
  const plan = group(bundle.plan.id, "plan", bundle.plan.title, own.objectives, bundle, rules, cutoffDate);

  // resource shares (Lombardia): check the limits, then take or propose a setting
  const constrained = bundle.objectives.some((o) => o.resourceShareMin !== null || o.resourceShareMax !== null);
  const constraints = constraintsFromObjectives(bundle.objectives);
  let resourceShares: PlanEvaluation["resourceShares"] = null;
  if (constrained || options.allocation) {
    const impossible = checkShareConstraints(constraints);
    if (impossible.length) {
      resourceShares = notComputable(impossible.join("; "));
      findings.push(finding({ code: "resource-shares-impossible", severity: "error", itemType: "plan", itemId: bundle.plan.id, item: bundle.plan.title, message: `${bundle.plan.title}: ${impossible.join("; ")}` }));
    } else if (options.allocation?.shares) {
      const errors = validateShareSetting(constraints, options.allocation.shares);
      resourceShares = errors.length
        ? notComputable(errors.join("; "))
        : {
            kind: "computed",
            shares: options.allocation.shares,
            explanation: explain({ figure: "quote di risorse", rule: "quote indicate", inputs: { ...options.allocation.shares }, text: `Quote indicate: ${constraints.map((c) => `${c.label} ${options.allocation!.shares![c.objectiveId]}%`).join(", ")}` }),
          };
    } else {
      const proposed = proposeShareSetting(constraints);
      resourceShares = isNotComputable(proposed) ? proposed : { kind: "computed", shares: proposed.shares, explanation: proposed.explanation };
    }
  }

  // per assignee: those with measurements in the period, and those given a budget
  const assigneeIds = [
    ...new Set([
      ...bundle.measurements.filter((m) => m.periodId === period.id && m.assigneeId !== null).map((m) => m.assigneeId!),
      ...Object.keys(options.allocation?.budgets ?? {}),
    ]),
  ];
  const assignees: AssigneeEvaluation[] = assigneeIds.map((assigneeId) => {
    const label = assigneeLabel(bundle, assigneeId);
    const result = evaluateAll(bundle, ctx, rules, assigneeId, overrides, findings);
    for (const r of result.indicators) findings.push(...r.findings);
    const budget = options.allocation?.budgets[assigneeId];
    let allocation: AssigneeAllocation | NotComputable | null = null;
    if (budget !== undefined) {
      if (!resourceShares || isNotComputable(resourceShares)) {
        allocation = notComputable(`${label}: quote di risorse non disponibili${resourceShares ? ` (${resourceShares.reason})` : ""}`);
      } else {
        const achievements = Object.fromEntries(result.objectives.map((o) => [o.objectiveId, isNotComputable(o.score) ? o.score : o.score.value]));
        const allocated = allocateResources(constraints, resourceShares.shares, [{ assigneeId, label, budget, achievements }], { cap: rules.allocationCap });
        allocation = isNotComputable(allocated) ? allocated : allocated.assignees[0]!;
      }
    }
    return {
      assigneeId,
      label,
      indicators: result.indicators,
      objectives: result.objectives,
      plan: group(bundle.plan.id, "plan", `${bundle.plan.title} — ${label}`, result.objectives, bundle, rules, cutoffDate),
      allocation,
    };
  });

  return {
    kind: "computed",
    planId: bundle.plan.id,
    periodId: period.id,
    periodLabel: period.label,
    cutoffDate,
    year,
    rules,
    indicators: own.indicators,
    objectives: own.objectives,
    nodes,
    structures,
    plan,
    statusDistribution: {
      objectives: statusDistribution(own.objectives.map((o) => o.level), bundle.plan.assessmentScale),
      indicators: statusDistribution(own.indicators.map((r) => r.status.effective?.level ?? null), bundle.plan.assessmentScale),
    },
    assignees,
    resourceShares,
    findings,
  };
}
