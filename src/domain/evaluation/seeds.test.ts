// The engine on the four real documents, read through the importers (src/io/import) and the target grammar:
// the figures the issue names, checked on the imported plans.
import { describe, expect, it } from "vitest";
import { importText } from "../../io/import/index";
import { readSeed, type SeedName } from "../../io/seeds";
import { PlanBundle } from "../model";
import { checkShareConstraints, constraintsFromObjectives, proposeShareSetting } from "./allocation";
import { checkBudgetTable, checkReportedTable, checkRoleWeightings } from "./consistency";
import { evaluatePlan, type PlanEvaluation } from "./evaluate-plan";
import { formatPercent } from "./explain";
import { computePersonScore } from "./individual";

function load(name: SeedName): PlanBundle {
  const result = importText(readSeed(name), name);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result.bundle;
}
function evaluateFirstPeriod(bundle: PlanBundle, rules = {}): PlanEvaluation {
  const result = evaluatePlan(bundle, { periodId: bundle.periods[0]!.id, rules });
  if (result.kind !== "computed") throw new Error(result.reason);
  return result;
}
function achievementOf(evaluation: PlanEvaluation, code: string): string {
  const r = evaluation.indicators.find((i) => i.code === code);
  if (!r) throw new Error(`indicatore ${code} assente`);
  return r.achievement.kind === "computed" ? formatPercent(r.achievement.percent) : r.achievement.reason;
}

describe("ARTI, monitoraggio intermedio al 30/06/2021 (seed 004)", () => {
  const bundle = load("arti");
  const evaluation = evaluateFirstPeriod(bundle);
  const status = (code: string) => evaluation.indicators.find((i) => i.code === code)!.status.effective?.label;

  it("ARTI 1.5: 37.787 colloqui / 20.000 previsti = 188,94%", () => expect(achievementOf(evaluation, "1.5.2")).toBe("188,94%"));
  it("ARTI 1.6: 96 istruttorie / 106 domande = 90,57%", () => expect(achievementOf(evaluation, "1.6.1")).toBe("90,57%"));
  it("ARTI 2.1: 305 / 323 = 94,43%", () => expect(achievementOf(evaluation, "2.1.1")).toBe("94,43%"));
  it("ARTI 1.4: 25.202 / 45.000 = 56,00%", () => expect(achievementOf(evaluation, "1.4.2")).toBe("56,00%"));
  it("ARTI 3.2: 5.758 / 7.914 = 72,76% against 66% → 110,24%", () => {
    const r = evaluation.indicators.find((i) => i.code === "3.2.1")!;
    expect(r.achievement.kind === "computed" && [formatPercent(r.achievement.actual!), formatPercent(r.achievement.percent)]).toEqual(["72,76%", "110,24%"]);
  });
  it("cronoprogramma 6 at 30/06/2021 = 50% (1.7), cronoprogramma 8 = 5% (2.3), cronoprogramma 2 = 15% (1.2)", () => {
    expect(["1.7.1", "2.3.1", "1.2.1"].map((c) => achievementOf(evaluation, c))).toEqual(["50,00%", "5,00%", "15,00%"]);
  });
  it("ARTI 1.2 states 30% while cronoprogramma 2 gives 15% → finding", () => {
    const f = evaluation.findings.find((x) => x.code === "cronoprogramma-value-mismatch")!;
    expect([f.item, f.stated, f.computed]).toEqual(["ARTI 1.2.1", 30, 15]);
  });
  it("objective weights add up to 77% → finding", () => {
    expect(evaluation.findings.find((f) => f.code === "objective-weights-sum")).toMatchObject({ stated: 100, computed: 77 });
  });
  it("statuses: 1.5.2 in anticipo, 1.2.1 and 2.3.1 secondo le aspettative, 4.1.1 da iniziare - secondo le aspettative (as ARTI stated)", () => {
    expect(["1.5.2", "1.2.1", "2.3.1", "4.1.1"].map(status)).toEqual([
      "1. in anticipo",
      "3. secondo le aspettative",
      "3. secondo le aspettative",
      "2. da iniziare - secondo le aspettative",
    ]);
  });
  it("the computed level matches ARTI's for 14 of 18 indicators; 1.6.1, 1.7.1, 2.2.1 and 4.4.2 differ and are reported", () => {
    const differing = evaluation.findings.filter((f) => f.code === "stated-status-differs");
    expect(differing.map((f) => [f.item, f.stated, f.computed])).toEqual([
      ["ARTI 1.6.1", "5. in ritardo", "3. secondo le aspettative"],
      ["ARTI 1.7.1", "1. in anticipo", "3. secondo le aspettative"],
      ["ARTI 2.2.1", "5. in ritardo", "4. da iniziare - in ritardo"],
      ["ARTI 4.4.2", "3. secondo le aspettative", "2. da iniziare - secondo le aspettative"],
    ]);
    expect(evaluation.indicators.filter((i) => i.stated.level !== null)).toHaveLength(18);
  });
  it("the evaluation round-trips through JSON", () => {
    expect(JSON.parse(JSON.stringify(evaluation))).toEqual(evaluation);
  });
});

describe("ANPAL Servizi, Rapporto sui risultati 2019 (seed 002)", () => {
  const bundle = load("anpal");
  const evaluation = evaluateFirstPeriod(bundle);

  it("ANPAL Navigator: 2.051 ÷ 2.980 = 68,83%", () => expect(achievementOf(evaluation, "026.010.1.3")).toBe("68,83%"));
  it("ANPAL percorsi di politica attiva: 17.975 ÷ 7.000 = 256,79%", () => expect(achievementOf(evaluation, "026.010.3.5")).toBe("256,79%"));
  it("tirocini 2019: 834 against the 2019–2021 cumulative 4.500 → 18,53% progress, 1/3 expected → 55,60% of expected", () => {
    const r = evaluation.indicators.find((i) => i.code === "027.006.1.1")!;
    expect(r.achievement.kind === "computed" && [formatPercent(r.achievement.cumulative!.progressPercent), formatPercent(r.achievement.percent)]).toEqual(["18,53%", "55,60%"]);
  });
  it("budget of the Piano Operativo: 'Risorse ANPAL' rows 25.356.152,38 against TOTALE 25.722.311,28 → one finding; DD n. 549 and DD n. 570 add up", () => {
    const findings = bundle.budgetTables.flatMap((t) => checkBudgetTable(t, bundle.budgetLines));
    expect(findings.map((f) => [f.stated, f.computed])).toEqual([[25_722_311.28, 25_356_152.38]]);
  });
  it("FIXO Linea 7: 2.589 + 1.148 + 212 = 3.949 and 152.082 + 210.373 + 381.829 = 744.284,00 → no finding on any reported table", () => {
    const fixo = bundle.reportedTables.find((t) => t.code === "fixo-linea-7")!;
    const total = fixo.rows.find((r) => r.kind === "total")!;
    expect(total.cells.slice(1, 3).map(String)).toEqual(expect.arrayContaining([expect.stringMatching(/3\.?949/), expect.stringMatching(/744\.?284/)]));
    expect(bundle.reportedTables.flatMap((t) => checkReportedTable(t))).toEqual([]);
  });
});

describe("AFOL Metropolitana, Piano Performance 2022 (seed 000)", () => {
  const bundle = load("afol");

  it("Pesature dg 35/50/15, dirigenti 35/50/15, PO 30/45/25, personale 15/45/40 all add up to 100", () => {
    expect(bundle.roleWeightings.map((w) => `${w.role} ${w.organisational}/${w.individual}/${w.behaviour}`)).toEqual([
      "dg 35/50/15",
      "dirigenti 35/50/15",
      "PO divisioni 30/45/25",
      "PO amministrazione 30/45/25",
      "personale 15/45/40",
    ]);
    expect(checkRoleWeightings(bundle.roleWeightings)).toEqual([]);
    const dg = computePersonScore(bundle.roleWeightings[0]!, { organisational: 90, individual: 80, behaviour: 100 });
    expect(dg.kind === "computed" && formatPercent(dg.value)).toBe("86,50%");
  });

  it("with year-end values entered: 6.3 '+20% rispetto al 2021 (29)' 36 → 103,45%; 14.2 '+20%' on 3.769, 4.000 → 88,44%; 4.1 = mean of objectives 5–23 against 95%", () => {
    const period = bundle.periods[0]!;
    const entered = (code: string, value: number) => ({ id: `m-${code}`, indicatorId: bundle.indicators.find((i) => i.code === code)!.id, periodId: period.id, value, origin: "manual" as const });
    const withValues = PlanBundle.parse({ ...bundle, measurements: [entered("6.3", 36), entered("14.2", 4_000), entered("12.1", 8_000)] });
    const dgAndDirigenti = withValues.objectives.filter((o) => Number(o.code) >= 5).map((o) => o.id);
    const indicator41 = withValues.indicators.find((i) => i.code === "4.1")!.id;
    const evaluation = evaluateFirstPeriod(withValues, { derivedIndicators: [{ indicatorId: indicator41, objectiveIds: dgAndDirigenti }] });
    expect(achievementOf(evaluation, "6.3")).toBe("103,45%");
    expect(achievementOf(evaluation, "14.2")).toBe("88,44%");
    expect(achievementOf(evaluation, "12.1")).toBe("101,01%");
    // objectives 6, 12 and 14 have a score (6: 103,45% → 100; 12: 100; 14: 88,44%) → mean 96,15% ÷ 95% = 101,21%
    expect(achievementOf(evaluation, "4.1")).toBe("101,21%");
  });

  it("8.2 'taratura del sistema di monitoraggio' entro dicembre 2022, 'non realizzato' at the Rendicontazione (31/12/2022) → 0,00%", () => {
    const period = bundle.periods[0]!;
    const indicator = bundle.indicators.find((i) => i.code === "8.2")!;
    const notDone = { id: "m-8.2", indicatorId: indicator.id, periodId: period.id, value: null, valueText: "non realizzato", origin: "manual" as const };
    const evaluation = evaluateFirstPeriod(PlanBundle.parse({ ...bundle, measurements: [notDone] }));
    expect(period.cutoffDate).toBe("2022-12-31");
    expect(achievementOf(evaluation, "8.2")).toBe("0,00%");
    expect(evaluation.indicators.find((i) => i.code === "8.2")!.status.effective?.label).toBe("5. in ritardo");
  });
});

describe("Regione Lombardia, Obiettivi strategici 2026 (seed 003)", () => {
  const bundle = load("lombardia");
  it("obiettivo 1 minimo 40%, obiettivo 2 massimo 20%, obiettivo 3 minimo 20% → feasible, most even setting 40 / 20 / 40", () => {
    const constraints = constraintsFromObjectives(bundle.objectives);
    expect(constraints.map((c) => [c.min, c.max])).toEqual([[40, null], [null, 20], [20, null]]);
    expect(checkShareConstraints(constraints)).toEqual([]);
    const proposed = proposeShareSetting(constraints);
    expect(proposed.kind === "computed" && Object.values(proposed.shares)).toEqual([40, 20, 40]);
  });
});
