import { describe, expect, it } from "vitest";
import { explain, formatAmount, formatNumber, formatPercent, formatPoints, roundForDisplay } from "./explain";

describe("figures are rounded only when written", () => {
  it("ARTI 1.5: 37.787 × 100 ÷ 20.000 = 188,935 → '188,94%' (half away from zero on the decimal digits)", () => {
    expect(formatPercent((37_787 * 100) / 20_000)).toBe("188,94%");
  });
  it("188,935 computed by dividing first (188,93499999999997) still shows '188,94%'", () => {
    expect(formatPercent((37_787 / 20_000) * 100)).toBe("188,94%");
  });
  it("ANPAL 834 ÷ 1.500 = 55,6 → '55,60%'; 1/3 → '33,33%'; 2/3 → '66,67%'", () => {
    expect(formatPercent((834 * 100) / 1_500)).toBe("55,60%");
    expect(formatPercent(100 / 3)).toBe("33,33%");
    expect(formatPercent(200 / 3)).toBe("66,67%");
  });
  it("negative values round symmetrically: -1,665 → '-1,67'", () => {
    expect(roundForDisplay(-1.665, 2)).toBe(-1.67);
    expect(formatPoints(-5 / 3)).toBe("-1,67 pp");
    expect(formatPoints(15)).toBe("+15,00 pp");
  });
  it("numbers as the documents write them: 37.787, 34,8, 4.522,8, 130.278,75", () => {
    expect([37_787, 34.8, 4_522.8, 130_278.75].map((v) => formatNumber(v))).toEqual(["37.787", "34,8", "4.522,8", "130.278,75"]);
  });
  it("amounts: 10.771.777 without decimals, 366.158,9 with two (366.158,90)", () => {
    expect([formatAmount(10_771_777), formatAmount(366_158.9), formatAmount(25_722_311.28 - 25_356_152.38)]).toEqual(["10.771.777", "366.158,90", "366.158,90"]);
  });
  it("tiny values do not break the rounding", () => {
    expect(roundForDisplay(1e-9, 2)).toBe(0);
  });
});

describe("explanations", () => {
  it("fill every field, nulls where nothing was given", () => {
    expect(explain({ figure: "raggiungimento", rule: "conseguito ÷ target", text: "x" })).toEqual({
      figure: "raggiungimento",
      subject: null,
      value: null,
      inputs: {},
      baseline: null,
      rule: "conseguito ÷ target",
      band: null,
      source: null,
      cutoffDate: null,
      text: "x",
    });
  });
});
