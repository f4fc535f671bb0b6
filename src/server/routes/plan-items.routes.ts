// CRUD for every collection of a plan: /api/plans/:planId/{objectives,indicators,targets,measurements,…}[/:itemId].
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import * as model from "../../domain/model";
import { BUNDLE_COLLECTIONS, type BundleCollection } from "../../domain/model";
import { COLLECTION_LABELS, COLLECTION_SLUGS } from "../../domain/references";
import { accessOf } from "../../auth/authorize";
import type { AppContext } from "../context";
import { ErrorBody } from "../errors";
import { createPlanItem, deletePlanItem, findPlanItems, getPlanItem, replacePlanItem } from "../plan-items.service";

const ITEM_SCHEMAS = {
  nodes: model.PlanNode,
  objectives: model.Objective,
  steps: model.ImplementationStep,
  cronoprogrammi: model.Cronoprogramma,
  phases: model.CronoprogrammaPhase,
  indicators: model.Indicator,
  targets: model.Target,
  periods: model.MonitoringPeriod,
  measurements: model.Measurement,
  roleWeightings: model.RoleWeighting,
  budgetTables: model.BudgetTable,
  budgetLines: model.BudgetLine,
  spendingProgrammes: model.SpendingProgramme,
  reportedTables: model.ReportedTable,
} satisfies Record<BundleCollection, z.ZodObject>;

/**
 * What the API returns: the item, and for measurements its version (updatedAt, ISO instant), which a change must
 * send back so that a stale edit is refused with 409 instead of overwriting someone else's.
 */
function readSchema(collection: BundleCollection) {
  const schema = ITEM_SCHEMAS[collection] as z.ZodObject;
  return collection === "measurements" ? schema.extend({ updatedAt: z.string() }) : schema;
}

/** The body of a write: the item without planId (taken from the URL); on create the id may be left out. */
function writeSchema(collection: BundleCollection) {
  const schema = ITEM_SCHEMAS[collection] as z.ZodObject;
  return "planId" in schema.shape ? schema.omit({ planId: true } as never) : schema;
}

const ItemRef = z.object({ collection: z.enum(BUNDLE_COLLECTIONS), id: z.string() });
const DeleteOutcome = z.object({
  removed: z.array(ItemRef).describe("gli elementi eliminati, prima quelli che dipendono, per ultimo l'elemento chiesto"),
  detached: z.array(ItemRef.extend({ field: z.string() })).describe("elementi rimasti che hanno perso il riferimento all'elemento eliminato"),
  related: z.array(z.object({ type: z.enum(["evidence", "status-override", "analytics-binding"]), id: z.string() })),
});

const PlanParams = z.object({ planId: z.string().min(1) });
const ItemParams = PlanParams.extend({ itemId: z.string().min(1) });

export const planItemRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    for (const collection of BUNDLE_COLLECTIONS) {
      const base = `/api/plans/:planId/${COLLECTION_SLUGS[collection]}`;
      const item = readSchema(collection);
      const write = writeSchema(collection);
      const update =
        collection === "measurements"
          ? write.omit({ id: true } as never).extend({ updatedAt: z.string().min(1).describe("la versione letta (updatedAt)") })
          : write.omit({ id: true } as never);
      const label = COLLECTION_LABELS[collection];
      const tags = ["contenuti del piano"];
      const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

      app.get(
        base,
        { schema: { tags, summary: `Elenco ${label}`, params: PlanParams, response: { 200: z.array(item), 404: ErrorBody } } },
        async (req) => findPlanItems(db, collection, req.params.planId, accessOf(req)),
      );
      app.get(
        `${base}/:itemId`,
        { schema: { tags, summary: `Un elemento di ${label}`, params: ItemParams, response: { 200: item, 404: ErrorBody } } },
        async (req) => getPlanItem(db, collection, req.params.planId, req.params.itemId, accessOf(req)),
      );
      app.post(
        base,
        {
          schema: {
            tags,
            summary: `Crea un elemento di ${label}`,
            params: PlanParams,
            body: write.extend({ id: z.string().min(1).optional() }),
            response: { 201: item, ...errors },
          },
        },
        async (req, reply) => {
          const created = await createPlanItem(db, collection, req.params.planId, req.body as Record<string, unknown>, accessOf(req));
          return reply.code(201).send(created as never);
        },
      );
      app.put(
        `${base}/:itemId`,
        {
          schema: {
            tags,
            summary: `Aggiorna un elemento di ${label}`,
            params: ItemParams,
            body: update,
            response: { 200: item, ...errors },
          },
        },
        async (req) =>
          replacePlanItem(db, collection, req.params.planId, req.params.itemId, req.body as Record<string, unknown>, accessOf(req)),
      );
      app.delete(
        `${base}/:itemId`,
        {
          schema: {
            tags,
            summary: `Elimina un elemento di ${label} con quanto ne dipende`,
            description: "In una sola transazione: l'elemento, gli elementi che ne dipendono e i loro allegati, stati modificati e collegamenti ai dati di servizio. Risponde con l'elenco di quanto eliminato.",
            params: ItemParams,
            response: { 200: DeleteOutcome, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
          },
        },
        async (req) => deletePlanItem(db, collection, req.params.planId, req.params.itemId, accessOf(req)),
      );
    }
  };
