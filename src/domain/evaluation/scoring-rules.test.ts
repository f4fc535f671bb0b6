import { describe, expect, it } from "vitest";
import { formatPercent } from "./explain";
import { DEFAULT_SCORING_RULES, EXAMPLE_BANDS, parseScoringRules, scoreAchievement } from "./scoring-rules";

describe("default rules", () => {
  it("are documented defaults: auto conversion, linear capped at 100, missing values excluded, ARTI status levels", () => {
    expect(DEFAULT_SCORING_RULES.conversion).toBe("auto");
    expect(DEFAULT_SCORING_RULES.curve).toEqual({ kind: "linear", cap: 100, threshold: 0 });
    expect(DEFAULT_SCORING_RULES.missingValues).toBe("exclude");
    expect(DEFAULT_SCORING_RULES.missingWeights).toBe("equal-when-none-weighted");
    expect(DEFAULT_SCORING_RULES.composite).toBe("min");
    expect(DEFAULT_SCORING_RULES.lateness).toEqual({ kind: "none" });
    expect(DEFAULT_SCORING_RULES.status.levels).toEqual({ ahead: 1, "not-started-on-track": 2, "on-track": 3, "not-started-late": 4, late: 5 });
    expect(DEFAULT_SCORING_RULES.ratioTolerance).toBe(0.01);
  });
});

describe("linear curve", () => {
  it("ARTI 1.5: 188,94% capped at 100 → score 100", () => {
    const score = scoreAchievement((37_787 * 100) / 20_000, DEFAULT_SCORING_RULES.curve);
    expect(score.value).toBe(100);
    expect(score.band).toBe("oltre il tetto → 100");
  });
  it("ARTI 1.5: 188,94% capped at 120 → score 120", () => {
    expect(scoreAchievement(188.935, { kind: "linear", cap: 120, threshold: 0 }).value).toBe(120);
  });
  it("ARTI 1.6: 90,57% → score 90,57", () => {
    expect(formatPercent(scoreAchievement((96 * 100) / 106, DEFAULT_SCORING_RULES.curve).value)).toBe("90,57%");
  });
  it("threshold 60%: ANPAL tirocini 55,60% of expected → 0; 68,83% → 68,83", () => {
    const curve = { kind: "linear" as const, cap: 100, threshold: 60 };
    expect(scoreAchievement(55.6, curve)).toMatchObject({ value: 0, band: "sotto la soglia del 60% → 0" });
    expect(formatPercent(scoreAchievement((2_051 * 100) / 2_980, curve).value)).toBe("68,83%");
  });
});

describe("bands <60% → 0, 60–80% → 50, 80–95% → 75, ≥95% → 100", () => {
  const cases: [string, number, number, string][] = [
    ["ANPAL tirocini 55,60% → 0", 55.6, 0, "<60% → 0"],
    ["ANPAL Navigator 68,83% → 50", (2_051 * 100) / 2_980, 50, "60–80% → 50"],
    ["ARTI 1.6 90,57% → 75", (96 * 100) / 106, 75, "80–95% → 75"],
    ["ARTI 2.1 94,43% → 75", (305 * 100) / 323, 75, "80–95% → 75"],
    ["exactly 95% → 100 (lower limit inclusive)", 95, 100, "≥95% → 100"],
    ["95% with floating noise (94,99999999999999) → 100", 94.99999999999999, 100, "≥95% → 100"],
    ["exactly 60% → 50", 60, 50, "60–80% → 50"],
    ["ARTI 1.5 188,94% → 100", 188.935, 100, "≥95% → 100"],
  ];
  for (const [name, achievement, score, band] of cases) {
    it(name, () => {
      expect(scoreAchievement(achievement, EXAMPLE_BANDS)).toMatchObject({ value: score, band, rule: "fasce di punteggio" });
    });
  }
});

describe("validation", () => {
  it("accepts a partial rules object and fills the defaults", () => {
    const parsed = parseScoringRules({ curve: EXAMPLE_BANDS, missingValues: "zero" });
    expect(parsed.ok && parsed.rules.missingValues).toBe("zero");
    expect(parsed.ok && parsed.rules.composite).toBe("min");
  });
  it("rejects bands whose limits do not increase, naming the field in Italian", () => {
    const parsed = parseScoringRules({ curve: { kind: "bands", bands: [{ from: 0, score: 0 }, { from: 80, score: 75 }, { from: 60, score: 50 }] } });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[0]).toBe("regole di calcolo, campo «curve.bands»: le fasce devono avere limiti inferiori crescenti");
  });
  it("rejects an unknown missing-values policy", () => {
    expect(parseScoringRules({ missingValues: "ignore" }).ok).toBe(false);
  });
});
