// "Amministrazione trasparente" without signing in: /trasparenza lists the publications, /trasparenza/:id shows
// one with its downloads, made from the frozen copy. Read-only, server-rendered, no script; the DCAT-AP_IT
// catalogue, the data dictionary and the JSON Schema are public too.
import type { FastifyInstance, FastifyReply } from "fastify";
import { findPublications, getPublication } from "../../db/publications";
import { dcatCatalog } from "../../io/open-data/dcat-ap-it";
import { renderDataDictionaryCsv } from "../../io/open-data/open-data-csv";
import { openDataJsonSchema } from "../../io/open-data/open-data-schema";
import { html } from "../../io/reports/html";
import { sharedPdfPrinter, type PdfPrinter } from "../../io/reports/pdf-printer";
import type { ReportFile } from "../../io/reports/render-report";
import type { AppContext } from "../context";
import { baseUrlOf } from "../routes/publications.routes";
import { attachment } from "../routes/reports.routes";
import { bootstrapItaliaCss, fontFile, trasparenzaCss } from "./assets";
import { ASSETS_PREFIX, renderPage } from "./page-layout";
import { PUBLICATION_FILES, publicationDataset, renderPublicationFile } from "./publication-files";
import { renderPublicationList, renderPublicationPage } from "./publication-pages";

const SECURITY_HEADERS = {
  "content-security-policy": "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
};

function sendPage(reply: FastifyReply, code: number, body: string) {
  return reply.code(code).headers(SECURITY_HEADERS).header("cache-control", "public, max-age=300").type("text/html; charset=utf-8").send(body);
}

function notFoundPage(message: string): string {
  return renderPage({ title: "Pagina non trovata", trail: ["Pagina non trovata"], main: html`<h1>Pagina non trovata</h1><p>${message}</p><p><a href="/trasparenza">Torna all'elenco delle pubblicazioni</a></p>` });
}

/** Files of a frozen publication never change: the last ones made are kept, so a PDF is printed once. */
function fileCache(limit: number) {
  const files = new Map<string, ReportFile>();
  return {
    async get(key: string, make: () => Promise<ReportFile | null>): Promise<ReportFile | null> {
      const hit = files.get(key);
      if (hit) {
        files.delete(key);
        files.set(key, hit);
        return hit;
      }
      const made = await make();
      if (made) {
        files.set(key, made);
        if (files.size > limit) files.delete(files.keys().next().value!);
      }
      return made;
    },
  };
}

export async function registerPublicPages(app: FastifyInstance, ctx: AppContext, options: { printer?: PdfPrinter } = {}): Promise<void> {
  const { db } = ctx.database;
  const printer = options.printer ?? sharedPdfPrinter(ctx);
  const cache = fileCache(24);
  app.addHook("onClose", async () => printer.close());

  app.get("/trasparenza", { schema: { hide: true } }, async (_req, reply) => sendPage(reply, 200, renderPublicationList(await findPublications(db))));

  app.get("/trasparenza/catalogo.jsonld", { schema: { hide: true } }, async (req, reply) => {
    const base = baseUrlOf(req);
    const summaries = await findPublications(db);
    const datasets = [];
    for (const summary of summaries) {
      const publication = await getPublication(db, summary.id);
      if (publication) datasets.push(publicationDataset(publication, base));
    }
    const catalog = dcatCatalog({
      catalogUrl: `${base}/trasparenza/catalogo.jsonld`,
      homepage: `${base}/trasparenza`,
      title: "Amministrazione trasparente — piani della performance e risultati",
      issued: summaries[0]?.publishedAt ?? null,
      datasets,
      publisherName: [...new Set(summaries.map((s) => s.organisationName))].join(", ") || "Traguardo",
    });
    return reply.type("application/ld+json; charset=utf-8").send(JSON.stringify(catalog, null, 2));
  });

  app.get("/trasparenza/dizionario.csv", { schema: { hide: true } }, async (_req, reply) =>
    reply.type("text/csv; charset=utf-8").header("content-disposition", attachment("dizionario-open-data.csv")).send(renderDataDictionaryCsv()),
  );

  app.get("/trasparenza/open-data.schema.json", { schema: { hide: true } }, async (req, reply) =>
    reply.type("application/schema+json; charset=utf-8").send(JSON.stringify(openDataJsonSchema(`${baseUrlOf(req)}/trasparenza/open-data.schema.json`), null, 2)),
  );

  app.get(`${ASSETS_PREFIX}/bootstrap-italia.min.css`, { schema: { hide: true } }, async (_req, reply) =>
    reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=86400").send(bootstrapItaliaCss()),
  );
  app.get(`${ASSETS_PREFIX}/trasparenza.css`, { schema: { hide: true } }, async (_req, reply) =>
    reply.type("text/css; charset=utf-8").header("cache-control", "public, max-age=86400").send(trasparenzaCss()),
  );
  app.get<{ Params: { file: string } }>(`${ASSETS_PREFIX}/fonts/:file`, { schema: { hide: true } }, async (req, reply) => {
    const font = fontFile(req.params.file);
    if (!font) return reply.code(404).send({ error: `Font "${req.params.file}" non disponibile` });
    return reply.type("font/woff2").header("cache-control", "public, max-age=31536000, immutable").send(font);
  });

  app.get<{ Params: { publicationId: string } }>("/trasparenza/:publicationId", { schema: { hide: true } }, async (req, reply) => {
    const publication = await getPublication(db, req.params.publicationId);
    if (!publication) return sendPage(reply, 404, notFoundPage(`La pubblicazione «${req.params.publicationId}» non esiste.`));
    return sendPage(reply, 200, renderPublicationPage(publication, baseUrlOf(req)));
  });

  app.get<{ Params: { publicationId: string; file: string } }>("/trasparenza/:publicationId/:file", { schema: { hide: true } }, async (req, reply) => {
    const { publicationId, file: name } = req.params;
    if (!(PUBLICATION_FILES as readonly string[]).includes(name)) return sendPage(reply, 404, notFoundPage(`Il file «${name}» non esiste.`));
    const publication = await getPublication(db, publicationId);
    if (!publication) return sendPage(reply, 404, notFoundPage(`La pubblicazione «${publicationId}» non esiste.`));
    const base = baseUrlOf(req);
    const file = await cache.get(`${publicationId}/${name}/${base}`, () => renderPublicationFile(publication, name, { printer, baseUrl: base }));
    return reply
      .header("content-type", file!.contentType)
      .header("content-disposition", attachment(file!.fileName))
      .header("cache-control", "public, max-age=86400")
      .send(file!.bytes);
  });
}
