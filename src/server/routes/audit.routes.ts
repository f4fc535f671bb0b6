// The audit trail: read per item, per user, per plan or period, as JSON or CSV. Nothing here writes.
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authorize, authorizeResource } from "../../auth/authorize";
import { auditEventsToCsv } from "../../audit/audit-csv";
import { findAuditEvents, MAX_AUDIT_PAGE, type AuditFilter } from "../../audit/audit-log";
import type { AppContext } from "../context";
import { ErrorBody } from "../errors";

const AuditQuery = z.object({
  planId: z.string().min(1).optional(),
  periodId: z.string().min(1).optional(),
  structureId: z.string().min(1).optional(),
  itemType: z.string().min(1).optional(),
  itemId: z.string().min(1).optional(),
  actorId: z.string().min(1).optional(),
  action: z.string().min(1).optional(),
  from: z.iso.date().or(z.iso.datetime({ offset: true })).optional(),
  to: z.iso.date().or(z.iso.datetime({ offset: true })).optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE).optional(),
});
type AuditQuery = z.infer<typeof AuditQuery>;

const AuditEventView = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  ip: z.string().nullable(),
  action: z.string(),
  itemType: z.string(),
  itemId: z.string().nullable(),
  organisationId: z.string().nullable(),
  planId: z.string().nullable(),
  periodId: z.string().nullable(),
  structureId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  note: z.string().nullable(),
});

/** The filter a person may use: a plan's trail needs the right on the plan; the rest is kept to their organisation. */
async function allowedFilter(req: FastifyRequest, query: AuditQuery): Promise<AuditFilter> {
  const user = req.user!;
  if (query.actorId) {
    await authorizeResource(req, "read-by-user", { type: "audit", organisationId: user.organisationId }, {
      message: "non può leggere le attività di un singolo utente",
      itemType: "audit",
      itemId: query.actorId,
    });
  }
  if (query.planId) {
    await authorize(req, "read-audit", { planId: query.planId });
    return { ...query };
  }
  await authorizeResource(req, "read", { type: "audit", organisationId: user.organisationId }, {
    message: "non può leggere il registro delle modifiche",
    itemType: "audit",
  });
  return user.organisationId ? { ...query, organisationId: user.organisationId } : { ...query };
}

export const auditRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    const tags = ["registro delle modifiche"];

    app.get(
      "/api/audit",
      {
        schema: {
          tags,
          summary: "Registro delle modifiche (dal più recente): per elemento, utente, piano, periodo, struttura, azione, date",
          querystring: AuditQuery,
          response: { 200: z.array(AuditEventView), 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (req) => {
        const events = await findAuditEvents(db, await allowedFilter(req, req.query));
        return events.map((e) => ({ ...e, at: e.at.toISOString() }));
      },
    );

    app.get(
      "/api/audit.csv",
      {
        schema: {
          tags,
          summary: "Registro delle modifiche in CSV (separatore ;, UTF-8 con BOM), stessi filtri",
          querystring: AuditQuery,
        },
      },
      async (req, reply) => {
        const events = await findAuditEvents(db, { ...(await allowedFilter(req, req.query)), limit: req.query.limit ?? MAX_AUDIT_PAGE });
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", 'attachment; filename="registro-modifiche.csv"')
          .send(auditEventsToCsv(events));
      },
    );
  };
