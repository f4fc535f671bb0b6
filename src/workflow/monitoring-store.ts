// Rows of the monitoring workflow. A period and structure without a row is "open": plans imported with their
// values need no set-up before monitoring starts.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { monitoringWorkflows } from "../db/schema-auth";
import type { WorkflowState } from "./monitoring-states";

export type WorkflowRow = typeof monitoringWorkflows.$inferSelect;
type Executor = Pick<Database, "select" | "insert" | "update">;

export interface WorkflowKey {
  organisationId: string;
  planId: string;
  periodId: string;
  structureId: string;
}

function where(key: WorkflowKey) {
  return and(
    eq(monitoringWorkflows.organisationId, key.organisationId),
    eq(monitoringWorkflows.planId, key.planId),
    eq(monitoringWorkflows.periodId, key.periodId),
    eq(monitoringWorkflows.structureId, key.structureId),
  );
}

export async function getWorkflow(db: Executor, key: WorkflowKey, options: { forUpdate?: boolean } = {}): Promise<WorkflowRow | null> {
  const query = db.select().from(monitoringWorkflows).where(where(key));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

export function stateOf(row: WorkflowRow | null): WorkflowState {
  return (row?.state as WorkflowState | undefined) ?? "open";
}

/** Every row of a plan (optionally of some periods). */
export async function findWorkflows(db: Executor, planId: string, periodIds?: string[]): Promise<WorkflowRow[]> {
  return db
    .select()
    .from(monitoringWorkflows)
    .where(periodIds ? and(eq(monitoringWorkflows.planId, planId), inArray(monitoringWorkflows.periodId, periodIds)) : eq(monitoringWorkflows.planId, planId));
}

/** "periodId|structureKey" → state, for filtering many measurements at once. */
export function workflowStateMap(rows: readonly WorkflowRow[]): Map<string, WorkflowState> {
  return new Map(rows.map((r) => [`${r.periodId}|${r.structureId}`, r.state as WorkflowState]));
}

/** Creates the row in state "open" when missing; returns the row locked for the rest of the transaction. */
export async function ensureWorkflow(db: Executor, key: WorkflowKey): Promise<WorkflowRow> {
  await db.insert(monitoringWorkflows).values({ ...key, state: "open" }).onConflictDoNothing();
  return (await getWorkflow(db, key, { forUpdate: true }))!;
}

export async function updateWorkflow(db: Executor, key: WorkflowKey, changes: Partial<WorkflowRow>): Promise<WorkflowRow> {
  const [row] = await db
    .update(monitoringWorkflows)
    .set({ ...changes, version: sql`${monitoringWorkflows.version} + 1`, updatedAt: new Date() })
    .where(where(key))
    .returning();
  return row!;
}
