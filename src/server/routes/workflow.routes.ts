// The approval workflows: monitoring per period and structure (open, submit, validate, return, close, reopen,
// changes since validation) and the plan's versions (approve, revise, list, compare).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accessOf, authorize, planAccess } from "../../auth/authorize";
import { IsoDate } from "../../domain/model";
import {
  changesSinceValidation,
  checkValuesRead,
  listPeriodWorkflows,
  loadPeriodContext,
  openPeriod,
  transitionMany,
  transitionWorkflow,
} from "../../workflow/monitoring-workflow";
import { WorkflowState, type Transition } from "../../workflow/monitoring-states";
import { notifyWorkflowEvent } from "../../notifications/workflow-mail";
import { approvePlan, diffPlanVersions, findPlanVersions, previousVersionOf, revisePlan } from "../../workflow/plan-versions";
import type { AppContext } from "../context";
import { emptyBodyAsObject } from "./optional-body";
import { ErrorBody, InvalidRequestError } from "../errors";

const PlanParams = z.object({ planId: z.string().min(1) });
const PeriodParams = PlanParams.extend({ periodId: z.string().min(1) });
const StructureParams = PeriodParams.extend({ structureId: z.string().min(1) });
const refusals = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

const WorkflowView = z.object({
  structureId: z.string(),
  structureName: z.string(),
  state: WorkflowState,
  stateLabel: z.string(),
  version: z.number(),
  values: z.number(),
  missing: z.number(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  validatedAt: z.string().nullable(),
  validatedBy: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnedBy: z.string().nullable(),
  returnReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenedBy: z.string().nullable(),
  reopenReason: z.string().nullable(),
});

const FieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
const ItemRef = z.object({ key: z.string(), label: z.string() });
const PlanDiffView = z.object({
  from: z.object({ planId: z.string(), version: z.number(), state: z.string() }),
  to: z.object({ planId: z.string(), version: z.number(), state: z.string() }),
  plan: z.array(FieldChange),
  collections: z.record(
    z.string(),
    z.object({ label: z.string(), added: z.array(ItemRef), removed: z.array(ItemRef), changed: z.array(ItemRef.extend({ fields: z.array(FieldChange) })) }),
  ),
  summary: z.object({ added: z.number(), removed: z.number(), changed: z.number() }),
});

const TRANSITION_SUMMARIES: Record<Transition, string> = {
  submit: "Invia i valori della struttura all'ufficio (i valori in rosso richiedono una nota)",
  validate: "Valida i valori inviati dalla struttura",
  return: "Rinvia i valori alla struttura con una motivazione",
  close: "Chiude il periodo per la struttura: i valori non cambiano più",
  reopen: "Riapre un periodo chiuso, con una motivazione registrata",
};

export const workflowRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ["monitoraggio e approvazione"];
    const base = "/api/plans/:planId/periods/:periodId/workflow";

    app.get(
      base,
      {
        schema: { tags, summary: "Stato del monitoraggio del periodo per ogni struttura", params: PeriodParams, response: { 200: z.array(WorkflowView), ...refusals } },
        preValidation: planAccess("read"),
      },
      async (req) => listPeriodWorkflows(db, req.params.planId, req.params.periodId),
    );

    app.post(
      `${base}/open`,
      {
        schema: { tags, summary: "Apre il periodo alla raccolta dei valori per tutte le strutture", params: PeriodParams, response: { 200: z.array(WorkflowView), ...refusals } },
        preValidation: planAccess("manage-workflow"),
      },
      async (req) => openPeriod(db, accessOf(req), req.params.planId, req.params.periodId),
    );

    for (const transition of ["validate", "close"] as const) {
      app.post(
        `${base}/${transition}`,
        {
          schema: {
            tags,
            summary: `${transition === "validate" ? "Validazione" : "Chiusura"} in blocco: le strutture indicate, o tutte quelle pronte (tutte o nessuna)`,
            params: PeriodParams,
            body: emptyBodyAsObject(z.object({ structureIds: z.array(z.string().min(1)).min(1).optional() })),
            response: { 200: z.array(WorkflowView), ...refusals },
          },
          preValidation: planAccess(transition === "validate" ? "validate-workflow" : "manage-workflow"),
        },
        async (req) => transitionMany(db, accessOf(req), req.params.planId, req.params.periodId, transition, req.body.structureIds ?? null),
      );
    }

    for (const transition of ["submit", "validate", "return", "close", "reopen"] as const) {
      app.post(
        `${base}/:structureId/${transition}`,
        {
          schema: {
            tags,
            summary: TRANSITION_SUMMARIES[transition],
            params: StructureParams,
            body: emptyBodyAsObject(
              z.object({
                reason: z.string().max(4000).nullable().optional(),
                version: z.number().int().nullable().optional().describe("la versione letta: se è cambiata, 409"),
              }),
            ),
            response: { 200: WorkflowView, ...refusals },
          },
          preValidation: planAccess("read"),
        },
        async (req) => {
          const { planId, periodId, structureId } = req.params;
          const view = await transitionWorkflow(db, accessOf(req), planId, periodId, structureId, { transition, ...req.body });
          if (ctx.mailer) {
            // after the commit, and never failing the request: the transition stands even if the mail server is down
            notifyWorkflowEvent(db, ctx.mailer, { planId, periodId, structureId, transition, reason: req.body.reason ?? null, by: req.user!.displayName }).catch(
              (error: unknown) => req.log.error({ err: error }, "notifica e-mail non inviata"),
            );
          }
          return view;
        },
      );
    }

    app.get(
      `${base}/:structureId/changes`,
      {
        schema: {
          tags,
          summary: "Modifiche ai valori della struttura dopo la validazione, con chi e quando",
          params: StructureParams,
          response: {
            200: z.object({
              validatedAt: z.string().nullable(),
              validatedBy: z.string().nullable(),
              changes: z.array(
                z.object({ measurementId: z.string(), indicatorId: z.string(), kind: z.enum(["added", "removed", "changed"]), fields: z.array(FieldChange) }),
              ),
              events: z.array(z.object({ id: z.number(), at: z.string(), actorLabel: z.string(), action: z.string(), itemId: z.string().nullable(), before: z.unknown(), after: z.unknown() })),
            }),
            ...refusals,
          },
        },
        preValidation: planAccess("read"),
      },
      async (req) => {
        const { planId, periodId, structureId } = req.params;
        const { ownership } = await loadPeriodContext(db, planId, periodId);
        await checkValuesRead(db, accessOf(req), ownership, periodId, structureId);
        const result = await changesSinceValidation(db, planId, periodId, structureId);
        return {
          ...result,
          events: result.events.map((e) => ({ id: e.id, at: e.at.toISOString(), actorLabel: e.actorLabel, action: e.action, itemId: e.itemId, before: e.before, after: e.after })),
        };
      },
    );

    app.post(
      "/api/plans/:planId/approval",
      {
        schema: {
          tags,
          summary: "Approva il piano in bozza: estremi e data dell'atto",
          params: PlanParams,
          body: z.object({ approvalAct: z.string().trim().min(3).max(500), approvalDate: IsoDate }),
          response: { 200: z.object({ id: z.string(), state: z.string(), approvalAct: z.string().nullable(), approvalDate: z.string().nullable() }), ...refusals },
        },
        preValidation: planAccess("approve"),
      },
      async (req) => {
        const plan = await approvePlan(db, accessOf(req), req.params.planId, req.body);
        return { id: plan.id, state: plan.state, approvalAct: plan.approvalAct, approvalDate: plan.approvalDate };
      },
    );

    app.post(
      "/api/plans/:planId/revisions",
      {
        schema: {
          tags,
          summary: "Crea una nuova versione (bozza) di un piano approvato, che diventa «revised»",
          params: PlanParams,
          body: emptyBodyAsObject(z.object({ newPlanId: z.string().trim().min(1).max(200).regex(/^[^/?#\s]+$/, "senza spazi né / ? #").optional() })),
          response: { 201: z.object({ id: z.string(), version: z.number() }), ...refusals },
        },
        preValidation: planAccess("revise"),
      },
      async (req, reply) => reply.code(201).send(await revisePlan(db, accessOf(req), req.params.planId, { newPlanId: req.body.newPlanId })),
    );

    app.get(
      "/api/plans/:planId/versions",
      {
        schema: {
          tags,
          summary: "Le versioni del piano, dalla prima",
          params: PlanParams,
          response: {
            200: z.array(
              z.object({
                planId: z.string(),
                version: z.number(),
                state: z.string(),
                approvalAct: z.string().nullable(),
                approvalDate: z.string().nullable(),
                createdAt: z.string().nullable(),
                createdBy: z.string().nullable(),
              }),
            ),
            ...refusals,
          },
        },
        preValidation: planAccess("read"),
      },
      async (req) => findPlanVersions(db, req.params.planId),
    );

    app.get(
      "/api/plans/:planId/diff",
      {
        schema: {
          tags,
          summary: "Differenze tra il piano e un'altra versione (per difetto la precedente)",
          params: PlanParams,
          querystring: z.object({ against: z.string().min(1).optional() }),
          response: { 200: PlanDiffView, ...refusals },
        },
        preValidation: planAccess("read"),
      },
      async (req) => {
        const against = req.query.against ?? (await previousVersionOf(db, req.params.planId));
        if (!against) {
          throw new InvalidRequestError("Nessuna versione precedente", [{ path: "querystring.against", message: "indicare il piano con cui confrontare" }]);
        }
        await authorize(req, "read", { planId: against });
        return diffPlanVersions(db, req.user!, against, req.params.planId);
      },
    );
  };
