// A new version of a plan and the differences between two versions. A version is a copy of the bundle under a
// new plan id: item ids carry the plan id as prefix ("arti-2021:obj-1.1" → "arti-2021-v2:obj-1.1"), so items
// of two versions are matched by their id without that prefix. Pure.
import { BUNDLE_COLLECTIONS, type BundleCollection, type PlanBundle } from "../domain/model";
import { COLLECTION_LABELS, PLAN_REFERENCES } from "../domain/references";

type Item = Record<string, unknown>;

/** The id of an item without its plan's prefix: what stays the same from one version to the next. */
export function versionKey(id: string, planId: string): string {
  return id.startsWith(`${planId}:`) ? id.slice(planId.length + 1) : id;
}

/** "arti-2021" → "arti-2021-v2"; "arti-2021-v2" → "arti-2021-v3". */
export function nextVersionId(planId: string, version: number): string {
  return `${planId.replace(/-v\d+$/, "")}-v${version}`;
}

/** The bundle as a new draft version under `newPlanId`: ids and references renamed, approval cleared. */
export function copyBundleAsVersion(bundle: PlanBundle, newPlanId: string, version: number): PlanBundle {
  const oldId = bundle.plan.id;
  const rename = (id: string) => `${newPlanId}:${versionKey(id, oldId)}`;
  const copy: Record<string, unknown> = {
    ...bundle,
    plan: { ...bundle.plan, id: newPlanId, version, state: "draft", approvalAct: null, approvalDate: null },
    warnings: bundle.warnings.map((w) => ({ ...w, itemId: w.itemId === null ? null : rename(w.itemId) })),
  };
  for (const collection of BUNDLE_COLLECTIONS) {
    const references = Object.keys(PLAN_REFERENCES[collection] ?? {});
    copy[collection] = (bundle[collection] as Item[]).map((item) => {
      const renamed: Item = { ...item, id: rename(String(item.id)) };
      if ("planId" in item) renamed.planId = newPlanId;
      for (const field of references) if (typeof item[field] === "string") renamed[field] = rename(item[field] as string);
      return renamed;
    });
  }
  return copy as PlanBundle;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemRef {
  key: string;
  label: string;
}

export interface CollectionDiff {
  label: string;
  added: ItemRef[];
  removed: ItemRef[];
  changed: (ItemRef & { fields: FieldChange[] })[];
}

export interface PlanDiff {
  from: { planId: string; version: number; state: string };
  to: { planId: string; version: number; state: string };
  plan: FieldChange[];
  collections: Partial<Record<BundleCollection, CollectionDiff>>;
  summary: { added: number; removed: number; changed: number };
}

// fields that differ between versions by construction
const PLAN_FIELDS_IGNORED = new Set(["id", "version", "state", "approvalAct", "approvalDate"]);

function itemLabel(item: Item, key: string): string {
  const code = typeof item.code === "string" ? item.code : null;
  const name = [item.title, item.label, item.definition, item.description, item.role].find((v) => typeof v === "string") as string | undefined;
  const text = [code, name].filter(Boolean).join(" ");
  return text ? (text.length > 120 ? `${text.slice(0, 119)}…` : text) : key;
}

/** The item with its id and references reduced to version keys, so that two versions compare field by field. */
function normalised(collection: BundleCollection, item: Item, planId: string): Item {
  const result: Item = { ...item };
  delete result.id;
  delete result.planId;
  for (const field of Object.keys(PLAN_REFERENCES[collection] ?? {})) {
    if (typeof item[field] === "string") result[field] = versionKey(item[field] as string, planId);
  }
  return result;
}

function fieldChanges(before: Item, after: Item, ignored: ReadonlySet<string> = new Set()): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !ignored.has(k));
  return keys
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** What changed from `from` to `to`: the plan's header, and per collection the items added, removed and changed. */
export function diffPlans(from: PlanBundle, to: PlanBundle): PlanDiff {
  const collections: PlanDiff["collections"] = {};
  const summary = { added: 0, removed: 0, changed: 0 };
  for (const collection of BUNDLE_COLLECTIONS) {
    const before = new Map((from[collection] as Item[]).map((i) => [versionKey(String(i.id), from.plan.id), i]));
    const after = new Map((to[collection] as Item[]).map((i) => [versionKey(String(i.id), to.plan.id), i]));
    const diff: CollectionDiff = { label: COLLECTION_LABELS[collection], added: [], removed: [], changed: [] };
    for (const [key, item] of after) {
      const old = before.get(key);
      if (!old) {
        diff.added.push({ key, label: itemLabel(item, key) });
        continue;
      }
      const fields = fieldChanges(normalised(collection, old, from.plan.id), normalised(collection, item, to.plan.id));
      if (fields.length) diff.changed.push({ key, label: itemLabel(item, key), fields });
    }
    for (const [key, item] of before) if (!after.has(key)) diff.removed.push({ key, label: itemLabel(item, key) });
    if (diff.added.length || diff.removed.length || diff.changed.length) {
      collections[collection] = diff;
      summary.added += diff.added.length;
      summary.removed += diff.removed.length;
      summary.changed += diff.changed.length;
    }
  }
  return {
    from: { planId: from.plan.id, version: from.plan.version, state: from.plan.state },
    to: { planId: to.plan.id, version: to.plan.version, state: to.plan.state },
    plan: fieldChanges(from.plan as unknown as Item, to.plan as unknown as Item, PLAN_FIELDS_IGNORED),
    collections,
    summary,
  };
}
