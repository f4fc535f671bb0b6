import { describe, expect, it } from "vitest";
import { ARTI_SCALE } from "../model";
import { formatPercent } from "./explain";
import { notComputable } from "./result";
import { collectSubtree, statusDistribution, weightedMean, worstLevel, type RollupOptions } from "./rollup";
import { DEFAULT_SCORING_RULES } from "./scoring-rules";

const options: RollupOptions = {
  subject: "Piano",
  itemsName: "obiettivi",
  missingValues: DEFAULT_SCORING_RULES.missingValues,
  missingWeights: DEFAULT_SCORING_RULES.missingWeights,
};
const r16 = (96 * 100) / 106; // ARTI 1.6, weight 4%
const r21 = (305 * 100) / 323; // ARTI 2.1, weight 5%

function value(result: ReturnType<typeof weightedMean>): string {
  if (result.kind !== "computed") throw new Error(result.reason);
  return formatPercent(result.value);
}

describe("objective score: mean of its indicators, equal weights unless given", () => {
  it("ARTI 1.4: cronoprogramma 4 at 100% (capped) and 25.202/45.000 = 56,00% → (100 + 56,00) ÷ 2 = 78,00%", () => {
    const result = weightedMean(
      [
        { id: "a", label: "1.4 a", score: 100, weight: null },
        { id: "b", label: "1.4 b", score: (25_202 * 100) / 45_000, weight: null },
      ],
      { ...options, subject: "Obiettivo 1.4", itemsName: "indicatori" },
    );
    expect(value(result)).toBe("78,00%");
    expect(result.kind === "computed" && result.weighting).toBe("equal");
    expect(result.kind === "computed" && result.explanation.text).toBe(
      "Obiettivo 1.4: media a pesi uguali di 2 indicatori = 78,00% (1.4 a 100,00%; 1.4 b 56,00%)",
    );
  });
  it("given indicator weights 3 and 1: (3 × 100 + 1 × 56) ÷ 4 = 89,00%", () => {
    const result = weightedMean(
      [
        { id: "a", label: "a", score: 100, weight: 3 },
        { id: "b", label: "b", score: 56, weight: 1 },
      ],
      options,
    );
    expect(value(result)).toBe("89,00%");
  });
});

describe("plan score: weighted by objective weights", () => {
  it("ARTI 1.6 (4%) 90,57%, 2.1 (5%) 94,43%, 1.7 (8%) 50,00% → 1.234,40 ÷ 17 = 72,61%", () => {
    const result = weightedMean(
      [
        { id: "1.6", label: "1.6", score: r16, weight: 4 },
        { id: "2.1", label: "2.1", score: r21, weight: 5 },
        { id: "1.7", label: "1.7", score: 50, weight: 8 },
      ],
      options,
    );
    expect(value(result)).toBe("72,61%");
    expect(result.kind === "computed" && result.weightsTotal).toBe(17);
  });
  it("ARTI 1.4 and 1.5 have no weight in the seed: excluded and reported while 1.6 and 2.1 count → 92,71%", () => {
    const result = weightedMean(
      [
        { id: "1.4", label: "1.4", score: 78, weight: null },
        { id: "1.5", label: "1.5", score: 100, weight: null },
        { id: "1.6", label: "1.6", score: r16, weight: 4 },
        { id: "2.1", label: "2.1", score: r21, weight: 5 },
      ],
      options,
    );
    expect(value(result)).toBe("92,71%");
    expect(result.kind === "computed" && result.excluded).toEqual([
      { id: "1.4", label: "1.4", reason: "peso non indicato" },
      { id: "1.5", label: "1.5", reason: "peso non indicato" },
    ]);
    expect(result.kind === "computed" && result.explanation.text).toContain("esclusi: 1.4 (peso non indicato), 1.5 (peso non indicato)");
  });
  it("same objectives with the 'equal' rule: all four weigh the same → (78 + 100 + 90,57 + 94,43) ÷ 4 = 90,75%", () => {
    const result = weightedMean(
      [
        { id: "1.4", label: "1.4", score: 78, weight: null },
        { id: "1.5", label: "1.5", score: 100, weight: null },
        { id: "1.6", label: "1.6", score: r16, weight: 4 },
        { id: "2.1", label: "2.1", score: r21, weight: 5 },
      ],
      { ...options, missingWeights: "equal" },
    );
    expect(value(result)).toBe("90,75%");
  });
  it("AFOL gives no objective weights: equal weights by default (100, 50 → 75,00%)", () => {
    const result = weightedMean(
      [
        { id: "1", label: "Obiettivo 1", score: 100, weight: null },
        { id: "2", label: "Obiettivo 2", score: 50, weight: null },
      ],
      options,
    );
    expect(value(result)).toBe("75,00%");
  });
  it("AFOL without weights and the 'exclude' rule: nothing left → not computable, naming what was excluded", () => {
    const result = weightedMean([{ id: "1", label: "Obiettivo 1", score: 100, weight: null }], { ...options, missingWeights: "exclude" });
    expect(result).toEqual(notComputable("Piano: nessun elemento valutabile tra gli obiettivi; esclusi: Obiettivo 1 (peso non indicato)"));
  });
});

describe("missing and not computable values", () => {
  const items = [
    { id: "1.6", label: "1.6", score: r16, weight: 4 },
    { id: "4.1", label: "4.1", score: null, weight: 8 },
    { id: "3.1", label: "3.1", score: notComputable("3.1: manca il valore del 2021"), weight: 8 },
  ];
  it("ARTI 4.1 without value is excluded and reported by default → 90,57%", () => {
    const result = weightedMean(items, options);
    expect(value(result)).toBe("90,57%");
    expect(result.kind === "computed" && result.excluded.map((e) => e.reason)).toEqual(["valore mancante", "manca il valore del 2021"]);
  });
  it("with 'count as 0': 4.1 counts 0, explicitly → 4 × 90,57 ÷ 12 = 30,19%; the not computable one stays excluded", () => {
    const result = weightedMean(items, { ...options, missingValues: "zero" });
    expect(value(result)).toBe("30,19%");
    expect(result.kind === "computed" && result.countedAsZero).toEqual([{ id: "4.1", label: "4.1", reason: "valore mancante, contato come 0 per regola del piano" }]);
    expect(result.kind === "computed" && result.explanation.text).toContain("contati come 0: 4.1");
  });
  it("weights adding up to zero → not computable", () => {
    expect(weightedMean([{ id: "a", label: "a", score: 50, weight: 0 }], options).kind).toBe("not-computable");
  });
  it("a negative weight is excluded with its reason", () => {
    const result = weightedMean([{ id: "a", label: "a", score: 50, weight: -2 }, { id: "b", label: "b", score: 70, weight: 1 }], options);
    expect(value(result)).toBe("70,00%");
  });
});

describe("status distribution and worst level", () => {
  // ARTI indicators' stated levels at 30/06/2021 (seed 004, "Valutazione sintetica", 18 indicators)
  const levels = [3, 3, 3, 3, 3, 3, 1, 5, 1, 3, 5, 3, 3, 3, 2, 3, 3, 3];
  it("ARTI: 13 of 18 indicators '3. secondo le aspettative' = 72,22%, 2 'in anticipo', 1 'da iniziare', 2 'in ritardo'", () => {
    const rows = statusDistribution(levels, ARTI_SCALE);
    expect(rows.map((r) => [r.label, r.count])).toEqual([
      ["1. in anticipo", 2],
      ["2. da iniziare - secondo le aspettative", 1],
      ["3. secondo le aspettative", 13],
      ["4. da iniziare - in ritardo", 0],
      ["5. in ritardo", 2],
    ]);
    expect(formatPercent(rows[2]!.share)).toBe("72,22%");
  });
  it("items without a level are counted as 'non valutabile': [3, null] → 50,00% each", () => {
    const rows = statusDistribution([3, null], ARTI_SCALE);
    expect(rows.at(-1)).toEqual({ level: null, label: "non valutabile", count: 1, share: 50 });
  });
  it("worst level: 1 and 3 → 3; 3 and 5 → 5; 2 and 3 → 3; none → null", () => {
    const severity = [1, 2, 3, 4, 5];
    expect(worstLevel([1, 3], severity)).toBe(3);
    expect(worstLevel([3, 5, null], severity)).toBe(5);
    expect(worstLevel([2, 3], severity)).toBe(3);
    expect(worstLevel([null], severity)).toBeNull();
  });
});

describe("node subtree", () => {
  it("collects a node and every node below it", () => {
    const node = (id: string, parentId: string | null) => ({ id, planId: "p", parentId, kind: "group" as const, code: null, title: id, structureId: null, position: 0, notes: null });
    const nodes = [node("a", null), node("b", "a"), node("c", "b"), node("d", null)];
    expect([...collectSubtree(nodes, "a")].sort()).toEqual(["a", "b", "c"]);
  });
});
