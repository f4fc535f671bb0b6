// Plan indicators bound to analytics definitions (table analytics_bindings). What a computed value does to the
// monitoring value already there is a pure rule of its own (src/domain/computed-values.ts); the computing itself
// (DuckDB) and the audit trail are the caller's (src/server/analytics.service.ts).
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "./connect";
import { organisations, plans } from "./schema";
import { analyticsBindings } from "./schema-evaluation";

export type AnalyticsBinding = typeof analyticsBindings.$inferSelect;

export async function findAnalyticsBindings(db: Database, planId: string): Promise<AnalyticsBinding[]> {
  return db.select().from(analyticsBindings).where(eq(analyticsBindings.planId, planId)).orderBy(asc(analyticsBindings.indicatorId));
}

export async function getAnalyticsBinding(db: Database, planId: string, indicatorId: string): Promise<AnalyticsBinding | null> {
  const [row] = await db
    .select()
    .from(analyticsBindings)
    .where(and(eq(analyticsBindings.planId, planId), eq(analyticsBindings.indicatorId, indicatorId)));
  return row ?? null;
}

export interface BindingInput {
  organisationId: string;
  planId: string;
  indicatorId: string;
  definitionId: string;
  structureMap: Record<string, string>;
  createdBy: string;
}

/** Creates or replaces the binding of an indicator (one definition per indicator). */
export async function saveAnalyticsBinding(db: Database, input: BindingInput): Promise<AnalyticsBinding> {
  const [row] = await db
    .insert(analyticsBindings)
    .values(input)
    .onConflictDoUpdate({
      target: [analyticsBindings.organisationId, analyticsBindings.planId, analyticsBindings.indicatorId],
      set: { definitionId: input.definitionId, structureMap: input.structureMap, createdBy: input.createdBy, createdAt: new Date() },
    })
    .returning();
  return row!;
}

export async function deleteAnalyticsBinding(db: Database, planId: string, indicatorId: string): Promise<boolean> {
  const deleted = await db
    .delete(analyticsBindings)
    .where(and(eq(analyticsBindings.planId, planId), eq(analyticsBindings.indicatorId, indicatorId)))
    .returning({ indicatorId: analyticsBindings.indicatorId });
  return deleted.length > 0;
}

/** The organisations a plan is assigned to (the Lombardia Provinces), in the plan's order: CPI can count for them. */
export async function findPlanAssignees(db: Database, planId: string): Promise<{ id: string; name: string }[]> {
  const [plan] = await db.select({ assigneeIds: plans.assigneeIds }).from(plans).where(eq(plans.id, planId));
  const ids = plan?.assigneeIds ?? [];
  if (ids.length === 0) return [];
  const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
