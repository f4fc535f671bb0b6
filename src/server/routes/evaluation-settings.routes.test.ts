// The evaluation body's decisions through the API: who may make them, what is refused and why (in Italian), the
// audit record, and that the dashboard, the reports and the publications show the same corrected figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { DatabaseHandle } from "../../db/connect";
import { loadPlanBundle, savePlanBundle } from "../../db/plan-store";
import { createTestDatabase, testDatabaseKinds } from "../../db/test-database";
import { evaluatePlan, EXAMPLE_BANDS, type PlanEvaluation } from "../../domain/evaluation";
import { importText } from "../../io/import";
import { readSeed, SEED_FILES } from "../../io/seeds";
import { buildApp } from "../app";
import { injectAs, signIn, type SignedIn } from "../test-auth";

const PLAN = "arti-2021";
const PERIOD = "arti-2021:30-06-2021";
const ISTRUTTORIE = "arti-2021:obj-1.6:ind-1";
const overrideUrl = `/api/plans/${PLAN}/status-overrides/${encodeURIComponent(PERIOD)}/${encodeURIComponent(ISTRUTTORIE)}`;
const LATE = "5. in ritardo";

describe.each(testDatabaseKinds())("evaluation settings API on %s", (kind) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let evaluator: SignedIn;
  let reader: SignedIn;
  let office: SignedIn;
  let admin: SignedIn;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    const arti = importText(readSeed("arti"), SEED_FILES.arti);
    if (!arti.ok) throw new Error("seed ARTI non importato");
    await savePlanBundle(handle.db, arti.bundle);
    app = await buildApp({ database: handle });
    evaluator = await signIn(app, "evaluator", { organisationId: "arti-toscana", displayName: "Nucleo di valutazione ARTI" });
    reader = await signIn(app, "reader", { organisationId: "arti-toscana" });
    office = await signIn(app, "planning_office", { organisationId: "arti-toscana" });
    admin = await signIn(app, "administrator");
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const evaluation = async () => (await injectAs(app, reader, { method: "GET", url: `/api/plans/${PLAN}/evaluation?periodId=${encodeURIComponent(PERIOD)}` })).json() as PlanEvaluation;
  const indicatorCount = (e: PlanEvaluation, level: number) => e.statusDistribution.indicators.find((s) => s.level === level)!.count;

  it("a reader and the planning office may not override (403, written to the audit trail); nothing changes", async () => {
    for (const who of [reader, office]) {
      const res = await injectAs(app, who, { method: "PUT", url: overrideUrl, payload: { level: 5, reason: "Non mio" } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toContain("non può correggere lo stato degli indicatori del piano «arti-2021»");
    }
    const refusals = (await injectAs(app, admin, { method: "GET", url: `/api/audit?action=forbidden&planId=${PLAN}` })).json();
    expect(refusals.some((r: { itemType: string }) => r.itemType === "status-override")).toBe(true);
    expect((await injectAs(app, reader, { method: "GET", url: `/api/plans/${PLAN}/status-overrides` })).json()).toEqual([]);
  });

  it("400 without a reason, or with a level not on the ARTI scale, naming the field", async () => {
    const blank = await injectAs(app, evaluator, { method: "PUT", url: overrideUrl, payload: { level: 5, reason: "   " } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({ fields: [{ path: "body.reason", message: "la motivazione della correzione è obbligatoria" }] });
    const missing = await injectAs(app, evaluator, { method: "PUT", url: overrideUrl, payload: { level: 5 } });
    expect(missing.statusCode).toBe(400);
    const level = await injectAs(app, evaluator, { method: "PUT", url: overrideUrl, payload: { level: 7, reason: "Livello inesistente" } });
    expect(level.statusCode).toBe(400);
    expect(level.json().fields[0]).toMatchObject({ path: "body.level", message: expect.stringContaining("il livello 7 non è nella scala «Valutazione sintetica a cinque livelli» (livelli 1, 2, 3, 4, 5)") });
    const indicator = await injectAs(app, evaluator, { method: "PUT", url: `/api/plans/${PLAN}/status-overrides/${encodeURIComponent(PERIOD)}/nessuno`, payload: { level: 5, reason: "x" } });
    expect(indicator.statusCode).toBe(400);
    expect(indicator.json().fields[0]).toMatchObject({ path: "params.indicatorId" });
  });

  it("ARTI 1.6.1 overridden to «5. in ritardo»: the dashboard counts 1 late indicator instead of 0 (14 → 13 on track); audited; removed, back to 0", async () => {
    const before = await evaluation();
    expect([indicatorCount(before, 3), indicatorCount(before, 5)]).toEqual([14, 0]);

    const reason = "Istruttorie al 90,57% dell'atteso: il Nucleo conferma il ritardo indicato nel documento";
    const res = await injectAs(app, evaluator, { method: "PUT", url: overrideUrl, payload: { level: 5, reason } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ level: 5, reason, createdByLabel: "Nucleo di valutazione ARTI" });

    const after = await evaluation();
    expect([indicatorCount(after, 3), indicatorCount(after, 5)]).toEqual([13, 1]);
    const istruttorie = after.indicators.find((i) => i.indicatorId === ISTRUTTORIE)!;
    expect(istruttorie.status.computed.kind === "computed" && istruttorie.status.computed.label).toBe("3. secondo le aspettative");
    expect(istruttorie.status.effective).toEqual({ level: 5, label: LATE, source: "override" });
    expect(istruttorie.status.override).toMatchObject({ reason, by: "Nucleo di valutazione ARTI" });

    const audit = (await injectAs(app, admin, { method: "GET", url: `/api/audit?itemType=status-override&planId=${PLAN}` })).json();
    expect(audit[0]).toMatchObject({ action: "create", itemId: `${PERIOD}|${ISTRUTTORIE}`, periodId: PERIOD, after: { level: 5, reason }, before: null });

    // the reports and a publication read the same stored override
    const openData = (await injectAs(app, reader, { method: "GET", url: `/api/plans/${PLAN}/reports/open-data.json?periodId=${encodeURIComponent(PERIOD)}` })).body;
    expect(openData).toContain(LATE);
    const published = await injectAs(app, office, { method: "POST", url: `/api/plans/${PLAN}/publications`, payload: { periodId: PERIOD } });
    const frozen = (await injectAs(app, reader, { method: "GET", url: `/api/publications/${published.json().id}` })).json();
    expect(frozen.evaluation.indicators.find((i: { indicatorId: string }) => i.indicatorId === ISTRUTTORIE).status.effective.label).toBe(LATE);

    const removed = await injectAs(app, evaluator, { method: "DELETE", url: overrideUrl });
    expect(removed.statusCode).toBe(204);
    expect(indicatorCount(await evaluation(), 5)).toBe(0);
    expect((await injectAs(app, evaluator, { method: "DELETE", url: overrideUrl })).statusCode).toBe(404);
    const deleted = (await injectAs(app, admin, { method: "GET", url: `/api/audit?itemType=status-override&action=delete` })).json();
    expect(deleted[0]).toMatchObject({ before: { level: 5, reason }, after: null });
  });

  it("scoring rules: invalid ones refused in Italian naming the field; adopted bands change the plan score everywhere; reset to the defaults", async () => {
    const defaults = await evaluation();
    expect((defaults.plan.score as { value: number }).value).toBeCloseTo(49.832, 3);

    const bad = await injectAs(app, evaluator, { method: "PUT", url: `/api/plans/${PLAN}/scoring-rules`, payload: { curve: { kind: "bands", bands: [{ from: 60, score: 50 }, { from: 0, score: 0 }] }, lateBelow: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toContain("regole di calcolo, campo «curve.bands»: le fasce devono avere limiti inferiori crescenti");
    expect(bad.json().fields[0].path).toBe("body.curve.bands");
    const unknown = await injectAs(app, evaluator, { method: "PUT", url: `/api/plans/${PLAN}/scoring-rules`, payload: { indicators: { nessuno: { weight: 2 } } } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields[0]).toEqual({ path: "body.indicators.nessuno", message: "indicatore «nessuno» non presente nel piano" });
    expect((await injectAs(app, office, { method: "PUT", url: `/api/plans/${PLAN}/scoring-rules`, payload: { curve: EXAMPLE_BANDS } })).statusCode).toBe(403);

    const adopted = await injectAs(app, evaluator, { method: "PUT", url: `/api/plans/${PLAN}/scoring-rules`, payload: { curve: EXAMPLE_BANDS } });
    expect(adopted.statusCode).toBe(200);
    expect(adopted.json()).toMatchObject({ adopted: true, rules: { curve: EXAMPLE_BANDS }, effective: { curve: EXAMPLE_BANDS, missingValues: "exclude" } });

    const bundle = (await loadPlanBundle(handle.db, PLAN))!;
    const expected = evaluatePlan(bundle, { periodId: PERIOD, rules: { curve: EXAMPLE_BANDS } }) as PlanEvaluation;
    const banded = await evaluation();
    expect(banded.rules.curve).toEqual(EXAMPLE_BANDS);
    expect((banded.plan.score as { value: number }).value).toBeCloseTo((expected.plan.score as { value: number }).value, 6);
    expect((banded.plan.score as { value: number }).value).not.toBeCloseTo(49.832, 1);
    const whatIf = (await injectAs(app, reader, { method: "POST", url: `/api/plans/${PLAN}/evaluation/what-if`, payload: { periodId: PERIOD } })).json();
    expect(whatIf.before.rules.curve).toEqual(EXAMPLE_BANDS);
    const openData = (await injectAs(app, reader, { method: "GET", url: `/api/plans/${PLAN}/reports/open-data.json?periodId=${encodeURIComponent(PERIOD)}` })).json();
    expect(openData.planScorePercent).toBeCloseTo((expected.plan.score as { value: number }).value, 2);

    const audit = (await injectAs(app, admin, { method: "GET", url: `/api/audit?itemType=scoring-rules&planId=${PLAN}` })).json();
    expect(audit[0]).toMatchObject({ action: "create", before: null, after: { curve: EXAMPLE_BANDS } });

    const reset = await injectAs(app, evaluator, { method: "DELETE", url: `/api/plans/${PLAN}/scoring-rules` });
    expect(reset.json()).toMatchObject({ adopted: false, rules: {} });
    expect(((await evaluation()).plan.score as { value: number }).value).toBeCloseTo(49.832, 3);
  });
});
