import { describe, expect, it } from "vitest";
import { monitoringGroups } from "./monitoring-rows";
import { seedBundle } from "./seed-bundles";

describe("monitoring grid rows", () => {
  it("ARTI at 30/06/2021: 15 objectives, 18 indicators in the document's order, ratios where the source divides", () => {
    const bundle = seedBundle("arti");
    const groups = monitoringGroups(bundle, bundle.periods[0]!, null);
    expect(groups).toHaveLength(15);
    const rows = groups.flatMap((g) => g.rows);
    expect(rows).toHaveLength(18);
    expect(rows[0]!.indicator.code).toBe("1.1.1");
    expect(rows.find((r) => r.indicator.code === "1.6.1")).toMatchObject({ kind: "ratio", target: { text: "100,00%" } });
    expect(rows.find((r) => r.indicator.code === "1.6.1")!.measurement?.numerator).toBe(96);
  });

  it("ARTI, structure RPCT only: objective 4.4 with its two transparency and anticorruption indicators", () => {
    const bundle = seedBundle("arti");
    const groups = monitoringGroups(bundle, bundle.periods[0]!, "arti-toscana:rpct");
    expect(groups.map((g) => g.objective?.code)).toEqual(["4.4"]);
    expect(groups[0]!.rows.map((r) => r.indicator.code)).toEqual(["4.4.1", "4.4.2"]);
  });

  it("AFOL Rendicontazione 2022, Divisione Lavoro: objectives inherit the block's structure; deadline rows take a date", () => {
    const bundle = seedBundle("afol");
    const groups = monitoringGroups(bundle, bundle.periods[0]!, "afol-metropolitana:divisione-lavoro");
    expect(groups.length).toBeGreaterThan(0);
    const all = monitoringGroups(bundle, bundle.periods[0]!, null).flatMap((g) => g.rows);
    expect(all).toHaveLength(80);
    expect(all.filter((r) => r.kind === "date").length).toBeGreaterThan(10);
  });
});
