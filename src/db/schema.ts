// Tables of the performance model. Property names match src/domain/model.ts so rows map to the model one to one;
// column names are the snake_case of the properties (drizzle `casing: "snake_case"`).
// Every table carries organisation_id (the tenant key) in its primary key, so the schema can be distributed
// by organisation (Citus) and tenants stay apart; plan contents also carry plan_id for whole-plan reads and writes.
import {
  type AnyPgColumn,
  boolean,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { ParsedTarget } from "../domain/target";
import type { AssessmentScale, MeasurementProvenance } from "../domain/model";

const isoDate = (name?: string) => (name ? date(name, { mode: "string" }) : date({ mode: "string" }));
const tenant = () => text().notNull();

export const organisations = pgTable("organisations", {
  id: text().primaryKey(),
  name: text().notNull(),
  shortName: text(),
  kind: text().notNull(),
  parentId: text(),
  taxCode: text(),
  address: text(),
  email: text(),
});

export const structures = pgTable(
  "structures",
  {
    organisationId: tenant(),
    id: text().notNull(),
    parentId: text(),
    name: text().notNull(),
    kind: text().notNull(),
    code: text(),
    ordinal: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] })],
);

export const plans = pgTable(
  "plans",
  {
    organisationId: tenant(),
    id: text().notNull(),
    title: text().notNull(),
    kind: text().notNull(),
    yearFrom: integer().notNull(),
    yearTo: integer().notNull(),
    approvalAct: text(),
    approvalDate: isoDate(),
    version: integer().notNull().default(1),
    state: text().notNull().default("draft"),
    assignedById: text(),
    assigneeIds: jsonb().$type<string[]>().notNull().default([]),
    relatedOrganisationIds: jsonb().$type<string[]>().notNull().default([]),
    description: text(),
    sourceFile: text(),
    sourceLayout: text(),
    assessmentScale: jsonb().$type<AssessmentScale>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] }), uniqueIndex().on(t.id)],
);

/** Columns every plan-content table has: tenant, plan and its own id. */
function planScoped() {
  return {
    organisationId: tenant(),
    planId: text().notNull(),
    id: text().notNull(),
    /** place in the plan's list, so a plan reads back in the order it was written. */
    ordinal: integer().notNull().default(0),
  };
}
/** Keys of plan contents: (tenant, id), an index on the plan, and rows go when their plan goes. */
const planKeys = (t: { organisationId: AnyPgColumn; planId: AnyPgColumn; id: AnyPgColumn }) => [
  primaryKey({ columns: [t.organisationId, t.id] }),
  index().on(t.planId),
  foreignKey({ columns: [t.organisationId, t.planId], foreignColumns: [plans.organisationId, plans.id] }).onDelete("cascade"),
];

export const planNodes = pgTable(
  "plan_nodes",
  {
    ...planScoped(),
    parentId: text(),
    kind: text().notNull(),
    code: text(),
    title: text().notNull(),
    structureId: text(),
    position: integer().notNull().default(0),
    notes: text(),
  },
  planKeys,
);

export const objectives = pgTable(
  "objectives",
  {
    ...planScoped(),
    nodeId: text(),
    code: text().notNull(),
    title: text().notNull(),
    description: text(),
    expectedResult: text(),
    stakeholders: text(),
    weight: doublePrecision(),
    structureId: text(),
    coOwners: text(),
    programmingLinks: text(),
    notes: text(),
    resourceShareMin: doublePrecision(),
    resourceShareMax: doublePrecision(),
    resourceShareText: text(),
    dimensions: jsonb().$type<string[]>().notNull().default([]),
    position: integer().notNull().default(0),
  },
  planKeys,
);

export const implementationSteps = pgTable(
  "implementation_steps",
  {
    ...planScoped(),
    objectiveId: text().notNull(),
    position: integer().notNull().default(0),
    description: text().notNull(),
    plannedTiming: text(),
    plannedDate: isoDate(),
    actualTiming: text(),
    actualDate: isoDate(),
  },
  planKeys,
);

export const cronoprogrammi = pgTable(
  "cronoprogrammi",
  {
    ...planScoped(),
    objectiveId: text().notNull(),
    code: text().notNull(),
    title: text().notNull(),
    targetText: text(),
    dueDate: isoDate(),
  },
  planKeys,
);

export const cronoprogrammaPhases = pgTable(
  "cronoprogramma_phases",
  {
    ...planScoped(),
    cronoprogrammaId: text().notNull(),
    number: integer().notNull(),
    description: text().notNull(),
    output: text(),
    plannedStart: isoDate(),
    plannedEnd: isoDate(),
    responsibleStructure: text(),
    weight: doublePrecision(),
    actualEnd: isoDate(),
    actualEndText: text(),
    monitoringNote: text(),
    dataSource: text(),
  },
  planKeys,
);

export const indicators = pgTable(
  "indicators",
  {
    ...planScoped(),
    objectiveId: text(),
    nodeId: text(),
    code: text().notNull(),
    position: integer().notNull().default(0),
    definition: text().notNull(),
    unit: text(),
    method: text(),
    numeratorLabel: text(),
    denominatorLabel: text(),
    direction: text().notNull().default("unknown"),
    dataSource: text(),
    responsibleStructure: text(),
    programmingLinks: text(),
    baselineText: text(),
    baselineValue: doublePrecision(),
    baselineYear: integer(),
    notes: text(),
    cronoprogrammaId: text(),
  },
  planKeys,
);

export const targets = pgTable(
  "targets",
  {
    ...planScoped(),
    indicatorId: text().notNull(),
    position: integer().notNull().default(0),
    label: text(),
    yearFrom: integer(),
    yearTo: integer(),
    text: text().notNull(),
    cumulative: boolean().notNull().default(false),
    parsed: jsonb().$type<ParsedTarget | null>(),
  },
  planKeys,
);

export const monitoringPeriods = pgTable(
  "monitoring_periods",
  {
    ...planScoped(),
    label: text().notNull(),
    cutoffDate: isoDate().notNull(),
    kind: text().notNull().default("intermediate"),
  },
  planKeys,
);

export const measurements = pgTable(
  "measurements",
  {
    ...planScoped(),
    indicatorId: text().notNull(),
    periodId: text().notNull(),
    value: doublePrecision(),
    valueText: text(),
    numerator: doublePrecision(),
    denominator: doublePrecision(),
    note: text(),
    source: text(),
    assessmentLevel: integer(),
    assessmentText: text(),
    origin: text().notNull().default("imported"),
    assigneeId: text(),
    /** where a computed value came from (analytics definition, data set, time); see MeasurementProvenance. */
    provenance: jsonb().$type<MeasurementProvenance>(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  planKeys,
);

export const roleWeightings = pgTable(
  "role_weightings",
  {
    ...planScoped(),
    role: text().notNull(),
    position: integer().notNull().default(0),
    organisational: doublePrecision().notNull(),
    individual: doublePrecision().notNull(),
    behaviour: doublePrecision().notNull(),
    statedTotal: doublePrecision(),
  },
  planKeys,
);

export const budgetTables = pgTable(
  "budget_tables",
  {
    ...planScoped(),
    code: text().notNull(),
    title: text().notNull(),
    act: text(),
    columns: jsonb().$type<string[]>().notNull(),
    position: integer().notNull().default(0),
  },
  planKeys,
);

export const budgetLines = pgTable(
  "budget_lines",
  {
    ...planScoped(),
    tableId: text().notNull(),
    position: integer().notNull().default(0),
    rowKind: text().notNull().default("line"),
    section: text(),
    axis: text(),
    investmentPriority: text(),
    lineCode: text(),
    description: text(),
    fundingSource: text(),
    amounts: jsonb().$type<(number | null)[]>().notNull(),
  },
  planKeys,
);

export const spendingProgrammes = pgTable(
  "spending_programmes",
  {
    ...planScoped(),
    position: integer().notNull().default(0),
    mission: text(),
    programme: text(),
    group: text(),
    title: text().notNull(),
    startDate: isoDate(),
    endDate: isoDate(),
    endDateNote: text(),
    purpose: text(),
    activities: text(),
  },
  planKeys,
);

export const reportedTables = pgTable(
  "reported_tables",
  {
    ...planScoped(),
    code: text().notNull(),
    title: text().notNull(),
    columns: jsonb().$type<string[]>().notNull(),
    rows: jsonb().$type<{ kind: string; cells: (string | number | null)[] }[]>().notNull(),
    notes: text(),
    position: integer().notNull().default(0),
  },
  planKeys,
);

export const planWarnings = pgTable(
  "plan_warnings",
  {
    ...planScoped(),
    position: integer().notNull().default(0),
    itemType: text().notNull(),
    itemId: text(),
    code: text().notNull(),
    message: text().notNull(),
    location: text(),
  },
  planKeys,
);

/**
 * What was published in "Amministrazione trasparente": a frozen copy of the plan and of its evaluation,
 * so later edits do not change what citizens read. Append-only.
 */
export const publications = pgTable(
  "publications",
  {
    organisationId: tenant(),
    id: text().notNull(),
    planId: text().notNull(),
    periodId: text(),
    title: text().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** who published it: an account id, or "cli" / "sistema" before accounts exist. */
    publishedBy: text().notNull(),
    /** the PlanBundle as it was. */
    bundle: jsonb().notNull(),
    /** the PlanEvaluation for the period as it was, when a period was chosen. */
    evaluation: jsonb(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.id] }), index().on(t.planId)],
);
