import { describe, expect, it } from "vitest";
import { formatPercent } from "../format/figures";
import { computePlanFigures, describeMeasuredValue } from "./plan-figures";
import { seedBundle } from "./seed-bundles";

describe("figures of the ARTI monitoring at 30/06/2021 (seed 004), from the domain engine", () => {
  const bundle = seedBundle("arti");
  const figures = computePlanFigures(bundle, null);
  const indicator = (code: string) => figures.indicators.get(bundle.indicators.find((i) => i.code === code)!.id)!;

  it("uses the only period, Monitoraggio intermedio al 30/06/2021", () => {
    expect(figures.period?.cutoffDate).toBe("2021-06-30");
    expect(figures.evaluation?.periodLabel).toBe("Monitoraggio intermedio al 30/06/2021");
  });

  it("ARTI 1.5: 37.787 colloqui / 20.000 previsti = 188,94%, target met", () => {
    const f = indicator("1.5.2");
    expect(f.valueText).toBe("188,94% (37.787 / 20.000)");
    expect(formatPercent(f.achievement!)).toBe("188,94%");
    expect(f.met).toBe(true);
    expect(f.achievementText).toContain("188,94%");
  });

  it("ARTI 1.6: 96 istruttorie / 106 domande = 90,57% of the 100% target; a rate at ≥90% of expected is 3. secondo le aspettative, the document says 5. in ritardo", () => {
    const f = indicator("1.6.1");
    expect(formatPercent(f.achievement!)).toBe("90,57%");
    expect(f.met).toBe(false);
    expect(f.status).toMatchObject({ level: 3, label: "3. secondo le aspettative", tone: "green", origin: "computed" });
    expect(f.statedStatus).toMatchObject({ level: 5, label: "5. in ritardo" });
  });

  it("ARTI 2.2: cronoprogramma ARTI 7 has phase 1 (45%) due 30/04/2021 and not done → 0,00%, 4. da iniziare - in ritardo", () => {
    const f = indicator("2.2.1");
    expect(formatPercent(f.achievement!)).toBe("0,00%");
    expect(f.status).toMatchObject({ level: 4, tone: "orange" });
  });

  it("ARTI 3.1: 15.609 / 18.280 = 85,39% against the 90,00% target = 94,88%", () => {
    expect(formatPercent(indicator("3.1.1").achievement!)).toBe("94,88%");
  });

  it("ARTI 1.2: cronoprogramma ARTI 2 counts phase 1 (15%) done on 31/03/21 → 15,00% (the document states 30,00%)", () => {
    expect(formatPercent(indicator("1.2.1").achievement!)).toBe("15,00%");
    expect(indicator("1.2.1").valueText).toBe("30,00%");
  });

  it("ARTI 1.7: cronoprogramma ARTI 6 with phase 1 (50%) done on 02/03/2021 → 50,00%", () => {
    expect(formatPercent(indicator("1.7.1").achievement!)).toBe("50,00%");
  });

  it("objective 1.5 scores the mean of its two indicators' scores, each capped at 100", () => {
    const o = figures.objectives.get("arti-2021:obj-1.5")!;
    const scores = ["1.5.1", "1.5.2"].map((c) => indicator(c).score!);
    expect(o.score).toBeCloseTo((scores[0]! + scores[1]!) / 2, 10);
    expect(indicator("1.5.2").score).toBe(100);
  });

  it("a measurement with only the text '-' reads as a dash", () => {
    const i = bundle.indicators.find((x) => x.code === "1.1.1")!;
    expect(describeMeasuredValue(i, bundle.measurements.find((m) => m.indicatorId === i.id)!)).toBe("-");
  });
});

describe("a plan without monitoring periods (Lombardia 2026, seed 003)", () => {
  it("has no evaluation and no figures, and says why", () => {
    const figures = computePlanFigures(seedBundle("lombardia"), null);
    expect(figures.evaluation).toBeNull();
    expect(figures.problem).toBe("no-period");
    expect([...figures.indicators.values()].every((f) => f.achievement === null)).toBe(true);
  });
});
