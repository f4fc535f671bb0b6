// "Le mie performance" on the ARTI monitoring at 30/06/2021 (seed 004): an employee assigned objectives 3.1 and 3.2,
// weighed with the AFOL "personale" weighting (seed 000: 15/45/40), reads objectives, scale and, once the evaluator
// validates it, the individual score.
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/connect";
import { savePlanBundle } from "../db/plan-store";
import { createTestDatabase } from "../db/test-database";
import { importText } from "../io/import";
import { readSeed, SEED_FILES } from "../io/seeds";
import { buildApp } from "../server/app";
import { injectAs, signIn, type SignedIn } from "../server/test-auth";

const PERIOD = "arti-2021:30-06-2021";

describe("individual performance (ARTI 2021)", () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let office: SignedIn;
  let evaluator: SignedIn;
  let employee: SignedIn;
  const as = (who: SignedIn, options: InjectOptions) => injectAs(app, who, options);
  const scoreUrl = () => `/api/plans/arti-2021/periods/${encodeURIComponent(PERIOD)}/individual-scores/${employee.account.id}`;

  beforeAll(async () => {
    handle = await createTestDatabase("pglite");
    const arti = importText(readSeed("arti"), SEED_FILES.arti);
    if (!arti.ok) throw new Error("seed ARTI non importato");
    await savePlanBundle(handle.db, arti.bundle);
    app = await buildApp({ database: handle });
    office = await signIn(app, "planning_office", { organisationId: "arti-toscana" });
    evaluator = await signIn(app, "evaluator", { organisationId: "arti-toscana" });
    employee = await signIn(app, "reader", { organisationId: "arti-toscana", displayName: "Anna Bianchi" });
    const weighting = await as(office, {
      method: "POST",
      url: "/api/plans/arti-2021/role-weightings",
      payload: { id: "arti-2021:pesatura-personale", role: "personale", organisational: 15, individual: 45, behaviour: 40, statedTotal: 100 },
    });
    expect(weighting.statusCode).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("the office assigns objectives 3.1 and 3.2 and the «personale» weighting; an unknown objective is a 400 naming it", async () => {
    const url = `/api/plans/arti-2021/assignments/${employee.account.id}`;
    const wrong = await as(office, { method: "PUT", url, payload: { objectiveIds: ["arti-2021:obj-9.9"], roleWeightingId: "arti-2021:pesatura-personale" } });
    expect(wrong.json().fields).toEqual([{ path: "body.objectiveIds.0", message: "obiettivo «arti-2021:obj-9.9» non presente nel piano" }]);
    expect((await as(evaluator, { method: "PUT", url, payload: { objectiveIds: [], roleWeightingId: null } })).statusCode).toBe(403);
    const res = await as(office, { method: "PUT", url, payload: { objectiveIds: ["arti-2021:obj-3.1", "arti-2021:obj-3.2"], roleWeightingId: "arti-2021:pesatura-personale" } });
    expect(res.statusCode).toBe(200);
  });

  it("before validation the employee reads objectives, their indicators and targets, and the scale, but no score", async () => {
    const [plan] = (await as(employee, { method: "GET", url: "/api/me/performance" })).json();
    expect(plan.objectives.map((o: { code: string; weight: number }) => [o.code, o.weight])).toEqual([
      ["3.1", 8],
      ["3.2", 6],
    ]);
    expect(plan.objectives[0].indicators[0].targets).toEqual(["90,00%", ">= dato finale anno precedente"]);
    expect(plan.scale.levels.map((l: { label: string }) => l.label)).toContain("5. in ritardo");
    expect(plan.roleWeighting).toMatchObject({ role: "personale", organisational: 15, individual: 45, behaviour: 40 });
    expect(plan.scores).toEqual([]);
  });

  it("only the evaluator (or an administrator) validates; the employee cannot validate their own score", async () => {
    const res = await as(employee, { method: "POST", url: scoreUrl(), payload: { behaviour: 100 } });
    expect(res.statusCode).toBe(403);
    expect((await as(evaluator, { method: "POST", url: scoreUrl(), payload: { behaviour: 120 } })).statusCode).toBe(400);
  });

  it("15% × 49,83% (plan) + 45% × 97,07% (objectives 3.1 94,88% × 8 and 3.2 100% × 6) + 40% × 80% = 83,16%", async () => {
    const res = await as(evaluator, { method: "POST", url: scoreUrl(), payload: { behaviour: 80 } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.components.organisational).toBeCloseTo(49.832, 3);
    expect(body.components.individual).toBeCloseTo((8 * 94.876 + 6 * 100) / 14, 2);
    expect(body.value).toBeCloseTo(0.15 * 49.832 + 0.45 * 97.072 + 0.4 * 80, 2);
    expect(body.text).toContain("= 83,16%");
    const [plan] = (await as(employee, { method: "GET", url: "/api/me/performance" })).json();
    expect(plan.scores).toEqual([
      expect.objectContaining({ periodId: PERIOD, periodLabel: expect.stringContaining("30/06/2021"), value: body.value, validatedBy: `${evaluator.account.displayName} <${evaluator.account.email}>` }),
    ]);
  });
});
