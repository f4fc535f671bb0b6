import { describe, expect, it } from "vitest";
import { formatPercent } from "../format/figures";
import { buildDashboard } from "./dashboard";
import { computePlanFigures } from "./plan-figures";
import { seedBundle } from "./seed-bundles";

describe("ARTI dashboard at 30/06/2021 (seed 004)", () => {
  const bundle = seedBundle("arti");
  const view = buildDashboard(bundle, computePlanFigures(bundle, null).evaluation!);

  it("plan score: weighted mean of the 11 weighted objectives = 49,83%", () => {
    expect(formatPercent(view.plan.score!)).toBe("49,83%");
    expect(view.plan.text).toContain("media ponderata");
  });

  it("four areas; area 3 'Servizi alle imprese' = (94,88% × 8 + 100% × 6) ÷ 14 = 97,07%", () => {
    expect(view.areas.map((a) => a.label)).toEqual([
      "1 Politiche per il diritto e la dignità del lavoro",
      "2 Progetti rivolti a determinate categorie di utenti",
      "3 Servizi alle imprese",
      "4 Gestione efficiente ed efficace delle risorse",
    ]);
    expect(formatPercent(view.areas[2]!.score!)).toBe("97,07%");
  });

  it("status distribution of the 15 objectives adds up to 15", () => {
    expect(view.objectiveStatuses.reduce((s, x) => s + x.count, 0)).toBe(15);
    expect(view.counts).toMatchObject({ objectives: 15, indicators: 18 });
  });

  it("most behind first: objective 2.2 (cronoprogramma ARTI 7 overdue, 4. da iniziare - in ritardo)", () => {
    expect(view.behind[0]).toMatchObject({ code: "2.2", level: 4, tone: "orange" });
  });

  it("the evaluation body's findings include the stated status 5 of ARTI 1.6.1 against the computed 3", () => {
    expect(view.findings.some((f) => f.code === "stated-status-differs" && f.item === "ARTI 1.6.1")).toBe(true);
  });
});
