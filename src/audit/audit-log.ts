// The audit trail: who changed what, when, from where, before and after. Writers call recordAudit with the
// transaction that makes the change, so a change and its record commit or fail together. Rows are never updated
// nor deleted (a trigger in migration 0002 refuses it).
import { and, desc, eq, gte, lt, lte, type SQL } from "drizzle-orm";
import type { Database } from "../db/connect";
import { auditEvents } from "../db/schema-auth";

/** Who acts: a signed-in account, or the system (timers, start-up). */
export interface Actor {
  accountId: string | null;
  /** "Maria Rossi <maria.rossi@…>", "sistema". */
  label: string;
  ip: string | null;
}

export const SYSTEM_ACTOR: Actor = { accountId: null, label: "sistema", ip: null };

export interface AuditEntry {
  action: string;
  itemType: string;
  itemId?: string | null;
  organisationId?: string | null;
  planId?: string | null;
  periodId?: string | null;
  structureId?: string | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
}

type Writer = Pick<Database, "insert">;

/** JSON as PostgreSQL stores it: dates as ISO strings, undefined as null. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export async function recordAudit(db: Writer, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    organisationId: entry.organisationId ?? null,
    actorId: actor.accountId,
    actorLabel: actor.label,
    ip: actor.ip,
    action: entry.action,
    itemType: entry.itemType,
    itemId: entry.itemId ?? null,
    planId: entry.planId ?? null,
    periodId: entry.periodId ?? null,
    structureId: entry.structureId ?? null,
    before: toJson(entry.before),
    after: toJson(entry.after),
    note: entry.note ?? null,
  });
}

export interface AuditFilter {
  /** only events of these organisations (an office sees its own); undefined = every organisation. */
  organisationId?: string;
  planId?: string;
  periodId?: string;
  structureId?: string;
  itemType?: string;
  itemId?: string;
  actorId?: string;
  action?: string;
  /** ISO instants or dates, inclusive. */
  from?: string;
  to?: string;
  /** events with an id below this one (the next page, newest first). */
  beforeId?: number;
  limit?: number;
}

export type AuditEvent = typeof auditEvents.$inferSelect;

export const MAX_AUDIT_PAGE = 5000;

function endOfDay(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59.999Z` : value;
}

/** Newest first. */
export async function findAuditEvents(db: Database, filter: AuditFilter = {}): Promise<AuditEvent[]> {
  const conditions: SQL[] = [];
  const equal = [
    [auditEvents.organisationId, filter.organisationId],
    [auditEvents.planId, filter.planId],
    [auditEvents.periodId, filter.periodId],
    [auditEvents.structureId, filter.structureId],
    [auditEvents.itemType, filter.itemType],
    [auditEvents.itemId, filter.itemId],
    [auditEvents.actorId, filter.actorId],
    [auditEvents.action, filter.action],
  ] as const;
  for (const [column, value] of equal) if (value !== undefined) conditions.push(eq(column, value));
  if (filter.from) conditions.push(gte(auditEvents.at, new Date(filter.from)));
  if (filter.to) conditions.push(lte(auditEvents.at, new Date(endOfDay(filter.to))));
  if (filter.beforeId !== undefined) conditions.push(lt(auditEvents.id, filter.beforeId));
  return db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(Math.min(filter.limit ?? 200, MAX_AUDIT_PAGE));
}
