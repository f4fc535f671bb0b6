import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { DatabaseHandle } from "../db/connect";
import { savePlanBundle } from "../db/plan-store";
import { createTestDatabase, testDatabaseKinds } from "../db/test-database";
import { importText } from "../io/import";
import { readSeed, SEED_FILES, type SeedName } from "../io/seeds";
import { buildApp } from "./app";
import { injectAs, signIn, type SignedIn } from "./test-auth";

async function storeSeed(handle: DatabaseHandle, name: SeedName) {
  const result = importText(readSeed(name), SEED_FILES[name]);
  if (!result.ok) throw new Error("seed non importato");
  await savePlanBundle(handle.db, result.bundle);
}

describe.each(testDatabaseKinds())("evaluation API on %s", (kind) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let reader: SignedIn;
  const get = (url: string) => injectAs(app, reader, { method: "GET", url });
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await storeSeed(handle, "arti");
    await storeSeed(handle, "anpal");
    app = await buildApp({ database: handle });
    reader = await signIn(app, "reader");
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("ARTI at 30/06/2021: 1.5 37.787 colloqui / 20.000 previsti = 188,94%, in anticipo, with its explanation", async () => {
    const res = await get("/api/plans/arti-2021/evaluation?periodId=arti-2021:30-06-2021");
    expect(res.statusCode).toBe(200);
    const evaluation = res.json();
    const colloqui = evaluation.indicators.find((i: { indicatorId: string }) => i.indicatorId === "arti-2021:obj-1.5:ind-2");
    expect(colloqui.achievement.percent).toBeCloseTo(188.935, 3);
    expect(colloqui.achievement.explanation.text).toContain("188,94%");
    expect(colloqui.status.effective.label).toBe("1. in anticipo");
    const istruttorie = evaluation.indicators.find((i: { indicatorId: string }) => i.indicatorId === "arti-2021:obj-1.6:ind-1");
    expect(istruttorie.achievement.percent).toBeCloseTo(90.566, 3);
    expect(evaluation.findings.length).toBeGreaterThan(0);
  });

  it("ANPAL 2019: Navigator formati 2.051 su 2.980 = 68,83% (the latest period when none is named)", async () => {
    const res = await get("/api/plans/anpal-servizi-2019/evaluation");
    expect(res.statusCode).toBe(200);
    const navigator = res.json().indicators.find((i: { achievement: { explanation?: { text: string } } }) =>
      i.achievement.explanation?.text.includes("2.051"),
    );
    expect(navigator.achievement.percent).toBeCloseTo(68.826, 3);
  });

  it("what-if: giving objective 1.4 a weight of 10 changes the plan score without saving", async () => {
    const before = (await get("/api/plans/arti-2021/evaluation")).json();
    const res = await injectAs(app, reader, {
      method: "POST",
      url: "/api/plans/arti-2021/evaluation/what-if",
      payload: { objectiveWeights: { "arti-2021:obj-1.4": 10 } },
    });
    expect(res.statusCode).toBe(200);
    const whatIf = res.json();
    expect(whatIf.before.plan.score.value).toBeCloseTo(before.plan.score.value, 9);
    expect(whatIf.plan.changed).toBe(true);
    const after = (await get("/api/plans/arti-2021/evaluation")).json();
    expect(after.plan.score.value).toBeCloseTo(before.plan.score.value, 9);
  });

  it("answers 400 for an unknown period and 404 for an unknown plan", async () => {
    const bad = await get("/api/plans/arti-2021/evaluation?periodId=nessuno");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('Periodo "nessuno" non trovato nel piano');
    expect((await get("/api/plans/nessuno/evaluation")).statusCode).toBe(404);
  });
});
