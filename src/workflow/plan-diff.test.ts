// Versions of the ARTI plan (seed 004): the copy renames every id and reference; the diff matches items by the
// id without the plan's prefix.
import { describe, expect, it } from "vitest";
import { PlanBundle } from "../domain/model";
import { importText } from "../io/import";
import { readSeed, SEED_FILES } from "../io/seeds";
import { copyBundleAsVersion, diffPlans, nextVersionId, versionKey } from "./plan-diff";

function arti(): PlanBundle {
  const imported = importText(readSeed("arti"), SEED_FILES.arti);
  if (!imported.ok) throw new Error("seed ARTI non importato");
  return PlanBundle.parse(imported.bundle);
}

describe("plan versions", () => {
  it("names versions arti-2021-v2, -v3; keys drop the plan prefix", () => {
    expect(nextVersionId("arti-2021", 2)).toBe("arti-2021-v2");
    expect(nextVersionId("arti-2021-v2", 3)).toBe("arti-2021-v3");
    expect(versionKey("arti-2021:obj-1.5", "arti-2021")).toBe("obj-1.5");
    expect(versionKey("esterno", "arti-2021")).toBe("esterno");
  });

  it("the copy of ARTI as version 2 is a valid draft whose references all point inside the copy", () => {
    const original = arti();
    const copy = PlanBundle.parse(copyBundleAsVersion(original, "arti-2021-v2", 2));
    expect(copy.plan).toMatchObject({ id: "arti-2021-v2", version: 2, state: "draft", approvalAct: null, approvalDate: null });
    expect([copy.objectives.length, copy.indicators.length, copy.phases.length, copy.measurements.length]).toEqual([15, 18, 25, 18]);
    const ids = new Set([...copy.objectives, ...copy.indicators, ...copy.cronoprogrammi, ...copy.periods].map((i) => i.id));
    expect(copy.indicators.every((i) => i.objectiveId === null || ids.has(i.objectiveId))).toBe(true);
    expect(copy.measurements.every((m) => ids.has(m.indicatorId) && ids.has(m.periodId))).toBe(true);
    expect(copy.phases.every((p) => ids.has(p.cronoprogrammaId))).toBe(true);
    expect(copy.objectives.every((o) => o.planId === "arti-2021-v2" && o.id.startsWith("arti-2021-v2:"))).toBe(true);
    // structures belong to the organisation, not to the plan: unchanged
    expect(copy.objectives[0]!.structureId).toBe("arti-toscana:direzione");
  });

  it("an unchanged copy has no differences but its header's version", () => {
    const original = arti();
    const diff = diffPlans(original, copyBundleAsVersion(original, "arti-2021-v2", 2));
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(diff.plan).toEqual([]);
  });

  it("ARTI 1.5.2's 2021 target raised from 100,00% to 110,00% and the third phase of the cronoprogrammi dropped", () => {
    const original = arti();
    const copy = copyBundleAsVersion(original, "arti-2021-v2", 2);
    const target = copy.targets.find((t) => t.indicatorId === "arti-2021-v2:obj-1.5:ind-2")!;
    const changed = {
      ...copy,
      targets: copy.targets.map((t) => (t === target ? { ...t, text: "110,00%" } : t)),
      phases: copy.phases.filter((p) => p.id !== copy.phases[2]!.id),
    };
    const diff = diffPlans(original, changed);
    expect(diff.summary).toEqual({ added: 0, removed: 1, changed: 1 });
    expect(diff.collections.targets!.changed).toEqual([
      { key: "obj-1.5:ind-2:target-2021", label: "Valore target 2021", fields: [{ field: "text", before: "100,00%", after: "110,00%" }] },
    ]);
    // long descriptions are cut at 120 characters in labels
    expect(diff.collections.phases!.removed).toEqual([{ key: "crono-1:fase-3", label: expect.stringMatching(/^Aggiornamento ed implementazione .{80,}…$/) }]);
    expect(diff.collections.phases!.removed[0]!.label).toHaveLength(120);
  });
});
