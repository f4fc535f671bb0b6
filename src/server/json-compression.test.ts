// The ARTI plan (seed 004) read whole through the API: compressed as the client accepts, 304 when unchanged.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/connect";
import { savePlanBundle } from "../db/plan-store";
import { createTestDatabase } from "../db/test-database";
import { seedBundle } from "../io/reports/seed-plans.fixture";
import { buildApp } from "./app";
import { chooseEncoding } from "./json-compression";
import { signIn, type SignedIn } from "./test-auth";

describe("chooseEncoding", () => {
  it("prefers brotli, falls back to gzip, honours q=0", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe("compressed JSON answers with an ETag", () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let office: SignedIn;
  const getPlan = (headers: Record<string, string> = {}) => app.inject({ method: "GET", url: "/api/plans/arti-2021", headers: { ...office.headers, ...headers } });

  beforeAll(async () => {
    handle = await createTestDatabase("pglite");
    await savePlanBundle(handle.db, seedBundle("arti"));
    app = await buildApp({ database: handle });
    office = await signIn(app, "planning_office", { organisationId: "arti-toscana" });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("ARTI 2021 plan: the same 18 indicators plain, gzip and brotli; compressed is several times smaller", async () => {
    const plain = await getPlan();
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.json().indicators).toHaveLength(18);
    const gz = await getPlan({ "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.rawPayload).toString("utf8")).toBe(plain.body);
    const br = await getPlan({ "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.rawPayload).toString("utf8")).toBe(plain.body);
    expect(br.rawPayload.length * 4).toBeLessThan(plain.rawPayload.length);
    expect(br.headers.vary).toContain("accept-encoding");
  });

  it("a reload with the ETag gets 304 and no body; after a change the tag differs and the new plan comes back", async () => {
    const first = await getPlan();
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers["cache-control"]).toBe("private, no-cache");
    const again = await getPlan({ "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    const put = await app.inject({
      method: "PUT",
      url: "/api/plans/arti-2021/objectives/arti-2021%3Aobj-1.5",
      headers: office.headers,
      payload: (({ id: _id, planId: _planId, ...rest }) => ({ ...rest, title: "Colloqui a distanza (rinominato)" }))(first.json().objectives.find((o: { id: string }) => o.id === "arti-2021:obj-1.5")),
    });
    expect(put.statusCode, put.body).toBe(200);
    const changed = await getPlan({ "if-none-match": etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.json().objectives.find((o: { id: string }) => o.id === "arti-2021:obj-1.5").title).toBe("Colloqui a distanza (rinominato)");
  });

  it("small answers and errors are left alone", async () => {
    const session = await app.inject({ method: "GET", url: "/api/auth/session", headers: { ...office.headers, "accept-encoding": "br" } });
    expect(session.headers["content-encoding"]).toBeUndefined();
    const missing = await app.inject({ method: "GET", url: "/api/plans/nessuno", headers: { ...office.headers, "accept-encoding": "br" } });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["content-encoding"]).toBeUndefined();
  });
});
