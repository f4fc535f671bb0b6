// Plans as a whole: list, read everything in one, create from a full bundle, update the header, delete.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { findPlans, loadPlanBundle, planExists } from "../../db/plan-store";
import { Plan, PlanBundle } from "../../domain/model";
import { actorOf } from "../../auth/plugin";
import { authorizeNewPlan, planAccess, requireUser } from "../../auth/authorize";
import { deletePlanAudited, savePlanAudited, updatePlanHeaderAudited } from "../../workflow/plan-changes";
import { bundleForUser } from "../../workflow/visibility";
import type { AppContext } from "../context";
import { ErrorBody, InvalidRequestError, NotFoundError } from "../errors";

const PlanSummary = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  title: z.string(),
  kind: z.string(),
  yearFrom: z.number(),
  yearTo: z.number(),
  state: z.string(),
  version: z.number(),
  approvalAct: z.string().nullable(),
  approvalDate: z.string().nullable(),
});
const PlanParams = z.object({ planId: z.string().min(1) });
const tags = ["piani"];
const refusals = { 403: ErrorBody, 404: ErrorBody };

export const planRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      "/api/plans",
      {
        schema: {
          tags,
          summary: "Elenco dei piani",
          querystring: z.object({ organisationId: z.string().optional() }),
          response: { 200: z.array(PlanSummary) },
        },
      },
      async (req) => {
        const user = requireUser(req);
        // a person tied to one organisation sees only its plans
        if (user.organisationId && req.query.organisationId && req.query.organisationId !== user.organisationId) return [];
        return findPlans(db, { organisationId: user.organisationId ?? req.query.organisationId });
      },
    );

    app.get(
      "/api/plans/:planId",
      {
        schema: {
          tags,
          summary: "Un piano con tutti i suoi contenuti",
          params: PlanParams,
          response: { 200: PlanBundle, ...refusals },
        },
        preValidation: planAccess("read"),
      },
      async (req) => {
        const bundle = await loadPlanBundle(db, req.params.planId);
        if (!bundle) throw new NotFoundError(`Piano "${req.params.planId}" non trovato`);
        return bundleForUser(db, req.user!, bundle);
      },
    );

    app.post(
      "/api/plans",
      {
        schema: {
          tags,
          summary: "Crea un piano (intestazione e, facoltativamente, tutti i contenuti)",
          body: PlanBundle,
          response: { 201: z.object({ id: z.string() }), 400: ErrorBody, 403: ErrorBody, 409: ErrorBody },
        },
      },
      async (req, reply) => {
        await authorizeNewPlan(req, req.body.organisation.id, req.body.plan.id);
        if (await planExists(db, req.body.plan.id)) {
          return reply.code(409).send({ error: `Esiste già un piano con id "${req.body.plan.id}"` });
        }
        if (req.body.plan.organisationId !== req.body.organisation.id) {
          throw new InvalidRequestError("Organizzazione incoerente", [
            { path: "body.plan.organisationId", message: "deve coincidere con organisation.id" },
          ]);
        }
        const id = await savePlanAudited(db, req.body, actorOf(req), "create");
        return reply.code(201).send({ id });
      },
    );

    app.put(
      "/api/plans/:planId",
      {
        schema: {
          tags,
          summary: "Aggiorna l'intestazione di un piano",
          params: PlanParams,
          body: Plan.omit({ id: true }),
          response: { 200: Plan, 400: ErrorBody, ...refusals, 409: ErrorBody },
        },
        preValidation: planAccess("update"),
      },
      async (req) => {
        const current = await planExists(db, req.params.planId);
        if (current && req.body.organisationId !== current.organisationId) {
          throw new InvalidRequestError("Organizzazione non modificabile", [
            { path: "body.organisationId", message: `il piano appartiene a «${current.organisationId}»` },
          ]);
        }
        if (req.body.state === "revised") {
          throw new InvalidRequestError("Stato non modificabile qui", [
            { path: "body.state", message: "un piano diventa «revised» creando una nuova versione (POST /api/plans/:planId/revisions)" },
          ]);
        }
        const updated = await updatePlanHeaderAudited(db, req.params.planId, req.body, actorOf(req));
        if (!updated) throw new NotFoundError(`Piano "${req.params.planId}" non trovato`);
        return updated;
      },
    );

    app.delete(
      "/api/plans/:planId",
      {
        schema: { tags, summary: "Elimina un piano (il contenuto resta nel registro delle modifiche)", params: PlanParams, response: { 204: z.null(), ...refusals } },
        preValidation: planAccess("delete"),
      },
      async (req, reply) => {
        if (!(await deletePlanAudited(db, req.params.planId, actorOf(req)))) throw new NotFoundError(`Piano "${req.params.planId}" non trovato`);
        return reply.code(204).send(null);
      },
    );
  };
