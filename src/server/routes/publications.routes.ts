// Publishing in "Amministrazione trasparente": a publication freezes the plan and its evaluation for a period;
// its files are always made from that frozen copy; publishing is recorded in the audit trail (publications.service).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { planAccess } from "../../auth/authorize";
import { actorOf } from "../../auth/plugin";
import { findPublications, getPublication, type PublicationSummary } from "../../db/publications";
import { PlanBundle } from "../../domain/model";
import { sharedPdfPrinter, type PdfPrinter } from "../../io/reports/pdf-printer";
import type { AppContext } from "../context";
import { findPlanPublications, publishPlan } from "../publications.service";
import { emptyBodyAsObject } from "./optional-body";
import { ErrorBody, NotFoundError } from "../errors";
import { publicationDownloads, PUBLICATION_FILES, renderPublicationFile } from "../public-pages/publication-files";
import { attachment } from "./reports.routes";

const tags = ["pubblicazioni"];

const Download = z.object({ file: z.string(), label: z.string(), url: z.string() });
const PublicationSummarySchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  planId: z.string(),
  periodId: z.string().nullable(),
  periodLabel: z.string().nullable(),
  title: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  planScore: z.number().nullable(),
  publicUrl: z.string(),
  downloads: z.array(Download),
});

export interface PublicationRoutesOptions {
  /** who is publishing, as stored in the publication: by default the signed-in account's id ("sistema" without one). */
  publisherOf?: (request: FastifyRequest) => string;
  printer?: PdfPrinter;
}

function withLinks(summary: PublicationSummary): z.infer<typeof PublicationSummarySchema> {
  return { ...summary, publicUrl: `/trasparenza/${encodeURIComponent(summary.id)}`, downloads: publicationDownloads(`/api/publications/${encodeURIComponent(summary.id)}`) };
}

export function baseUrlOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export const publicationRoutes =
  (ctx: AppContext, options: PublicationRoutesOptions = {}): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    const publisherOf = options.publisherOf ?? ((req: FastifyRequest) => req.user?.id ?? "sistema");
    const printer = options.printer ?? sharedPdfPrinter(ctx);
    app.addHook("onClose", async () => printer.close());

    app.post(
      "/api/plans/:planId/publications",
      {
        preValidation: planAccess("publish"),
        schema: {
          tags,
          summary: "Pubblica il piano e i suoi risultati per un periodo (copia congelata)",
          description: "Senza periodId si usa il periodo più recente; un piano senza periodi è pubblicato senza risultati.",
          params: z.object({ planId: z.string().min(1) }),
          body: emptyBodyAsObject(z.object({ periodId: z.string().min(1).optional() })),
          response: { 201: PublicationSummarySchema, 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (req, reply) => {
        const created = await publishPlan(db, req.user!, actorOf(req), { planId: req.params.planId, periodId: req.body?.periodId, publishedBy: publisherOf(req) });
        return reply.code(201).send(withLinks(created));
      },
    );

    app.get(
      "/api/plans/:planId/publications",
      {
        preValidation: planAccess("read"),
        schema: {
          tags,
          summary: "Le pubblicazioni del piano, dalla più recente, con il nome di chi le ha pubblicate",
          params: z.object({ planId: z.string().min(1) }),
          response: { 200: z.array(PublicationSummarySchema.extend({ publishedByName: z.string() })) },
        },
      },
      async (req) => (await findPlanPublications(db, req.params.planId)).map((p) => ({ ...withLinks(p), publishedByName: p.publishedByName })),
    );

    app.get(
      "/api/publications",
      {
        // what is published is public (D.Lgs. 33/2013): no session needed to read it
        config: { public: true },
        schema: {
          tags,
          summary: "Elenco delle pubblicazioni, dalla più recente",
          querystring: z.object({ planId: z.string().optional(), organisationId: z.string().optional() }),
          response: { 200: z.array(PublicationSummarySchema) },
        },
      },
      async (req) => (await findPublications(db, req.query)).map(withLinks),
    );

    app.get(
      "/api/publications/:publicationId",
      {
        config: { public: true },
        schema: {
          tags,
          summary: "Una pubblicazione: dati, file scaricabili, piano e valutazione come pubblicati",
          params: z.object({ publicationId: z.string().min(1) }),
          response: { 200: PublicationSummarySchema.extend({ bundle: PlanBundle, evaluation: z.unknown() }), 404: ErrorBody },
        },
      },
      async (req) => {
        const publication = await getPublication(db, req.params.publicationId);
        if (!publication) throw new NotFoundError(`Pubblicazione "${req.params.publicationId}" non trovata`);
        return { ...withLinks(publication), bundle: publication.bundle, evaluation: publication.evaluation };
      },
    );

    app.get(
      "/api/publications/:publicationId/:file",
      {
        config: { public: true },
        schema: {
          tags,
          summary: "Un file della pubblicazione, prodotto dalla copia congelata",
          params: z.object({ publicationId: z.string().min(1), file: z.enum(PUBLICATION_FILES) }),
        },
      },
      async (req, reply) => {
        const publication = await getPublication(db, req.params.publicationId);
        if (!publication) throw new NotFoundError(`Pubblicazione "${req.params.publicationId}" non trovata`);
        const file = (await renderPublicationFile(publication, req.params.file, { printer, baseUrl: baseUrlOf(req) }))!;
        return reply.header("content-type", file.contentType).header("content-disposition", attachment(file.fileName)).send(file.bytes);
      },
    );
  };
