// Plan approval and versions on the AFOL Piano della performance 2022 (seed 000, "Approvato nel Cda del 10 giugno
// 2022"): what an approved plan still lets change, a revision as a new version, the differences between versions.
import { readFileSync } from "node:fs";
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/connect";
import { savePlanBundle } from "../db/plan-store";
import { createTestDatabase } from "../db/test-database";
import { importText } from "../io/import";
import { readSeed, seedPath, SEED_FILES } from "../io/seeds";
import { buildApp } from "../server/app";
import { injectAs, signIn, type SignedIn } from "../server/test-auth";

const LAVORO = "afol-metropolitana:divisione-lavoro";

describe("plan approval and versions (AFOL 2022)", () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let office: SignedIn;
  let lavoro: SignedIn;
  const as = (who: SignedIn, options: InjectOptions) => injectAs(app, who, options);
  const get = async (url: string) => (await as(office, { method: "GET", url })).json();

  beforeAll(async () => {
    handle = await createTestDatabase("pglite");
    for (const seed of ["afol", "lombardia"] as const) {
      const imported = importText(readSeed(seed), SEED_FILES[seed]);
      if (!imported.ok) throw new Error(`seed ${seed} non importato`);
      await savePlanBundle(handle.db, imported.bundle);
    }
    app = await buildApp({ database: handle });
    office = await signIn(app, "planning_office");
    lavoro = await signIn(app, "structure_head", { organisationId: "afol-metropolitana", structures: [{ organisationId: "afol-metropolitana", structureId: LAVORO }] });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("the approved AFOL plan keeps its objectives: changing objective 1 is a 409 asking for a new version", async () => {
    const objective = await get("/api/plans/afol-2022/objectives/afol-2022:obj-1");
    const { id: _id, planId: _p, ...body } = objective;
    const res = await as(office, { method: "PUT", url: "/api/plans/afol-2022/objectives/afol-2022:obj-1", payload: { ...body, title: "Altro" } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe("Modifica non consentita: il piano è approvato: per cambiare obiettivi creare una nuova versione");
  });

  it("the actual dates of a step still change; a head records them for their own structure only, and nothing else", async () => {
    const steps = (await get("/api/plans/afol-2022/steps")) as { id: string; objectiveId: string }[];
    const objectives = (await get("/api/plans/afol-2022/objectives")) as { id: string; structureId: string | null }[];
    const ownerOf = (step: { objectiveId: string }) => objectives.find((o) => o.id === step.objectiveId)?.structureId;
    const own = steps.find((s) => ownerOf(s) === LAVORO)!;
    const other = steps.find((s) => ownerOf(s) === "afol-metropolitana:divisione-formazione")!;
    const put = (who: SignedIn, step: { id: string }, changes: Record<string, unknown>) => {
      const { id: _id, ...body } = step as Record<string, unknown>;
      return as(who, { method: "PUT", url: `/api/plans/afol-2022/steps/${encodeURIComponent(step.id)}`, payload: { ...body, ...changes } });
    };
    const done = await put(lavoro, own, { actualTiming: "novembre 2022", actualDate: "2022-11-30" });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ actualDate: "2022-11-30" });
    const rewording = await put(lavoro, own, { description: "altro" });
    expect(rewording.statusCode).toBe(403);
    expect(rewording.json().error).toContain("può aggiornare solo actualTiming, actualDate di fasi di attuazione");
    expect((await put(lavoro, other, { actualDate: "2022-11-30" })).statusCode).toBe(403);
    // the office too changes only the progress of an approved plan
    expect((await put(office, own, { description: "altro" })).statusCode).toBe(409);
  });

  it("a draft cannot be revised; Lombardia 2026 is approved with act and date (both required), then not again", async () => {
    expect((await as(office, { method: "POST", url: "/api/plans/lombardia-2026/revisions" })).statusCode).toBe(409);
    const missing = await as(office, { method: "POST", url: "/api/plans/lombardia-2026/approval", payload: { approvalAct: "DGR n. 1234" } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields.map((f: { path: string }) => f.path)).toEqual(["body.approvalDate"]);
    const approved = await as(office, { method: "POST", url: "/api/plans/lombardia-2026/approval", payload: { approvalAct: "DGR n. 1234", approvalDate: "2026-01-26" } });
    expect(approved.json()).toEqual({ id: "lombardia-2026", state: "approved", approvalAct: "DGR n. 1234", approvalDate: "2026-01-26" });
    expect((await as(office, { method: "POST", url: "/api/plans/lombardia-2026/approval", payload: { approvalAct: "DGR n. 1234", approvalDate: "2026-01-26" } })).statusCode).toBe(409);
    expect((await as(lavoro, { method: "POST", url: "/api/plans/afol-2022/approval", payload: { approvalAct: "x", approvalDate: "2022-01-01" } })).statusCode).toBe(403);
  });

  it("revising AFOL makes afol-2022-v2, a draft of version 2 with 23 objectives and 80 indicators; v1 becomes «revised»", async () => {
    const res = await as(office, { method: "POST", url: "/api/plans/afol-2022/revisions" });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: "afol-2022-v2", version: 2 });
    const v2 = await get("/api/plans/afol-2022-v2");
    expect(v2.plan).toMatchObject({ version: 2, state: "draft", approvalAct: null });
    expect([v2.objectives.length, v2.indicators.length]).toEqual([23, 80]);
    expect(v2.steps[0]).toMatchObject({ id: "afol-2022-v2:obj-1:step-1", objectiveId: "afol-2022-v2:obj-1" });
    expect((await get("/api/plans/afol-2022")).plan.state).toBe("revised");
    expect((await get("/api/plans/afol-2022-v2/versions")).map((v: { planId: string; state: string }) => [v.planId, v.state])).toEqual([
      ["afol-2022", "revised"],
      ["afol-2022-v2", "draft"],
    ]);
  });

  it("the superseded version refuses every change, values included, and an import over it", async () => {
    const periods = await get("/api/plans/afol-2022/periods");
    const indicator = (await get("/api/plans/afol-2022/indicators"))[0];
    const res = await as(office, {
      method: "POST",
      url: "/api/plans/afol-2022/measurements",
      payload: { indicatorId: indicator.id, periodId: periods[0].id, value: 1 },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toContain("sostituito da una versione successiva");
    const boundary = "----traguardo";
    const upload = await as(office, {
      method: "POST",
      url: "/api/imports",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${SEED_FILES.afol}"\r\nContent-Type: text/plain\r\n\r\n`),
        readFileSync(seedPath("afol")),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(upload.statusCode).toBe(409);
    expect(upload.json().error).toBe("Importazione rifiutata: il piano «afol-2022» è sostituito da una versione successiva: per cambiarlo creare una nuova versione");
  });

  it("the diff of v2 against v1 shows a retitled objective, an added objective and a removed target", async () => {
    const objective = await get("/api/plans/afol-2022-v2/objectives/afol-2022-v2:obj-1");
    const { id: _id, planId: _p, ...body } = objective;
    expect((await as(office, { method: "PUT", url: "/api/plans/afol-2022-v2/objectives/afol-2022-v2:obj-1", payload: { ...body, title: "Incremento della produttività dei servizi" } })).statusCode).toBe(200);
    expect((await as(office, { method: "POST", url: "/api/plans/afol-2022-v2/objectives", payload: { id: "afol-2022-v2:obj-24", code: "24", title: "Nuovo obiettivo" } })).statusCode).toBe(201);
    const target = (await get("/api/plans/afol-2022-v2/targets"))[0];
    expect((await as(office, { method: "DELETE", url: `/api/plans/afol-2022-v2/targets/${encodeURIComponent(target.id)}` })).statusCode).toBe(200);

    const diff = await get("/api/plans/afol-2022-v2/diff");
    expect(diff.from).toEqual({ planId: "afol-2022", version: 1, state: "revised" });
    expect(diff.to).toEqual({ planId: "afol-2022-v2", version: 2, state: "draft" });
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(diff.collections.objectives.changed).toEqual([
      {
        key: "obj-1",
        label: "1 Incremento della produttività dei servizi",
        fields: [{ field: "title", before: "Incremento della produttività", after: "Incremento della produttività dei servizi" }],
      },
    ]);
    expect(diff.collections.objectives.added).toEqual([{ key: "obj-24", label: "24 Nuovo obiettivo" }]);
    expect(diff.collections.targets.removed).toEqual([{ key: target.id.replace("afol-2022-v2:", ""), label: expect.any(String) }]);
    expect(diff.plan).toEqual([]);
  });
});
