// "Le mie performance" (read-only, for the person), and what feeds it: objectives assigned to a person, the
// individual score validated by the evaluator.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accessOf, planAccess, requireUser } from "../../auth/authorize";
import { AssessmentScale } from "../../domain/model";
import { assignObjectives, findAssignments, myPerformance, validateIndividualScore } from "../../workflow/individual-scores";
import type { AppContext } from "../context";
import { ErrorBody } from "../errors";

const Assignment = z.object({
  accountId: z.string(),
  planId: z.string(),
  objectiveIds: z.array(z.string()),
  roleWeightingId: z.string().nullable(),
});
const refusals = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ["performance individuale"];

export const individualPerformanceRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      "/api/me/performance",
      {
        schema: {
          tags,
          summary: "Le mie performance: obiettivi assegnati, legenda della scala, punteggio individuale validato",
          response: {
            200: z.array(
              z.object({
                planId: z.string(),
                planTitle: z.string(),
                organisationId: z.string(),
                scale: AssessmentScale,
                roleWeighting: z
                  .object({ id: z.string(), role: z.string(), organisational: z.number(), individual: z.number(), behaviour: z.number() })
                  .nullable(),
                objectives: z.array(
                  z.object({
                    id: z.string(),
                    code: z.string(),
                    title: z.string(),
                    weight: z.number().nullable(),
                    expectedResult: z.string().nullable(),
                    indicators: z.array(z.object({ id: z.string(), code: z.string(), definition: z.string(), targets: z.array(z.string()) })),
                  }),
                ),
                scores: z.array(
                  z.object({
                    periodId: z.string(),
                    periodLabel: z.string(),
                    value: z.number(),
                    text: z.string(),
                    components: z.unknown(),
                    validatedAt: z.string(),
                    validatedBy: z.string(),
                  }),
                ),
              }),
            ),
          },
        },
      },
      async (req) => myPerformance(db, requireUser(req).id),
    );

    app.get(
      "/api/plans/:planId/assignments",
      {
        schema: {
          tags,
          summary: "Obiettivi individuali assegnati nel piano",
          params: z.object({ planId: z.string().min(1) }),
          response: { 200: z.array(Assignment), ...refusals },
        },
        preValidation: planAccess("assign-objectives"),
      },
      async (req) => findAssignments(db, req.params.planId),
    );

    app.put(
      "/api/plans/:planId/assignments/:accountId",
      {
        schema: {
          tags,
          summary: "Assegna a una persona gli obiettivi individuali e la pesatura del suo ruolo",
          params: z.object({ planId: z.string().min(1), accountId: z.string().min(1) }),
          body: z.object({ objectiveIds: z.array(z.string().min(1)), roleWeightingId: z.string().min(1).nullable() }),
          response: { 200: Assignment, ...refusals },
        },
        preValidation: planAccess("assign-objectives"),
      },
      async (req) => assignObjectives(db, accessOf(req), req.params.planId, req.params.accountId, req.body),
    );

    app.post(
      "/api/plans/:planId/periods/:periodId/individual-scores/:accountId",
      {
        schema: {
          tags,
          summary: "Valida il punteggio individuale del periodo (comportamenti 0–100): calcolato e congelato",
          params: z.object({ planId: z.string().min(1), periodId: z.string().min(1), accountId: z.string().min(1) }),
          body: z.object({ behaviour: z.number().min(0).max(100) }),
          response: {
            200: z.object({
              value: z.number(),
              text: z.string(),
              components: z.object({ organisational: z.number().nullable(), individual: z.number().nullable(), behaviour: z.number() }),
            }),
            ...refusals,
          },
        },
        preValidation: planAccess("validate-scores"),
      },
      async (req) => {
        const { planId, periodId, accountId } = req.params;
        const { score, components } = await validateIndividualScore(db, accessOf(req), planId, periodId, accountId, req.body.behaviour);
        return { value: score.value, text: score.explanation.text, components };
      },
    );
  };
