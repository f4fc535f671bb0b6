// Deleting a plan item takes what hangs from it, in one transaction, with one audit record per item (issue #4).
// On the ARTI 2021 plan (seed 004, a draft): objective 1.5 "colloqui a distanza" has indicators 1.5.1 and 1.5.2
// (37.787 colloqui / 20.000 previsti = 188,94%), each with one target and one value at 30/06/2021.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/connect";
import { findEvidenceFiles, insertEvidenceFile } from "../db/evidence-files";
import { loadPlanBundle, savePlanBundle } from "../db/plan-store";
import { putStatusOverride } from "../db/status-overrides";
import { createTestDatabase, testDatabaseKinds } from "../db/test-database";
import { seedBundle } from "../io/reports/seed-plans.fixture";
import { measurementScope } from "../workflow/measurement-scope";
import { ensureWorkflow, updateWorkflow } from "../workflow/monitoring-store";
import { loadOwnership } from "../workflow/ownership";
import { buildApp } from "./app";
import { signIn, type SignedIn } from "./test-auth";

const ORG = "arti-toscana";
const PERIOD = "arti-2021:30-06-2021";
const OBJECTIVE = "arti-2021:obj-1.5";
const INDICATORS = ["arti-2021:obj-1.5:ind-1", "arti-2021:obj-1.5:ind-2"];

describe.each(testDatabaseKinds())("deleting plan items with their dependents on %s", (kind) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let office: SignedIn;
  let copies = 0;

  /** A fresh copy of the ARTI plan, so that every test deletes from a whole plan. */
  async function freshPlan(): Promise<string> {
    const bundle = seedBundle("arti");
    const planId = `arti-2021-copia-${++copies}`;
    const json = JSON.stringify(bundle).replaceAll('"arti-2021', `"${planId}`);
    await savePlanBundle(handle.db, JSON.parse(json));
    return planId;
  }
  const inCopy = (planId: string, id: string) => id.replace("arti-2021", planId);
  const del = (planId: string, path: string) => app.inject({ method: "DELETE", url: `/api/plans/${planId}/${path}`, headers: office.headers });
  const auditOf = async (planId: string) =>
    (await app.inject({ method: "GET", url: `/api/audit?planId=${planId}&action=delete&limit=500`, headers: office.headers })).json() as {
      itemType: string;
      itemId: string;
      note: string | null;
    }[];

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    app = await buildApp({ database: handle });
    office = await signIn(app, "planning_office", { organisationId: ORG });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("ARTI 1.5: the objective goes with its 2 indicators, 2 targets, 2 values, its cronoprogramma and 3 phases, the evidence file and status override, in one request, each audited", async () => {
    const planId = await freshPlan();
    const [ind1, ind2] = INDICATORS.map((id) => inCopy(planId, id)) as [string, string];
    const period = inCopy(planId, PERIOD);
    await insertEvidenceFile(handle.db, {
      organisationId: ORG,
      planId,
      indicatorId: ind2,
      periodId: period,
      assigneeId: null,
      fileName: "Colloqui giugno 2021.pdf",
      mediaType: "application/pdf",
      content: Buffer.from("%PDF-1.4\n%%EOF\n"),
      uploadedBy: "prova",
      uploadedByLabel: "Prova",
    });
    await putStatusOverride(handle.db, { organisationId: ORG, planId, periodId: period, indicatorId: ind2, assigneeId: null }, { level: 1, reason: "Colloqui ben oltre il previsto", createdBy: "prova", createdByLabel: "Prova" });

    const res = await del(planId, `objectives/${encodeURIComponent(inCopy(planId, OBJECTIVE))}`);
    expect(res.statusCode, res.body).toBe(200);
    const outcome = res.json() as { removed: { collection: string; id: string }[]; detached: unknown[]; related: { type: string }[] };
    const count = (collection: string) => outcome.removed.filter((r) => r.collection === collection).length;
    expect([count("objectives"), count("indicators"), count("targets"), count("measurements"), count("cronoprogrammi"), count("phases")]).toEqual([1, 2, 2, 2, 1, 3]);
    // children first, the objective itself last
    expect(outcome.removed.at(-1)).toEqual({ collection: "objectives", id: inCopy(planId, OBJECTIVE) });
    expect(outcome.removed.findIndex((r) => r.id === ind2)).toBeLessThan(outcome.removed.length - 1);
    expect(outcome.related.map((r) => r.type).sort()).toEqual(["evidence", "status-override"]);

    const bundle = (await loadPlanBundle(handle.db, planId))!;
    expect(bundle.objectives.map((o) => o.id)).not.toContain(inCopy(planId, OBJECTIVE));
    expect(bundle.indicators.filter((i) => i.id === ind1 || i.id === ind2)).toEqual([]);
    expect(bundle.targets.filter((t) => t.indicatorId === ind1 || t.indicatorId === ind2)).toEqual([]);
    expect(bundle.measurements.filter((m) => m.indicatorId === ind1 || m.indicatorId === ind2)).toEqual([]);
    // the rest of the plan stays: 14 objectives, 16 indicators
    expect([bundle.objectives.length, bundle.indicators.length]).toEqual([14, 16]);
    expect(await findEvidenceFiles(handle.db, { planId, indicatorId: ind2 })).toEqual([]);

    const audit = await auditOf(planId);
    // 11 plan items (with the objective's cronoprogramma and its 3 phases) + the evidence file + the override
    expect(audit).toHaveLength(13);
    expect(audit.filter((a) => a.note === `eliminato insieme a «${inCopy(planId, OBJECTIVE)}»`)).toHaveLength(12);
  });

  it("ARTI area 1 with its 7 objectives and all their indicators goes in one request", async () => {
    const planId = await freshPlan();
    const before = (await loadPlanBundle(handle.db, planId))!;
    const area = inCopy(planId, "arti-2021:ambito-1");
    const objectives = before.objectives.filter((o) => o.nodeId === area).map((o) => o.id);
    const indicators = before.indicators.filter((i) => objectives.includes(i.objectiveId ?? ""));
    expect(objectives).toHaveLength(7);

    const res = await del(planId, `nodes/${encodeURIComponent(area)}`);
    expect(res.statusCode, res.body).toBe(200);
    const removed = (res.json() as { removed: { collection: string }[] }).removed;
    expect(removed.filter((r) => r.collection === "objectives")).toHaveLength(7);
    expect(removed.filter((r) => r.collection === "indicators")).toHaveLength(indicators.length);
    const after = (await loadPlanBundle(handle.db, planId))!;
    expect(after.nodes.map((n) => n.id)).not.toContain(area);
    expect(after.objectives).toHaveLength(before.objectives.length - 7);
    expect(after.indicators).toHaveLength(before.indicators.length - indicators.length);
    expect(after.measurements.some((m) => indicators.some((i) => i.id === m.indicatorId))).toBe(false);
  });

  it("a cronoprogramma goes with its phases; the indicator that read it stays, without it", async () => {
    const planId = await freshPlan();
    const before = (await loadPlanBundle(handle.db, planId))!;
    const crono = inCopy(planId, "arti-2021:crono-1");
    const phases = before.phases.filter((p) => p.cronoprogrammaId === crono);
    const readers = before.indicators.filter((i) => i.cronoprogrammaId === crono);
    expect(phases.length).toBeGreaterThan(0);
    expect(readers.length).toBeGreaterThan(0);

    const res = await del(planId, `cronoprogrammi/${encodeURIComponent(crono)}`);
    expect(res.statusCode, res.body).toBe(200);
    const outcome = res.json() as { removed: unknown[]; detached: { collection: string; id: string; field: string }[] };
    expect(outcome.removed).toHaveLength(phases.length + 1);
    expect(outcome.detached).toEqual(readers.map((i) => ({ collection: "indicators", id: i.id, field: "cronoprogrammaId" })));
    const after = (await loadPlanBundle(handle.db, planId))!;
    expect(after.phases.filter((p) => p.cronoprogrammaId === crono)).toEqual([]);
    for (const reader of readers) expect(after.indicators.find((i) => i.id === reader.id)?.cronoprogrammaId).toBeNull();
  });

  it("a value in a closed period stops the whole delete: nothing is removed, the answer names the structure and the period", async () => {
    const planId = await freshPlan();
    const period = inCopy(planId, PERIOD);
    const before = (await loadPlanBundle(handle.db, planId))!;
    const value = before.measurements.find((m) => m.indicatorId === inCopy(planId, INDICATORS[1]!))! as unknown as Record<string, unknown>;
    // close the period for the structure that owns ARTI 1.5.2
    const scope = measurementScope((await loadOwnership(handle.db, planId))!, value);
    const key = { organisationId: ORG, planId, periodId: period, structureId: scope.key };
    await ensureWorkflow(handle.db, key);
    await updateWorkflow(handle.db, key, { state: "closed" });

    const res = await del(planId, `objectives/${encodeURIComponent(inCopy(planId, OBJECTIVE))}`);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error).toBe("I valori di «Direzione» per «Monitoraggio intermedio al 30/06/2021» sono in stato «chiuso»: è necessaria una riapertura motivata");
    const after = (await loadPlanBundle(handle.db, planId))!;
    expect([after.objectives.length, after.indicators.length, after.targets.length, after.measurements.length]).toEqual([
      before.objectives.length,
      before.indicators.length,
      before.targets.length,
      before.measurements.length,
    ]);
    expect(await auditOf(planId)).toEqual([]);
  });

  it("a reader may not delete: 403 and nothing removed", async () => {
    const planId = await freshPlan();
    const reader = await signIn(app, "reader", { organisationId: ORG });
    const res = await app.inject({ method: "DELETE", url: `/api/plans/${planId}/objectives/${encodeURIComponent(inCopy(planId, OBJECTIVE))}`, headers: reader.headers });
    expect(res.statusCode).toBe(403);
    expect((await loadPlanBundle(handle.db, planId))!.objectives).toHaveLength(15);
  });
});
