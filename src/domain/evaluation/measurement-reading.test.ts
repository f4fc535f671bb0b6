import { describe, expect, it } from "vitest";
import type { Measurement } from "../model";
import { isEmptyMeasurement, readFigures, readMeasurement, readYesNo } from "./measurement-reading";
import { deadline, threshold } from "./test-factories";

function measurement(parts: Partial<Measurement>): Measurement {
  return { id: "m", indicatorId: "i", periodId: "p", value: null, valueText: null, numerator: null, denominator: null, note: null, source: null, assessmentLevel: null, assessmentText: null, origin: "manual", assigneeId: null, provenance: null, ...parts };
}

describe("reading measurements", () => {
  it("ARTI '-' and an empty cell are empty; '56,00%' with its value is not", () => {
    expect(isEmptyMeasurement(measurement({ valueText: "-" }))).toBe(true);
    expect(isEmptyMeasurement(measurement({}))).toBe(true);
    expect(isEmptyMeasurement(measurement({ value: 56, valueText: "56,00%" }))).toBe(false);
  });
  it("yes/no: 'sì', 'realizzato' → true; 'no', 'non realizzato' → false; 'in corso' → null", () => {
    expect(["sì", "Realizzato", "no", "non realizzato", "in corso"].map(readYesNo)).toEqual([true, true, false, false, null]);
  });
  it("figures in order, dates left out: '280 studenti 1.200 genitori (al 31/12/2022)' → [280, 1200]", () => {
    expect(readFigures("280 studenti 1.200 genitori (al 31/12/2022)")).toEqual([280, 1_200]);
  });
  it("a deadline: 'approvato il 15/07/2022' → date 2022-07-15, done", () => {
    expect(readMeasurement(measurement({ valueText: "approvato il 15/07/2022" }), deadline("2022-07-31"))).toMatchObject({ date: "2022-07-15", done: true });
  });
  it("a composite target: '> 250 studenti > 100 genitori' with '280 studenti 120 genitori' → parts [280, 120]", () => {
    const target = { kind: "composite" as const, parts: [threshold(250, ">"), threshold(100, ">")] };
    expect(readMeasurement(measurement({ valueText: "280 studenti 120 genitori" }), target).parts).toEqual([280, 120]);
  });
  it("ARTI 4.2: denominator 500 without numerator is not a ratio; the stated 95% is the value", () => {
    expect(readMeasurement(measurement({ value: 95, denominator: 500 }), threshold(67, ">=", true))).toEqual({ value: 95, numerator: null, denominator: null });
  });
});
