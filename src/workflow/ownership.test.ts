// Who owns what in the AFOL plan (seed 000) and the ARTI monitoring (seed 004).
import { describe, expect, it } from "vitest";
import { PlanBundle } from "../domain/model";
import { importText } from "../io/import";
import { readSeed, SEED_FILES } from "../io/seeds";
import { ownerStructureOf, ownershipFromBundle, structureChain, workflowKeys, PLAN_WIDE_SCOPE } from "./ownership";

function ownership(seed: "arti" | "afol") {
  const imported = importText(readSeed(seed), SEED_FILES[seed]);
  if (!imported.ok) throw new Error(`seed ${seed} non importato`);
  return { o: ownershipFromBundle(PlanBundle.parse(imported.bundle)) };
}

describe("ownership", () => {
  it("ARTI: objective 4.4 is the RPCT's, so are its indicators' values; the rest is the Direzione's", () => {
    const { o } = ownership("arti");
    expect(ownerStructureOf(o, "measurements", { indicatorId: "arti-2021:obj-4.4:ind-1" })).toBe("arti-toscana:rpct");
    expect(ownerStructureOf(o, "targets", { indicatorId: "arti-2021:obj-1.5:ind-2" })).toBe("arti-toscana:direzione");
    expect(workflowKeys(o)).toEqual(["arti-toscana:direzione", "arti-toscana:rpct"]);
  });

  it("AFOL: four structures own objectives, and the values of the 4 objectives without one are the plan's own", () => {
    const { o } = ownership("afol");
    expect(workflowKeys(o)).toEqual([
      PLAN_WIDE_SCOPE,
      "afol-metropolitana:direzione-generale",
      "afol-metropolitana:area-amministrazione",
      "afol-metropolitana:divisione-lavoro",
      "afol-metropolitana:divisione-formazione",
    ]);
    expect(ownerStructureOf(o, "steps", { objectiveId: "afol-2022:obj-1" })).toBeNull();
  });

  it("a structure's chain climbs its parents, with their organisation", () => {
    const { o } = ownership("arti");
    const nested = { ...o, structures: [...o.structures, { organisationId: "arti-toscana", id: "arti-toscana:ufficio-x", parentId: "arti-toscana:direzione", name: "Ufficio X" }] };
    expect(structureChain(nested, "arti-toscana:ufficio-x")).toEqual([
      { organisationId: "arti-toscana", structureId: "arti-toscana:ufficio-x" },
      { organisationId: "arti-toscana", structureId: "arti-toscana:direzione" },
    ]);
    expect(structureChain(o, null)).toEqual([]);
  });
});
