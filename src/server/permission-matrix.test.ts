// The permission matrix: every route the application registers, tried by every kind of person, on the ARTI
// monitoring at 30/06/2021 (seed 004). Without a session → 401 (public routes excepted); outside the role, the
// organisation or the structure → 403; allowed → the route's success status. A route missing from MATRIX fails
// the first test: new routes cannot slip through without a declared rule.
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../auth/accounts";
import type { Role } from "../auth/roles";
import { SYSTEM_ACTOR } from "../audit/audit-log";
import type { DatabaseHandle } from "../db/connect";
import { insertItem } from "../db/plan-items";
import { deletePlan, loadPlanBundle, savePlanBundle } from "../db/plan-store";
import { createPublication } from "../db/publications";
import { putStatusOverride } from "../db/status-overrides";
import { insertEvidenceFile } from "../db/evidence-files";
import { saveAnalyticsBinding } from "../db/analytics-bindings";
import { personalAssignments } from "../db/schema-auth";
import { createTestDatabase } from "../db/test-database";
import { BUNDLE_COLLECTIONS, type BundleCollection, type PlanBundleInput } from "../domain/model";
import { COLLECTION_SLUGS } from "../domain/references";
import { importText } from "../io/import";
import { readSeed, SEED_FILES } from "../io/seeds";
import { exportPlanTemplate } from "../io/xlsx-template/export-template";
import { ensureWorkflow, updateWorkflow } from "../workflow/monitoring-store";
import type { WorkflowState } from "../workflow/monitoring-states";
import { buildApp } from "./app";
import { signIn, type SignedIn } from "./test-auth";

const PLAN = "arti-2021";
const ORG = "arti-toscana";
const PERIOD = "arti-2021:30-06-2021";
const RPCT = "arti-toscana:rpct";
const DIREZIONE = "arti-toscana:direzione";
/** an objective and an indicator of each structure (seed 004). */
const OWNED = {
  rpct: { structureId: RPCT, objectiveId: "arti-2021:obj-4.4", indicatorId: "arti-2021:obj-4.4:ind-1" },
  direzione: { structureId: DIREZIONE, objectiveId: "arti-2021:obj-1.1", indicatorId: "arti-2021:obj-1.5:ind-2" },
} as const;
type Owner = keyof typeof OWNED;
const IMPORTED_DIREZIONE_VALUE = "arti-2021:obj-1.5:ind-2:30-06-2021"; // ARTI 1.5.2, 188,94%

/** Who tries: no session; each role (the head answers for the RPCT); the planning office of another organisation. */
type Subject = "anonymous" | Role | "outsider";
const SUBJECTS: Subject[] = ["anonymous", "administrator", "planning_office", "structure_head", "evaluator", "reader", "outsider"];
const PASSWORD = "password della matrice";

const EVERYONE: Subject[] = SUBJECTS;
const SIGNED_IN: Subject[] = SUBJECTS.filter((s) => s !== "anonymous");
const PLAN_READERS: Subject[] = ["administrator", "planning_office", "structure_head", "evaluator", "reader"];
const MANAGERS: Subject[] = ["administrator", "planning_office"];
const VALIDATORS: Subject[] = ["administrator", "planning_office", "evaluator"];
const AUDIT_READERS: Subject[] = ["administrator", "planning_office", "evaluator"];
const EVALUATION_BODY: Subject[] = ["administrator", "evaluator"];

interface Request {
  url: string;
  payload?: InjectOptions["payload"];
  headers?: Record<string, string>;
  /** act as someone else than the subject's shared session (a fresh session to log out, to change a password). */
  as?: SignedIn | null;
}

interface Case {
  variant?: string;
  /** who must get through; the others get 401 (anonymous) or 403. */
  allowed: Subject[];
  /** the status an allowed person gets. */
  success: number;
  request: (who: Subject) => Promise<Request>;
}

let handle: DatabaseHandle;
let app: FastifyInstance;
const sessions = new Map<Subject, SignedIn>();
let counter = 0;
const fresh = (prefix: string) => `${prefix}-${++counter}`;
const db = () => handle.db;
const scope = { organisationId: ORG, planId: PLAN };

// --- fixtures: each request gets its own items and states, so no request depends on another ---------------------

async function freshPeriod(): Promise<string> {
  const id = fresh(`${PLAN}:periodo-matrice`);
  await insertItem(db(), "periods", scope, { id, label: `Periodo ${id}`, cutoffDate: "2021-09-30", kind: "intermediate" } as never);
  return id;
}

async function setWorkflow(periodId: string, structureId: string, state: WorkflowState) {
  const key = { ...scope, periodId, structureId };
  await ensureWorkflow(db(), key);
  await updateWorkflow(db(), key, { state });
}

/** A new item of the collection, owned (where ownership applies) by the RPCT or the Direzione. */
async function freshItem(collection: BundleCollection, owner: Owner = "rpct"): Promise<Record<string, unknown>> {
  const own = OWNED[owner];
  const id = fresh(`${PLAN}:${collection}`);
  const samples: Record<BundleCollection, () => Promise<Record<string, unknown>>> = {
    nodes: async () => ({ kind: "group", title: "Gruppo di prova", structureId: own.structureId }),
    objectives: async () => ({ code: id, title: "Obiettivo di prova", structureId: own.structureId }),
    steps: async () => ({ objectiveId: own.objectiveId, description: "Fase di prova" }),
    cronoprogrammi: async () => ({ objectiveId: own.objectiveId, code: id, title: "Cronoprogramma di prova" }),
    phases: async () => ({ cronoprogrammaId: String((await freshItem("cronoprogrammi", owner)).id), number: 1, description: "Fase di prova" }),
    indicators: async () => ({ objectiveId: own.objectiveId, code: id, definition: "Indicatore di prova" }),
    targets: async () => ({ indicatorId: own.indicatorId, text: "100%" }),
    periods: async () => ({ label: `Periodo ${id}`, cutoffDate: "2021-09-30" }),
    measurements: async () => ({ indicatorId: own.indicatorId, periodId: await freshPeriod(), value: 10, origin: "manual" }),
    roleWeightings: async () => ({ role: id, organisational: 30, individual: 40, behaviour: 30 }),
    budgetTables: async () => ({ code: id, title: "Tabella di prova", columns: ["2021"] }),
    budgetLines: async () => ({ tableId: String((await freshItem("budgetTables")).id), amounts: [1000] }),
    spendingProgrammes: async () => ({ title: "Programma di prova" }),
    reportedTables: async () => ({ code: id, title: "Tabella riportata", columns: ["a"], rows: [] }),
  };
  const item = { id, ...(await samples[collection]()) };
  return (await insertItem(db(), collection, scope, item as never))!;
}

/** The body a client sends to replace an item: the item without id and planId (measurements keep updatedAt). */
function replacement(item: Record<string, unknown>) {
  const { id: _id, planId: _planId, ...body } = item;
  return body;
}

/** A new body for POST: a fresh item's fields, under a new id (the fresh item itself is discarded). */
async function newBody(collection: BundleCollection, owner: Owner = "rpct") {
  const body = replacement(await freshItem(collection, owner));
  delete body.updatedAt;
  return { ...body, id: fresh(`${PLAN}:nuovo`) };
}

function smallPlan(id: string, state: "draft" | "approved" = "draft"): PlanBundleInput {
  return {
    organisation: { id: ORG, name: "ARTI - Agenzia regionale toscana per l'impiego" },
    plan: { id, organisationId: ORG, title: `Piano ${id}`, kind: "performance_plan", yearFrom: 2022, yearTo: 2022, state, ...(state === "approved" ? { approvalAct: "Decreto n. 1", approvalDate: "2022-01-31" } : {}) },
    objectives: [{ id: `${id}:obj-1`, planId: id, code: "1", title: "Obiettivo" }],
  };
}

async function freshPlan(state: "draft" | "approved" = "draft") {
  const id = fresh("piano-matrice");
  await savePlanBundle(db(), smallPlan(id, state));
  return id;
}

async function freshAccount(role: Role = "reader") {
  return createAccount(db(), { email: `${fresh("persona")}@arti.toscana.it`, displayName: "Persona", role, organisationId: ORG, password: PASSWORD }, SYSTEM_ACTOR);
}

/** A fresh session with the subject's role and organisation: for requests that end or change the session. */
async function freshSession(who: Subject): Promise<SignedIn | null> {
  if (who === "anonymous") return null;
  const shared = sessions.get(who)!;
  return signIn(app, shared.account.role, { organisationId: shared.account.organisationId, structures: shared.account.structures });
}

function multipart(fileName: string, content: Buffer) {
  const boundary = "----matrice";
  return {
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

// --- the matrix -----------------------------------------------------------------------------------------------

const at = (url: string, payload?: unknown) => async (): Promise<Request> => ({ url, payload: payload as InjectOptions["payload"] });
const wf = (periodId: string, rest = "") => `/api/plans/${PLAN}/periods/${encodeURIComponent(periodId)}/workflow${rest}`;
const itemUrl = (collection: BundleCollection, id: unknown) => `/api/plans/${PLAN}/${COLLECTION_SLUGS[collection]}/${encodeURIComponent(String(id))}`;

function planItemCases(collection: BundleCollection): Record<string, Case | Case[]> {
  const base = `/api/plans/:planId/${COLLECTION_SLUGS[collection]}`;
  const list = `/api/plans/${PLAN}/${COLLECTION_SLUGS[collection]}`;
  const cases: Record<string, Case | Case[]> = {
    [`GET ${base}`]: { allowed: PLAN_READERS, success: 200, request: at(list) },
    [`GET ${base}/:itemId`]: { allowed: PLAN_READERS, success: 200, request: async () => ({ url: itemUrl(collection, (await freshItem(collection)).id) }) },
    [`POST ${base}`]: { allowed: MANAGERS, success: 201, request: async () => ({ url: list, payload: await newBody(collection) }) },
    [`PUT ${base}/:itemId`]: {
      allowed: MANAGERS,
      success: 200,
      request: async () => {
        const item = await freshItem(collection);
        return { url: itemUrl(collection, item.id), payload: replacement(item) };
      },
    },
    [`DELETE ${base}/:itemId`]: { allowed: MANAGERS, success: 200, request: async () => ({ url: itemUrl(collection, (await freshItem(collection)).id) }) },
  };
  if (collection === "steps" || collection === "phases") {
    // a head records the progress of their own structure's steps and phases
    cases[`PUT ${base}/:itemId`] = (["rpct", "direzione"] as const).map((owner) => ({
      variant: owner === "rpct" ? "della propria struttura" : "di un'altra struttura",
      allowed: owner === "rpct" ? [...MANAGERS, "structure_head"] : MANAGERS,
      success: 200,
      request: async () => {
        const item = await freshItem(collection, owner);
        return { url: itemUrl(collection, item.id), payload: { ...replacement(item), ...(collection === "steps" ? { actualDate: "2021-06-30" } : { monitoringNote: "svolta" }) } };
      },
    }));
  }
  if (collection === "measurements") {
    const variants = (["rpct", "direzione"] as const).map((owner) => ({
      owner,
      variant: owner === "rpct" ? "della propria struttura" : "di un'altra struttura",
      writers: owner === "rpct" ? [...MANAGERS, "structure_head"] : MANAGERS,
    }));
    cases[`GET ${base}/:itemId`] = [
      ...variants.map(({ owner, variant }) => ({
        variant: `bozza ${variant}`,
        allowed: (owner === "rpct" ? [...MANAGERS, "evaluator", "structure_head"] : [...MANAGERS, "evaluator"]) as Subject[],
        success: 200,
        request: async () => ({ url: itemUrl(collection, (await freshItem(collection, owner)).id) }),
      })),
      { variant: "valore importato di un'altra struttura", allowed: PLAN_READERS, success: 200, request: at(itemUrl(collection, IMPORTED_DIREZIONE_VALUE)) },
    ];
    cases[`POST ${base}`] = variants.map(({ owner, variant, writers }) => ({
      variant,
      allowed: writers as Subject[],
      success: 201,
      request: async () => ({ url: list, payload: await newBody(collection, owner) }),
    }));
    cases[`PUT ${base}/:itemId`] = variants.map(({ owner, variant, writers }) => ({
      variant,
      allowed: writers as Subject[],
      success: 200,
      request: async () => {
        const item = await freshItem(collection, owner);
        return { url: itemUrl(collection, item.id), payload: { ...replacement(item), value: 11 } };
      },
    }));
    cases[`DELETE ${base}/:itemId`] = variants.map(({ owner, variant, writers }) => ({
      variant,
      allowed: writers as Subject[],
      success: 200,
      request: async () => ({ url: itemUrl(collection, (await freshItem(collection, owner)).id) }),
    }));
  }
  return cases;
}

/** A transition for one structure, from the state it needs. */
function transition(name: string, from: WorkflowState, allowed: Subject[], payload?: object): Case {
  return {
    allowed,
    success: 200,
    request: async () => {
      const period = await freshPeriod();
      await setWorkflow(period, RPCT, from);
      return { url: wf(period, `/${RPCT}/${name}`), payload };
    },
  };
}

const MATRIX: Record<string, Case | Case[]> = {
  "GET /api/health": { allowed: EVERYONE, success: 200, request: at("/api/health") },
  "GET /api/docs/json": { allowed: EVERYONE, success: 200, request: at("/api/docs/json") },

  // sign-in
  "GET /api/auth/methods": { allowed: EVERYONE, success: 200, request: at("/api/auth/methods") },
  "POST /api/auth/login": {
    allowed: EVERYONE,
    success: 200,
    request: async () => ({ url: "/api/auth/login", payload: { email: (await freshAccount()).email, password: PASSWORD } }),
  },
  "GET /api/auth/session": { allowed: SIGNED_IN, success: 200, request: at("/api/auth/session") },
  "POST /api/auth/logout": { allowed: SIGNED_IN, success: 204, request: async (who) => ({ url: "/api/auth/logout", as: await freshSession(who) }) },
  "POST /api/auth/password": {
    allowed: SIGNED_IN,
    success: 204,
    request: async (who) => {
      const session = await freshSession(who);
      return { url: "/api/auth/password", as: session, payload: { currentPassword: session?.password ?? "x", newPassword: "una nuova password lunga" } };
    },
  },
  // public so that the browser can start and finish a federated sign-in; without OpenID settings they answer 404
  "GET /api/auth/oidc/login": { allowed: EVERYONE, success: 404, request: at("/api/auth/oidc/login") },
  "GET /api/auth/oidc/callback": { allowed: EVERYONE, success: 404, request: at("/api/auth/oidc/callback?code=x&state=y") },

  // accounts
  "GET /api/accounts": { allowed: ["administrator"], success: 200, request: at("/api/accounts") },
  "POST /api/accounts": {
    allowed: ["administrator"],
    success: 201,
    request: async () => ({ url: "/api/accounts", payload: { email: `${fresh("nuovo")}@arti.toscana.it`, displayName: "Nuovo", role: "reader", organisationId: ORG } }),
  },
  "PUT /api/accounts/:accountId": {
    allowed: ["administrator"],
    success: 200,
    request: async () => {
      const account = await freshAccount();
      return { url: `/api/accounts/${account.id}`, payload: { displayName: "Rinominato", role: "evaluator", organisationId: ORG, structures: [], active: true } };
    },
  },
  "POST /api/accounts/:accountId/password-reset": {
    allowed: ["administrator"],
    success: 200,
    request: async () => ({ url: `/api/accounts/${(await freshAccount()).id}/password-reset`, payload: {} }),
  },
  "GET /api/accounts/:accountId/sessions": { allowed: ["administrator"], success: 200, request: async () => ({ url: `/api/accounts/${(await freshAccount()).id}/sessions` }) },
  "DELETE /api/accounts/:accountId/sessions": { allowed: ["administrator"], success: 200, request: async () => ({ url: `/api/accounts/${(await freshAccount()).id}/sessions` }) },

  // audit trail
  "GET /api/audit": [
    { variant: "di un piano", allowed: AUDIT_READERS, success: 200, request: at(`/api/audit?planId=${PLAN}`) },
    { variant: "della propria organizzazione", allowed: [...AUDIT_READERS, "outsider"], success: 200, request: at("/api/audit?limit=5") },
    { variant: "di una persona", allowed: ["administrator"], success: 200, request: async () => ({ url: `/api/audit?actorId=${(await freshAccount()).id}` }) },
  ],
  "GET /api/audit.csv": { allowed: AUDIT_READERS, success: 200, request: at(`/api/audit.csv?planId=${PLAN}`) },

  // plans
  "GET /api/plans": { allowed: SIGNED_IN, success: 200, request: at("/api/plans") },
  "GET /api/plans/:planId": { allowed: PLAN_READERS, success: 200, request: at(`/api/plans/${PLAN}`) },
  "POST /api/plans": { allowed: MANAGERS, success: 201, request: async () => ({ url: "/api/plans", payload: smallPlan(fresh("piano-nuovo")) }) },
  "PUT /api/plans/:planId": {
    allowed: MANAGERS,
    success: 200,
    request: async () => {
      const { id: _id, ...header } = (await loadPlanBundle(db(), PLAN))!.plan;
      return { url: `/api/plans/${PLAN}`, payload: header };
    },
  },
  "DELETE /api/plans/:planId": { allowed: MANAGERS, success: 204, request: async () => ({ url: `/api/plans/${await freshPlan()}` }) },
  "GET /api/plans/:planId/export.xlsx": { allowed: PLAN_READERS, success: 200, request: at(`/api/plans/${PLAN}/export.xlsx`) },
  "POST /api/imports": {
    allowed: MANAGERS,
    success: 201,
    request: async () => {
      const id = fresh("piano-importato");
      const bundle = (await savePlanBundle(db(), smallPlan(id)).then(() => loadPlanBundle(db(), id)))!;
      const xlsx = await exportPlanTemplate(bundle);
      await deletePlan(db(), id);
      return { url: "/api/imports", ...multipart(`${id}.xlsx`, xlsx) };
    },
  },

  // monitoring workflow
  "GET /api/plans/:planId/periods/:periodId/workflow": { allowed: PLAN_READERS, success: 200, request: at(wf(PERIOD)) },
  "POST /api/plans/:planId/periods/:periodId/workflow/open": { allowed: MANAGERS, success: 200, request: async () => ({ url: wf(await freshPeriod(), "/open") }) },
  "POST /api/plans/:planId/periods/:periodId/workflow/validate": {
    allowed: VALIDATORS,
    success: 200,
    request: async () => {
      const period = await freshPeriod();
      await setWorkflow(period, RPCT, "submitted");
      return { url: wf(period, "/validate"), payload: {} };
    },
  },
  "POST /api/plans/:planId/periods/:periodId/workflow/close": {
    allowed: MANAGERS,
    success: 200,
    request: async () => {
      const period = await freshPeriod();
      await setWorkflow(period, RPCT, "validated");
      return { url: wf(period, "/close"), payload: { structureIds: [RPCT] } };
    },
  },
  "POST /api/plans/:planId/periods/:periodId/workflow/:structureId/submit": (["rpct", "direzione"] as const).map((owner) => ({
    variant: owner === "rpct" ? "della propria struttura" : "di un'altra struttura",
    allowed: owner === "rpct" ? [...MANAGERS, "structure_head"] : MANAGERS,
    success: 200,
    request: async () => ({ url: wf(await freshPeriod(), `/${OWNED[owner].structureId}/submit`) }),
  })),
  "POST /api/plans/:planId/periods/:periodId/workflow/:structureId/validate": transition("validate", "submitted", VALIDATORS),
  "POST /api/plans/:planId/periods/:periodId/workflow/:structureId/return": transition("return", "submitted", VALIDATORS, { reason: "Dati incompleti" }),
  "POST /api/plans/:planId/periods/:periodId/workflow/:structureId/close": transition("close", "validated", MANAGERS),
  "POST /api/plans/:planId/periods/:periodId/workflow/:structureId/reopen": transition("reopen", "closed", MANAGERS, { reason: "Errore nei dati" }),
  "GET /api/plans/:planId/periods/:periodId/workflow/:structureId/changes": (["rpct", "direzione"] as const).map((owner) => ({
    variant: owner === "rpct" ? "bozze della propria struttura" : "bozze di un'altra struttura",
    allowed: owner === "rpct" ? [...MANAGERS, "evaluator", "structure_head"] : [...MANAGERS, "evaluator"],
    success: 200,
    request: async () => ({ url: wf(await freshPeriod(), `/${OWNED[owner].structureId}/changes`) }),
  })),

  // plan versions
  "POST /api/plans/:planId/approval": {
    allowed: MANAGERS,
    success: 200,
    request: async () => ({ url: `/api/plans/${await freshPlan()}/approval`, payload: { approvalAct: "Decreto del Direttore n. 12", approvalDate: "2022-02-01" } }),
  },
  "POST /api/plans/:planId/revisions": { allowed: MANAGERS, success: 201, request: async () => ({ url: `/api/plans/${await freshPlan("approved")}/revisions` }) },
  "GET /api/plans/:planId/versions": { allowed: PLAN_READERS, success: 200, request: at(`/api/plans/${PLAN}/versions`) },
  "GET /api/plans/:planId/diff": { allowed: PLAN_READERS, success: 200, request: at(`/api/plans/${PLAN}/diff?against=${PLAN}`) },

  // notifications and individual performance
  "GET /api/me/notifications": { allowed: SIGNED_IN, success: 200, request: at("/api/me/notifications") },
  "GET /api/me/performance": { allowed: SIGNED_IN, success: 200, request: at("/api/me/performance") },
  "GET /api/plans/:planId/assignments": { allowed: MANAGERS, success: 200, request: at(`/api/plans/${PLAN}/assignments`) },
  "PUT /api/plans/:planId/assignments/:accountId": {
    allowed: MANAGERS,
    success: 200,
    request: async () => ({
      url: `/api/plans/${PLAN}/assignments/${(await freshAccount()).id}`,
      payload: { objectiveIds: ["arti-2021:obj-3.1"], roleWeightingId: "arti-2021:pesatura-personale" },
    }),
  },
  "POST /api/plans/:planId/periods/:periodId/individual-scores/:accountId": {
    allowed: ["administrator", "evaluator"],
    success: 200,
    request: async () => {
      const account = await freshAccount();
      await db().insert(personalAssignments).values({ ...scope, accountId: account.id, objectiveIds: ["arti-2021:obj-3.1", "arti-2021:obj-3.2"], roleWeightingId: "arti-2021:pesatura-personale" });
      return { url: `/api/plans/${PLAN}/periods/${encodeURIComponent(PERIOD)}/individual-scores/${account.id}`, payload: { behaviour: 80 } };
    },
  },

  // evaluation (src/server/routes/evaluation.routes.ts): reading the plan is enough to evaluate it or simulate
  "GET /api/plans/:planId/evaluation": { allowed: PLAN_READERS, success: 200, request: at(`/api/plans/${PLAN}/evaluation?periodId=${encodeURIComponent(PERIOD)}`) },
  "POST /api/plans/:planId/evaluation/what-if": { allowed: PLAN_READERS, success: 200, request: at(`/api/plans/${PLAN}/evaluation/what-if`, { periodId: PERIOD }) },
  // what the evaluation body stores (src/server/routes/evaluation-settings.routes.ts): plan readers read it; evaluators and administrators decide
  "GET /api/plans/:planId/status-overrides": { allowed: PLAN_READERS, success: 200, request: at(`/api/plans/${PLAN}/status-overrides?periodId=${encodeURIComponent(PERIOD)}`) },
  "PUT /api/plans/:planId/status-overrides/:periodId/:indicatorId": {
    allowed: EVALUATION_BODY,
    success: 200,
    request: at(`/api/plans/${PLAN}/status-overrides/${encodeURIComponent(PERIOD)}/${encodeURIComponent(OWNED.rpct.indicatorId)}`, { level: 3, reason: "Verifica della matrice dei permessi" }),
  },
  "DELETE /api/plans/:planId/status-overrides/:periodId/:indicatorId": {
    allowed: EVALUATION_BODY,
    success: 204,
    request: async () => {
      const period = await freshPeriod();
      const key = { ...scope, periodId: period, indicatorId: OWNED.rpct.indicatorId, assigneeId: null };
      await putStatusOverride(db(), key, { level: 3, reason: "Da eliminare", createdBy: "matrice", createdByLabel: "Matrice" });
      return { url: `/api/plans/${PLAN}/status-overrides/${encodeURIComponent(period)}/${encodeURIComponent(OWNED.rpct.indicatorId)}` };
    },
  },
  "GET /api/plans/:planId/scoring-rules": { allowed: PLAN_READERS, success: 200, request: at(`/api/plans/${PLAN}/scoring-rules`) },
  // the default rules, written explicitly: the other cases' figures do not change
  "PUT /api/plans/:planId/scoring-rules": { allowed: EVALUATION_BODY, success: 200, request: at(`/api/plans/${PLAN}/scoring-rules`, { missingValues: "exclude" }) },
  "DELETE /api/plans/:planId/scoring-rules": { allowed: EVALUATION_BODY, success: 200, request: at(`/api/plans/${PLAN}/scoring-rules`) },

  // publications (src/server/routes/publications.routes.ts): publishing is the office's; what is published is public
  "POST /api/plans/:planId/publications": { allowed: MANAGERS, success: 201, request: at(`/api/plans/${PLAN}/publications`, { periodId: PERIOD }) },
  "GET /api/plans/:planId/publications": { allowed: PLAN_READERS, success: 200, request: at(`/api/plans/${PLAN}/publications`) },
  "GET /api/publications": { allowed: EVERYONE, success: 200, request: at("/api/publications") },
  "GET /api/publications/:publicationId": { allowed: EVERYONE, success: 200, request: async () => ({ url: `/api/publications/${await freshPublication()}` }) },
  "GET /api/publications/:publicationId/:file": {
    allowed: EVERYONE,
    success: 200,
    request: async () => ({ url: `/api/publications/${await freshPublication()}/open-data.json` }),
  },

  // reports (src/server/routes/reports.routes.ts): anyone who reads the plan may download its reports; the open-data dictionary and schema are public
  "GET /api/plans/:planId/reports": { allowed: PLAN_READERS, success: 200, request: at(`/api/plans/${PLAN}/reports`) },
  "GET /api/plans/:planId/reports/:file": { allowed: PLAN_READERS, success: 200, request: at(`/api/plans/${PLAN}/reports/open-data.json?periodId=${encodeURIComponent(PERIOD)}`) },
  "GET /api/open-data/dizionario.csv": { allowed: EVERYONE, success: 200, request: at("/api/open-data/dizionario.csv") },
  "GET /api/open-data/schema.json": { allowed: EVERYONE, success: 200, request: at("/api/open-data/schema.json") },

  // service data (src/server/routes/analytics.routes.ts): reading the plan shows them; the office binds and computes
  "GET /api/plans/:planId/analytics-bindings": { allowed: PLAN_READERS, success: 200, request: at(`/api/plans/${PLAN}/analytics-bindings`) },
  "PUT /api/plans/:planId/analytics-bindings/:indicatorId": {
    allowed: MANAGERS,
    success: 200,
    request: async () => ({ url: `/api/plans/${PLAN}/analytics-bindings/${encodeURIComponent(String((await freshItem("indicators")).id))}`, payload: { definitionId: "afol-13-psp-sottoscritti" } }),
  },
  "PUT /api/plans/:planId/analytics-structure-map": {
    allowed: MANAGERS,
    success: 200,
    request: async () => ({ url: `/api/plans/${PLAN}/analytics-structure-map`, payload: { structureMap: {} } }),
  },
  "DELETE /api/plans/:planId/analytics-bindings/:indicatorId": {
    allowed: MANAGERS,
    success: 204,
    request: async () => {
      const indicatorId = String((await freshItem("indicators")).id);
      await saveAnalyticsBinding(db(), { ...scope, indicatorId, definitionId: "afol-13-psp-sottoscritti", structureMap: {}, createdBy: "matrice" });
      return { url: `/api/plans/${PLAN}/analytics-bindings/${encodeURIComponent(indicatorId)}` };
    },
  },
  "POST /api/plans/:planId/analytics/compute": { allowed: MANAGERS, success: 200, request: async () => ({ url: `/api/plans/${PLAN}/analytics/compute?periodId=${encodeURIComponent(await freshPeriod())}` }) },
  "POST /api/plans/:planId/analytics/reviews/:measurementId": {
    allowed: MANAGERS,
    success: 200,
    request: async () => {
      const id = fresh(`${PLAN}:da-rivedere`);
      const provenance = {
        definitionId: "afol-13-psp-sottoscritti",
        definitionTitle: "Patti di servizio personalizzati sottoscritti dai CPI",
        dataset: "ds-matrice",
        computedAt: "2024-01-01T00:00:00Z",
        periodBasis: "data dell'evento",
        computedValue: 12,
        numerator: 12,
        denominator: null,
        awaitingReview: true,
      };
      await insertItem(db(), "measurements", scope, { id, indicatorId: OWNED.rpct.indicatorId, periodId: await freshPeriod(), value: 10, origin: "manual", provenance } as never);
      return { url: `/api/plans/${PLAN}/analytics/reviews/${encodeURIComponent(id)}`, payload: { decision: "keep-manual" } };
    },
  },

  // evidence files (src/server/routes/evidence.routes.ts): rights of the value they support
  "POST /api/plans/:planId/evidence": (["rpct", "direzione"] as const).map((owner) => ({
    variant: owner === "rpct" ? "della propria struttura" : "di un'altra struttura",
    allowed: (owner === "rpct" ? [...MANAGERS, "structure_head"] : MANAGERS) as Subject[],
    success: 201,
    request: async () => ({ url: `/api/plans/${PLAN}/evidence`, ...evidenceUpload(OWNED[owner].indicatorId, await freshPeriod()) }),
  })),
  "GET /api/plans/:planId/evidence": { allowed: PLAN_READERS, success: 200, request: at(`/api/plans/${PLAN}/evidence?periodId=${encodeURIComponent(PERIOD)}`) },
  "GET /api/evidence/:evidenceId/download": (["rpct", "direzione"] as const).map((owner) => ({
    variant: owner === "rpct" ? "bozza della propria struttura" : "bozza di un'altra struttura",
    allowed: (owner === "rpct" ? [...MANAGERS, "evaluator", "structure_head"] : [...MANAGERS, "evaluator"]) as Subject[],
    success: 200,
    request: async () => ({ url: `/api/evidence/${await freshEvidence(owner)}/download` }),
  })),
  "DELETE /api/evidence/:evidenceId": (["rpct", "direzione"] as const).map((owner) => ({
    variant: owner === "rpct" ? "della propria struttura" : "di un'altra struttura",
    allowed: (owner === "rpct" ? [...MANAGERS, "structure_head"] : MANAGERS) as Subject[],
    success: 204,
    request: async () => ({ url: `/api/evidence/${await freshEvidence(owner)}` }),
  })),

  ...Object.assign({}, ...BUNDLE_COLLECTIONS.map(planItemCases)),
};

/** A PDF attached to a value of the owner's indicator in a fresh period. */
async function freshEvidence(owner: Owner): Promise<string> {
  const stored = await insertEvidenceFile(db(), {
    ...scope,
    indicatorId: OWNED[owner].indicatorId,
    periodId: await freshPeriod(),
    fileName: "verbale.pdf",
    mediaType: "application/pdf",
    content: Buffer.from("%PDF-1.4\n%%EOF\n"),
    uploadedBy: "matrice",
    uploadedByLabel: "matrice",
  });
  return stored.id;
}

function evidenceUpload(indicatorId: string, periodId: string) {
  const boundary = "----allegato";
  const field = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  return {
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(field("indicatorId", indicatorId) + field("periodId", periodId)),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="verbale.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--${boundary}--\r\n`),
    ]),
  };
}

async function freshPublication(): Promise<string> {
  const bundle = (await loadPlanBundle(db(), PLAN))!;
  return (await createPublication(db(), { bundle, evaluation: null, title: "Pubblicazione di prova", publishedBy: "matrice" })).id;
}

/** OpenAPI's own pages (UI, its files): public by nature, listed here by prefix. */
const isDocsPage = (url: string) => url === "/api/docs" || url.startsWith("/api/docs/");

describe("permission matrix", () => {
  beforeAll(async () => {
    handle = await createTestDatabase("pglite");
    const arti = importText(readSeed("arti"), SEED_FILES.arti);
    if (!arti.ok) throw new Error("seed ARTI non importato");
    await savePlanBundle(handle.db, {
      ...arti.bundle,
      roleWeightings: [{ id: "arti-2021:pesatura-personale", planId: PLAN, role: "personale", organisational: 15, individual: 45, behaviour: 40, statedTotal: 100 }],
    });
    app = await buildApp({ database: handle });
    await app.ready();
    sessions.set("administrator", await signIn(app, "administrator"));
    sessions.set("planning_office", await signIn(app, "planning_office", { organisationId: ORG }));
    sessions.set("structure_head", await signIn(app, "structure_head", { organisationId: ORG, structures: [{ organisationId: ORG, structureId: RPCT }] }));
    sessions.set("evaluator", await signIn(app, "evaluator", { organisationId: ORG }));
    sessions.set("reader", await signIn(app, "reader", { organisationId: ORG }));
    sessions.set("outsider", await signIn(app, "planning_office", { organisationId: "afol-metropolitana" }));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("every /api route of the application has its rule in the matrix", () => {
    const routes = app.registeredRoutes.filter((r) => r.method !== "HEAD" && (r.url === "/api" || r.url.startsWith("/api/")));
    const unlisted = routes.map((r) => `${r.method} ${r.url}`).filter((key) => !(key in MATRIX) && !isDocsPage(key.split(" ")[1]!));
    expect(unlisted, "route senza regola nella matrice dei permessi: aggiungerla a MATRIX").toEqual([]);
    // a route the matrix calls public must be declared public, and the other way round
    for (const route of routes.filter((r) => `${r.method} ${r.url}` in MATRIX)) {
      const cases = [MATRIX[`${route.method} ${route.url}`]!].flat();
      // health and the OpenAPI pages are public by path (src/auth/plugin.ts), the rest by config.public
      const declaredPublic = route.isPublic || route.url === "/api/health" || isDocsPage(route.url);
      expect(cases.every((c) => c.allowed.includes("anonymous")), `${route.method} ${route.url}: pubblica?`).toBe(declaredPublic);
    }
  });

  const registered = () => new Set(app.registeredRoutes.map((r) => `${r.method} ${r.url}`));

  for (const [key, spec] of Object.entries(MATRIX)) {
    for (const rule of [spec].flat()) {
      it(`${key}${rule.variant ? ` (${rule.variant})` : ""}: ${rule.allowed.join(", ")}`, async (context) => {
        if (!registered().has(key)) {
          context.skip(); // the route is not wired into the app yet
          return;
        }
        const [method, path] = key.split(" ") as [InjectOptions["method"], string];
        const outcomes: string[] = [];
        for (const who of SUBJECTS) {
          const request = await rule.request(who);
          const actor = request.as === undefined ? (who === "anonymous" ? null : sessions.get(who)!) : request.as;
          const res = await app.inject({ method, url: request.url, payload: request.payload, headers: { ...actor?.headers, ...request.headers } });
          const expected = rule.allowed.includes(who) ? rule.success : who === "anonymous" ? 401 : 403;
          if (res.statusCode !== expected) outcomes.push(`${who}: ${res.statusCode} invece di ${expected} (${res.body.slice(0, 200)})`);
        }
        expect(outcomes, `${method} ${path}`).toEqual([]);
      });
    }
  }

  it("every refusal of a signed-in person is in the audit trail, with the route and the reason", async () => {
    const office = sessions.get("outsider")!;
    const before = (await app.inject({ method: "GET", url: "/api/audit?action=forbidden&limit=5000", headers: sessions.get("administrator")!.headers })).json().length;
    const res = await app.inject({ method: "GET", url: `/api/plans/${PLAN}`, headers: office.headers });
    expect(res.statusCode).toBe(403);
    const after = (await app.inject({ method: "GET", url: "/api/audit?action=forbidden&limit=5000", headers: sessions.get("administrator")!.headers })).json();
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({
      actorId: office.account.id,
      itemType: "plan",
      itemId: PLAN,
      note: `GET /api/plans/${PLAN}: ufficio pianificazione e controllo: non può leggere il piano «${PLAN}»`,
    });
  });
});
