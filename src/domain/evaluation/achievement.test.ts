import { describe, expect, it } from "vitest";
import {
  computeAchievement,
  computeCumulativeAchievement,
  computeDeadlineAchievement,
  computeDerivedAchievement,
  computeProgressAchievement,
  inverseRatioAchievement,
  progressFromLastYear,
  resolveRelativeTarget,
  type AchievementResult,
} from "./achievement";
import { formatPercent } from "./explain";
import { notComputable } from "./result";
import { deadline, percentTarget, relative, threshold } from "./test-factories";

const at = { cutoffDate: "2021-06-30", year: 2021 };

function percentOfResult(result: AchievementResult): string {
  if (result.kind !== "computed") throw new Error(result.reason);
  return formatPercent(result.percent);
}

describe("ratios against a percentage target (numerator ÷ denominator, then ÷ target)", () => {
  const cases: [string, number, number, string][] = [
    ["ARTI 1.5: 37.787 colloqui / 20.000 previsti = 188,94%", 37_787, 20_000, "188,94%"],
    ["ARTI 1.6: 96 istruttorie / 106 domande = 90,57%", 96, 106, "90,57%"],
    ["ARTI 2.1: 305 istruttorie / 323 domande = 94,43%", 305, 323, "94,43%"],
    ["ARTI 1.4: 25.202 politiche attive / 45.000 previste = 56,00%", 25_202, 45_000, "56,00%"],
  ];
  for (const [name, numerator, denominator, expected] of cases) {
    it(name, () => {
      const result = computeAchievement(percentTarget(100), { numerator, denominator }, { ...at, subject: name.split(":")[0] });
      expect(percentOfResult(result)).toBe(expected);
      expect(result.kind === "computed" && result.explanation.text).toContain(expected);
    });
  }

  it("ARTI 3.2: 5.758 / 7.914 = 72,76% against a target of 66% → 110,24%, target met", () => {
    const result = computeAchievement(percentTarget(66), { numerator: 5_758, denominator: 7_914 }, at);
    expect(result.kind).toBe("computed");
    if (result.kind !== "computed") return;
    expect(formatPercent(result.actual!)).toBe("72,76%");
    expect(formatPercent(result.percent)).toBe("110,24%");
    expect(result.met).toBe(true);
    expect(result.explanation.text).toBe("conseguito 72,76% (5.758 / 7.914) ÷ target ≥66,00% = 110,24% (target raggiunto)");
  });
});

describe("ratios against a count target (actual ÷ target)", () => {
  it("ARTI 1.5: 37.787 colloqui against 20.000 previsti = 188,94%", () => {
    expect(percentOfResult(computeAchievement(threshold(20_000), { value: 37_787 }, at))).toBe("188,94%");
  });
  it("ANPAL Navigator formati: 2.051 ÷ 2.980 = 68,83%, target not met", () => {
    const result = computeAchievement(threshold(2_980), { value: 2_051 }, { cutoffDate: "2019-12-31", year: 2019 });
    expect(percentOfResult(result)).toBe("68,83%");
    expect(result.kind === "computed" && result.met).toBe(false);
  });
  it("ANPAL percorsi di politica attiva: 17.975 ÷ 7.000 = 256,79%", () => {
    expect(percentOfResult(computeAchievement(threshold(7_000), { value: 17_975 }, { cutoffDate: "2019-12-31", year: 2019 }))).toBe("256,79%");
  });
  it("AFOL obiettivo 12: '>7.920' persone trattate, 7.920 reached is 100% but not met (strictly more than)", () => {
    const result = computeAchievement(threshold(7_920, ">"), { value: 7_920 }, at);
    expect(percentOfResult(result)).toBe("100,00%");
    expect(result.kind === "computed" && result.met).toBe(false);
  });
});

describe("at most / less than and reductions: inverse ratio", () => {
  it("'<=10 giorni' with 8 giorni achieved: 10 ÷ 8 = 125,00%", () => {
    const result = computeAchievement(threshold(10, "<="), { value: 8 }, at);
    expect(percentOfResult(result)).toBe("125,00%");
    expect(result.kind === "computed" && result.rule).toBe("inverse-ratio");
  });
  it("'=' with a decreasing indicator is read as at most: 10 ÷ 12,5 = 80,00%", () => {
    expect(percentOfResult(computeAchievement(threshold(10, "="), { value: 12.5 }, { ...at, direction: "decrease" }))).toBe("80,00%");
  });
  it("inverse ratio with 0 achieved is not computable, with the reason", () => {
    const result = inverseRatioAchievement(0, 10);
    expect(result).toMatchObject({ kind: "not-computable" });
  });
  it("AFOL 16 'almeno 5 giorni' of reduction, baseline 20 giorni, achieved 14: (20 − 14) ÷ 5 = 120,00%", () => {
    const target = relative({ changeAbsolute: -5, comparator: ">=", unit: "giorni" });
    const result = computeAchievement(target, { value: 14 }, { ...at, baseline: { value: 20, year: 2021 } });
    expect(percentOfResult(result)).toBe("120,00%");
    expect(result.kind === "computed" && result.met).toBe(true);
    expect(result.kind === "computed" && result.explanation.text).toBe("(riferimento 20 − conseguito 14) ÷ 5 = 120,00% (target raggiunto)");
  });
  it("reduction of 5 days achieved only 3 (20 → 17): 60,00%, not met", () => {
    const target = relative({ changeAbsolute: -5, unit: "giorni" });
    const result = computeAchievement(target, { value: 17 }, { ...at, baseline: { value: 20, year: 2021 } });
    expect(percentOfResult(result)).toBe("60,00%");
  });
});

describe("relative targets", () => {
  it("AFOL 6 '+20% rispetto al 2021 (29)' → target 34,8; 36 iniziative = 103,45%", () => {
    const target = relative({ changePercent: 20, referenceYear: 2021, referenceValue: 29 });
    const resolved = resolveRelativeTarget(target, { cutoffDate: "2022-12-31" });
    expect(resolved).toMatchObject({ value: 34.8 });
    const result = computeAchievement(target, { value: 36 }, { cutoffDate: "2022-12-31", year: 2022 });
    expect(percentOfResult(result)).toBe("103,45%");
    expect(result.kind === "computed" && result.explanation.text).toBe("conseguito 36 ÷ target 34,8 (29 (2021) +20%) = 103,45% (target raggiunto)");
  });
  it("AFOL 14 '+20%' imprese contattate with baseline 3.769 (2021) → target 4.522,8; 4.000 = 88,44%", () => {
    const target = relative({ changePercent: 20 });
    const context = { cutoffDate: "2022-12-31", year: 2022, baseline: { value: 3_769, year: 2021 } };
    expect(resolveRelativeTarget(target, context)).toMatchObject({ value: 4_522.8 });
    expect(percentOfResult(computeAchievement(target, { value: 4_000 }, context))).toBe("88,44%");
  });
  it("AFOL 15 '+5%' accessi with baseline 124.075 → target 130.278,75", () => {
    expect(resolveRelativeTarget(relative({ changePercent: 5 }), { cutoffDate: "2022-12-31", baseline: { value: 124_075, year: 2021 } })).toMatchObject({ value: 130_278.75 });
  });
  it("a relative target without reference nor baseline is not computable", () => {
    const result = computeAchievement(relative({ changePercent: 20, referenceYear: 2021 }), { value: 10 }, { ...at, subject: "AFOL 14.2" });
    expect(result).toEqual(notComputable("AFOL 14.2: manca il valore di riferimento del 2021 (valore iniziale)"));
  });
  it("progress from last year: 1.073 in 2021, target 1.500, 1.300 achieved → 227 ÷ 427 = 53,16%", () => {
    expect(formatPercent(progressFromLastYear(1_300, 1_500, 1_073) as number)).toBe("53,16%");
    const result = computeAchievement(threshold(1_500, ">"), { value: 1_300 }, { ...at, conversion: "progress-from-last-year", baseline: { value: 1_073, year: 2021 } });
    expect(percentOfResult(result)).toBe("53,16%");
  });
});

describe("previous-value targets", () => {
  it("AFOL 16 '<valore 2021': 4 giorni in 2021 (baseline), 3 in 2022 → 4 ÷ 3 = 133,33%", () => {
    const target = { kind: "previous-value" as const, comparator: "<" as const, referenceYear: 2021 };
    const result = computeAchievement(target, { value: 3 }, { cutoffDate: "2022-12-31", year: 2022, baseline: { value: 4, year: 2021 } });
    expect(percentOfResult(result)).toBe("133,33%");
  });
  it("ARTI 3.1 '>= dato finale anno precedente' for 2022 with only the 2020 baseline is not computable", () => {
    const target = { kind: "previous-value" as const, comparator: ">=" as const, referenceYear: null };
    const result = computeAchievement(target, { value: 90 }, { cutoffDate: "2022-06-30", year: 2022, baseline: { value: 91.33, year: 2020 }, subject: "ARTI 3.1" });
    expect(result).toEqual(notComputable("ARTI 3.1: manca il valore del 2021 a cui il target fa riferimento (il valore iniziale è del 2020)"));
  });
  it("the previous year's value taken from the data: 18.280 imprese in 2021, 19.000 in 2022 = 103,94%", () => {
    const target = { kind: "previous-value" as const, comparator: ">=" as const, referenceYear: null };
    const result = computeAchievement(target, { value: 19_000 }, { cutoffDate: "2022-12-31", year: 2022, previousValue: { value: 18_280, year: 2021 } });
    expect(percentOfResult(result)).toBe("103,94%");
  });
});

describe("deadlines", () => {
  const due = deadline("2022-07-31"); // "entro luglio 2022"
  const context = { cutoffDate: "2022-12-31" };
  it("done on 15/07/2022, due 'entro luglio 2022' → 100%", () => {
    expect(percentOfResult(computeDeadlineAchievement(due, "2022-07-15", context))).toBe("100,00%");
  });
  it("done on the due date 31/07/2022 → 100%", () => {
    expect(percentOfResult(computeDeadlineAchievement(due, "2022-07-31", context))).toBe("100,00%");
  });
  it("done on 05/08/2022 with no credit for lateness (default) → 0%", () => {
    expect(percentOfResult(computeDeadlineAchievement(due, "2022-08-05", context))).toBe("0,00%");
  });
  it("done on 05/08/2022, losing 10 points per started month → 1 month late = 90,00%", () => {
    const result = computeDeadlineAchievement(due, "2022-08-05", { ...context, lateness: { kind: "linear", lossPerUnit: 10, unit: "month" } });
    expect(percentOfResult(result)).toBe("90,00%");
    expect(result.kind === "computed" && result.explanation.text).toBe("concluso il 05/08/2022, 1 mese dopo la scadenza del 31/07/2022: 100% − 1 × 10 = 90,00%");
  });
  it("done on 20/09/2022, losing 10 points per started month → 2 months late = 80,00%", () => {
    expect(percentOfResult(computeDeadlineAchievement(due, "2022-09-20", { ...context, lateness: { kind: "linear", lossPerUnit: 10, unit: "month" } }))).toBe("80,00%");
  });
  it("done on 05/08/2022, losing 1 point per day → 5 days late = 95,00%; never below 0", () => {
    expect(percentOfResult(computeDeadlineAchievement(due, "2022-08-05", { ...context, lateness: { kind: "linear", lossPerUnit: 1, unit: "day" } }))).toBe("95,00%");
    expect(percentOfResult(computeDeadlineAchievement(due, "2023-08-05", { ...context, lateness: { kind: "linear", lossPerUnit: 1, unit: "day" } }))).toBe("0,00%");
  });
  it("not done at 30/06/2022, before the due date → not computable yet", () => {
    const result = computeAchievement(due, {}, { cutoffDate: "2022-06-30", subject: "AFOL 5.1" });
    expect(result).toEqual(notComputable("AFOL 5.1: scadenza del 31/07/2022 non ancora raggiunta al 30/06/2022 e attività non ancora conclusa"));
  });
  it("not done at 31/12/2022, after the due date → 0%", () => {
    expect(percentOfResult(computeAchievement(due, {}, context))).toBe("0,00%");
  });
  it("AFOL 8.2 'entro dicembre 2022', stated 'non realizzato' at the Rendicontazione of 31/12/2022 (the due date) → 0%, not 'not computable'", () => {
    const dueDecember = deadline("2022-12-31");
    const result = computeAchievement(dueDecember, { done: false }, { cutoffDate: "2022-12-31", subject: "AFOL 8.2" });
    expect(percentOfResult(result)).toBe("0,00%");
    expect(result.kind === "computed" && result.met).toBe(false);
  });
  it("nothing stated at the due date 31/12/2022 → still not computable (the work may end that day)", () => {
    expect(computeAchievement(deadline("2022-12-31"), {}, { cutoffDate: "2022-12-31" }).kind).toBe("not-computable");
  });
  it("stated 'non realizzato' at 30/06/2022, before the due date 31/12/2022 → not computable yet", () => {
    expect(computeAchievement(deadline("2022-12-31"), { done: false }, { cutoffDate: "2022-06-30" }).kind).toBe("not-computable");
  });
  it("done (date unknown) checked at 30/06/2022, before the due date → 100%", () => {
    expect(percentOfResult(computeAchievement(due, { done: true }, { cutoffDate: "2022-06-30" }))).toBe("100,00%");
  });
});

describe("cronoprogramma progress as achievement", () => {
  it("ARTI 1.7 (cronoprogramma 6): progress 50% against 100% = 50,00%", () => {
    expect(percentOfResult(computeProgressAchievement(50, 100, at))).toBe("50,00%");
  });
});

describe("composite targets", () => {
  const target = { kind: "composite" as const, parts: [threshold(250, ">", false, "studenti"), threshold(100, ">", false, "genitori")] };
  it("AFOL 20 '> 250 studenti > 100 genitori' with 300 and 80: parts 120% and 80%, whole = min = 80,00%", () => {
    const result = computeAchievement(target, { parts: [300, 80] }, { ...at, subject: "AFOL 20.2" });
    expect(percentOfResult(result)).toBe("80,00%");
    expect(result.kind === "computed" && result.parts!.map((p) => formatPercent(p.percent))).toEqual(["120,00%", "80,00%"]);
    expect(result.kind === "computed" && result.met).toBe(false);
  });
  it("same figures with the mean rule: (120 + 80) ÷ 2 = 100,00%", () => {
    expect(percentOfResult(computeAchievement(target, { parts: [300, 80] }, { ...at, composite: "mean" }))).toBe("100,00%");
  });
  it("one value for two parts is not computable, naming what is missing", () => {
    expect(computeAchievement(target, { parts: [300] }, at)).toEqual(notComputable("il target ha 2 parti: servono 2 valori conseguiti, ne sono stati indicati 1"));
  });
});

describe("yes/no", () => {
  const target = { kind: "qualitative" as const, reason: "testo non misurabile" };
  it("qualitative target marked done → 100%, not done → 0%", () => {
    expect(percentOfResult(computeAchievement(target, { done: true }, at))).toBe("100,00%");
    expect(percentOfResult(computeAchievement(target, { done: false }, at))).toBe("0,00%");
  });
  it("qualitative target without a yes/no is not computable", () => {
    expect(computeAchievement(target, { value: 3 }, at).kind).toBe("not-computable");
  });
});

describe("multi-year cumulative targets", () => {
  it("ANPAL tirocini 2019: 834 against 4.500 cumulative 2019–2021 → progress 18,53%, expected 1/3 = 1.500, 55,60% of expected", () => {
    const result = computeAchievement(threshold(4_500), { value: 834 }, { cutoffDate: "2019-12-31", year: 2019, multiYear: { yearFrom: 2019, yearTo: 2021, basis: "pro-rata" } });
    expect(result.kind).toBe("computed");
    if (result.kind !== "computed") return;
    expect(formatPercent(result.cumulative!.progressPercent)).toBe("18,53%");
    expect(result.cumulative!.expectedValue).toBe(1_500);
    expect(formatPercent(result.percent)).toBe("55,60%");
    expect(result.explanation.text).toBe("cumulato 834 ÷ target 2019–2021 4.500 = 18,53%; atteso al 2019 1/3 = 1.500, raggiunto 55,60% dell'atteso");
  });
  it("same with the whole target as basis → 18,53%", () => {
    expect(percentOfResult(computeCumulativeAchievement(834, 4_500, { yearFrom: 2019, yearTo: 2021, year: 2019, basis: "full" }, at))).toBe("18,53%");
  });
  it("a year outside the span is not computable", () => {
    expect(computeCumulativeAchievement(834, 4_500, { yearFrom: 2019, yearTo: 2021, year: 2022, basis: "full" }, at).kind).toBe("not-computable");
  });
});

describe("a target computed from other objectives (AFOL obiettivo 4)", () => {
  it("mean of 100%, 90% and 80% = 90% against the 95% target → 94,74%; an objective without score is left out and named", () => {
    const result = computeDerivedAchievement(
      [
        { objectiveId: "o5", label: "Obiettivo 5", score: 100 },
        { objectiveId: "o6", label: "Obiettivo 6", score: 90 },
        { objectiveId: "o7", label: "Obiettivo 7", score: 80 },
        { objectiveId: "o8", label: "Obiettivo 8", score: notComputable("nessun dato") },
      ],
      percentTarget(95),
      { cutoffDate: "2022-12-31", subject: "AFOL 4.1" },
    );
    expect(percentOfResult(result)).toBe("94,74%");
    expect(result.kind === "computed" && result.explanation.text).toBe(
      "AFOL 4.1: media di 3 obiettivi = 90,00% ÷ target 95,00% = 94,74%; esclusi perché senza punteggio: Obiettivo 8",
    );
  });
});

describe("bad input never gives NaN nor throws", () => {
  it("denominator zero → not computable naming the ratio", () => {
    expect(computeAchievement(percentTarget(100), { numerator: 5, denominator: 0 }, { ...at, subject: "ARTI 1.6" })).toEqual(
      notComputable("ARTI 1.6: denominatore pari a zero (5 / 0)"),
    );
  });
  it("negative count → not computable", () => {
    expect(computeAchievement(threshold(100), { value: -3 }, { ...at, subject: "X" })).toEqual(notComputable("X: valore conseguito negativo (-3): non ammesso"));
  });
  it("target zero → not computable", () => {
    expect(computeAchievement(threshold(0), { value: 3 }, at).kind).toBe("not-computable");
  });
  it("missing value → not computable", () => {
    expect(computeAchievement(threshold(10), {}, { ...at, subject: "X" })).toEqual(notComputable("X: valore conseguito mancante"));
  });
  it("NaN value → not computable", () => {
    expect(computeAchievement(threshold(10), { value: Number.NaN }, at).kind).toBe("not-computable");
  });
});
