// Status overrides: the level the evaluation body sets for an indicator in a period (and an assignee), in place
// of the computed one, with its compulsory reason. The computed status is never stored: the engine recomputes it
// and shows both. Queries take the database (or a transaction) as a parameter.
import { and, asc, eq } from "drizzle-orm";
import type { IndicatorStatusOverride } from "../domain/evaluation/indicator-evaluation";
import type { Database } from "./connect";
import { statusOverrides } from "./schema-evaluation";

export interface StoredStatusOverride {
  organisationId: string;
  planId: string;
  periodId: string;
  indicatorId: string;
  /** null: the plan's own value (stored as ""). */
  assigneeId: string | null;
  level: number;
  reason: string;
  /** ISO instant. */
  createdAt: string;
  createdBy: string;
  createdByLabel: string;
}

export interface OverrideKey {
  organisationId: string;
  planId: string;
  periodId: string;
  indicatorId: string;
  assigneeId: string | null;
}

type Row = typeof statusOverrides.$inferSelect;

function toStored(row: Row): StoredStatusOverride {
  return { ...row, assigneeId: row.assigneeId === "" ? null : row.assigneeId, createdAt: row.createdAt.toISOString() };
}

const keyCondition = (key: OverrideKey) =>
  and(
    eq(statusOverrides.organisationId, key.organisationId),
    eq(statusOverrides.planId, key.planId),
    eq(statusOverrides.periodId, key.periodId),
    eq(statusOverrides.indicatorId, key.indicatorId),
    eq(statusOverrides.assigneeId, key.assigneeId ?? ""),
  );

/** The overrides of a plan, optionally of one period, in a stable order. */
export async function findStatusOverrides(db: Database, filter: { planId: string; periodId?: string }): Promise<StoredStatusOverride[]> {
  const rows = await db
    .select()
    .from(statusOverrides)
    .where(and(eq(statusOverrides.planId, filter.planId), filter.periodId === undefined ? undefined : eq(statusOverrides.periodId, filter.periodId)))
    .orderBy(asc(statusOverrides.periodId), asc(statusOverrides.indicatorId), asc(statusOverrides.assigneeId));
  return rows.map(toStored);
}

export async function getStatusOverride(db: Database, key: OverrideKey): Promise<StoredStatusOverride | null> {
  const [row] = await db.select().from(statusOverrides).where(keyCondition(key));
  return row ? toStored(row) : null;
}

/** Sets (or replaces) the override of an indicator in a period; returns the stored row. */
export async function putStatusOverride(
  db: Database,
  key: OverrideKey,
  value: { level: number; reason: string; createdBy: string; createdByLabel: string },
): Promise<StoredStatusOverride> {
  const row = { ...key, assigneeId: key.assigneeId ?? "", ...value, createdAt: new Date() };
  const [saved] = await db
    .insert(statusOverrides)
    .values(row)
    .onConflictDoUpdate({
      target: [statusOverrides.organisationId, statusOverrides.planId, statusOverrides.periodId, statusOverrides.indicatorId, statusOverrides.assigneeId],
      set: { level: row.level, reason: row.reason, createdAt: row.createdAt, createdBy: row.createdBy, createdByLabel: row.createdByLabel },
    })
    .returning();
  return toStored(saved!);
}

/** Removes an override; true when there was one. */
export async function deleteStatusOverride(db: Database, key: OverrideKey): Promise<boolean> {
  const removed = await db.delete(statusOverrides).where(keyCondition(key)).returning({ indicatorId: statusOverrides.indicatorId });
  return removed.length > 0;
}

/** As the evaluation engine takes them (src/domain/evaluation/status.ts): who decided and on which date. */
export function toEngineOverride(stored: StoredStatusOverride): IndicatorStatusOverride {
  return {
    indicatorId: stored.indicatorId,
    assigneeId: stored.assigneeId,
    level: stored.level,
    reason: stored.reason,
    by: stored.createdByLabel,
    at: stored.createdAt.slice(0, 10),
  };
}
