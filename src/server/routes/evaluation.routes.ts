// The evaluation of a plan for a period (scores, statuses, allocations, findings with explanations) and the what-if.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { planAccess } from "../../auth/authorize";
import type { AppContext } from "../context";
import { ErrorBody } from "../errors";
import { evaluateStoredPlan, whatIfStoredPlan } from "../evaluation.service";

const PlanParams = z.object({ planId: z.string().min(1) });
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "data non valida (atteso AAAA-MM-GG)");
// The engine's result types are TypeScript interfaces (src/domain/evaluation); the response schema names their main keys.
const PlanEvaluationBody = z.looseObject({
  kind: z.literal("computed"),
  planId: z.string(),
  periodId: z.string(),
  cutoffDate: z.string(),
  indicators: z.array(z.looseObject({ indicatorId: z.string() })),
  objectives: z.array(z.looseObject({ objectiveId: z.string() })),
  plan: z.looseObject({ id: z.string() }),
  findings: z.array(z.looseObject({})),
});
const WhatIfBody = z.looseObject({ kind: z.literal("computed"), before: PlanEvaluationBody, after: PlanEvaluationBody });
const tags = ["valutazione"];

/** The engine's interfaces have no index signature; the response schema still validates the object on the way out. */
function asResponse<S extends z.ZodType>(_schema: S, result: object): z.infer<S> {
  return result as unknown as z.infer<S>;
}

export const evaluationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      "/api/plans/:planId/evaluation",
      {
        preValidation: planAccess("read"),
        schema: {
          tags,
          summary: "Valutazione del piano per un periodo: raggiungimento, stato, punteggi, quote di risorse, verifiche, spiegazioni",
          params: PlanParams,
          querystring: z.object({ periodId: z.string().min(1).optional(), asOf: IsoDate.optional() }),
          response: { 200: PlanEvaluationBody, 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (req) => asResponse(PlanEvaluationBody, await evaluateStoredPlan(db, req.params.planId, req.query, req.user!)),
    );

    app.post(
      "/api/plans/:planId/evaluation/what-if",
      {
        preValidation: planAccess("read"),
        schema: {
          tags,
          summary: "Simulazione: la valutazione con pesi, target o regole diverse, senza salvare",
          params: PlanParams,
          body: z.object({
            periodId: z.string().min(1).optional(),
            asOf: IsoDate.optional(),
            objectiveWeights: z.record(z.string(), z.number().min(0).max(100).nullable()).optional(),
            targets: z.record(z.string(), z.string().min(1)).optional(),
            changedRules: z.record(z.string(), z.unknown()).optional(),
          }),
          response: { 200: WhatIfBody, 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (req) => asResponse(WhatIfBody, await whatIfStoredPlan(db, req.params.planId, req.body as never, req.user!)),
    );
  };
