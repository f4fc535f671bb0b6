// Reads and writes single items of a plan (an objective, an indicator, a measurement…) for the REST API.
import { and, asc, eq, max } from "drizzle-orm";
import type { BundleCollection } from "../domain/model";
import type { Database } from "./connect";
import { COLLECTION_TABLES } from "./plan-store";

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

export async function deleteItem(db: Database, collection: BundleCollection, planId: string, id: string) {
  const table = tableOf(collection);
  const deleted = await db
    .delete(table)
    .where(and(eq(table.planId, planId), eq(table.id, id)))
    .returning({ id: table.id });
  return deleted.length > 0;
}
