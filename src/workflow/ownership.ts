// Which structure owns an item of a plan: the one responsible for an objective owns its indicators, targets,
// steps, cronoprogrammi and measurements; an indicator hung from a node belongs to the node's structure. What no
// structure owns is the plan's own (the planning office answers for it).
import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../db/connect";
import * as t from "../db/schema";
import type { StructureScope } from "../auth/accounts";

/** The workflow key of values no structure owns. */
export const PLAN_WIDE_SCOPE = "_piano";

interface Linked {
  id: string;
  structureId?: string | null;
  objectiveId?: string | null;
  nodeId?: string | null;
  parentId?: string | null;
  cronoprogrammaId?: string | null;
  indicatorId?: string | null;
}

/** The parts of a plan that decide ownership; built from a bundle or read from the database. */
export interface PlanOwnership {
  planId: string;
  organisationId: string;
  planState: string;
  structures: { organisationId: string; id: string; parentId: string | null; name: string }[];
  objectives: Map<string, Linked>;
  indicators: Map<string, Linked>;
  nodes: Map<string, Linked>;
  cronoprogrammi: Map<string, Linked>;
}

export function ownershipFromBundle(bundle: {
  plan: { id: string; organisationId: string; state: string };
  structures: { organisationId: string; id: string; parentId: string | null; name: string }[];
  objectives: Linked[];
  indicators: Linked[];
  nodes: Linked[];
  cronoprogrammi: Linked[];
}): PlanOwnership {
  const byId = (items: Linked[]) => new Map(items.map((i) => [i.id, i]));
  return {
    planId: bundle.plan.id,
    organisationId: bundle.plan.organisationId,
    planState: bundle.plan.state,
    structures: bundle.structures,
    objectives: byId(bundle.objectives),
    indicators: byId(bundle.indicators),
    nodes: byId(bundle.nodes),
    cronoprogrammi: byId(bundle.cronoprogrammi),
  };
}

/** Reads only what ownership needs (not the whole bundle); null when the plan does not exist. */
export async function loadOwnership(db: Database, planId: string): Promise<PlanOwnership | null> {
  const [plan] = await db
    .select({ id: t.plans.id, organisationId: t.plans.organisationId, state: t.plans.state, related: t.plans.relatedOrganisationIds })
    .from(t.plans)
    .where(eq(t.plans.id, planId));
  if (!plan) return null;
  const [structures, objectives, indicators, nodes, cronoprogrammi] = await Promise.all([
    db
      .select({ organisationId: t.structures.organisationId, id: t.structures.id, parentId: t.structures.parentId, name: t.structures.name })
      .from(t.structures)
      .where(inArray(t.structures.organisationId, [plan.organisationId, ...plan.related]))
      .orderBy(asc(t.structures.ordinal)),
    db.select({ id: t.objectives.id, structureId: t.objectives.structureId, nodeId: t.objectives.nodeId }).from(t.objectives).where(eq(t.objectives.planId, planId)),
    db.select({ id: t.indicators.id, objectiveId: t.indicators.objectiveId, nodeId: t.indicators.nodeId }).from(t.indicators).where(eq(t.indicators.planId, planId)),
    db.select({ id: t.planNodes.id, structureId: t.planNodes.structureId, parentId: t.planNodes.parentId }).from(t.planNodes).where(eq(t.planNodes.planId, planId)),
    db.select({ id: t.cronoprogrammi.id, objectiveId: t.cronoprogrammi.objectiveId }).from(t.cronoprogrammi).where(eq(t.cronoprogrammi.planId, planId)),
  ]);
  return ownershipFromBundle({ plan, structures, objectives, indicators, nodes, cronoprogrammi });
}

function nodeStructure(o: PlanOwnership, nodeId: string | null | undefined): string | null {
  const seen = new Set<string>();
  let node = nodeId ? o.nodes.get(nodeId) : undefined;
  while (node && !seen.has(node.id)) {
    if (node.structureId) return node.structureId;
    seen.add(node.id);
    node = node.parentId ? o.nodes.get(node.parentId) : undefined;
  }
  return null;
}

function objectiveStructure(o: PlanOwnership, objectiveId: string | null | undefined): string | null {
  const objective = objectiveId ? o.objectives.get(objectiveId) : undefined;
  if (!objective) return null;
  return objective.structureId ?? nodeStructure(o, objective.nodeId);
}

function indicatorStructure(o: PlanOwnership, indicatorId: string | null | undefined): string | null {
  const indicator = indicatorId ? o.indicators.get(indicatorId) : undefined;
  if (!indicator) return null;
  return objectiveStructure(o, indicator.objectiveId) ?? nodeStructure(o, indicator.nodeId);
}

/** The structure that owns an item of a collection (given the item's own fields), or null. */
export function ownerStructureOf(o: PlanOwnership, collection: string, item: Record<string, unknown>): string | null {
  const ref = (field: string) => (typeof item[field] === "string" ? (item[field] as string) : null);
  switch (collection) {
    case "objectives":
      return ref("structureId") ?? nodeStructure(o, ref("nodeId"));
    case "nodes":
      return ref("structureId") ?? nodeStructure(o, ref("parentId"));
    case "indicators":
      return objectiveStructure(o, ref("objectiveId")) ?? nodeStructure(o, ref("nodeId"));
    case "targets":
    case "measurements":
      return indicatorStructure(o, ref("indicatorId"));
    case "steps":
    case "cronoprogrammi":
      return objectiveStructure(o, ref("objectiveId"));
    case "phases": {
      const crono = o.cronoprogrammi.get(ref("cronoprogrammaId") ?? "");
      return crono ? objectiveStructure(o, crono.objectiveId) : null;
    }
    default:
      return null;
  }
}

/** The structure and its ancestors, each with its organisation: what a head's scope is matched against. */
export function structureChain(o: PlanOwnership, structureId: string | null): StructureScope[] {
  const chain: StructureScope[] = [];
  let current = structureId;
  const seen = new Set<string>();
  while (current && !seen.has(current)) {
    seen.add(current);
    const structure = o.structures.find((s) => s.id === current);
    chain.push({ organisationId: structure?.organisationId ?? o.organisationId, structureId: current });
    current = structure?.parentId ?? null;
  }
  return chain;
}

/** The workflow key of a structure: its id, or PLAN_WIDE_SCOPE. */
export function workflowKey(structureId: string | null): string {
  return structureId ?? PLAN_WIDE_SCOPE;
}

export function structureName(o: PlanOwnership, key: string): string {
  if (key === PLAN_WIDE_SCOPE) return "Piano (nessuna struttura)";
  return o.structures.find((s) => s.id === key)?.name ?? key;
}

/** The workflow keys of a plan: every structure owning an indicator, and the plan itself when some indicator has none. */
export function workflowKeys(o: PlanOwnership): string[] {
  const keys = new Set<string>();
  for (const indicator of o.indicators.values()) {
    keys.add(workflowKey(ownerStructureOf(o, "indicators", indicator as unknown as Record<string, unknown>)));
  }
  const order = new Map(o.structures.map((s, n) => [s.id, n]));
  return [...keys].sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1) || a.localeCompare(b));
}
