// The one-line checks routes use: `const user = await authorize(req, "read", { planId })`. A refusal answers
// 403 with the reason in Italian and is written to the audit trail (action "forbidden") and to the log.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { eq } from "drizzle-orm";
import type { Database } from "../db/connect";
import { plans } from "../db/schema";
import { recordAudit, type Actor } from "../audit/audit-log";
import { NotFoundError } from "../server/errors";
import { ForbiddenError, UnauthorizedError } from "./errors";
import { actorOf, type SessionUser } from "./plugin";
import { can, type ActionOn, type PlanAction, type Resource } from "./policies";
import { ROLE_LABELS } from "./roles";

declare module "fastify" {
  interface FastifyInstance {
    /** the database the routes use, for checks that need to read (set by buildApp). */
    authDatabase: Database;
  }
}

export const PLAN_ACTION_LABELS: Record<PlanAction, string> = {
  read: "leggere",
  export: "esportare",
  create: "creare",
  update: "modificare",
  delete: "eliminare",
  approve: "approvare",
  revise: "revisionare",
  publish: "pubblicare",
  "manage-workflow": "gestire il monitoraggio di",
  "validate-workflow": "validare il monitoraggio di",
  "assign-objectives": "assegnare obiettivi individuali di",
  evaluate: "valutare",
  "validate-scores": "validare i punteggi individuali di",
  "read-audit": "leggere il registro delle modifiche di",
};

/** The signed-in person; 401 when there is none (the authentication hook already refuses most of these). */
export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new UnauthorizedError("Accesso richiesto");
  return request.user;
}

export interface DenialContext {
  itemType: string;
  itemId?: string | null;
  organisationId?: string | null;
  planId?: string | null;
  periodId?: string | null;
  structureId?: string | null;
}

/** Who acts in a service call: the person (for the policies), the actor (for the audit trail), where to log. */
export interface Access {
  user: SessionUser;
  actor: Actor;
  /** "PUT /api/plans/…": written with a refusal. */
  request: string;
  log: { warn(details: object, message: string): void };
}

export function accessOf(request: FastifyRequest): Access {
  return {
    user: requireUser(request),
    actor: actorOf(request),
    request: `${request.method} ${request.url.split("?")[0]}`,
    log: request.log,
  };
}

/** Logs a refusal (audit trail and log) and returns the 403 error to throw. */
export async function refuse(db: Database, access: Access, message: string, context: DenialContext): Promise<ForbiddenError> {
  access.log.warn({ account: access.user.id, request: access.request, ...context }, `accesso negato: ${message}`);
  await recordAudit(db, access.actor, { action: "forbidden", ...context, note: `${access.request}: ${message}` });
  return new ForbiddenError(`Operazione non consentita: ${message}`);
}

export function denial(request: FastifyRequest, message: string, context: DenialContext): Promise<ForbiddenError> {
  return refuse(request.server.authDatabase, accessOf(request), message, context);
}

/** can() for a service call, or a logged 403 naming the role. */
export async function check<R extends Resource>(
  db: Database,
  access: Access,
  action: ActionOn<R>,
  resource: R,
  refusal: { message: string } & DenialContext,
): Promise<void> {
  if (can(access.user, action, resource)) return;
  const { message, ...context } = refusal;
  throw await refuse(db, access, `${ROLE_LABELS[access.user.role]}: ${message}`, context);
}

/** can(), or a logged 403 naming the role and what was refused. */
export async function authorizeResource<R extends Resource>(
  request: FastifyRequest,
  action: ActionOn<R>,
  resource: R,
  refusal: { message: string } & DenialContext,
): Promise<SessionUser> {
  const user = requireUser(request);
  if (can(user, action, resource)) return user;
  const { message, ...context } = refusal;
  throw await denial(request, `${ROLE_LABELS[user.role]}: ${message}`, context);
}

export async function planOrganisation(db: Database, planId: string): Promise<string> {
  const [plan] = await db.select({ organisationId: plans.organisationId }).from(plans).where(eq(plans.id, planId));
  if (!plan) throw new NotFoundError(`Piano "${planId}" non trovato`);
  return plan.organisationId;
}

/**
 * The check for anything done to a plan as a whole: read it, publish it, evaluate it, approve it…
 * 404 when the plan does not exist, 403 (logged) when the role or the organisation does not allow it.
 */
export async function authorize(request: FastifyRequest, action: PlanAction, target: { planId: string }): Promise<SessionUser> {
  requireUser(request);
  const organisationId = await planOrganisation(request.server.authDatabase, target.planId);
  return authorizeResource(request, action, { type: "plan", organisationId }, {
    message: `non può ${PLAN_ACTION_LABELS[action]} il piano «${target.planId}»`,
    itemType: "plan",
    itemId: target.planId,
    planId: target.planId,
    organisationId,
  });
}

/** For creating a plan in an organisation (POST /api/plans, imports). */
export async function authorizeNewPlan(request: FastifyRequest, organisationId: string, planId: string): Promise<SessionUser> {
  return authorizeResource(request, "create", { type: "plan", organisationId }, {
    message: `non può creare piani per l'organizzazione «${organisationId}»`,
    itemType: "plan",
    itemId: planId,
    planId,
    organisationId,
  });
}

/** A preValidation hook for routes with :planId, so that a refused request is refused before its body is read. */
export function planAccess(action: PlanAction) {
  return async (request: FastifyRequest) => {
    const { planId } = request.params as { planId?: string };
    if (!planId) throw new Error(`planAccess("${action}") su una route senza :planId (${request.url})`);
    await authorize(request, action, { planId });
  };
}

/**
 * Defence in depth: every route under a plan (a path with :planId) needs at least the right to read that plan,
 * before its own check, so that a route written without one still keeps other organisations out.
 */
export function registerPlanReadGuard(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    if (!request.user || request.routeOptions.config?.public === true) return;
    if (!request.routeOptions.url?.includes(":planId")) return;
    const { planId } = request.params as { planId?: string };
    if (planId) await authorize(request, "read", { planId });
  });
}
