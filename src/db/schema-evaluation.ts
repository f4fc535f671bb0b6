// Tables of what happens to a plan during monitoring and evaluation, beside the plan itself: the scoring rules
// the evaluation body adopted for a plan, status overrides with their reason, and the evidence files attached
// to monitoring values. Same conventions as schema.ts: snake_case columns, organisation id in the keys, rows go
// when their plan goes.
import { customType, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { plans } from "./schema";

const instant = () => timestamp({ withTimezone: true });

/** Raw bytes: PostgreSQL bytea, read and written as a Node Buffer/Uint8Array. */
const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

const planForeignKey = (t: { organisationId: never; planId: never }) =>
  foreignKey({ columns: [t.organisationId, t.planId], foreignColumns: [plans.organisationId, plans.id] }).onDelete("cascade");

/** The scoring rules (src/domain/evaluation/scoring-rules.ts) adopted for a plan; no row = the default rules. */
export const evaluationSettings = pgTable(
  "evaluation_settings",
  {
    organisationId: text().notNull(),
    planId: text().notNull(),
    scoringRules: jsonb().notNull(),
    updatedAt: instant().notNull().defaultNow(),
    updatedBy: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.planId] }), planForeignKey(t as never)],
);

/**
 * A status set by the evaluator in place of the computed one, for an indicator in a period (and an assignee,
 * "" when the plan's own value). The computed status stays beside it; the reason is compulsory.
 */
export const statusOverrides = pgTable(
  "status_overrides",
  {
    organisationId: text().notNull(),
    planId: text().notNull(),
    periodId: text().notNull(),
    indicatorId: text().notNull(),
    assigneeId: text().notNull().default(""),
    /** level on the plan's assessment scale (1 = in anticipo … 5 = in ritardo on the ARTI scale). */
    level: integer().notNull(),
    reason: text().notNull(),
    createdAt: instant().notNull().defaultNow(),
    createdBy: text().notNull(),
    createdByLabel: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.planId, t.periodId, t.indicatorId, t.assigneeId] }),
    planForeignKey(t as never),
  ],
);

/** A file that supports a monitoring value (a register extract, a signed act): stored, downloadable. */
export const evidenceFiles = pgTable(
  "evidence_files",
  {
    organisationId: text().notNull(),
    id: text().notNull(),
    planId: text().notNull(),
    indicatorId: text().notNull(),
    periodId: text().notNull(),
    assigneeId: text(),
    fileName: text().notNull(),
    mediaType: text().notNull(),
    sizeBytes: integer().notNull(),
    /** hex SHA-256 of the content, shown so a reader can check the file is the one uploaded. */
    sha256: text().notNull(),
    content: bytes().notNull(),
    uploadedAt: instant().notNull().defaultNow(),
    uploadedBy: text().notNull(),
    uploadedByLabel: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.id] }),
    index().on(t.planId, t.indicatorId, t.periodId),
    planForeignKey(t as never),
  ],
);

/**
 * An indicator of a plan that takes its monitoring value from an analytics definition (src/analytics): which
 * definition, and which CPI codes count for which structure (or assignee). Values then arrive as computed
 * measurements with their provenance.
 */
export const analyticsBindings = pgTable(
  "analytics_bindings",
  {
    organisationId: text().notNull(),
    planId: text().notNull(),
    indicatorId: text().notNull(),
    definitionId: text().notNull(),
    /** CPI code → structure id (or assignee id); empty = every CPI counts for the plan's owner. */
    structureMap: jsonb().$type<Record<string, string>>().notNull().default({}),
    createdAt: instant().notNull().defaultNow(),
    createdBy: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.planId, t.indicatorId] }), planForeignKey(t as never)],
);
