// Large JSON answers of the API (a 500-indicator plan is 550 kB) leave compressed, brotli or gzip as the client
// accepts (≈ 14–22 kB), and carry an ETag of their content: the browser asks again with If-None-Match and gets
// a 304 without the body when nothing changed. @fastify/compress is not a dependency; node:zlib is enough.
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** Below this size compressing costs more than it saves. */
const MIN_BYTES = 2048;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** br when accepted, else gzip, else nothing ("br;q=0" refuses it). */
export function chooseEncoding(acceptEncoding: string | undefined): "br" | "gzip" | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  if ((accepted.get("br") ?? 0) > 0) return "br";
  if ((accepted.get("gzip") ?? 0) > 0) return "gzip";
  return null;
}

/** A weak tag: the same JSON compressed differently is the same answer. */
export function etagOf(body: string): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

function isLargeJson(request: FastifyRequest, reply: FastifyReply, payload: unknown): payload is string {
  return (
    request.method === "GET" &&
    reply.statusCode === 200 &&
    typeof payload === "string" &&
    payload.length >= MIN_BYTES &&
    String(reply.getHeader("content-type") ?? "").startsWith("application/json")
  );
}

export function registerJsonCompression(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply, payload) => {
    if (!isLargeJson(request, reply, payload)) return payload;
    const etag = etagOf(payload);
    reply.header("etag", etag);
    reply.header("vary", "accept-encoding");
    // answers depend on the session: private, and always checked with the server before reuse
    if (!reply.hasHeader("cache-control")) reply.header("cache-control", "private, no-cache");
    const inm = request.headers["if-none-match"];
    if (inm && inm.split(",").some((tag) => tag.trim() === etag)) {
      reply.code(304);
      reply.removeHeader("content-length");
      return "";
    }
    const encoding = chooseEncoding(request.headers["accept-encoding"]);
    if (!encoding) return payload;
    reply.header("content-encoding", encoding);
    reply.removeHeader("content-length");
    // brotli quality 4: ≈ 2 ms for 550 kB, near gzip's speed with a third less bytes
    return encoding === "br" ? brotli(payload, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : gzipAsync(payload, { level: 6 });
  });
}
