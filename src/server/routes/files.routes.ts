// Files in and out: import a document or the XLSX template, export a plan as the XLSX template.
import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { loadPlanBundle, planExists } from "../../db/plan-store";
import { BUNDLE_COLLECTIONS, ImportWarning } from "../../domain/model";
import { importFile } from "../../io/import";
import { exportPlanTemplate } from "../../io/xlsx-template/export-template";
import { authorize, authorizeNewPlan, denial, planAccess, requireUser } from "../../auth/authorize";
import { actorOf } from "../../auth/plugin";
import { isManager } from "../../auth/policies/user";
import { ROLE_LABELS } from "../../auth/roles";
import { savePlanAudited } from "../../workflow/plan-changes";
import { bundleForUser } from "../../workflow/visibility";
import type { AppContext } from "../context";
import { ErrorBody, InvalidRequestError, NotFoundError } from "../errors";

const ImportReport = z.object({
  planId: z.string(),
  layout: z.string(),
  counts: z.record(z.string(), z.number()),
  warnings: z.array(ImportWarning),
});
const ImportFailure = z.object({
  error: z.string(),
  errors: z.array(z.object({ location: z.string().nullable(), message: z.string() })),
});

const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export const fileRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });

    app.post(
      "/api/imports",
      {
        schema: {
          tags: ["importazione"],
          summary: "Importa un documento (AFOL, ARTI, ANPAL, Lombardia) o il modello XLSX: campo multipart `file`",
          consumes: ["multipart/form-data"],
          response: { 201: ImportReport, 400: ImportFailure.or(ErrorBody), 403: ErrorBody, 409: ErrorBody },
        },
        // refused before the upload is read: only the office and administrators import
        preValidation: async (req) => {
          const user = requireUser(req);
          if (!isManager(user, user.organisationId)) {
            throw await denial(req, `${ROLE_LABELS[user.role]}: non può importare piani`, { itemType: "plan", organisationId: user.organisationId });
          }
        },
      },
      async (req, reply) => {
        const file = await req.file();
        if (!file) throw new InvalidRequestError("Nessun file ricevuto", [{ path: "body.file", message: "obbligatorio" }]);
        const bytes = await file.toBuffer();
        const result = await importFile(bytes, file.filename);
        if (!result.ok) {
          return reply.code(400).send({ error: `Importazione di "${file.filename}" non riuscita: nessun dato modificato`, errors: result.errors });
        }
        await authorizeNewPlan(req, result.bundle.organisation.id, result.bundle.plan.id);
        if (await planExists(db, result.bundle.plan.id)) await authorize(req, "update", { planId: result.bundle.plan.id });
        const planId = await savePlanAudited(db, result.bundle, actorOf(req), "import");
        const counts = Object.fromEntries(BUNDLE_COLLECTIONS.map((c) => [c, result.bundle[c].length]));
        return reply.code(201).send({ planId, layout: result.layout, counts, warnings: result.bundle.warnings });
      },
    );

    app.get(
      "/api/plans/:planId/export.xlsx",
      {
        schema: {
          tags: ["esportazione"],
          summary: "Il piano nel modello XLSX di Traguardo",
          params: z.object({ planId: z.string().min(1) }),
        },
        preValidation: planAccess("export"),
      },
      async (req, reply) => {
        const bundle = await loadPlanBundle(db, req.params.planId);
        if (!bundle) throw new NotFoundError(`Piano "${req.params.planId}" non trovato`);
        // a head of structure exports what they may read: not the drafts of other structures
        const buffer = await exportPlanTemplate(await bundleForUser(db, req.user!, bundle));
        return reply
          .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .header("content-disposition", `attachment; filename="${bundle.plan.id}.xlsx"`)
          .send(buffer);
      },
    );
  };
