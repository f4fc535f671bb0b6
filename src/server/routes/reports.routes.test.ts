import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/connect";
import { savePlanBundle } from "../../db/plan-store";
import { createTestDatabase, testDatabaseKinds } from "../../db/test-database";
import { parseCsv } from "../../io/open-data/open-data-csv";
import { OpenDataDocument } from "../../io/open-data/open-data-schema";
import { afolWithResults, seedBundle } from "../../io/reports/seed-plans.fixture";
import { buildApp } from "../app";
import { signIn, type SignedIn } from "../test-auth";
import { reportRoutes } from "./reports.routes";

const dir = mkdtempSync(join(tmpdir(), "traguardo-report-routes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(testDatabaseKinds())("report routes on %s", (kind) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let office: SignedIn;
  // reports are read as the planning office of the plans' organisations would (organisation: all)
  const get = (url: string) => app.inject({ method: "GET", url, headers: office.headers });
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await savePlanBundle(handle.db, seedBundle("arti"));
    await savePlanBundle(handle.db, afolWithResults());
    await savePlanBundle(handle.db, seedBundle("lombardia"));
    app = await buildApp({ database: handle, today: () => "2021-07-15" });
    office = await signIn(app, "planning_office");
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("open-data.json for ARTI at 30/06/2021: valid document, plan score 49.83", async () => {
    const res = await get("/api/plans/arti-2021/reports/open-data.json?periodId=arti-2021:30-06-2021");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="arti-2021-open-data.json"');
    const doc = OpenDataDocument.parse(res.json());
    expect(doc.planScorePercent).toBe(49.83);
    expect(doc.period?.cutoffDate).toBe("2021-06-30");
  });

  it("open-data.csv without periodId takes the plan's latest period (AFOL: Rendicontazione 2022)", async () => {
    const res = await get("/api/plans/afol-2022/reports/open-data.csv");
    expect(res.statusCode).toBe(200);
    const rows = parseCsv(res.body);
    expect(rows).toHaveLength(81);
    expect(rows[1]![rows[0]!.indexOf("periodo")]).toBe("Rendicontazione 2022");
  });

  it("monitoraggio.xlsx is the ARTI table; relazione.docx is a Word file with the figures", async () => {
    const xlsx = await get("/api/plans/arti-2021/reports/monitoraggio.xlsx");
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet("Monitoraggio")!.getCell("M10").value).toBe(1.8894);

    const docx = await get("/api/plans/arti-2021/reports/relazione.docx");
    expect(docx.statusCode).toBe(200);
    const document = await (await JSZip.loadAsync(docx.rawPayload)).file("word/document.xml")!.async("string");
    expect(document).toContain("49,83%");
    expect(document).toContain("15/07/2021");
  });

  it("what the server offers: ARTI's monitoring table, AFOL's plan with the Rendicontazione and its pesature chapter", async () => {
    expect((await get("/api/plans/arti-2021/reports")).json()).toMatchObject({ workbookLayout: "arti-monitoraggio", hasIndividualChapter: false, hasPeriods: true });
    const afol = (await get("/api/plans/afol-2022/reports")).json();
    expect(afol).toMatchObject({ workbookLayout: "afol-piano", hasIndividualChapter: true });
    expect(afol.files.map((f: { file: string }) => f.file)).toEqual(["relazione.docx", "relazione.pdf", "monitoraggio.xlsx", "open-data.csv", "open-data.json"]);
    expect((await get("/api/plans/lombardia-2026/reports")).json()).toMatchObject({ hasPeriods: false });
  });

  it("relazione.docx with or without the individual performance chapter (AFOL pesature)", async () => {
    const text = async (query: string) => (await (await JSZip.loadAsync((await get(`/api/plans/afol-2022/reports/relazione.docx${query}`)).rawPayload)).file("word/document.xml")!.async("string"));
    expect(await text("")).toContain("Performance individuale: pesature");
    expect(await text("?includeIndividual=false")).not.toContain("Performance individuale: pesature");
    const bad = await get("/api/plans/afol-2022/reports/relazione.docx?includeIndividual=forse");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0]).toMatchObject({ path: "querystring.includeIndividual", message: "includeIndividual: usare true o false" });
  });

  it("relazione.pdf is a tagged PDF", async () => {
    const res = await get("/api/plans/arti-2021/reports/relazione.pdf?periodId=arti-2021:30-06-2021");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    const file = join(dir, `${kind}.pdf`);
    writeFileSync(file, res.rawPayload);
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/Tagged:\s+yes/);
  });

  it("a plan without periods (Lombardia) is reported without results", async () => {
    const res = await get("/api/plans/lombardia-2026/reports/open-data.json");
    expect(res.statusCode).toBe(200);
    expect(res.json().period).toBeNull();
  });

  it("asks for a session: 401 without one; the dictionary and the schema are public", async () => {
    expect((await app.inject({ method: "GET", url: "/api/plans/arti-2021/reports/open-data.csv" })).statusCode).toBe(401);
    expect((await app.inject({ method: "GET", url: "/api/open-data/dizionario.csv" })).statusCode).toBe(200);
  });

  it("answers 400 for an unknown period, naming the ones the plan has; 404 for an unknown plan or file", async () => {
    const bad = await get("/api/plans/arti-2021/reports/open-data.csv?periodId=2099");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe(
      "Periodo «2099» non presente nel piano «Monitoraggio intermedio obiettivi 2021 - ARTI»: periodi disponibili «arti-2021:30-06-2021»",
    );
    expect((await get("/api/plans/nessuno/reports/open-data.csv")).statusCode).toBe(404);
    expect((await get("/api/plans/arti-2021/reports/relazione.odt")).statusCode).toBe(400);
  });

  it("serves the data dictionary and the JSON Schema", async () => {
    const dictionary = await get("/api/open-data/dizionario.csv");
    expect(parseCsv(dictionary.body)[0]).toEqual(["campo", "tipo", "obbligatorio", "descrizione"]);
    const schema = await get("/api/open-data/schema.json");
    expect(schema.json().$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});
