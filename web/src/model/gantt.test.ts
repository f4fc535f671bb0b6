import { describe, expect, it } from "vitest";
import { formatPercent } from "../format/figures";
import { buildGantt } from "./gantt";
import { seedBundle } from "./seed-bundles";

describe("Gantt of the ARTI cronoprogrammi at 30/06/2021 (seed 004)", () => {
  const bundle = seedBundle("arti");
  const gantt = (code: string) => buildGantt(bundle.cronoprogrammi.find((c) => c.code === code)!, bundle.phases, "2021-06-30");

  it("ARTI 2: phase 1 (15%) ended 31/03/21 within its 30/04 plan; progress 15,00%, due 31/12/2021", () => {
    const view = gantt("ARTI 2");
    expect(view.rows.map((r) => [r.number, r.weight, r.state])).toEqual([
      [1, 15, "done-on-time"],
      [2, 20, "in-progress"],
      [3, 20, "in-progress"],
      [4, 45, "not-started"],
    ]);
    expect(formatPercent(view.progress!)).toBe("15,00%");
    expect(view.range).toEqual({ from: "2021-01-01", to: "2021-12-31" });
  });

  it("ARTI 6: phase 1 (50%) ended 02/03/2021 → 50,00%, as the monitoring states for objective 1.7", () => {
    const view = gantt("ARTI 6");
    expect(formatPercent(view.progress!)).toBe("50,00%");
    expect(view.rows[0]!.state).toBe("done-on-time");
  });

  it("ARTI 7: phase 1 (45%) planned by 30/04/2021 and not done is overdue at 30/06; 45,00% expected, 0,00% done", () => {
    const view = gantt("ARTI 7");
    expect(view.rows[0]!.state).toBe("overdue");
    expect(formatPercent(view.expected!)).toBe("45,00%");
    expect(formatPercent(view.progress!)).toBe("0,00%");
  });
});
