import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance, InjectOptions } from "fastify";
import { latestSchemaVersion, type DatabaseHandle } from "../db/connect";
import { createTestDatabase, testDatabaseKinds } from "../db/test-database";
import { seedPath } from "../io/seeds";
import { buildApp } from "./app";
import { injectAs, signIn, type SignedIn } from "./test-auth";

const newPlan = {
  organisation: { id: "org-t", name: "Agenzia di prova" },
  plan: { id: "piano-t", organisationId: "org-t", title: "Piano 2022", kind: "performance_plan", yearFrom: 2022, yearTo: 2022 },
};

describe.each(testDatabaseKinds())("API on %s", (kind) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let office: SignedIn;
  const call = (options: InjectOptions) => injectAs(app, office, options);
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    app = await buildApp({ database: handle });
    office = await signIn(app, "planning_office");
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("reports the database kind and schema version", async () => {
    const res = await app.inject({ method: "GET", url: "/api/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok", database: kind, schemaVersion: latestSchemaVersion() });
    expect(latestSchemaVersion()).toMatch(/^\d{4}_/);
  });

  it("creates a plan, adds an objective and an indicator, reads them back", async () => {
    expect((await call({ method: "POST", url: "/api/plans", payload: newPlan })).statusCode).toBe(201);
    const obj = await call({
      method: "POST",
      url: "/api/plans/piano-t/objectives",
      payload: { id: "o1", code: "1", title: "Incremento della produttività", weight: 6 },
    });
    expect(obj.statusCode).toBe(201);
    expect(obj.json()).toMatchObject({ id: "o1", planId: "piano-t", weight: 6, dimensions: [] });
    const ind = await call({
      method: "POST",
      url: "/api/plans/piano-t/indicators",
      payload: { code: "1", objectiveId: "o1", definition: "Patti di servizio sottoscritti" },
    });
    expect(ind.statusCode).toBe(201);
    const list = await call({ method: "GET", url: "/api/plans/piano-t/indicators" });
    expect(list.json()).toHaveLength(1);
    const plan = await call({ method: "GET", url: "/api/plans/piano-t" });
    expect(plan.json().objectives[0].title).toBe("Incremento della produttività");
  });

  it("answers 400 with the wrong fields, in Italian, never 500", async () => {
    const res = await call({
      method: "POST",
      url: "/api/plans/piano-t/objectives",
      payload: { code: "2", title: "", weight: "sei" },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toBe("Richiesta non valida");
    expect(body.fields.map((f: { path: string }) => f.path).sort()).toEqual(["body.title", "body.weight"]);
  });

  it("rejects a reference to an item of another plan or that does not exist", async () => {
    const res = await call({
      method: "POST",
      url: "/api/plans/piano-t/indicators",
      payload: { code: "9", objectiveId: "nessuno", definition: "x" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0]).toEqual({ path: "body.objectiveId", message: '"nessuno" non esiste nel piano (obiettivi)' });
  });

  it("answers 404 for a plan that does not exist and 409 for a duplicate", async () => {
    expect((await call({ method: "GET", url: "/api/plans/nessuno" })).statusCode).toBe(404);
    expect((await call({ method: "GET", url: "/api/plans/nessuno/objectives" })).statusCode).toBe(404);
    expect((await call({ method: "POST", url: "/api/plans", payload: newPlan })).statusCode).toBe(409);
  });

  it("updates and deletes items and plans", async () => {
    const put = await call({
      method: "PUT",
      url: "/api/plans/piano-t/objectives/o1",
      payload: { code: "1", title: "Nuovo titolo", weight: 10 },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().weight).toBe(10);
    expect((await call({ method: "DELETE", url: "/api/plans/piano-t/objectives/o1" })).statusCode).toBe(200);
    const header = await call({
      method: "PUT",
      url: "/api/plans/piano-t",
      payload: { ...newPlan.plan, id: undefined, state: "approved", approvalAct: "Approvato nel CdA del 10 giugno 2022" },
    });
    expect(header.statusCode).toBe(200);
    expect(header.json().state).toBe("approved");
    expect((await call({ method: "DELETE", url: "/api/plans/piano-t" })).statusCode).toBe(204);
    expect((await call({ method: "GET", url: "/api/plans/piano-t" })).statusCode).toBe(404);
  });

  it("serves the OpenAPI document", async () => {
    const res = await call({ method: "GET", url: "/api/docs/json" });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain("/api/plans/{planId}/indicators");
  });
});

describe("file routes", () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let office: SignedIn;
  const call = (options: InjectOptions) => injectAs(app, office, options);
  beforeAll(async () => {
    handle = await createTestDatabase("pglite");
    app = await buildApp({ database: handle });
    office = await signIn(app, "planning_office");
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  function upload(fileName: string, content: Buffer) {
    const boundary = "----traguardo";
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return call({
      method: "POST",
      url: "/api/imports",
      payload: body,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
  }

  it("imports the Lombardia objectives from an upload and exports the plan as XLSX", async () => {
    const res = await upload("obiettivi-2026.txt", readFileSync(seedPath("lombardia")));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ planId: "lombardia-2026", layout: "lombardia-obiettivi", counts: { objectives: 3, indicators: 6 } });
    const xlsx = await call({ method: "GET", url: "/api/plans/lombardia-2026/export.xlsx" });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-disposition"]).toBe('attachment; filename="lombardia-2026.xlsx"');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });

  it("answers 400 with the reasons for a file it cannot read", async () => {
    const res = await upload("note.txt", Buffer.from("Appunti sparsi"));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toMatch(/^Formato del documento non riconosciuto/);
  });
});
