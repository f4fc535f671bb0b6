// Reports of a plan for a period, made on request from the plan as it is now: the Relazione (DOCX, PDF), the
// exchange workbook (XLSX) and the open data (CSV, JSON). Published, frozen copies are under /api/publications.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { planAccess } from "../../auth/authorize";
import { loadEvaluationSettings } from "../../db/evaluation-settings";
import { loadPlanBundle } from "../../db/plan-store";
import { renderDataDictionaryCsv } from "../../io/open-data/open-data-csv";
import { openDataJsonSchema } from "../../io/open-data/open-data-schema";
import { sharedPdfPrinter, type PdfPrinter } from "../../io/reports/pdf-printer";
import { evaluateForReport, formatOfFile, REPORT_FILES, REPORT_FORMATS, renderReport, ReportRequestError } from "../../io/reports/render-report";
import { reportCatalogue } from "../../io/reports/report-catalogue";
import { bundleForUser } from "../../workflow/visibility";
import type { AppContext } from "../context";
import { InvalidRequestError, NotFoundError } from "../errors";

const tags = ["relazioni e dati aperti"];
const ReportFile = z.enum(REPORT_FORMATS.map((f) => REPORT_FILES[f].name) as [string, ...string[]]);

export interface ReportRoutesOptions {
  /** the PDF printer; by default one shared by the application, started on the first PDF. */
  printer?: PdfPrinter;
  /** today's ISO date, printed on the Relazione. */
  today?: () => string;
}

export function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}

export const reportRoutes =
  (ctx: AppContext, options: ReportRoutesOptions = {}): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    const printer = options.printer ?? sharedPdfPrinter(ctx);
    const today = options.today ?? ctx.today ?? (() => new Date().toISOString().slice(0, 10));
    app.addHook("onClose", async () => printer.close());

    app.get(
      "/api/plans/:planId/reports/:file",
      {
        preValidation: planAccess("export"),
        schema: {
          tags,
          summary: "Relazione sulla performance (relazione.docx, relazione.pdf), tabelle di monitoraggio (monitoraggio.xlsx), dati aperti (open-data.csv, open-data.json)",
          description: "Senza periodId si usa il periodo più recente del piano; un piano senza periodi è riportato senza risultati.",
          params: z.object({ planId: z.string().min(1), file: ReportFile }),
          querystring: z.object({
            periodId: z.string().min(1).optional(),
            includeIndividual: z
              .enum(["true", "false"], { message: "includeIndividual: usare true o false" })
              .optional()
              .describe("Relazione: con (true, predefinito) o senza (false) il capitolo sulla performance individuale"),
          }),
        },
      },
      async (req, reply) => {
        const stored = await loadPlanBundle(db, req.params.planId);
        if (!stored) throw new NotFoundError(`Piano "${req.params.planId}" non trovato`);
        // the reports show what the person may read: not the drafts of other structures
        const bundle = await bundleForUser(db, req.user!, stored);
        const format = formatOfFile(req.params.file)!;
        let evaluation;
        try {
          evaluation = evaluateForReport(bundle, req.query.periodId, await loadEvaluationSettings(db, bundle.plan.id));
        } catch (error) {
          if (error instanceof ReportRequestError) throw new InvalidRequestError(error.message, [{ path: "querystring.periodId", message: error.message }]);
          throw error;
        }
        const file = await renderReport({ bundle, evaluation }, format, { printer, generatedOn: today(), includeIndividual: req.query.includeIndividual !== "false" });
        return reply.header("content-type", file.contentType).header("content-disposition", attachment(file.fileName)).send(file.bytes);
      },
    );

    app.get(
      "/api/plans/:planId/reports",
      {
        preValidation: planAccess("export"),
        schema: {
          tags,
          summary: "I file che il server produce per il piano: Relazione, tabelle di monitoraggio nel formato del piano, dati aperti",
          params: z.object({ planId: z.string().min(1) }),
          response: {
            200: z.object({
              workbookLayout: z.enum(["arti-monitoraggio", "afol-piano", "anpal-rapporto"]),
              hasIndividualChapter: z.boolean(),
              hasPeriods: z.boolean(),
              files: z.array(z.object({ format: z.enum(REPORT_FORMATS), file: z.string(), label: z.string() })),
            }),
          },
        },
      },
      async (req) => {
        const bundle = await loadPlanBundle(db, req.params.planId);
        if (!bundle) throw new NotFoundError(`Piano "${req.params.planId}" non trovato`);
        return reportCatalogue(bundle);
      },
    );

    app.get(
      "/api/open-data/dizionario.csv",
      { config: { public: true }, schema: { tags, summary: "Dizionario dei dati del file open-data.csv" } },
      async (_req, reply) => reply.header("content-type", "text/csv; charset=utf-8").send(renderDataDictionaryCsv()),
    );

    app.get(
      "/api/open-data/schema.json",
      { config: { public: true }, schema: { tags, summary: "JSON Schema del file open-data.json" } },
      async (_req, reply) => reply.header("content-type", "application/schema+json; charset=utf-8").send(JSON.stringify(openDataJsonSchema(), null, 2)),
    );
  };
