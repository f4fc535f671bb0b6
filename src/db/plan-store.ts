// Reads and writes whole plans (PlanBundle) — the unit that importers produce and the XLSX template carries.
// A save replaces the plan's contents in one transaction: a failed save leaves the previous version untouched.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import {
  Plan as PlanSchema,
  PlanBundle,
  type BundleCollection,
  type Organisation,
  type Plan,
  type PlanBundleInput,
} from "../domain/model";
import type { Database } from "./connect";
import * as t from "./schema";

/** Which table holds each collection of a bundle. */
export const COLLECTION_TABLES = {
  nodes: t.planNodes,
  objectives: t.objectives,
  steps: t.implementationSteps,
  cronoprogrammi: t.cronoprogrammi,
  phases: t.cronoprogrammaPhases,
  indicators: t.indicators,
  targets: t.targets,
  periods: t.monitoringPeriods,
  measurements: t.measurements,
  roleWeightings: t.roleWeightings,
  budgetTables: t.budgetTables,
  budgetLines: t.budgetLines,
  spendingProgrammes: t.spendingProgrammes,
  reportedTables: t.reportedTables,
} satisfies Record<BundleCollection, PgTable>;

const INSERT_CHUNK = 500;

type Executor = Pick<Database, "insert" | "delete" | "select" | "update">;

async function insertChunked(db: Executor, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await db.insert(table).values(rows.slice(i, i + INSERT_CHUNK));
  }
}

async function upsertOrganisation(db: Executor, organisation: Organisation): Promise<void> {
  const { id, ...rest } = organisation;
  await db.insert(t.organisations).values(organisation).onConflictDoUpdate({ target: t.organisations.id, set: rest });
}

async function upsertStructures(db: Executor, bundle: PlanBundle): Promise<void> {
  for (const [ordinal, structure] of bundle.structures.entries()) {
    const { organisationId, id, ...rest } = { ...structure, ordinal };
    await db
      .insert(t.structures)
      .values({ ...structure, ordinal })
      .onConflictDoUpdate({ target: [t.structures.organisationId, t.structures.id], set: rest });
  }
}

function planRow(bundle: PlanBundle) {
  return { ...bundle.plan, relatedOrganisationIds: bundle.relatedOrganisations.map((o) => o.id), updatedAt: new Date() };
}

/** Writes a plan and everything in it, replacing what was stored under the same plan id. Returns the plan id. */
export async function savePlanBundle(db: Database, input: PlanBundleInput | PlanBundle): Promise<string> {
  const bundle = PlanBundle.parse(input);
  const { plan } = bundle;
  const scope = { organisationId: plan.organisationId, planId: plan.id };
  await db.transaction(async (tx) => {
    await upsertOrganisation(tx, bundle.organisation);
    for (const related of bundle.relatedOrganisations) await upsertOrganisation(tx, related);
    await upsertStructures(tx, bundle);
    await tx.delete(t.plans).where(eq(t.plans.id, plan.id));
    await tx.insert(t.plans).values(planRow(bundle));
    for (const [collection, table] of Object.entries(COLLECTION_TABLES)) {
      const items = bundle[collection as BundleCollection] as { id: string }[];
      await insertChunked(
        tx,
        table,
        items.map((item, ordinal) => ({ ...item, ...scope, ordinal })),
      );
    }
    await insertChunked(
      tx,
      t.planWarnings,
      bundle.warnings.map((w, ordinal) => ({ ...w, ...scope, id: `${plan.id}:avviso-${ordinal + 1}`, ordinal })),
    );
  });
  return plan.id;
}

async function selectPlanRows(db: Database, table: PgTable & { planId: unknown; ordinal: unknown }, planId: string) {
  const columns = table as unknown as typeof t.objectives;
  return db.select().from(table).where(eq(columns.planId, planId)).orderBy(asc(columns.ordinal));
}

/** Reads a whole plan back as a bundle, or null when there is no plan with that id. */
export async function loadPlanBundle(db: Database, planId: string): Promise<PlanBundle | null> {
  const [plan] = await db.select().from(t.plans).where(eq(t.plans.id, planId));
  if (!plan) return null;
  const [organisation] = await db.select().from(t.organisations).where(eq(t.organisations.id, plan.organisationId));
  const relatedIds = plan.relatedOrganisationIds;
  const related = relatedIds.length
    ? await db.select().from(t.organisations).where(inArray(t.organisations.id, relatedIds))
    : [];
  const structures = await db
    .select()
    .from(t.structures)
    .where(inArray(t.structures.organisationId, [plan.organisationId, ...relatedIds]))
    .orderBy(asc(t.structures.ordinal), asc(t.structures.id));
  const contents: Record<string, unknown[]> = {};
  for (const [collection, table] of Object.entries(COLLECTION_TABLES)) {
    contents[collection] = await selectPlanRows(db, table as never, planId);
  }
  const warnings = await selectPlanRows(db, t.planWarnings as never, planId);
  return PlanBundle.parse({
    organisation,
    relatedOrganisations: relatedIds.map((id) => related.find((o) => o.id === id)).filter(Boolean),
    structures,
    plan,
    ...contents,
    warnings,
  });
}

export interface PlanSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  kind: string;
  yearFrom: number;
  yearTo: number;
  state: string;
  version: number;
  approvalAct: string | null;
  approvalDate: string | null;
}

export async function findPlans(db: Database, filter: { organisationId?: string } = {}): Promise<PlanSummary[]> {
  const rows = await db
    .select({
      id: t.plans.id,
      organisationId: t.plans.organisationId,
      organisationName: t.organisations.name,
      title: t.plans.title,
      kind: t.plans.kind,
      yearFrom: t.plans.yearFrom,
      yearTo: t.plans.yearTo,
      state: t.plans.state,
      version: t.plans.version,
      approvalAct: t.plans.approvalAct,
      approvalDate: t.plans.approvalDate,
    })
    .from(t.plans)
    .innerJoin(t.organisations, eq(t.organisations.id, t.plans.organisationId))
    .where(filter.organisationId ? eq(t.plans.organisationId, filter.organisationId) : undefined)
    .orderBy(asc(t.organisations.name), asc(t.plans.yearFrom), asc(t.plans.id));
  return rows;
}

/** Deletes a plan and (by cascade) everything in it; false when there was none. */
export async function deletePlan(db: Database, planId: string): Promise<boolean> {
  const deleted = await db.delete(t.plans).where(eq(t.plans.id, planId)).returning({ id: t.plans.id });
  return deleted.length > 0;
}

export async function planExists(db: Database, planId: string): Promise<{ organisationId: string } | null> {
  const [row] = await db
    .select({ organisationId: t.plans.organisationId })
    .from(t.plans)
    .where(and(eq(t.plans.id, planId)));
  return row ?? null;
}

/** Replaces the header fields of a plan (title, kind, years, approval…); null when there is no such plan. */
export async function updatePlanHeader(db: Database, planId: string, header: Omit<Plan, "id">): Promise<Plan | null> {
  const updated = await db
    .update(t.plans)
    .set({ ...header, updatedAt: new Date() })
    .where(eq(t.plans.id, planId))
    .returning();
  return updated[0] ? PlanSchema.parse(updated[0]) : null;
}
