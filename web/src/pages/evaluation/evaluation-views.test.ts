// The evaluation screens' view models on the real seeds: which sections each plan has, the ARTI findings with
// their links and figures, the Lombardia shares, the ANPAL amounts in euro.
import { describe, expect, it } from "vitest";
import { evaluatePlan, type PlanEvaluation } from "@domain/evaluation/evaluate-plan";
import type { PlanBundle } from "@domain/model";
import { seedBundle } from "../../model/seed-bundles";
import { compareProvinces, provinceAllocations, sharesView } from "./allocation-view";
import { formatEuro } from "./figures";
import { groupFindings } from "./findings-view";
import { availableSections } from "./sections";

const evaluate = (bundle: PlanBundle, periodId: string) => evaluatePlan(bundle, { periodId }) as PlanEvaluation;

describe("sections by plan", () => {
  it("ARTI: findings, statuses, what-if — no empty allocation, budget or weighting tab", () => {
    expect(availableSections(seedBundle("arti"))).toEqual(["rilievi", "stati", "simulazione"]);
  });
  it("Lombardia: only the resource allocation (no period yet); AFOL: the 5 pesature; ANPAL: the budget", () => {
    expect(availableSections(seedBundle("lombardia"))).toEqual(["ripartizione"]);
    expect(availableSections(seedBundle("afol"))).toContain("individuale");
    expect(availableSections(seedBundle("anpal"))).toEqual(["rilievi", "stati", "bilancio", "simulazione"]);
  });
});

describe("ARTI findings at 30/06/2021", () => {
  const bundle = seedBundle("arti");
  const groups = groupFindings(bundle, evaluate(bundle, "arti-2021:30-06-2021").findings);
  const group = (code: string) => groups.find((g) => g.code === code)!;

  it("objective weights: stated 100,00%, the objectives add up to 77,00%; the link opens the plan tree", () => {
    expect(group("objective-weights-sum").rows[0]).toMatchObject({ stated: "100,00%", computed: "77,00%", to: "/piani/arti-2021" });
  });

  it("cronoprogramma ARTI 2: 30,00% declared for ARTI 1.2.1, 15,00% from the phases; the link opens the indicator on its objective", () => {
    const row = group("cronoprogramma-value-mismatch").rows[0]!;
    expect(row).toMatchObject({ stated: "30,00%", computed: "15,00%", to: "/piani/arti-2021/obiettivi/arti-2021%3Aobj-1.2#ind-arti-2021:obj-1.2:ind-1" });
    expect(row.finding.item).toBe("ARTI 1.2.1");
  });

  it("the 4 statuses that differ from the document, as information, after warnings", () => {
    const statuses = group("stated-status-differs");
    expect(statuses.rows.map((r) => [r.finding.item, r.stated, r.computed])).toEqual([
      ["ARTI 1.6.1", "5. in ritardo", "3. secondo le aspettative"],
      ["ARTI 1.7.1", "1. in anticipo", "3. secondo le aspettative"],
      ["ARTI 2.2.1", "5. in ritardo", "4. da iniziare - in ritardo"],
      ["ARTI 4.4.2", "3. secondo le aspettative", "2. da iniziare - secondo le aspettative"],
    ]);
    expect(groups.at(-1)!.severity).toBe("info");
  });
});

describe("Lombardia resource shares (seed 003)", () => {
  const bundle = seedBundle("lombardia");
  it("minimo 40% / massimo 20% / minimo 20% → the engine proposes 40% / 20% / 40%", () => {
    const shares = sharesView(bundle, null);
    expect(shares.rows.map((r) => [r.code, r.limitText, r.share])).toEqual([
      ["1", "minimo 40%", 40],
      ["2", "massimo 20%", 20],
      ["3", "minimo 20%", 40],
    ]);
    expect(shares.explanation).toContain("Obiettivo 1 40,00%, Obiettivo 2 20,00%, Obiettivo 3 40,00%");
  });

  it("12 Provinces and the Città Metropolitana, each with its whole transfer pending while no objective is measured", () => {
    const provinces = provinceAllocations(bundle, null, sharesView(bundle, null));
    expect(provinces).toHaveLength(12);
    expect(provinces[0]).toMatchObject({ label: "Provincia di Bergamo", earned: 0, pending: 100 });
  });

  it("Provinces ranked on the drop-out rate, the lowest first (IS1 is a «decrease» indicator)", () => {
    const withValues: PlanBundle = {
      ...bundle,
      periods: [{ id: "p", planId: bundle.plan.id, label: "30/06/2026", cutoffDate: "2026-06-30", kind: "intermediate" } as PlanBundle["periods"][number]],
      measurements: [
        ["provincia-bergamo", 12.5],
        ["provincia-brescia", 9.8],
        ["provincia-como", null],
      ].map(([assigneeId, value], n) => ({ id: `m${n}`, planId: bundle.plan.id, indicatorId: "lombardia-2026:indicatori-sistema:ind-1", periodId: "p", assigneeId, value, valueText: null }) as unknown as PlanBundle["measurements"][number]),
    };
    const [drop] = compareProvinces(withValues, "p");
    expect(drop!.lowerIsBetter).toBe(true);
    expect(drop!.rows.map((r) => [r.rank, r.label, r.value])).toEqual([
      [1, "Provincia di Brescia", 9.8],
      [2, "Provincia di Bergamo", 12.5],
      [null, "Provincia di Como", null],
    ]);
  });
});

describe("euro amounts", () => {
  it("ANPAL: 25.722.311,28 stated against 25.356.152,38 summed, with cents always", () => {
    expect(formatEuro(25722311.28)).toBe("€ 25.722.311,28");
    expect(formatEuro(3892962.46)).toBe("€ 3.892.962,46");
    expect(formatEuro(10771777)).toBe("€ 10.771.777,00");
    expect(formatEuro(null)).toBe("—");
    const bundle = seedBundle("anpal");
    const mismatch = groupFindings(bundle, evaluate(bundle, "anpal-servizi-2019:consuntivo-2019").findings).find((g) => g.code === "table-total-mismatch")!;
    expect(mismatch.rows[0]).toMatchObject({ stated: "€ 25.722.311,28", computed: "€ 25.356.152,38", to: "/piani/anpal-servizi-2019/valutazione/bilancio#budget-anpal-servizi-2019:budget:po-2017-2020-risorse" });
  });
});
