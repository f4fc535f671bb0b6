// What goes with an item when it is deleted, for the question the editor asks first. The server removes the same
// set in one transaction (findDependents in src/db/plan-items.ts) and answers with what went; this copy lets the
// question list it before anything is sent. Indicators that read a deleted cronoprogramma stay, without it.
import type { BundleCollection, PlanBundle } from "@domain/model";

export interface ItemRef {
  collection: BundleCollection;
  id: string;
}

/** Deletion order: children before parents. */
const ORDER: BundleCollection[] = ["measurements", "targets", "phases", "steps", "indicators", "cronoprogrammi", "objectives", "nodes"];

/** The item and everything that hangs from it, in the order to delete them. */
export function deletionPlan(bundle: PlanBundle, root: ItemRef): ItemRef[] {
  const found = new Map<string, ItemRef>();
  const add = (collection: BundleCollection, id: string) => {
    const key = `${collection}|${id}`;
    if (found.has(key)) return false;
    found.set(key, { collection, id });
    return true;
  };
  const visit = (ref: ItemRef): void => {
    if (!add(ref.collection, ref.id)) return;
    switch (ref.collection) {
      case "nodes":
        for (const n of bundle.nodes) if (n.parentId === ref.id) visit({ collection: "nodes", id: n.id });
        for (const o of bundle.objectives) if (o.nodeId === ref.id) visit({ collection: "objectives", id: o.id });
        for (const i of bundle.indicators) if (i.nodeId === ref.id && i.objectiveId === null) visit({ collection: "indicators", id: i.id });
        break;
      case "objectives":
        for (const i of bundle.indicators) if (i.objectiveId === ref.id) visit({ collection: "indicators", id: i.id });
        for (const s of bundle.steps) if (s.objectiveId === ref.id) visit({ collection: "steps", id: s.id });
        for (const c of bundle.cronoprogrammi) if (c.objectiveId === ref.id) visit({ collection: "cronoprogrammi", id: c.id });
        break;
      case "indicators":
        for (const t of bundle.targets) if (t.indicatorId === ref.id) visit({ collection: "targets", id: t.id });
        for (const m of bundle.measurements) if (m.indicatorId === ref.id) visit({ collection: "measurements", id: m.id });
        break;
      case "cronoprogrammi":
        for (const p of bundle.phases) if (p.cronoprogrammaId === ref.id) visit({ collection: "phases", id: p.id });
        break;
      default:
        break;
    }
  };
  visit(root);
  return [...found.values()].sort((a, b) => ORDER.indexOf(a.collection) - ORDER.indexOf(b.collection));
}

/** How many of each collection go with the root (the root itself not counted). */
export function dependentCounts(plan: readonly ItemRef[], root: ItemRef): Partial<Record<BundleCollection, number>> {
  const counts: Partial<Record<BundleCollection, number>> = {};
  for (const ref of plan) {
    if (ref.collection === root.collection && ref.id === root.id) continue;
    counts[ref.collection] = (counts[ref.collection] ?? 0) + 1;
  }
  return counts;
}

/** Indicators that take their value from a cronoprogramma: deleting it leaves them without one. */
export function indicatorsUsingCronoprogramma(bundle: PlanBundle, cronoprogrammaId: string) {
  return bundle.indicators.filter((i) => i.cronoprogrammaId === cronoprogrammaId);
}
