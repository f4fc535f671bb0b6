import { describe, expect, it } from "vitest";
import type { RoleWeighting } from "../model";
import { formatPercent } from "./explain";
import { checkRoleWeighting, computePersonScore } from "./individual";

function weighting(role: string, organisational: number, individual: number, behaviour: number, statedTotal: number | null = 100): RoleWeighting {
  return { id: role, planId: "afol", role, position: 0, organisational, individual, behaviour, statedTotal };
}

// AFOL Pesature, seed 000
const AFOL = [
  weighting("dg", 35, 50, 15),
  weighting("dirigenti", 35, 50, 15),
  weighting("PO divisioni", 30, 45, 25),
  weighting("PO amministrazione", 30, 45, 25),
  weighting("personale", 15, 45, 40),
];

describe("role weightings", () => {
  it("AFOL: dg 35/50/15, dirigenti 35/50/15, PO 30/45/25, personale 15/45/40 all add up to 100", () => {
    expect(AFOL.map((w) => checkRoleWeighting(w).kind)).toEqual(["valid", "valid", "valid", "valid", "valid"]);
  });
  it("PO 30/45/20 adds up to 95 → refused with the sum in the message", () => {
    expect(checkRoleWeighting(weighting("PO divisioni", 30, 45, 20))).toEqual({
      kind: "invalid",
      total: 95,
      message: "Pesatura «PO divisioni»: 30 + 45 + 20 = 95, non 100",
    });
  });
  it("parts adding up to 100 but a stated total of 110 → refused", () => {
    expect(checkRoleWeighting(weighting("dg", 35, 50, 15, 110))).toMatchObject({ kind: "invalid", message: "Pesatura «dg»: 35 + 50 + 15 = 100, ma il totale indicato è 110" });
  });
  it("a negative part → refused", () => {
    expect(checkRoleWeighting(weighting("dg", -5, 90, 15)).kind).toBe("invalid");
  });
});

describe("person score", () => {
  const scores = { organisational: 90, individual: 80, behaviour: 100 };
  it("dg 35/50/15 with 90, 80, 100: 31,5 + 40 + 15 = 86,50%", () => {
    const result = computePersonScore(AFOL[0]!, scores, { subject: "Direttore generale" });
    expect(result.kind === "computed" && formatPercent(result.value)).toBe("86,50%");
    expect(result.kind === "computed" && result.explanation.text).toBe(
      "Direttore generale: 35% × 90,00% + 50% × 80,00% + 15% × 100,00% = 86,50% (pesatura «dg»)",
    );
  });
  it("PO 30/45/25 with 90, 80, 100: 27 + 36 + 25 = 88,00%", () => {
    const result = computePersonScore(AFOL[2]!, scores);
    expect(result.kind === "computed" && formatPercent(result.value)).toBe("88,00%");
  });
  it("personale 15/45/40 with 90, 80, 100: 13,5 + 36 + 40 = 89,50%", () => {
    const result = computePersonScore(AFOL[4]!, scores);
    expect(result.kind === "computed" && formatPercent(result.value)).toBe("89,50%");
  });
  it("organisational performance of 120% is capped at 100: dg 35 + 40 + 15 = 90,00%", () => {
    const result = computePersonScore(AFOL[0]!, { ...scores, organisational: 120 });
    expect(result.kind === "computed" && formatPercent(result.value)).toBe("90,00%");
  });
  it("missing behaviour score → not computable, naming it", () => {
    expect(computePersonScore(AFOL[4]!, { ...scores, behaviour: null }, { subject: "Mario Rossi" })).toEqual({
      kind: "not-computable",
      reason: "Mario Rossi: manca il punteggio di comportamenti (peso 40)",
    });
  });
  it("an invalid weighting makes the score not computable", () => {
    expect(computePersonScore(weighting("PO", 30, 45, 20), scores).kind).toBe("not-computable");
  });
});
