import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { FastifyInstance } from "fastify";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/connect";
import { savePlanBundle } from "../../db/plan-store";
import { createPublication } from "../../db/publications";
import { createTestDatabase } from "../../db/test-database";
import { CHROMIUM_PATH } from "../../io/reports/pdf-printer";
import { evaluated, SEED_PERIODS, seedBundle } from "../../io/reports/seed-plans.fixture";
import { buildApp } from "../app";
import { jsonLdScript } from "./page-layout";
import { registerPublicPages } from "./register-public-pages";

const HOSTILE = `Fiera <img src=x onerror="alert(1)"> & "FTL"`;
// TRAGUARDO_SCREENSHOT_DIR keeps the screenshots to look at them
const screenshots = process.env.TRAGUARDO_SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), "traguardo-trasparenza-"));

describe("public transparency pages (no sign-in)", () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let id = "";
  beforeAll(async () => {
    handle = await createTestDatabase("pglite");
    // a title with markup, as a careless import could bring: it must reach the page as text
    const arti = seedBundle("arti");
    const bundle = { ...arti, objectives: arti.objectives.map((o) => (o.code === "1.2" ? { ...o, title: HOSTILE } : o)) };
    await savePlanBundle(handle.db, bundle);
    const evaluation = evaluated(bundle, SEED_PERIODS.arti);
    id = (await createPublication(handle.db, { bundle, evaluation, publishedBy: "sistema", title: `${bundle.plan.title} — ${evaluation.periodLabel}` })).id;
    app = await buildApp({ database: handle });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
    if (!process.env.TRAGUARDO_SCREENSHOT_DIR) rmSync(screenshots, { recursive: true, force: true });
  });

  it("/trasparenza lists the publications with their score, in Italian, with a strict CSP", async () => {
    const res = await app.inject({ method: "GET", url: "/trasparenza" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(res.body).toContain('<html lang="it">');
    expect(res.body).toContain(`<a href="/trasparenza/${id}">Monitoraggio intermedio obiettivi 2021 - ARTI — Monitoraggio intermedio al 30/06/2021</a>`);
    expect(res.body).toContain("49,83%");
  });

  it("/trasparenza/:id shows plan, results and downloads; text from the plan is escaped", async () => {
    const res = await app.inject({ method: "GET", url: `/trasparenza/${id}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Punteggio complessivo al 30/06/2021");
    expect(res.body).toContain("188,94%");
    expect(res.body).toContain(`href="/trasparenza/${id}/relazione.pdf"`);
    expect(res.body).toContain("Fiera &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;FTL&quot;");
    expect(res.body).not.toContain("<img src=x");
    // the DCAT-AP_IT metadata are embedded as JSON-LD
    expect(res.body).toMatch(/<script type="application\/ld\+json">\{"@context"/);
  });

  it("JSON-LD cannot close its script element: «<» is written \\u003c", () => {
    expect(jsonLdScript({ title: "</script><script>alert(1)</script>" }).value).toBe(
      '<script type="application/ld+json">{"title":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}</script>',
    );
  });

  it("downloads come from the frozen publication: JSON, and a PDF printed once then served again", async () => {
    const json = await app.inject({ method: "GET", url: `/trasparenza/${id}/open-data.json` });
    expect(json.json().planScorePercent).toBe(49.83);
    const first = await app.inject({ method: "GET", url: `/trasparenza/${id}/relazione.pdf` });
    expect(first.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const second = await app.inject({ method: "GET", url: `/trasparenza/${id}/relazione.pdf` });
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
  });

  it("unknown publication or file: 404 page in Italian", async () => {
    const res = await app.inject({ method: "GET", url: "/trasparenza/nessuna" });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain("La pubblicazione «nessuna» non esiste.");
    expect((await app.inject({ method: "GET", url: `/trasparenza/${id}/segreti.txt` })).statusCode).toBe(404);
  });

  it("catalogue, dictionary, schema and Bootstrap Italia are served without a session", async () => {
    const catalog = (await app.inject({ method: "GET", url: "/trasparenza/catalogo.jsonld" })).json();
    expect(catalog["@type"]).toEqual(["dcatapit:Catalog", "dcat:Catalog"]);
    expect(catalog["dcat:dataset"]).toHaveLength(1);
    expect((await app.inject({ method: "GET", url: "/trasparenza/dizionario.csv" })).body.split("\r\n")[0]).toBe("campo,tipo,obbligatorio,descrizione");
    const css = await app.inject({ method: "GET", url: "/trasparenza/assets/bootstrap-italia.min.css" });
    expect(css.statusCode).toBe(200);
    expect(css.body.length).toBeGreaterThan(100_000);
    expect((await app.inject({ method: "GET", url: "/trasparenza/assets/fonts/titillium-web-v10-latin-ext_latin-regular.woff2" })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/trasparenza/assets/fonts/..%2Fpackage.json" })).statusCode).toBe(404);
  });

  it("the pages pass axe-core (WCAG 2.1 A and AA) in Chromium", async () => {
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox", "--disable-gpu"] });
    try {
      const page = await (await browser.newContext()).newPage();
      for (const [name, path] of [
        ["elenco", "/trasparenza"],
        ["pubblicazione", `/trasparenza/${id}`],
      ] as const) {
        await page.goto(`${address}${path}`);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(results.violations.map((v) => `${name}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
        writeFileSync(join(screenshots, `${name}.png`), await page.screenshot({ fullPage: true }));
      }
    } finally {
      await browser.close();
    }
  });
});
