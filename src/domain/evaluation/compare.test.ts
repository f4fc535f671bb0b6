import { describe, expect, it } from "vitest";
import { rankFigures } from "./compare";

describe("competition ranking", () => {
  it("100, 80, 80, 50 → 1, 2, 2, 4; no figure → unranked, last", () => {
    const ranks = rankFigures([
      { assigneeId: "lo", label: "Lodi", figure: 50, reason: null },
      { assigneeId: "bg", label: "Bergamo", figure: 80, reason: null },
      { assigneeId: "co", label: "Como", figure: 80, reason: null },
      { assigneeId: "bs", label: "Brescia", figure: 100, reason: null },
      { assigneeId: "mn", label: "Mantova", figure: null, reason: "dato mancante" },
    ]);
    expect(ranks.map((r) => [r.label, r.rank])).toEqual([
      ["Brescia", 1],
      ["Bergamo", 2],
      ["Como", 2],
      ["Lodi", 4],
      ["Mantova", null],
    ]);
  });
  it("floating noise does not break a tie: 80 and 79,99999999999999 share the rank", () => {
    const ranks = rankFigures([
      { assigneeId: "a", label: "A", figure: 80, reason: null },
      { assigneeId: "b", label: "B", figure: 79.99999999999999, reason: null },
    ]);
    expect(ranks.map((r) => r.rank)).toEqual([1, 1]);
  });
});
