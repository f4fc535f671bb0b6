// Values that need a note before submission, on the ARTI monitoring at 30/06/2021 (seed 004).
import { describe, expect, it } from "vitest";
import { evaluatePlan } from "../domain/evaluation/evaluate-plan";
import { PlanBundle } from "../domain/model";
import { importText } from "../io/import";
import { readSeed, SEED_FILES } from "../io/seeds";
import { redLevels, valuesNeedingNote } from "./red-values";

function arti() {
  const imported = importText(readSeed("arti"), SEED_FILES.arti);
  if (!imported.ok) throw new Error("seed ARTI non importato");
  return PlanBundle.parse(imported.bundle);
}
const PERIOD = "arti-2021:30-06-2021";
const M441 = "arti-2021:obj-4.4:ind-1:30-06-2021";

describe("values needing a note", () => {
  it("the ARTI scale's red level is 5 («5. in ritardo»)", () => {
    expect([...redLevels(arti())]).toEqual([5]);
  });

  it("as imported, every ARTI value has a note: nothing to add", () => {
    const bundle = arti();
    expect(valuesNeedingNote(bundle, bundle.measurements, evaluatePlan(bundle, { periodId: PERIOD }))).toEqual([]);
  });

  it("ARTI 4.4.1 at 30% without note: the engine says «5. in ritardo» (49,59% of the year elapsed) → note needed", () => {
    const base = arti();
    const bundle = { ...base, measurements: base.measurements.map((m) => (m.id === M441 ? { ...m, value: 30, valueText: "30,00%", note: null, assessmentLevel: null } : m)) };
    expect(valuesNeedingNote(bundle, bundle.measurements, evaluatePlan(bundle, { periodId: PERIOD }))).toEqual([
      { measurementId: M441, indicatorId: "arti-2021:obj-4.4:ind-1", label: "ARTI 4.4.1", level: 5, levelLabel: "5. in ritardo" },
    ]);
  });

  it("where the engine gives no level, the level typed with the value counts: ARTI 1.6.1 stated «5» with no note", () => {
    const base = arti();
    const bundle = { ...base, measurements: base.measurements.map((m) => (m.indicatorId === "arti-2021:obj-1.6:ind-1" ? { ...m, note: " " } : m)) };
    const needing = valuesNeedingNote(bundle, bundle.measurements, null);
    expect(needing.map((n) => [n.indicatorId, n.level])).toEqual([
      ["arti-2021:obj-1.6:ind-1", 5],
    ]);
  });
});
