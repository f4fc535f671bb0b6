import { describe, expect, it } from "vitest";
import { evaluatePlan, type PlanEvaluation } from "./evaluate-plan";
import { formatPercent } from "./explain";
import type { NotComputable } from "./result";
import { EXAMPLE_BANDS } from "./scoring-rules";
import { ARTI_CRONO_2, ARTI_CRONO_6, buildBundle, percentTarget, threshold, withIndicators } from "./test-factories";

// A slice of ARTI's 2021 monitoring (seed 004) built by hand: 1.2 and 1.7 follow cronoprogrammi 2 and 6,
// 1.5 and 1.6 are ratios, 4.1 has no value yet ("Il dato sarà rilevato a fine anno").
function artiSlice() {
  const objectives = [
    { id: "obj-1.2", planId: "plan", code: "1.2", title: "Fiera del Mercato del Lavoro", weight: 8, nodeId: "ambito-1", structureId: "direzione" },
    { id: "obj-1.5", planId: "plan", code: "1.5", title: "Servizi a distanza", weight: null, nodeId: "ambito-1", structureId: "direzione" },
    { id: "obj-1.6", planId: "plan", code: "1.6", title: "Avviso E45", weight: 4, nodeId: "ambito-1", structureId: "direzione" },
    { id: "obj-1.7", planId: "plan", code: "1.7", title: "Linee guida", weight: 8, nodeId: "ambito-1", structureId: "direzione" },
    { id: "obj-4.1", planId: "plan", code: "4.1", title: "Soddisfazione dell'utente", weight: 8, nodeId: "ambito-4", structureId: "direzione" },
  ];
  const parts = withIndicators(
    [
      { code: "1.2", objective: "1.2", target: percentTarget(100), value: 30, assessmentLevel: 3, cronoprogrammaId: "crono-2" },
      {
        code: "1.5",
        objective: "1.5",
        target: percentTarget(100),
        value: 188.94,
        numerator: 37_787,
        denominator: 20_000,
        method: "Numero colloqui erogati attraverso i servizi a distanza/Numero di colloqui che si prevede di erogare",
        assessmentLevel: 1,
      },
      { code: "1.6", objective: "1.6", target: percentTarget(100), value: 90.57, numerator: 96, denominator: 106, method: "Numero istruttorie effettuate/numero domande pervenute", assessmentLevel: 5 },
      { code: "1.7", objective: "1.7", target: percentTarget(100), value: 50, assessmentLevel: 1, cronoprogrammaId: "crono-6" },
      { code: "4.1", objective: "4.1", target: percentTarget(79), valueText: "-", method: "Numero utenti soddisfatti/numero utenti su cui è stata effettuata la rilevazione", assessmentLevel: 2 },
    ],
    { objectives },
  );
  return buildBundle({
    organisation: { id: "arti", name: "ARTI", shortName: "ARTI" },
    structures: [{ id: "direzione", organisationId: "arti", name: "Direzione" }],
    nodes: [
      { id: "ambito-1", planId: "plan", kind: "strategic_area", code: "1", title: "Politiche per il diritto e la dignità del lavoro" },
      { id: "ambito-4", planId: "plan", kind: "strategic_area", code: "4", title: "Gestione efficiente ed efficace delle risorse" },
    ],
    cronoprogrammi: [
      { id: "crono-2", objectiveId: "obj-1.2", code: "ARTI 2", title: "Fiera", dueDate: "2021-12-31" },
      { id: "crono-6", objectiveId: "obj-1.7", code: "ARTI 6", title: "Linee guida", dueDate: "2021-12-31" },
    ],
    phases: [...ARTI_CRONO_2, ...ARTI_CRONO_6],
    ...parts,
  });
}

function computed(result: PlanEvaluation | NotComputable): PlanEvaluation {
  if (result.kind !== "computed") throw new Error(result.reason);
  return result;
}
function pct(score: { kind: string; value?: number; reason?: string } | null | undefined): string {
  if (!score || score.kind !== "computed") return `non calcolabile`;
  return formatPercent(score.value!);
}

describe("ARTI slice at 30/06/2021", () => {
  const evaluation = computed(evaluatePlan(artiSlice(), { periodId: "p1" }));
  const indicator = (code: string) => evaluation.indicators.find((i) => i.code === code)!;

  it("achievements: 1.2 cronoprogramma 2 = 15,00%; 1.5 37.787 / 20.000 = 188,94%; 1.6 96 / 106 = 90,57%; 1.7 cronoprogramma 6 = 50,00%", () => {
    expect(["1.2", "1.5", "1.6", "1.7"].map((c) => { const a = indicator(c).achievement; return a.kind === "computed" ? formatPercent(a.percent) : a.reason; })).toEqual([
      "15,00%",
      "188,94%",
      "90,57%",
      "50,00%",
    ]);
  });
  it("4.1 without value: achievement not computable, score missing (excluded), status 2. da iniziare - secondo le aspettative", () => {
    const r = indicator("4.1");
    expect(r.hasValue).toBe(false);
    expect(r.score).toBeNull();
    expect(r.status.effective?.label).toBe("2. da iniziare - secondo le aspettative");
  });
  it("scores capped at 100: 1.5 → 100,00%", () => {
    expect(pct(indicator("1.5").score)).toBe("100,00%");
  });
  it("statuses: 1.5 in anticipo (188,94% vs 49,59% expected), 1.6 secondo le aspettative (rate 90,57% ≥ 90%), 1.7 secondo le aspettative (50% vs 50%)", () => {
    expect(["1.5", "1.6", "1.7"].map((c) => indicator(c).status.effective?.label)).toEqual([
      "1. in anticipo",
      "3. secondo le aspettative",
      "3. secondo le aspettative",
    ]);
  });
  it("plan score: (4 × 90,57 + 8 × 50 + 8 × 15) ÷ 20 = 44,11%; 1.5 (no weight) and 4.1 (no value) excluded and named", () => {
    expect(pct(evaluation.plan.score)).toBe("44,11%");
    const score = evaluation.plan.score;
    expect(score.kind === "computed" && score.excluded.map((e) => `${e.label}: ${e.reason}`)).toEqual([
      "Obiettivo 1.5: peso non indicato",
      "Obiettivo 4.1: nessun elemento valutabile tra gli indicatori; esclusi: ARTI 4.1 (valore mancante)",
    ]);
  });
  it("node 'ambito 1' = same four objectives → 44,11%; node 4 has only 4.1 → not computable; structure Direzione = plan", () => {
    expect(evaluation.nodes.map((n) => [n.label, pct(n.score)])).toEqual([
      ["1 Politiche per il diritto e la dignità del lavoro", "44,11%"],
      ["4 Gestione efficiente ed efficace delle risorse", "non calcolabile"],
    ]);
    expect(evaluation.structures.map((s) => [s.label, pct(s.score)])).toEqual([["Direzione", "44,11%"]]);
  });
  it("status distribution of objectives: 1 in anticipo (1.5), 1 da iniziare (4.1), 3 secondo le aspettative", () => {
    expect(evaluation.statusDistribution.objectives.filter((r) => r.count > 0).map((r) => [r.label, r.count])).toEqual([
      ["1. in anticipo", 1],
      ["2. da iniziare - secondo le aspettative", 1],
      ["3. secondo le aspettative", 3],
    ]);
  });
  it("findings: weights 28% ≠ 100%, 1.5 without weight, 1.2 stated 30% vs cronoprogramma 15%, stated levels differing for 1.6 and 1.7", () => {
    expect(evaluation.findings.map((f) => `${f.code} ${f.item}`)).toEqual([
      "objective-without-weight Piano di prova",
      "objective-weights-sum Piano di prova",
      "cronoprogramma-value-mismatch ARTI 1.2",
      "stated-status-differs ARTI 1.6",
      "stated-status-differs ARTI 1.7",
    ]);
  });
  it("every figure carries an explanation with a one-line Italian text", () => {
    const r = indicator("1.6");
    expect(r.achievement.kind === "computed" && r.achievement.explanation.text).toBe(
      "ARTI 1.6: conseguito 90,57% (96 / 106) ÷ target ≥100,00% = 90,57% (target non raggiunto)",
    );
    expect(r.score && r.score.kind === "computed" && r.score.explanation.text).toBe("ARTI 1.6: raggiungimento 90,57% → punteggio 90,57% (lineare con tetto 100%)");
    expect(r.status.computed.kind === "computed" && r.status.computed.explanation.cutoffDate).toBe("2021-06-30");
  });
  it("is JSON-serialisable: a round trip gives the same object, with no NaN nor Infinity anywhere", () => {
    const text = JSON.stringify(evaluation);
    expect(JSON.parse(text)).toEqual(evaluation);
    const numbers: number[] = [];
    JSON.parse(text, (_key, value) => (typeof value === "number" && numbers.push(value), value));
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(text).not.toMatch(/NaN|Infinity/);
  });
});

describe("options", () => {
  it("evaluator override on ARTI 1.7: computed 3 kept, effective 1 'in anticipo'", () => {
    const evaluation = computed(
      evaluatePlan(artiSlice(), { periodId: "p1", overrides: [{ indicatorId: "ind-1.7", level: 1, reason: "fase 1 conclusa quattro mesi prima", by: "ARTI", at: "2021-07-15" }] }),
    );
    const r = evaluation.indicators.find((i) => i.code === "1.7")!;
    expect(r.status.computed.kind === "computed" && r.status.computed.level).toBe(3);
    expect(r.status.effective).toEqual({ level: 1, label: "1. in anticipo", source: "override" });
  });
  it("bands rule: 1.6 90,57% → 75, 1.7 50% → 0, 1.2 15% → 0: plan (4 × 75) ÷ 20 = 15,00%", () => {
    expect(pct(computed(evaluatePlan(artiSlice(), { periodId: "p1", rules: { curve: EXAMPLE_BANDS } })).plan.score)).toBe("15,00%");
  });
  it("missing values counted as 0 by the plan's choice: 4.1 weighs 8 at 0 → 882,26 ÷ 28 = 31,51%, and it is said", () => {
    const evaluation = computed(evaluatePlan(artiSlice(), { periodId: "p1", rules: { missingValues: "zero" } }));
    expect(pct(evaluation.plan.score)).toBe("31,51%");
    const objective = evaluation.objectives.find((o) => o.code === "4.1")!;
    expect(objective.score.kind === "computed" && objective.score.countedAsZero[0]!.reason).toBe("valore mancante, contato come 0 per regola del piano");
  });
  it("asOf 31/03/2021: cronoprogramma 6 already at 50% (phase 1 done 02/03) against nothing due → 1.7 in anticipo", () => {
    const evaluation = computed(evaluatePlan(artiSlice(), { periodId: "p1", asOf: "2021-03-31" }));
    expect(evaluation.indicators.find((i) => i.code === "1.7")!.status.effective?.label).toBe("1. in anticipo");
  });
});

describe("bad input: a finding or a not-computable figure, never a crash or NaN", () => {
  it("unknown period → not computable", () => {
    expect(evaluatePlan(artiSlice(), { periodId: "nope" })).toEqual({ kind: "not-computable", reason: "periodo di monitoraggio «nope» non presente nel piano «Piano di prova»" });
  });
  it("negative count and zero denominator → not computable indicators and error findings", () => {
    const bundle = buildBundle(
      withIndicators([
        { code: "A", objective: "1", target: threshold(100), value: -5 },
        { code: "B", objective: "1", target: percentTarget(100), value: 50, numerator: 5, denominator: 0 },
      ]),
    );
    const evaluation = computed(evaluatePlan(bundle, { periodId: "p1" }));
    expect(evaluation.indicators.map((i) => (i.achievement.kind === "not-computable" ? i.achievement.reason : "computed"))).toEqual([
      "indicatore A: valore conseguito negativo (-5): non ammesso",
      "indicatore B: denominatore pari a zero (5 / 0)",
    ]);
    expect(evaluation.findings.map((f) => f.code)).toEqual(["negative-value", "zero-denominator"]);
    expect(JSON.stringify(evaluation)).not.toMatch(/NaN|Infinity/);
  });
  it("a date before the plan's start → finding, statuses 'da iniziare'", () => {
    const evaluation = computed(evaluatePlan(artiSlice(), { periodId: "p1", asOf: "2020-12-31" }));
    expect(evaluation.findings[0]).toMatchObject({ code: "cutoff-before-start", message: "Piano di prova: la data di riferimento 31/12/2020 precede l'inizio del piano (01/01/2021)" });
    expect(evaluation.indicators.find((i) => i.code === "1.5")!.status.effective?.label).toBe("2. da iniziare - secondo le aspettative");
  });
  it("objective weights over 100% → finding; the weighted mean stays a mean", () => {
    const bundle = buildBundle(
      withIndicators([{ code: "A", objective: "1", target: threshold(10), value: 5 }, { code: "B", objective: "2", target: threshold(10), value: 10 }], {
        objectives: [
          { id: "o1", planId: "plan", code: "1", title: "uno", weight: 60 },
          { id: "o2", planId: "plan", code: "2", title: "due", weight: 60 },
        ],
      }),
    );
    const evaluation = computed(evaluatePlan(bundle, { periodId: "p1" }));
    expect(evaluation.findings.map((f) => f.message)).toEqual(["Piano di prova: i pesi degli obiettivi sommano a 120,00%, non al 100% (oltre il 100%)"]);
    expect(pct(evaluation.plan.score)).toBe("75,00%");
  });
  it("invalid rules → finding, defaults applied", () => {
    const evaluation = computed(evaluatePlan(artiSlice(), { periodId: "p1", rules: { missingValues: "ignore" } as never }));
    expect(evaluation.findings[0]!.code).toBe("rules-invalid");
    expect(evaluation.rules.missingValues).toBe("exclude");
  });
  it("an override with a level not on the scale → refused with a finding", () => {
    const evaluation = computed(evaluatePlan(artiSlice(), { periodId: "p1", overrides: [{ indicatorId: "ind-1.6", level: 7, reason: "x", by: "OIV", at: "2021-07-01" }] }));
    expect(evaluation.findings.some((f) => f.code === "override-refused" && f.message.includes("livello 7"))).toBe(true);
  });
});

describe("cumulative modes", () => {
  function twoPeriods(rules: object) {
    const parts = withIndicators([{ code: "C", objective: "1", target: threshold(20_000), value: 12_000 }], { cutoffDate: "2021-12-31" });
    const bundle = buildBundle({
      ...parts,
      periods: [
        { id: "p0", planId: "plan", label: "Primo semestre", cutoffDate: "2021-06-30" },
        { id: "p1", planId: "plan", label: "Secondo semestre", cutoffDate: "2021-12-31" },
      ],
      measurements: [...(parts.measurements ?? []), { id: "m0", indicatorId: "ind-C", periodId: "p0", value: 10_000 }],
    });
    return computed(evaluatePlan(bundle, { periodId: "p1", rules }));
  }
  const achievementOf = (evaluation: PlanEvaluation) => {
    const a = evaluation.indicators[0]!.achievement;
    return a.kind === "computed" ? formatPercent(a.percent) : a.reason;
  };
  it("per period (default): 12.000 ÷ 20.000 = 60,00%", () => {
    expect(achievementOf(twoPeriods({}))).toBe("60,00%");
  });
  it("within the year: (10.000 + 12.000) ÷ 20.000 = 110,00%, the added period named in the explanation", () => {
    const evaluation = twoPeriods({ cumulativeMode: "within-year" });
    expect(achievementOf(evaluation)).toBe("110,00%");
    const a = evaluation.indicators[0]!.achievement;
    expect(a.kind === "computed" && a.explanation.text).toContain("sommati i valori di: Primo semestre");
  });
  it("over the plan's years: 10.000 in 2021 + 12.000 in 2022 against the 2022 target 20.000 → 110,00%; per period 60,00%", () => {
    const parts = withIndicators([{ code: "C", objective: "1", target: threshold(20_000), value: 12_000 }], { cutoffDate: "2022-12-31", year: 2022 });
    const bundle = buildBundle({
      ...parts,
      plan: { yearFrom: 2021, yearTo: 2022 },
      periods: [
        { id: "p0", planId: "plan", label: "Consuntivo 2021", cutoffDate: "2021-12-31", kind: "final" },
        { id: "p1", planId: "plan", label: "Consuntivo 2022", cutoffDate: "2022-12-31", kind: "final" },
      ],
      measurements: [...(parts.measurements ?? []), { id: "m0", indicatorId: "ind-C", periodId: "p0", value: 10_000 }],
    });
    expect(achievementOf(computed(evaluatePlan(bundle, { periodId: "p1", rules: { cumulativeMode: "over-plan" } })))).toBe("110,00%");
    expect(achievementOf(computed(evaluatePlan(bundle, { periodId: "p1", rules: { cumulativeMode: "within-year" } })))).toBe("60,00%");
  });
  it("ANPAL-like multi-year cumulative target: 834 in 2019 + 1.200 in 2020 = 2.034 against 2/3 of 4.500 = 3.000 → 67,80%", () => {
    const parts = withIndicators([{ code: "T", objective: "1", target: threshold(4_500), value: 1_200, yearFrom: 2019, yearTo: 2021, cumulative: true }], { cutoffDate: "2020-12-31", year: 2020 });
    const bundle = buildBundle({
      ...parts,
      plan: { yearFrom: 2019, yearTo: 2021 },
      periods: [
        { id: "p0", planId: "plan", label: "Consuntivo 2019", cutoffDate: "2019-12-31", kind: "final" },
        { id: "p1", planId: "plan", label: "Consuntivo 2020", cutoffDate: "2020-12-31", kind: "final" },
      ],
      measurements: [...(parts.measurements ?? []), { id: "m0", indicatorId: "ind-T", periodId: "p0", value: 834 }],
    });
    const a = computed(evaluatePlan(bundle, { periodId: "p1" })).indicators[0]!.achievement;
    expect(a.kind === "computed" && [formatPercent(a.percent), a.cumulative?.expectedValue, a.actual]).toEqual(["67,80%", 3_000, 2_034]);
  });
});

describe("a target computed from other objectives (AFOL obiettivo 4)", () => {
  it("4.1 = mean of objectives 5 and 6 (100% and 80%) = 90% against 95% → 94,74%; objective 4 then scores 94,74%", () => {
    const bundle = buildBundle({
      plan: { yearFrom: 2022, yearTo: 2022, kind: "performance_plan" },
      ...withIndicators(
        [
          { code: "4.1", objective: "4", target: percentTarget(95) },
          { code: "5.1", objective: "5", target: threshold(10, ">="), value: 12 },
          { code: "6.1", objective: "6", target: threshold(10, ">="), value: 8 },
        ],
        { year: 2022, cutoffDate: "2022-12-31" },
      ),
    });
    const evaluation = computed(evaluatePlan(bundle, { periodId: "p1", rules: { derivedIndicators: [{ indicatorId: "ind-4.1", objectiveIds: ["obj-5", "obj-6"] }] } }));
    const r = evaluation.indicators.find((i) => i.code === "4.1")!;
    expect(r.achievement.kind === "computed" && formatPercent(r.achievement.percent)).toBe("94,74%");
    expect(pct(evaluation.objectives.find((o) => o.code === "4")!.score)).toBe("94,74%");
  });
  it("an indicator that depends on its own objective is refused with a finding", () => {
    const bundle = buildBundle(withIndicators([{ code: "4.1", objective: "4", target: percentTarget(95) }]));
    const evaluation = computed(evaluatePlan(bundle, { periodId: "p1", rules: { derivedIndicators: [{ indicatorId: "ind-4.1", objectiveIds: ["obj-4"] }] } }));
    expect(evaluation.findings.map((f) => f.code)).toContain("derived-indicator-invalid");
  });
});
