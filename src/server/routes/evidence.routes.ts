// Evidence files of monitoring values: upload (multipart), list, download, delete. Rules in evidence.service.ts.
import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accessOf, denial, requireUser } from "../../auth/authorize";
import { can } from "../../auth/policies";
import { ROLE_LABELS } from "../../auth/roles";
import type { AppContext } from "../context";
import { ErrorBody, InvalidRequestError } from "../errors";
import { downloadEvidence, listEvidence, removeEvidence, uploadEvidence } from "../evidence.service";
import { formatMegabytes, MAX_EVIDENCE_BYTES } from "../evidence-types";

const EvidenceFile = z.object({
  id: z.string(),
  organisationId: z.string(),
  planId: z.string(),
  indicatorId: z.string(),
  periodId: z.string(),
  assigneeId: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
  uploadedByLabel: z.string(),
});

/** 413 with the limit in Italian (the multipart plugin's own message is English). */
class FileTooLargeError extends Error {
  readonly statusCode = 413;
}

const tooLarge = (fileName: string) =>
  new FileTooLargeError(`Il file «${fileName}» supera la dimensione massima di ${formatMegabytes(MAX_EVIDENCE_BYTES)} per un allegato`);

/** "Relazione 2021.pdf" → Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266). */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const PlanParams = z.object({ planId: z.string().min(1) });
const FileParams = z.object({ evidenceId: z.string().min(1) });
const tags = ["allegati"];

export const evidenceRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    // one file per request; larger files fail while streaming, before they are kept in memory whole
    await app.register(multipart, { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 10 } });

    app.post(
      "/api/plans/:planId/evidence",
      {
        schema: {
          tags,
          summary: `Allega un documento a un valore di monitoraggio: multipart con indicatorId, periodId (assigneeId facoltativo) e file (max ${formatMegabytes(MAX_EVIDENCE_BYTES)})`,
          consumes: ["multipart/form-data"],
          params: PlanParams,
          querystring: z.object({ indicatorId: z.string().optional(), periodId: z.string().optional(), assigneeId: z.string().optional() }),
          response: { 201: EvidenceFile, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody },
        },
        // a role that writes no values anywhere (reader, evaluator) is refused before the upload is read
        preValidation: async (req) => {
          const user = requireUser(req);
          const anyValue = { type: "measurement" as const, organisationId: user.organisationId ?? "", structureChain: user.structures, isDraft: true };
          if (can(user, "write", anyValue)) return;
          throw await denial(req, `${ROLE_LABELS[user.role]}: non può allegare documenti ai valori`, { itemType: "evidence", planId: req.params.planId });
        },
      },
      async (req, reply) => {
        const fields: Record<string, string> = {};
        let file: { fileName: string; content: Buffer } | null = null;
        for await (const part of req.parts()) {
          if (part.type === "file") {
            try {
              file = { fileName: part.filename, content: await part.toBuffer() };
            } catch (error) {
              if ((error as { statusCode?: number }).statusCode === 413) throw tooLarge(part.filename);
              throw error;
            }
          } else if (typeof part.value === "string") fields[part.fieldname] = part.value;
        }
        // the fields may also come in the query string (a client that sends the file alone)
        const query: Record<string, string | undefined> = req.query;
        for (const name of ["indicatorId", "periodId", "assigneeId"]) if (!fields[name] && query[name]) fields[name] = query[name]!;
        const missing = [
          ...(!fields.indicatorId ? [{ path: "body.indicatorId", message: "obbligatorio: l'indicatore del valore" }] : []),
          ...(!fields.periodId ? [{ path: "body.periodId", message: "obbligatorio: il periodo di monitoraggio" }] : []),
          ...(!file ? [{ path: "body.file", message: "obbligatorio: il file da allegare" }] : []),
        ];
        if (missing.length) throw new InvalidRequestError("Allegato non valido: mancano dei campi", missing);
        const stored = await uploadEvidence(db, accessOf(req), req.params.planId, {
          indicatorId: fields.indicatorId!,
          periodId: fields.periodId!,
          assigneeId: fields.assigneeId || null,
        }, file!);
        return reply.code(201).send(stored);
      },
    );

    app.get(
      "/api/plans/:planId/evidence",
      {
        schema: {
          tags,
          summary: "Gli allegati dei valori di un piano (filtri: indicatorId, periodId); senza il contenuto",
          params: PlanParams,
          querystring: z.object({ indicatorId: z.string().min(1).optional(), periodId: z.string().min(1).optional() }),
          response: { 200: z.array(EvidenceFile), 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (req) => listEvidence(db, accessOf(req), req.params.planId, req.query),
    );

    app.get(
      "/api/evidence/:evidenceId/download",
      { schema: { tags, summary: "Scarica un allegato, con il tipo e il nome con cui è stato caricato", params: FileParams } },
      async (req, reply) => {
        const { file, content } = await downloadEvidence(db, accessOf(req), req.params.evidenceId);
        return reply
          .header("content-type", file.mediaType)
          .header("content-disposition", contentDisposition(file.fileName))
          .header("x-content-type-options", "nosniff")
          .header("content-security-policy", "default-src 'none'; sandbox")
          .header("x-checksum-sha256", file.sha256)
          .send(Buffer.from(content));
      },
    );

    app.delete(
      "/api/evidence/:evidenceId",
      {
        schema: {
          tags,
          summary: "Elimina un allegato (resta descritto nel registro delle modifiche)",
          params: FileParams,
          response: { 204: z.null(), 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
        },
      },
      async (req, reply) => {
        await removeEvidence(db, accessOf(req), req.params.evidenceId);
        return reply.code(204).send(null);
      },
    );
  };
