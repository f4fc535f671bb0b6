// What the evaluation body stores for a plan: status overrides (per period and indicator, with a compulsory
// reason) and the plan's scoring rules. Reading is for whoever reads the plan; writing for evaluators and
// administrators (src/auth/policies/evaluation.ts). The evaluation, reports and publications apply both.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { accessOf, authorizeResource, planAccess, planOrganisation } from "../../auth/authorize";
import type { EvaluationAction } from "../../auth/policies";
import type { AppContext } from "../context";
import { ErrorBody } from "../errors";
import {
  adoptScoringRules,
  listStatusOverrides,
  readScoringRules,
  removeStatusOverride,
  resetScoringRules,
  setStatusOverride,
} from "../evaluation-settings.service";

const tags = ["valutazione"];
const refusals = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody };

const StatusOverrideBody = z.object({
  planId: z.string(),
  periodId: z.string(),
  indicatorId: z.string(),
  assigneeId: z.string().nullable(),
  level: z.number().int(),
  reason: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  createdByLabel: z.string(),
});
const OverrideParams = z.object({ planId: z.string().min(1), periodId: z.string().min(1), indicatorId: z.string().min(1) });
const AssigneeQuery = z.object({ assigneeId: z.string().min(1).optional() });
const ScoringRulesBody = z.object({
  adopted: z.boolean(),
  rules: z.record(z.string(), z.unknown()),
  effective: z.record(z.string(), z.unknown()),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

const ACTION_LABELS: Record<Exclude<EvaluationAction, "read">, string> = {
  "override-status": "correggere lo stato degli indicatori del piano",
  "set-scoring-rules": "adottare le regole di calcolo del piano",
};

/** A preValidation hook: the evaluation body's right on the plan of :planId (404 when the plan does not exist). */
function evaluationAccess(action: Exclude<EvaluationAction, "read">) {
  return async (request: FastifyRequest) => {
    const { planId } = request.params as { planId: string };
    const organisationId = await planOrganisation(request.server.authDatabase, planId);
    await authorizeResource(request, action, { type: "evaluation", organisationId }, {
      message: `non può ${ACTION_LABELS[action]} «${planId}»`,
      itemType: action === "override-status" ? "status-override" : "scoring-rules",
      itemId: planId,
      planId,
      organisationId,
    });
  };
}

export const evaluationSettingsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      "/api/plans/:planId/status-overrides",
      {
        preValidation: planAccess("read"),
        schema: {
          tags,
          summary: "Correzioni dello stato decise dal valutatore (OIV), con la motivazione",
          params: z.object({ planId: z.string().min(1) }),
          querystring: z.object({ periodId: z.string().min(1).optional() }),
          response: { 200: z.array(StatusOverrideBody), ...refusals },
        },
      },
      async (req) => listStatusOverrides(db, req.params.planId, req.query.periodId),
    );

    app.put(
      "/api/plans/:planId/status-overrides/:periodId/:indicatorId",
      {
        preValidation: evaluationAccess("override-status"),
        schema: {
          tags,
          summary: "Corregge lo stato di un indicatore nel periodo: livello della scala del piano e motivazione obbligatoria",
          description: "Lo stato calcolato resta visibile accanto alla correzione. assigneeId: per i piani misurati per destinatario (Province).",
          params: OverrideParams,
          querystring: AssigneeQuery,
          body: z.object({ level: z.number().int(), reason: z.string().max(2000) }),
          response: { 200: StatusOverrideBody, ...refusals },
        },
      },
      async (req) => setStatusOverride(db, accessOf(req), { ...req.params, assigneeId: req.query.assigneeId }, req.body),
    );

    app.delete(
      "/api/plans/:planId/status-overrides/:periodId/:indicatorId",
      {
        preValidation: evaluationAccess("override-status"),
        schema: {
          tags,
          summary: "Elimina la correzione: torna a valere lo stato calcolato",
          params: OverrideParams,
          querystring: AssigneeQuery,
          response: { 204: z.null(), ...refusals },
        },
      },
      async (req, reply) => {
        await removeStatusOverride(db, accessOf(req), { ...req.params, assigneeId: req.query.assigneeId });
        return reply.code(204).send(null);
      },
    );

    app.get(
      "/api/plans/:planId/scoring-rules",
      {
        preValidation: planAccess("read"),
        schema: {
          tags,
          summary: "Regole di calcolo adottate per il piano (e quelle effettive, con i valori predefiniti)",
          params: z.object({ planId: z.string().min(1) }),
          response: { 200: ScoringRulesBody, ...refusals },
        },
      },
      async (req) => readScoringRules(db, req.params.planId),
    );

    app.put(
      "/api/plans/:planId/scoring-rules",
      {
        preValidation: evaluationAccess("set-scoring-rules"),
        schema: {
          tags,
          summary: "Adotta le regole di calcolo del piano (docs/evaluation-rules.md); si applicano a cruscotto, relazioni e pubblicazioni",
          params: z.object({ planId: z.string().min(1) }),
          body: z.record(z.string(), z.unknown()),
          response: { 200: ScoringRulesBody, ...refusals },
        },
      },
      async (req) => adoptScoringRules(db, accessOf(req), req.params.planId, req.body),
    );

    app.delete(
      "/api/plans/:planId/scoring-rules",
      {
        preValidation: evaluationAccess("set-scoring-rules"),
        schema: {
          tags,
          summary: "Ripristina le regole di calcolo predefinite",
          params: z.object({ planId: z.string().min(1) }),
          response: { 200: ScoringRulesBody, ...refusals },
        },
      },
      async (req) => resetScoringRules(db, accessOf(req), req.params.planId),
    );
  };
