import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppPage, registerWebApp } from "./static";

const INDEX = '<!doctype html><html lang="it"><body><div id="root"></div></body></html>';

describe("the web app served at / with the SPA fallback", () => {
  let root: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "traguardo-web-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), INDEX);
    writeFileSync(join(root, "assets", "index-abc123.js"), "console.log('traguardo')");
    app = Fastify();
    app.get("/api/plans", async () => [{ id: "arti-2021" }]);
    await registerWebApp(app, { root });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("serves index.html at / and keeps it fresh (no-cache)", async () => {
    const response = await app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root">');
    expect(response.headers["cache-control"]).toBe("no-cache");
  });

  it("a deep link to ARTI objective 1.5 gets index.html (the browser app routes it)", async () => {
    const response = await app.inject({ method: "GET", url: "/piani/arti-2021/obiettivi/arti-2021%3Aobj-1.5" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.body).toContain('<div id="root">');
  });

  it("hashed assets are cached for a year", async () => {
    const response = await app.inject({ method: "GET", url: "/assets/index-abc123.js" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toContain("immutable");
  });

  it("the API keeps its routes, and an unknown API address is a JSON 404 in Italian, not the app", async () => {
    expect((await app.inject({ method: "GET", url: "/api/plans" })).json()).toEqual([{ id: "arti-2021" }]);
    const missing = await app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: "Risorsa non trovata: GET /api/nothing-here" });
  });

  it("a missing file stays 404 (a stale /assets/old.js must not receive HTML)", async () => {
    const response = await app.inject({ method: "GET", url: "/assets/old-999.js" });
    expect(response.statusCode).toBe(404);
  });

  it("tells pages from API calls and files", () => {
    expect(isAppPage("GET", "/piani/arti-2021/monitoraggio?periodo=x")).toBe(true);
    expect(isAppPage("GET", "/api/plans")).toBe(false);
    expect(isAppPage("POST", "/piani")).toBe(false);
    expect(isAppPage("GET", "/favicon.svg")).toBe(false);
    expect(isAppPage("GET", "/piani/anpal-servizi-2019/obiettivi/anpal-servizi-2019%3Aobjective%3A026.010.1")).toBe(true);
  });
});

describe("before the web app is built", () => {
  it("answers / with a 503 page in Italian saying how to build it, and the API still works", async () => {
    const app = Fastify();
    app.get("/api/health", async () => ({ status: "ok" }));
    await registerWebApp(app, { root: join(tmpdir(), "traguardo-web-not-built") });
    const page = await app.inject({ method: "GET", url: "/" });
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain("node scripts/build-web.mjs");
    expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
    await app.close();
  });
});
