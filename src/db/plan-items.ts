// Reads and writes single items of a plan (an objective, an indicator, a measurement…) for the REST API.
import { and, asc, eq, getTableColumns, inArray, max, or, type SQLWrapper } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { BundleCollection } from "../domain/model";
import { PLAN_REFERENCES } from "../domain/references";
import type { Database } from "./connect";
import { COLLECTION_TABLES } from "./plan-store";
import { analyticsBindings, evidenceFiles, statusOverrides } from "./schema-evaluation";

/** The columns every plan-content table shares; the rest are the item's own fields. */
type ScopedTable = (typeof COLLECTION_TABLES)["objectives"];
const STORAGE_ONLY = ["organisationId", "ordinal", "updatedAt"] as const;

function tableOf(collection: BundleCollection): ScopedTable {
  return COLLECTION_TABLES[collection] as unknown as ScopedTable;
}

/**
 * Keeps the model's fields: drops tenant key and ordering columns; keeps planId only where the model has it.
 * Measurements keep updatedAt (ISO): the client sends it back with a change, a stale one is refused (409).
 */
function toItem(row: Record<string, unknown>, keepPlanId: boolean): Record<string, unknown> {
  const item = { ...row };
  const updatedAt = item.updatedAt;
  for (const key of STORAGE_ONLY) delete item[key];
  if (!keepPlanId) delete item.planId;
  if (updatedAt instanceof Date) item.updatedAt = updatedAt.toISOString();
  return item;
}

/** Tables with an updatedAt column (measurements): it is renewed on every write. */
function stamp(table: ScopedTable, item: Record<string, unknown>, previous?: Date): Record<string, unknown> {
  if (!("updatedAt" in table)) return item;
  // strictly later than the previous stamp even within the same millisecond, so every write changes the version
  const now = Date.now();
  return { ...item, updatedAt: new Date(previous && previous.getTime() >= now ? previous.getTime() + 1 : now) };
}

/** Collections whose model items carry planId themselves (the others get it only in storage). */
export const ITEMS_WITH_PLAN_ID: ReadonlySet<BundleCollection> = new Set([
  "nodes",
  "objectives",
  "indicators",
  "periods",
  "roleWeightings",
  "budgetTables",
  "spendingProgrammes",
  "reportedTables",
]);

export async function listItems(db: Database, collection: BundleCollection, planId: string) {
  const table = tableOf(collection);
  const rows = await db.select().from(table).where(eq(table.planId, planId)).orderBy(asc(table.ordinal));
  return rows.map((r) => toItem(r, ITEMS_WITH_PLAN_ID.has(collection)));
}

/** `forUpdate` locks the row until the end of the transaction (optimistic concurrency checks). */
export async function getItem(db: Database, collection: BundleCollection, planId: string, id: string, options: { forUpdate?: boolean } = {}) {
  const table = tableOf(collection);
  const query = db
    .select()
    .from(table)
    .where(and(eq(table.planId, planId), eq(table.id, id)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row ? toItem(row, ITEMS_WITH_PLAN_ID.has(collection)) : null;
}

interface Scope {
  organisationId: string;
  planId: string;
}

export async function insertItem(db: Database, collection: BundleCollection, scope: Scope, item: { id: string }) {
  const table = tableOf(collection);
  const [last] = await db
    .select({ ordinal: max(table.ordinal) })
    .from(table)
    .where(eq(table.planId, scope.planId));
  const ordinal = (last?.ordinal ?? -1) + 1;
  await db.insert(table).values(stamp(table, { ...item, ...scope, ordinal }) as never);
  return getItem(db, collection, scope.planId, item.id);
}

/** Replaces an item's fields; null when there is no such item in the plan. */
export async function updateItem(db: Database, collection: BundleCollection, scope: Scope, item: { id: string }) {
  const table = tableOf(collection);
  const { updatedAt: previous, ...fields } = item as { id: string; updatedAt?: unknown };
  const updated = await db
    .update(table)
    .set(stamp(table, { ...fields, planId: scope.planId }, typeof previous === "string" ? new Date(previous) : undefined) as never)
    .where(and(eq(table.planId, scope.planId), eq(table.id, item.id)))
    .returning({ id: table.id });
  return updated.length ? getItem(db, collection, scope.planId, item.id) : null;
}

/** Several items of one collection by id, keyed by id. */
export async function getItems(db: Database, collection: BundleCollection, planId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, Record<string, unknown>>();
  const table = tableOf(collection);
  const rows = await db
    .select()
    .from(table)
    .where(and(eq(table.planId, planId), inArray(table.id, [...ids])));
  return new Map(rows.map((r) => [r.id, toItem(r, ITEMS_WITH_PLAN_ID.has(collection))]));
}

export async function deleteItem(db: Database, collection: BundleCollection, planId: string, id: string) {
  const table = tableOf(collection);
  const deleted = await db
    .delete(table)
    .where(and(eq(table.planId, planId), eq(table.id, id)))
    .returning({ id: table.id });
  return deleted.length > 0;
}

export interface ItemRef {
  collection: BundleCollection;
  id: string;
}

/** An item that stays but loses a reference (set to null) because the item it pointed to goes. */
export interface DetachedRef extends ItemRef {
  field: string;
}

export interface Dependents {
  /** the item and everything that hangs from it, children before parents (the root last). */
  removed: ItemRef[];
  detached: DetachedRef[];
}

/**
 * What happens to an item that points to one being deleted. It goes with it, except an indicator that only
 * takes its value from a cronoprogramma (it keeps its own objective), or one placed under a node while belonging
 * to an objective elsewhere: those lose the reference.
 */
function onParentDelete(collection: BundleCollection, field: string, row: Record<string, unknown>): "delete" | "detach" {
  if (collection === "indicators" && field === "cronoprogrammaId") return "detach";
  if (collection === "indicators" && field === "nodeId" && row.objectiveId !== null) return "detach";
  return "delete";
}

const refKey = (ref: ItemRef) => `${ref.collection}|${ref.id}`;

/** The id and reference columns of every item of the plan that points to another (one query per collection). */
async function loadReferences(db: Database, planId: string) {
  const references = new Map<BundleCollection, Record<string, unknown>[]>();
  for (const [collection, fields] of Object.entries(PLAN_REFERENCES) as [BundleCollection, Record<string, BundleCollection>][]) {
    const table = tableOf(collection);
    const columns = table as unknown as Record<string, SQLWrapper>;
    const selection = Object.fromEntries(["id", ...Object.keys(fields)].map((f) => [f, columns[f]!])) as Record<string, PgColumn>;
    references.set(collection, await db.select(selection).from(table).where(eq(table.planId, planId)));
  }
  return references;
}

/**
 * The item and what hangs from it, following PLAN_REFERENCES: a node takes its child nodes, objectives and
 * the indicators placed under it; an objective its indicators, steps and cronoprogrammi; a cronoprogramma its
 * phases; an indicator its targets and values; a period its values; a budget table its lines.
 */
export async function findDependents(db: Database, planId: string, root: ItemRef): Promise<Dependents> {
  const references = await loadReferences(db, planId);
  const found = new Map<string, ItemRef>();
  const detached = new Map<string, DetachedRef>();
  const queue: ItemRef[] = [root];
  while (queue.length > 0) {
    const ref = queue.shift()!;
    if (found.has(refKey(ref))) continue;
    found.set(refKey(ref), ref);
    for (const [collection, fields] of Object.entries(PLAN_REFERENCES) as [BundleCollection, Record<string, BundleCollection>][]) {
      for (const [field, target] of Object.entries(fields)) {
        if (target !== ref.collection) continue;
        for (const row of references.get(collection) ?? []) {
          if (row[field] !== ref.id) continue;
          const child = { collection, id: String(row.id) };
          if (onParentDelete(collection, field, row) === "delete") queue.push(child);
          else detached.set(`${refKey(child)}|${field}`, { ...child, field });
        }
      }
    }
  }
  // found in breadth-first order, parents before children: reversed, children go first
  const removed = [...found.values()].reverse();
  return { removed, detached: [...detached.values()].filter((d) => !found.has(refKey(d))) };
}

/**
 * Rows beside the plan that belong to deleted indicators or periods: evidence files, status overrides,
 * analytics bindings. Returned for the audit trail (evidence without its content).
 */
export async function deleteRowsOfItems(db: Database, organisationId: string, planId: string, ids: { indicatorIds: string[]; periodIds: string[] }) {
  const inPlan = (table: typeof evidenceFiles | typeof statusOverrides) => and(eq(table.organisationId, organisationId), eq(table.planId, planId));
  const whereItems = (table: typeof evidenceFiles | typeof statusOverrides) => {
    const parts = [
      ...(ids.indicatorIds.length ? [inArray(table.indicatorId, ids.indicatorIds)] : []),
      ...(ids.periodIds.length ? [inArray(table.periodId, ids.periodIds)] : []),
    ];
    return parts.length === 0 ? null : parts.length === 1 ? parts[0]! : or(...parts)!;
  };
  const evidenceWhere = whereItems(evidenceFiles);
  const overrideWhere = whereItems(statusOverrides);
  const { content: _content, ...evidenceColumns } = getTableColumns(evidenceFiles);
  const evidence = evidenceWhere ? await db.delete(evidenceFiles).where(and(inPlan(evidenceFiles), evidenceWhere)).returning(evidenceColumns) : [];
  const overrides = overrideWhere ? await db.delete(statusOverrides).where(and(inPlan(statusOverrides), overrideWhere)).returning() : [];
  const bindings = ids.indicatorIds.length
    ? await db
        .delete(analyticsBindings)
        .where(and(eq(analyticsBindings.organisationId, organisationId), eq(analyticsBindings.planId, planId), inArray(analyticsBindings.indicatorId, ids.indicatorIds)))
        .returning()
    : [];
  return { evidence, overrides, bindings };
}
