// Service data in monitoring: bindings of plan indicators to analytics definitions, computing them for a
// period, and the review of computed values that differ from manual ones. Reading needs the plan; changing
// needs the planning office or an administrator (plan "update").
import { join } from "node:path";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DatasetSummary, Measurement } from "../../domain/model";
import { planAccess } from "../../auth/authorize";
import { actorOf } from "../../auth/plugin";
import {
  computePlanServiceData,
  listServiceData,
  putBinding,
  putStructureMap,
  removeBinding,
  reviewComputedValue,
  type ServiceDataSettings,
} from "../analytics.service";
import type { AppContext } from "../context";
import { ErrorBody } from "../errors";

const PlanParams = z.object({ planId: z.string().min(1) });
const BindingParams = PlanParams.extend({ indicatorId: z.string().min(1) });
const MeasurementParams = PlanParams.extend({ measurementId: z.string().min(1) });
const StructureMap = z.record(z.string().min(1), z.string().min(1)).describe("codice CPI → id della struttura (o dell'ente)");

const Binding = z.object({
  organisationId: z.string(),
  planId: z.string(),
  indicatorId: z.string(),
  definitionId: z.string(),
  structureMap: z.record(z.string(), z.string()),
  createdAt: z.date().or(z.string()),
  createdBy: z.string(),
});
const BindingView = Binding.extend({
  indicatorCode: z.string().nullable(),
  indicatorDefinition: z.string().nullable(),
  definitionTitle: z.string().nullable(),
});
const DefinitionSummary = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  source: z.string(),
  unit: z.enum(["persons", "events"]),
  measure: z.enum(["count", "rate", "duration"]),
  periodBasis: z.string(),
});
const StoredMeasurement = Measurement.extend({ updatedAt: z.string() });
const CpiOffice = z.object({ code: z.string(), name: z.string().nullable(), province: z.string().nullable(), region: z.string().nullable() });
const ServiceData = z.object({
  definitions: z.array(DefinitionSummary),
  bindings: z.array(BindingView),
  measurements: z.array(StoredMeasurement),
  offices: z.array(CpiOffice).describe("i CPI dei dati caricati, da far corrispondere alle strutture"),
  dataset: DatasetSummary.nullable().describe("i file caricati nel magazzino, null prima del primo caricamento"),
  organisationId: z.string(),
  structures: z.array(z.object({ id: z.string(), name: z.string() })),
});
const ComputeSummary = z.object({
  periodId: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  datasetId: z.string().nullable(),
  created: z.number(),
  updated: z.number(),
  awaitingReview: z.number(),
  unchanged: z.number(),
  skipped: z.array(z.object({ indicatorId: z.string(), reason: z.string() })),
});
const tags = ["dati di servizio"];

/** The warehouse of the running instance; tests and the permission matrix get an empty one in memory. */
export function serviceDataSettings(ctx: AppContext): ServiceDataSettings {
  return ctx.serviceData ?? { warehousePath: ":memory:" };
}

export const analyticsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    const settings = serviceDataSettings(ctx);

    app.get(
      "/api/plans/:planId/analytics-bindings",
      {
        preValidation: planAccess("read"),
        schema: {
          tags,
          summary: "Indicatori collegati ai dati di servizio, definizioni disponibili e valori calcolati con la loro provenienza",
          params: PlanParams,
          response: { 200: ServiceData, 404: ErrorBody },
        },
      },
      async (req) => listServiceData(db, req.params.planId, settings),
    );

    app.put(
      "/api/plans/:planId/analytics-bindings/:indicatorId",
      {
        preValidation: planAccess("update"),
        schema: {
          tags,
          summary: "Collega un indicatore a una definizione analitica (sostituisce il collegamento esistente)",
          params: BindingParams,
          body: z.object({ definitionId: z.string().min(1), structureMap: StructureMap.optional() }),
          response: { 200: Binding, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (req) => putBinding(db, actorOf(req), req.params.planId, req.params.indicatorId, req.body, settings),
    );

    app.put(
      "/api/plans/:planId/analytics-structure-map",
      {
        preValidation: planAccess("update"),
        schema: {
          tags,
          summary: "Corrispondenza CPI → strutture per tutti gli indicatori collegati del piano (vuota = tutti i CPI per l'ente)",
          params: PlanParams,
          body: z.object({ structureMap: StructureMap }),
          response: { 200: z.object({ bindings: z.array(Binding) }), 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (req) => ({ bindings: await putStructureMap(db, actorOf(req), req.params.planId, req.body.structureMap, settings) }),
    );

    app.delete(
      "/api/plans/:planId/analytics-bindings/:indicatorId",
      {
        preValidation: planAccess("update"),
        schema: { tags, summary: "Scollega un indicatore dai dati di servizio (i valori già scritti restano)", params: BindingParams, response: { 204: z.null(), 403: ErrorBody, 404: ErrorBody } },
      },
      async (req, reply) => {
        await removeBinding(db, actorOf(req), req.params.planId, req.params.indicatorId);
        return reply.code(204).send(null);
      },
    );

    app.post(
      "/api/plans/:planId/analytics/compute",
      {
        preValidation: planAccess("update"),
        schema: {
          tags,
          summary: "Ricalcola dai dati di servizio gli indicatori collegati per un periodo; i valori manuali restano, segnalati per la revisione",
          params: PlanParams,
          querystring: z.object({ periodId: z.string().min(1) }),
          response: { 200: ComputeSummary, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (req) => computePlanServiceData(db, actorOf(req), req.params.planId, req.query.periodId, settings),
    );

    app.post(
      "/api/plans/:planId/analytics/reviews/:measurementId",
      {
        preValidation: planAccess("update"),
        schema: {
          tags,
          summary: "Decide su un valore calcolato diverso da quello manuale: accettarlo o mantenere il valore manuale",
          params: MeasurementParams,
          body: z.object({ decision: z.enum(["accept", "keep-manual"]) }),
          response: { 200: StoredMeasurement, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
        },
      },
      async (req) => reviewComputedValue(db, actorOf(req), req.params.planId, req.params.measurementId, req.body.decision),
    );
  };

/** The warehouse under the data directory, shared with `traguardo analytics`. */
export function warehousePathIn(dataDir: string): string {
  return join(dataDir, "analytics.duckdb");
}
