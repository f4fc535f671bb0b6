import { describe, expect, it } from "vitest";
import { specialiseFilter } from "./specialise-filter";

// The filter of AFOL 13's merged alternatives: LEP E, H, F or M, or a matching, or a referral.
const merged = {
  any_of: [{ all_of: [{ event_type: "lep_service" }, { lep_code: ["E", "H", "F", "M"] }] }, { event_type: ["matching", "referral"] }],
};

describe("specialiseFilter", () => {
  it("keeps only the field test of the branch the type selects", () => {
    expect(specialiseFilter(merged, ["lep_service"])).toEqual({ lep_code: ["E", "H", "F", "M"] });
  });

  it("decides a branch whose only test is the type", () => {
    expect(specialiseFilter(merged, ["matching"])).toBe(true);
    expect(specialiseFilter(merged, ["hiring"])).toBe(false);
  });

  it("narrows a type test it cannot decide for every possible type", () => {
    expect(specialiseFilter({ event_type: ["matching", "hiring"] }, ["matching", "referral"])).toEqual({ event_type: "matching" });
  });

  it("decides negations and the ne / not_in forms", () => {
    expect(specialiseFilter({ not: { event_type: "closure" } }, ["hiring"])).toBe(true);
    expect(specialiseFilter({ event_type: { ne: "closure" } }, ["closure"])).toBe(false);
    expect(specialiseFilter({ event_type: { not_in: ["closure", "did"] } }, ["hiring"])).toBe(true);
  });

  it("leaves the other fields and the AND of a filter's keys as they are", () => {
    expect(specialiseFilter({ event_type: "hiring", contract_months: { gte: 6 } }, ["hiring"])).toEqual({ contract_months: { gte: 6 } });
    expect(specialiseFilter({ event_type: "hiring", contract_months: { gte: 6 } }, ["closure"])).toBe(false);
  });
});
