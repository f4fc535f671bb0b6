import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/connect";
import { loadPlanBundle, savePlanBundle } from "../../db/plan-store";
import { createTestDatabase, testDatabaseKinds } from "../../db/test-database";
import { parseCsv } from "../../io/open-data/open-data-csv";
import { seedBundle } from "../../io/reports/seed-plans.fixture";
import { buildApp } from "../app";
import { signIn, type SignedIn } from "../test-auth";
import { publicationRoutes } from "./publications.routes";
import { reportRoutes } from "./reports.routes";

describe.each(testDatabaseKinds())("publication routes on %s", (kind) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let office: SignedIn;
  let reader: SignedIn;
  let publicationId = "";
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await savePlanBundle(handle.db, seedBundle("arti"));
    app = await buildApp({ database: handle });
    office = await signIn(app, "planning_office");
    reader = await signIn(app, "reader");
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("publishing needs the planning office: 401 without a session, 403 for a reader", async () => {
    const url = "/api/plans/arti-2021/publications";
    expect((await app.inject({ method: "POST", url, payload: {} })).statusCode).toBe(401);
    expect((await app.inject({ method: "POST", url, payload: {}, headers: reader.headers })).statusCode).toBe(403);
  });

  it("POST freezes the plan and its evaluation at 30/06/2021, recording who and when", async () => {
    const res = await app.inject({ method: "POST", url: "/api/plans/arti-2021/publications", payload: { periodId: "arti-2021:30-06-2021" }, headers: office.headers });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    publicationId = body.id;
    expect(body).toMatchObject({
      planId: "arti-2021",
      periodId: "arti-2021:30-06-2021",
      periodLabel: "Monitoraggio intermedio al 30/06/2021",
      title: "Monitoraggio intermedio obiettivi 2021 - ARTI — Monitoraggio intermedio al 30/06/2021",
      publishedBy: office.account.id,
      publicUrl: `/trasparenza/${body.id}`,
    });
    expect(body.planScore).toBeCloseTo(49.832, 3);
    expect(body.downloads.map((d: { file: string }) => d.file)).toEqual([
      "relazione.docx",
      "relazione.pdf",
      "monitoraggio.xlsx",
      "open-data.csv",
      "open-data.json",
      "metadati.jsonld",
    ]);
  });

  it("answers 400 for a period the plan does not have", async () => {
    const res = await app.inject({ method: "POST", url: "/api/plans/arti-2021/publications", payload: { periodId: "2099" }, headers: office.headers });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].path).toBe("body.periodId");
  });

  it("later edits do not change what was published: ARTI 1.5.2 changed to 50% live, still 188.94 in the publication", async () => {
    const bundle = (await loadPlanBundle(handle.db, "arti-2021"))!;
    const measurements = bundle.measurements.map((m) => (m.indicatorId === "arti-2021:obj-1.5:ind-2" ? { ...m, value: 50, valueText: "50,00%", numerator: 10_000, denominator: 20_000 } : m));
    await savePlanBundle(handle.db, { ...bundle, plan: { ...bundle.plan, title: "Titolo modificato" }, measurements });

    const live = parseCsv((await app.inject({ method: "GET", url: "/api/plans/arti-2021/reports/open-data.csv", headers: office.headers })).body);
    const published = parseCsv((await app.inject({ method: "GET", url: `/api/publications/${publicationId}/open-data.csv` })).body);
    const pick = (rows: string[][]) => {
      const header = rows[0]!;
      const row = rows.find((r) => r[header.indexOf("indicatore_codice")] === "1.5.2")!;
      return [row[header.indexOf("piano")], row[header.indexOf("raggiungimento_percentuale")]];
    };
    expect(pick(live)).toEqual(["Titolo modificato", "50"]);
    expect(pick(published)).toEqual(["Monitoraggio intermedio obiettivi 2021 - ARTI", "188.94"]);
  });

  it("reading publications needs no session: list, detail with the frozen bundle, files", async () => {
    const list = await app.inject({ method: "GET", url: "/api/publications?planId=arti-2021" });
    expect(list.statusCode).toBe(200);
    expect(list.json().map((p: { id: string }) => p.id)).toEqual([publicationId]);
    const detail = await app.inject({ method: "GET", url: `/api/publications/${publicationId}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().bundle.plan.title).toBe("Monitoraggio intermedio obiettivi 2021 - ARTI");
    expect(detail.json().evaluation.periodId).toBe("arti-2021:30-06-2021");
    const json = await app.inject({ method: "GET", url: `/api/publications/${publicationId}/open-data.json` });
    expect(json.json().publication.id).toBe(publicationId);
    expect((await app.inject({ method: "GET", url: "/api/publications/nessuna" })).statusCode).toBe(404);
  });

  it("metadati.jsonld: DCAT-AP_IT dataset at the public page's address, distributions for each file", async () => {
    const res = await app.inject({ method: "GET", url: `/api/publications/${publicationId}/metadati.jsonld`, headers: { host: "trasparenza.arti.toscana.it" } });
    expect(res.headers["content-type"]).toBe("application/ld+json; charset=utf-8");
    const jsonld = res.json();
    expect(jsonld["@id"]).toBe(`http://trasparenza.arti.toscana.it/trasparenza/${publicationId}`);
    expect(jsonld["dcat:distribution"].map((d: { "dcat:downloadURL": { "@id": string } }) => d["dcat:downloadURL"]["@id"].split("/").pop())).toEqual([
      "relazione.docx",
      "relazione.pdf",
      "monitoraggio.xlsx",
      "open-data.csv",
      "open-data.json",
    ]);
  });

  it("publishing is in the audit trail (who, plan, period) and the plan's listing names the publisher", async () => {
    const audit = await app.inject({ method: "GET", url: `/api/audit?planId=arti-2021&action=publish`, headers: office.headers });
    expect(audit.statusCode).toBe(200);
    const events = audit.json() as { itemType: string; itemId: string; actorId: string; periodId: string; note: string }[];
    expect(events.find((e) => e.itemId === publicationId)).toMatchObject({
      itemType: "publication",
      actorId: office.account.id,
      periodId: "arti-2021:30-06-2021",
      note: "pubblicato in Amministrazione trasparente: Monitoraggio intermedio obiettivi 2021 - ARTI — Monitoraggio intermedio al 30/06/2021",
    });
    const listing = await app.inject({ method: "GET", url: "/api/plans/arti-2021/publications", headers: reader.headers });
    expect(listing.statusCode).toBe(200);
    expect(listing.json()[0]).toMatchObject({ id: publicationId, publishedBy: office.account.id, publishedByName: office.account.displayName, publicUrl: `/trasparenza/${publicationId}` });
    expect((await app.inject({ method: "GET", url: "/api/plans/arti-2021/publications" })).statusCode).toBe(401);
  });
});
