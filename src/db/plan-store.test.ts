import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PlanBundle, type PlanBundleInput } from "../domain/model";
import type { DatabaseHandle } from "./connect";
import { deletePlan, findPlans, loadPlanBundle, savePlanBundle } from "./plan-store";
import { createTestDatabase, testDatabaseKinds } from "./test-database";

function smallPlan(): PlanBundleInput {
  return {
    organisation: { id: "org-a", name: "Agenzia di prova" },
    structures: [{ id: "dir", organisationId: "org-a", name: "Direzione", kind: "direzione" }],
    plan: { id: "plan-a", organisationId: "org-a", title: "Piano 2022", kind: "performance_plan", yearFrom: 2022, yearTo: 2022 },
    nodes: [{ id: "n1", planId: "plan-a", kind: "strategic_area", title: "Area 1" }],
    objectives: [
      { id: "o1", planId: "plan-a", nodeId: "n1", code: "1", title: "Obiettivo uno", weight: 6, dimensions: ["a", "b"] },
    ],
    indicators: [{ id: "i1", planId: "plan-a", objectiveId: "o1", code: "1", definition: "Colloqui", baselineValue: 95.2 }],
    targets: [{ id: "t1", indicatorId: "i1", text: ">7.920", yearFrom: 2022, yearTo: 2022 }],
    periods: [{ id: "p1", planId: "plan-a", label: "Al 30/06/2022", cutoffDate: "2022-06-30" }],
    measurements: [{ id: "m1", indicatorId: "i1", periodId: "p1", value: 188.94, numerator: 37787, denominator: 20000 }],
    budgetTables: [{ id: "b1", planId: "plan-a", code: "B1", title: "Bilancio", columns: ["Iniziale", "Rideterminato"] }],
    budgetLines: [{ id: "bl1", tableId: "b1", amounts: [3892962.46, null] }],
    warnings: [{ itemType: "objective", itemId: "o1", code: "missing-weight", message: "Peso mancante" }],
  };
}

describe.each(testDatabaseKinds())("plan store on %s", (kind) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await handle.close();
  });

  it("writes a plan and reads it back unchanged", async () => {
    const input = smallPlan();
    await savePlanBundle(handle.db, input);
    const loaded = await loadPlanBundle(handle.db, "plan-a");
    expect(loaded).toEqual(PlanBundle.parse(input));
    expect(loaded?.budgetLines[0]?.amounts).toEqual([3892962.46, null]);
  });

  it("replaces the plan on a second save (idempotent re-import)", async () => {
    await savePlanBundle(handle.db, smallPlan());
    const changed = smallPlan();
    changed.objectives = [{ id: "o2", planId: "plan-a", code: "2", title: "Altro" }];
    changed.indicators = [];
    changed.targets = [];
    changed.measurements = [];
    await savePlanBundle(handle.db, changed);
    const loaded = await loadPlanBundle(handle.db, "plan-a");
    expect(loaded?.objectives.map((o) => o.code)).toEqual(["2"]);
    expect(await findPlans(handle.db)).toHaveLength(1);
  });

  it("leaves the stored plan untouched when a save fails half-way", async () => {
    await savePlanBundle(handle.db, smallPlan());
    const broken = smallPlan();
    broken.objectives = [
      { id: "dup", planId: "plan-a", code: "1", title: "A" },
      { id: "dup", planId: "plan-a", code: "2", title: "B" },
    ];
    await expect(savePlanBundle(handle.db, broken)).rejects.toThrow();
    const loaded = await loadPlanBundle(handle.db, "plan-a");
    expect(loaded?.objectives.map((o) => o.id)).toEqual(["o1"]);
  });

  it("deletes a plan with everything in it", async () => {
    await savePlanBundle(handle.db, smallPlan());
    expect(await deletePlan(handle.db, "plan-a")).toBe(true);
    expect(await loadPlanBundle(handle.db, "plan-a")).toBeNull();
    expect(await deletePlan(handle.db, "plan-a")).toBe(false);
  });
});
