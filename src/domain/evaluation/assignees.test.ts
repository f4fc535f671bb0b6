// Plans measured per assignee (Lombardia, seed 003: objectives assigned to Provinces with resource shares
// "minimo 40%", "massimo 20%", "minimo 20%"): per-assignee scores, resources earned, rankings, what-if.
import { describe, expect, it } from "vitest";
import { rankAssigneesByIndicator, rankAssigneesByPlanScore } from "./compare";
import { evaluatePlan, type PlanEvaluation } from "./evaluate-plan";
import { formatPercent } from "./explain";
import type { NotComputable } from "./result";
import { buildBundle, threshold } from "./test-factories";
import { applyChanges, runWhatIf } from "./what-if";

const PROVINCES = [
  { id: "bg", name: "Provincia di Bergamo", kind: "province" as const },
  { id: "bs", name: "Provincia di Brescia", kind: "province" as const },
  { id: "co", name: "Provincia di Como", kind: "province" as const },
];
// achieved by each Province on IS-1 (target ≥1.000), IS-2 (≥200), IS-3 (≥10); Como has no IS-3 value yet
const VALUES: Record<string, [number, number, number | null]> = { bg: [800, 240, 5], bs: [1_000, 100, 10], co: [800, 240, null] };

function lombardia() {
  const objectives = [
    { id: "o1", planId: "plan", code: "1", title: "Efficientamento della presa in carico", resourceShareMin: 40 },
    { id: "o2", planId: "plan", code: "2", title: "Efficacia dei servizi formativi", resourceShareMax: 20 },
    { id: "o3", planId: "plan", code: "3", title: "Animazione territoriale", resourceShareMin: 20 },
  ];
  const targets = [1_000, 200, 10];
  return buildBundle({
    organisation: { id: "rl", name: "Regione Lombardia", kind: "region" },
    relatedOrganisations: PROVINCES,
    plan: { kind: "objectives_assigned", yearFrom: 2026, yearTo: 2026, assigneeIds: PROVINCES.map((p) => p.id) },
    objectives,
    indicators: objectives.map((o, i) => ({ id: `is-${i + 1}`, planId: "plan", objectiveId: o.id, code: `IS-${i + 1}`, definition: o.title, direction: "increase" as const })),
    targets: targets.map((value, i) => ({ id: `t-${i + 1}`, indicatorId: `is-${i + 1}`, yearFrom: 2026, yearTo: 2026, text: `>=${value}`, parsed: threshold(value) })),
    periods: [{ id: "p2026", planId: "plan", label: "Rendicontazione 2026", cutoffDate: "2026-12-31", kind: "final" }],
    measurements: Object.entries(VALUES).flatMap(([assigneeId, values]) =>
      values.flatMap((value, i) => (value === null ? [] : [{ id: `m-${assigneeId}-${i + 1}`, indicatorId: `is-${i + 1}`, periodId: "p2026", value, assigneeId }])),
    ),
  });
}
const budgets = { bg: 1_000_000, bs: 500_000, co: 300_000 };

function computed(result: PlanEvaluation | NotComputable): PlanEvaluation {
  if (result.kind !== "computed") throw new Error(result.reason);
  return result;
}
const evaluation = computed(evaluatePlan(lombardia(), { periodId: "p2026", allocation: { budgets } }));
const assignee = (id: string) => evaluation.assignees.find((a) => a.assigneeId === id)!;

describe("per-assignee evaluation and resources", () => {
  it("shares proposed from the limits (≥40, ≤20, ≥20): 40 / 20 / 40", () => {
    expect(evaluation.resourceShares?.kind !== "not-computable" && evaluation.resourceShares?.shares).toEqual({ o1: 40, o2: 20, o3: 40 });
  });
  it("Bergamo: objective scores 80%, 100% (240 of 200, capped), 50% → plan (80 + 100 + 50) ÷ 3 = 76,67%", () => {
    const bg = assignee("bg");
    expect(bg.objectives.map((o) => (o.score.kind === "computed" ? formatPercent(o.score.value) : o.score.reason))).toEqual(["80,00%", "100,00%", "50,00%"]);
    expect(bg.plan.score.kind === "computed" && formatPercent(bg.plan.score.value)).toBe("76,67%");
  });
  it("Bergamo on € 1.000.000: 400.000 × 80% + 200.000 × 100% + 400.000 × 50% = € 720.000 earned, € 280.000 not", () => {
    const allocation = assignee("bg").allocation;
    expect(allocation?.kind !== "not-computable" && [allocation?.earned, allocation?.unearned]).toEqual([720_000, 280_000]);
  });
  it("Brescia on € 500.000: 200.000 + 50.000 + 200.000 = € 450.000 earned, € 50.000 not", () => {
    const allocation = assignee("bs").allocation;
    expect(allocation?.kind !== "not-computable" && [allocation?.earned, allocation?.unearned]).toEqual([450_000, 50_000]);
  });
  it("Como on € 300.000 without the IS-3 value: 96.000 + 60.000 earned, € 24.000 not, € 120.000 pending (not counted as 0)", () => {
    const allocation = assignee("co").allocation;
    expect(allocation?.kind !== "not-computable" && [allocation?.earned, allocation?.unearned, allocation?.pending]).toEqual([156_000, 24_000, 120_000]);
  });
  it("impossible limits (minimums 40 + 50 + 20 = 110%) → finding, allocations not computable", () => {
    const bundle = lombardia();
    bundle.objectives[1] = { ...bundle.objectives[1]!, resourceShareMin: 50, resourceShareMax: null };
    const result = computed(evaluatePlan(bundle, { periodId: "p2026", allocation: { budgets } }));
    expect(result.findings.find((f) => f.code === "resource-shares-impossible")?.message).toBe(
      "Piano di prova: la somma dei minimi (110,00%) supera il 100%: nessuna ripartizione possibile",
    );
    expect(result.assignees[0]!.allocation?.kind).toBe("not-computable");
  });
});

describe("rankings", () => {
  it("IS-1: 1. Brescia 100%, 2. Bergamo 80%, 2. Como 80% (tie shares the rank)", () => {
    const ranking = rankAssigneesByIndicator(evaluation.assignees).find((r) => r.id === "is-1")!;
    expect(ranking.ranks.map((r) => [r.rank, r.label, formatPercent(r.figure!)])).toEqual([
      [1, "Provincia di Brescia", "100,00%"],
      [2, "Provincia di Bergamo", "80,00%"],
      [2, "Provincia di Como", "80,00%"],
    ]);
  });
  it("IS-3: Brescia first, Bergamo second, Como not ranked with the reason", () => {
    const ranking = rankAssigneesByIndicator(evaluation.assignees).find((r) => r.id === "is-3")!;
    expect(ranking.explanation.text).toBe(
      "indicatore IS-3: 1. Provincia di Brescia 100,00%; 2. Provincia di Bergamo 50,00%; Provincia di Como non classificato (indicatore IS-3: valore conseguito mancante)",
    );
  });
  it("plan score: 1. Como 90,00% (IS-3 excluded, said), 2. Brescia 83,33%, 3. Bergamo 76,67%", () => {
    expect(rankAssigneesByPlanScore(evaluation).ranks.map((r) => [r.rank, r.label, formatPercent(r.figure!)])).toEqual([
      [1, "Provincia di Como", "90,00%"],
      [2, "Provincia di Brescia", "83,33%"],
      [3, "Provincia di Bergamo", "76,67%"],
    ]);
  });
});

describe("what-if, without saving", () => {
  it("shares 50 / 20 / 30: Bergamo earns 400.000 + 200.000 + 150.000 = € 750.000 (+30.000), Brescia unchanged € 450.000", () => {
    const result = runWhatIf(lombardia(), { periodId: "p2026", allocation: { budgets } }, { shares: { o1: 50, o2: 20, o3: 30 } });
    if (result.kind !== "computed") throw new Error(result.reason);
    expect(result.assignees.map((a) => [a.label, a.earnedBefore, a.earnedAfter])).toEqual([
      ["Provincia di Bergamo", 720_000, 750_000],
      ["Provincia di Brescia", 450_000, 450_000],
      ["Provincia di Como", 156_000, 180_000],
    ]);
  });
  it("objective weights 50 / 20 / 30: Bergamo's plan score 76,67% → 75,00% (−1,67 pp)", () => {
    const result = runWhatIf(lombardia(), { periodId: "p2026" }, { objectiveWeights: { o1: 50, o2: 20, o3: 30 } });
    if (result.kind !== "computed") throw new Error(result.reason);
    expect(result.assignees[0]!.text).toBe("Provincia di Bergamo: 76,67% → 75,00% (-1,67 pp)");
  });
  it("IS-1 target lowered to ≥800: Bergamo's objective 1 goes 80% → 100%", () => {
    const result = runWhatIf(lombardia(), { periodId: "p2026" }, { targets: { "t-1": { parsed: threshold(800), text: ">=800" } } });
    if (result.kind !== "computed") throw new Error(result.reason);
    const o1 = result.after.assignees[0]!.objectives[0]!;
    expect(o1.score.kind === "computed" && formatPercent(o1.score.value)).toBe("100,00%");
  });
  it("bands instead of linear: the diff lists what changed per assignee", () => {
    const result = runWhatIf(lombardia(), { periodId: "p2026" }, { rules: { curve: { kind: "bands", bands: [{ from: 0, score: 0 }, { from: 60, score: 50 }, { from: 80, score: 75 }, { from: 95, score: 100 }] } } });
    if (result.kind !== "computed") throw new Error(result.reason);
    // Bergamo: 80 → 75, 100 → 100, 50 → 0 → (75 + 100 + 0) ÷ 3 = 58,33%
    expect(result.assignees[0]!.text).toBe("Provincia di Bergamo: 76,67% → 58,33% (-18,33 pp)");
  });
  it("the original bundle is not changed", () => {
    const bundle = lombardia();
    const copy = structuredClone(bundle);
    runWhatIf(bundle, { periodId: "p2026" }, { objectiveWeights: { o1: 50 }, targets: { "t-1": { parsed: threshold(1) } } });
    expect(bundle).toEqual(copy);
    expect(applyChanges(bundle, { objectiveWeights: { o1: 50 } }).objectives[0]!.weight).toBe(50);
  });
});
