// The plan as a tree — areas, sections, structure blocks → objectives → indicators — with the figures of a
// period, and the filters of the tree screen (text, structure, status, kind of target, owner).
import type { Indicator, Objective, PlanBundle, PlanNode } from "@domain/model";
import { emptyIndicatorFigure, emptyObjectiveFigure, type IndicatorFigure, type ObjectiveFigure, type PlanFigures } from "./plan-figures";
import { indexPlan } from "./plan-lookup";

export interface IndicatorLeaf {
  indicator: Indicator;
  figure: IndicatorFigure;
}

export interface ObjectiveBranch {
  kind: "objective";
  id: string;
  objective: Objective;
  /** the owner structure's name: the objective's, else the one of the block it sits in (AFOL). */
  structureName: string | null;
  figure: ObjectiveFigure;
  indicators: IndicatorLeaf[];
}

export interface NodeBranch {
  kind: "node";
  id: string;
  node: PlanNode;
  children: TreeBranch[];
  /** indicators hanging from the node itself (Lombardia "Indicatori di sistema"). */
  indicators: IndicatorLeaf[];
}

export type TreeBranch = NodeBranch | ObjectiveBranch;

/** "none" for indicators without a target; otherwise the kind of the parsed target. */
export type TargetKindFilter = "threshold" | "deadline" | "relative" | "previous-value" | "composite" | "qualitative" | "none";

export interface TreeFilter {
  text: string;
  structureId: string | null;
  /** a level of the plan's scale, or "none" for indicators without a status. */
  status: number | "none" | null;
  targetKind: TargetKindFilter | null;
  /** the responsible as written on the indicator ("Direzione", "Settori territoriali competenti"). */
  owner: string | null;
}

export const EMPTY_FILTER: TreeFilter = { text: "", structureId: null, status: null, targetKind: null, owner: null };

export function isFilterActive(filter: TreeFilter): boolean {
  return filter.text.trim() !== "" || filter.structureId !== null || filter.status !== null || filter.targetKind !== null || filter.owner !== null;
}

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

/** The tree with the figures of a period; without figures (null) every figure is empty. */
export function buildPlanTree(bundle: PlanBundle, figures: PlanFigures | null): TreeBranch[] {
  const index = indexPlan(bundle);
  const structures = new Map(bundle.structures.map((s) => [s.id, s.name]));
  const nodes = new Map(bundle.nodes.map((n) => [n.id, n]));
  const leaves = (list: Indicator[] | undefined): IndicatorLeaf[] =>
    (list ?? []).map((indicator) => ({ indicator, figure: figures?.indicators.get(indicator.id) ?? emptyIndicatorFigure(indicator.id) }));

  const structureOf = (objective: Objective): string | null => {
    if (objective.structureId) return objective.structureId;
    let node = objective.nodeId ? nodes.get(objective.nodeId) : undefined;
    while (node) {
      if (node.structureId) return node.structureId;
      node = node.parentId ? nodes.get(node.parentId) : undefined;
    }
    return null;
  };

  const objectiveBranch = (objective: Objective): ObjectiveBranch => {
    const structureId = structureOf(objective);
    return {
      kind: "objective",
      id: objective.id,
      objective: structureId === objective.structureId ? objective : { ...objective, structureId },
      structureName: structureId ? (structures.get(structureId) ?? null) : null,
      figure: figures?.objectives.get(objective.id) ?? emptyObjectiveFigure(objective.id),
      indicators: leaves(index.indicatorsByObjective.get(objective.id)),
    };
  };

  // nodes before objectives at the same level keep the documents' order: areas then their objectives
  const branchesUnder = (parentId: string | null): TreeBranch[] => {
    const childNodes = bundle.nodes.filter((n) => n.parentId === parentId).sort(byPosition);
    const childObjectives = bundle.objectives.filter((o) => o.nodeId === parentId).sort(byPosition);
    return [
      ...childNodes.map((node): NodeBranch => ({ kind: "node", id: node.id, node, children: branchesUnder(node.id), indicators: leaves(index.indicatorsByNode.get(node.id)) })),
      ...childObjectives.map(objectiveBranch),
    ];
  };
  const roots = branchesUnder(null);
  // objectives pointing at a node that does not exist still show, at the root
  const placed = new Set(collectObjectiveIds(roots));
  const orphans = bundle.objectives.filter((o) => !placed.has(o.id)).sort(byPosition).map(objectiveBranch);
  return [...roots, ...orphans];
}

function collectObjectiveIds(branches: TreeBranch[]): string[] {
  return branches.flatMap((b) => (b.kind === "objective" ? [b.id] : collectObjectiveIds(b.children)));
}

function normalise(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

function textMatches(needle: string, ...haystack: (string | null)[]): boolean {
  return haystack.some((h) => h !== null && normalise(h).includes(needle));
}

function indicatorMatches(leaf: IndicatorLeaf, filter: TreeFilter, needle: string, objectiveMatchesText: boolean): boolean {
  const { indicator, figure } = leaf;
  if (needle && !objectiveMatchesText && !textMatches(needle, indicator.code, indicator.definition, indicator.method)) return false;
  if (filter.status !== null) {
    if (filter.status === "none" ? figure.status !== null : figure.status?.level !== filter.status) return false;
  }
  if (filter.targetKind !== null) {
    const kind: TargetKindFilter = figure.target?.parsed?.kind ?? "none";
    if (kind !== filter.targetKind) return false;
  }
  if (filter.owner !== null && (indicator.responsibleStructure ?? "") !== filter.owner) return false;
  return true;
}

/**
 * Keeps the objectives that pass the filter and, under them, the indicators that do. Text matches an objective
 * (code, title, description, expected result) — then all its indicators stay — or an indicator (code, definition).
 * Nodes stay when something under them stays.
 */
export function filterPlanTree(branches: TreeBranch[], filter: TreeFilter): TreeBranch[] {
  if (!isFilterActive(filter)) return branches;
  const needle = normalise(filter.text.trim());
  const indicatorLevel = filter.status !== null || filter.targetKind !== null || filter.owner !== null;
  const result: TreeBranch[] = [];
  for (const branch of branches) {
    if (branch.kind === "objective") {
      const o = branch.objective;
      if (filter.structureId !== null && o.structureId !== filter.structureId) continue;
      const objectiveMatchesText = needle !== "" && textMatches(needle, o.code, o.title, o.description, o.expectedResult);
      const indicators = branch.indicators.filter((leaf) => indicatorMatches(leaf, filter, needle, objectiveMatchesText));
      const keep = indicatorLevel || (needle !== "" && !objectiveMatchesText) ? indicators.length > 0 : true;
      if (keep) result.push({ ...branch, indicators });
      continue;
    }
    const children = filterPlanTree(branch.children, filter);
    const indicators = filter.structureId === null ? branch.indicators.filter((leaf) => indicatorMatches(leaf, filter, needle, false)) : [];
    if (children.length > 0 || indicators.length > 0) result.push({ ...branch, children, indicators });
  }
  return result;
}

/** Counts for the summary line and the live region: objectives and indicators shown. */
export function countTree(branches: TreeBranch[]): { objectives: number; indicators: number } {
  let objectives = 0;
  let indicators = 0;
  for (const b of branches) {
    if (b.kind === "objective") {
      objectives += 1;
      indicators += b.indicators.length;
    } else {
      const inner = countTree(b.children);
      objectives += inner.objectives;
      indicators += inner.indicators + b.indicators.length;
    }
  }
  return { objectives, indicators };
}

/** Every branch id, for "expand all". */
export function allBranchIds(branches: TreeBranch[]): string[] {
  return branches.flatMap((b) => [b.id, ...(b.kind === "node" ? allBranchIds(b.children) : [])]);
}

/** The owners written on the plan's indicators, for the filter. */
export function ownersOf(bundle: PlanBundle): string[] {
  return [...new Set(bundle.indicators.map((i) => i.responsibleStructure).filter((s): s is string => Boolean(s)))].sort((a, b) => a.localeCompare(b, "it"));
}
