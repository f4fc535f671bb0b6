// Tables of accounts, sessions, the audit trail and the approval workflows (monitoring per period and structure,
// plan versions, individual scores). Kept apart from schema.ts (the plan model) because they describe who does
// what to a plan, not the plan. Same conventions: snake_case columns, organisation id (tenant key) in the keys
// wherever a row belongs to one organisation.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { plans } from "./schema";

const instant = () => timestamp({ withTimezone: true });

/** People who sign in. organisationId null: every organisation (an instance administrator). */
export const accounts = pgTable(
  "accounts",
  {
    id: text().primaryKey(),
    organisationId: text(),
    /** lower case; the sign-in name. */
    email: text().notNull(),
    displayName: text().notNull(),
    role: text().notNull(),
    /** argon2id; null for accounts that sign in only through OpenID Connect. */
    passwordHash: text(),
    oidcIssuer: text(),
    oidcSubject: text(),
    active: boolean().notNull().default(true),
    /** set when an administrator gave the password: the owner must choose a new one before doing anything else. */
    mustChangePassword: boolean().notNull().default(false),
    /** demo accounts have documented passwords: they work only while TRAGUARDO_DEMO=true. */
    demo: boolean().notNull().default(false),
    createdAt: instant().notNull().defaultNow(),
    updatedAt: instant().notNull().defaultNow(),
    passwordChangedAt: instant(),
    lastSignInAt: instant(),
  },
  (t) => [uniqueIndex().on(t.email), uniqueIndex().on(t.oidcIssuer, t.oidcSubject)],
);

/** The structures a head of structure answers for (their sub-structures are included by the policies). */
export const accountStructures = pgTable(
  "account_structures",
  {
    accountId: text()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    organisationId: text().notNull(),
    structureId: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.organisationId, t.structureId] })],
);

/** Sessions live in the database so that they can be revoked; the id is the SHA-256 of the cookie's token. */
export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    accountId: text()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    method: text().notNull(),
    createdAt: instant().notNull().defaultNow(),
    lastSeenAt: instant().notNull().defaultNow(),
    expiresAt: instant().notNull(),
    revokedAt: instant(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index().on(t.accountId)],
);

/** An OpenID Connect sign-in on its way to the provider and back: state → PKCE verifier and nonce. */
export const oidcSignInRequests = pgTable("oidc_sign_in_requests", {
  state: text().primaryKey(),
  codeVerifier: text().notNull(),
  nonce: text().notNull(),
  createdAt: instant().notNull().defaultNow(),
});

/**
 * Every change and every refused access: who, when, from where, what before and after. Append-only: the
 * migration adds a trigger refusing UPDATE, DELETE and TRUNCATE. No foreign keys, so that it outlives what it
 * describes (a deleted plan keeps its history).
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: instant().notNull().default(sql`clock_timestamp()`),
    /** null for events outside any organisation (sign-in of an instance administrator). */
    organisationId: text(),
    /** null when nobody was signed in (a failed sign-in, the system's timer). */
    actorId: text(),
    actorLabel: text().notNull(),
    ip: text(),
    /** create, update, delete, sign-in, sign-in-failed, sign-out, forbidden, submit, validate, return, close, reopen, approve, revise… */
    action: text().notNull(),
    /** plan, objective, measurement, workflow, account, session… */
    itemType: text().notNull(),
    itemId: text(),
    planId: text(),
    periodId: text(),
    structureId: text(),
    before: jsonb(),
    after: jsonb(),
    note: text(),
  },
  (t) => [
    index().on(t.planId),
    index().on(t.actorId),
    index().on(t.itemType, t.itemId),
    index().on(t.periodId),
    index().on(t.at),
  ],
);

/**
 * The monitoring of one period by one structure: open → draft → submitted → validated (or returned with a
 * reason) → closed. structureId is the structure the values belong to, or PLAN_WIDE_SCOPE for the values of
 * indicators no structure owns.
 */
export const monitoringWorkflows = pgTable(
  "monitoring_workflows",
  {
    organisationId: text().notNull(),
    planId: text().notNull(),
    periodId: text().notNull(),
    structureId: text().notNull(),
    state: text().notNull().default("open"),
    /** raised on every transition: a client sends it back, a stale one gets 409. */
    version: bigint({ mode: "number" }).notNull().default(1),
    submittedAt: instant(),
    submittedBy: text(),
    validatedAt: instant(),
    validatedBy: text(),
    /** the values as they were validated: later changes are shown against them. */
    validatedValues: jsonb().$type<Record<string, unknown>[]>(),
    returnedAt: instant(),
    returnedBy: text(),
    returnReason: text(),
    closedAt: instant(),
    closedBy: text(),
    reopenedAt: instant(),
    reopenedBy: text(),
    reopenReason: text(),
    updatedAt: instant().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.planId, t.periodId, t.structureId] }),
    foreignKey({ columns: [t.organisationId, t.planId], foreignColumns: [plans.organisationId, plans.id] }).onDelete("cascade"),
  ],
);

/** A plan that is a revision of another: the chain of versions and who made each. */
export const planVersions = pgTable(
  "plan_versions",
  {
    organisationId: text().notNull(),
    planId: text().notNull(),
    previousPlanId: text().notNull(),
    createdAt: instant().notNull().defaultNow(),
    createdBy: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.planId] }),
    foreignKey({ columns: [t.organisationId, t.planId], foreignColumns: [plans.organisationId, plans.id] }).onDelete("cascade"),
  ],
);

/** The objectives assigned to a person in a plan, and the role weighting (pesatura) that applies to them. */
export const personalAssignments = pgTable(
  "personal_assignments",
  {
    organisationId: text().notNull(),
    accountId: text()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    planId: text().notNull(),
    objectiveIds: jsonb().$type<string[]>().notNull().default([]),
    roleWeightingId: text(),
    updatedAt: instant().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.accountId, t.planId] }),
    foreignKey({ columns: [t.organisationId, t.planId], foreignColumns: [plans.organisationId, plans.id] }).onDelete("cascade"),
  ],
);

/** A person's score for a period, frozen when it was validated: what "Le mie performance" shows. */
export const individualScores = pgTable(
  "individual_scores",
  {
    organisationId: text().notNull(),
    accountId: text()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    planId: text().notNull(),
    periodId: text().notNull(),
    behaviour: doublePrecision().notNull(),
    /** the PersonScore (value, contributions, explanation) and its components, as validated. */
    result: jsonb().notNull(),
    validatedAt: instant().notNull().defaultNow(),
    validatedBy: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.accountId, t.planId, t.periodId] }),
    foreignKey({ columns: [t.organisationId, t.planId], foreignColumns: [plans.organisationId, plans.id] }).onDelete("cascade"),
  ],
);

/** E-mails already sent, so that a reminder goes once even when the timer runs every hour. */
export const notificationDeliveries = pgTable("notification_deliveries", {
  key: text().primaryKey(),
  accountId: text().notNull(),
  kind: text().notNull(),
  sentAt: instant().notNull().defaultNow(),
});
