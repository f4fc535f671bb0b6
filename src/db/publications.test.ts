import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluatePlan, type PlanEvaluation } from "../domain/evaluation/evaluate-plan";
import { importText } from "../io/import";
import { readSeed, SEED_FILES } from "../io/seeds";
import type { DatabaseHandle } from "./connect";
import { loadPlanBundle, savePlanBundle, updatePlanHeader } from "./plan-store";
import { createPublication, findPublications, getPublication } from "./publications";
import { createTestDatabase, testDatabaseKinds } from "./test-database";

describe.each(testDatabaseKinds())("publications on %s", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    const imported = importText(readSeed("arti"), SEED_FILES.arti);
    if (!imported.ok) throw new Error("seed ARTI non importato");
    await savePlanBundle(handle.db, imported.bundle);
  });
  afterAll(() => handle.close());

  it("freezes plan and evaluation: a later edit of the plan does not change the publication", async () => {
    const { db } = handle;
    const bundle = (await loadPlanBundle(db, "arti-2021"))!;
    const evaluation = evaluatePlan(bundle, { periodId: "arti-2021:30-06-2021" }) as PlanEvaluation;
    const created = await createPublication(db, { bundle, evaluation, publishedBy: "sistema", title: `${bundle.plan.title} — ${evaluation.periodLabel}` });
    expect(created).toMatchObject({
      organisationId: "arti-toscana",
      organisationName: "Agenzia Regionale Toscana per l'Impiego (ARTI)",
      planId: "arti-2021",
      periodId: "arti-2021:30-06-2021",
      periodLabel: "Monitoraggio intermedio al 30/06/2021",
      publishedBy: "sistema",
    });
    expect(created.planScore).toBeCloseTo(49.832, 3);
    expect(created.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    await updatePlanHeader(db, "arti-2021", { ...bundle.plan, title: "Titolo cambiato dopo la pubblicazione" });
    const frozen = (await getPublication(db, created.id))!;
    expect(frozen.bundle.plan.title).toBe("Monitoraggio intermedio obiettivi 2021 - ARTI");
    expect(frozen.bundle.indicators).toHaveLength(18);
    expect(frozen.evaluation!.indicators.find((i) => i.code === "1.5.2")!.achievement).toMatchObject({ kind: "computed", percent: expect.closeTo(188.935, 3) });
  });

  it("lists publications newest first, by plan; an unknown id is null", async () => {
    const { db } = handle;
    const bundle = (await loadPlanBundle(db, "arti-2021"))!;
    const second = await createPublication(db, { bundle, evaluation: null, publishedBy: "mario.rossi", title: bundle.plan.title });
    const list = await findPublications(db, { planId: "arti-2021" });
    expect(list.map((p) => p.id)[0]).toBe(second.id);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ periodId: null, periodLabel: null, planScore: null, publishedBy: "mario.rossi" });
    expect(await findPublications(db, { planId: "nessuno" })).toEqual([]);
    expect(await getPublication(db, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });
});
