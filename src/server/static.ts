// Serves the built web application (dist/web, made by scripts/build-web.mjs) at "/", with the SPA fallback:
// any GET outside /api that is not a file gets index.html, so deep links (/piani/arti-2021/obiettivi/…) work.
// Call it on the root instance, after the API routes: `await registerWebApp(app)` (it sets the not-found handler).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../dist/web", import.meta.url));

export interface WebAppOptions {
  /** folder of the built app; dist/web by default. */
  root?: string;
}

// Extensions of the files a build contains. Ids in page addresses have dots too ("arti-2021:obj-1.5"), so a dot
// alone does not make a file.
const FILE_EXTENSION = /\.(?:m?js|css|map|svg|png|jpe?g|gif|webp|ico|woff2?|ttf|eot|otf|json|txt|xml|webmanifest|html)$/i;

/** Addresses the web app answers with index.html: pages, not API calls nor files (a missing /assets/x.js stays 404). */
export function isAppPage(method: string, url: string): boolean {
  const path = url.split("?")[0] ?? "";
  if (method !== "GET" && method !== "HEAD") return false;
  if (path === "/api" || path.startsWith("/api/")) return false;
  return !FILE_EXTENSION.test(path);
}

function notFound(request: FastifyRequest, reply: FastifyReply) {
  return reply.code(404).send({ error: `Risorsa non trovata: ${request.method} ${request.url.split("?")[0]}` });
}

export async function registerWebApp(app: FastifyInstance, options: WebAppOptions = {}): Promise<void> {
  const root = options.root ?? DEFAULT_WEB_ROOT;
  const indexFile = join(root, "index.html");
  if (!existsSync(indexFile)) {
    app.log.warn(`Applicazione web non compilata (${indexFile} mancante): eseguire "node scripts/build-web.mjs"`);
    app.get("/", async (_request, reply) =>
      reply
        .code(503)
        .type("text/html; charset=utf-8")
        .send(
          '<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Traguardo</title></head><body>' +
            "<h1>Traguardo</h1><p>L'applicazione web non è stata compilata: eseguire <code>node scripts/build-web.mjs</code> " +
            'e riavviare il server. L\'API è disponibile: <a href="/api/docs">documentazione</a>.</p></body></html>',
        ),
    );
    app.setNotFoundHandler(notFound);
    return;
  }

  await app.register(fastifyStatic, {
    root,
    prefix: "/",
    index: ["index.html"],
    setHeaders(reply, path) {
      // Vite names the files under assets/ by content hash: they never change; index.html must always be fresh
      if (path.startsWith(join(root, "assets"))) reply.header("cache-control", "public, max-age=31536000, immutable");
      else reply.header("cache-control", "no-cache");
    },
  });

  app.setNotFoundHandler((request, reply) => {
    if (!isAppPage(request.method, request.url)) return notFound(request, reply);
    return reply.header("cache-control", "no-cache").sendFile("index.html", root);
  });
}
