// Plans as a whole: list, read everything in one, create from a full bundle, update the header, delete.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { deletePlan, findPlans, loadPlanBundle, planExists, savePlanBundle, updatePlanHeader } from "../../db/plan-store";
import { Plan, PlanBundle } from "../../domain/model";
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
      async (req) => findPlans(db, { organisationId: req.query.organisationId }),
    );

    app.get(
      "/api/plans/:planId",
      {
        schema: {
          tags,
          summary: "Un piano con tutti i suoi contenuti",
          params: PlanParams,
          response: { 200: PlanBundle, 404: ErrorBody },
        },
      },
      async (req) => {
        const bundle = await loadPlanBundle(db, req.params.planId);
        if (!bundle) throw new NotFoundError(`Piano "${req.params.planId}" non trovato`);
        return bundle;
      },
    );

    app.post(
      "/api/plans",
      {
        schema: {
          tags,
          summary: "Crea un piano (intestazione e, facoltativamente, tutti i contenuti)",
          body: PlanBundle,
          response: { 201: z.object({ id: z.string() }), 400: ErrorBody, 409: ErrorBody },
        },
      },
      async (req, reply) => {
        if (await planExists(db, req.body.plan.id)) {
          return reply.code(409).send({ error: `Esiste già un piano con id "${req.body.plan.id}"` });
        }
        if (req.body.plan.organisationId !== req.body.organisation.id) {
          throw new InvalidRequestError("Organizzazione incoerente", [
            { path: "body.plan.organisationId", message: "deve coincidere con organisation.id" },
          ]);
        }
        const id = await savePlanBundle(db, req.body);
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
          response: { 200: Plan, 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (req) => {
        const updated = await updatePlanHeader(db, req.params.planId, req.body);
        if (!updated) throw new NotFoundError(`Piano "${req.params.planId}" non trovato`);
        return updated;
      },
    );

    app.delete(
      "/api/plans/:planId",
      { schema: { tags, summary: "Elimina un piano", params: PlanParams, response: { 204: z.null(), 404: ErrorBody } } },
      async (req, reply) => {
        if (!(await deletePlan(db, req.params.planId))) throw new NotFoundError(`Piano "${req.params.planId}" non trovato`);
        return reply.code(204).send(null);
      },
    );
  };
