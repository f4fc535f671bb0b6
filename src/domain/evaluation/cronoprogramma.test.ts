import { describe, expect, it } from "vitest";
import { computeCronoprogrammaProgress, computeExpectedPhaseProgress } from "./cronoprogramma";
import { ARTI_CRONO_2, ARTI_CRONO_6, ARTI_CRONO_7, ARTI_CRONO_8, phase } from "./test-factories";

const cutoff = "2021-06-30";

describe("progress of a cronoprogramma at the cut-off (weights of phases done by then)", () => {
  it("ARTI cronoprogramma 6 at 30/06/2021 = 50% (phase 1 done 02/03/2021, weight 50)", () => {
    const progress = computeCronoprogrammaProgress(ARTI_CRONO_6, cutoff, { label: "cronoprogramma ARTI 6" });
    expect(progress).toMatchObject({ kind: "computed", value: 50 });
    expect(progress.kind === "computed" && progress.text).toBe(
      "cronoprogramma ARTI 6 al 30/06/2021: 50,00% (fase 1 conclusa il 02/03/2021 (peso 50,00%))",
    );
  });
  it("ARTI cronoprogramma 8 at 30/06/2021 = 5% (phase 2 done 03/03/2021, weight 5)", () => {
    expect(computeCronoprogrammaProgress(ARTI_CRONO_8, cutoff)).toMatchObject({ value: 5 });
  });
  it("ARTI cronoprogramma 2 at 30/06/2021 = 15% (phase 1 done 31/03/21, weight 15)", () => {
    expect(computeCronoprogrammaProgress(ARTI_CRONO_2, cutoff)).toMatchObject({ value: 15 });
  });
  it("ARTI cronoprogramma 7 at 30/06/2021 = 0% (phase 1 not started)", () => {
    const progress = computeCronoprogrammaProgress(ARTI_CRONO_7, cutoff);
    expect(progress).toMatchObject({ value: 0 });
    expect(progress.kind === "computed" && progress.text).toContain("nessuna fase conclusa");
  });
  it("a phase done after the cut-off does not count: cronoprogramma 6 at 01/03/2021 = 0%", () => {
    expect(computeCronoprogrammaProgress(ARTI_CRONO_6, "2021-03-01")).toMatchObject({ value: 0 });
  });
  it("partial credit: cronoprogramma 2 with phase 2 (weight 20) half done → 15 + 10 = 25%", () => {
    expect(computeCronoprogrammaProgress(ARTI_CRONO_2, cutoff, { partialCredit: { "crono-2-f2": 50 } })).toMatchObject({ value: 25 });
  });
  it("weights summing to 80 are normalised: 40 done of 80 = 50%, and the phase without weight is reported", () => {
    const phases = [phase("c", 1, 40, null, null, "2021-01-10"), phase("c", 2, 40, null, null), phase("c", 3, null, null, null)];
    const progress = computeCronoprogrammaProgress(phases, cutoff);
    expect(progress).toMatchObject({ value: 50, totalWeight: 80, phasesWithoutWeight: [3] });
  });
  it("no phases, or no weights → not computable", () => {
    expect(computeCronoprogrammaProgress([], cutoff).kind).toBe("not-computable");
    expect(computeCronoprogrammaProgress([phase("c", 1, null, null, null)], cutoff).kind).toBe("not-computable");
  });
});

describe("expected progress (weights of phases planned to end by the cut-off)", () => {
  it("ARTI cronoprogramma 6: phase 1 planned to end 30/06/2021 → 50% expected", () => {
    expect(computeExpectedPhaseProgress(ARTI_CRONO_6, cutoff)).toMatchObject({ value: 50, duePhases: [1], hasStarted: true });
  });
  it("ARTI cronoprogramma 8: phase 2 planned to end 31/03/2021 → 5% expected", () => {
    expect(computeExpectedPhaseProgress(ARTI_CRONO_8, cutoff)).toMatchObject({ value: 5, duePhases: [2] });
  });
  it("ARTI cronoprogramma 7: phase 1 planned to end 30/04/2021 → 45% expected", () => {
    expect(computeExpectedPhaseProgress(ARTI_CRONO_7, cutoff)).toMatchObject({ value: 45 });
  });
  it("before any phase starts: nothing expected, not started", () => {
    expect(computeExpectedPhaseProgress(ARTI_CRONO_7, "2020-12-31")).toMatchObject({ value: 0, hasStarted: false });
  });
});
