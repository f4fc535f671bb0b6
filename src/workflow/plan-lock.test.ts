import { describe, expect, it } from "vitest";
import { changedFields, isProgressOnly, planLockProblem } from "./plan-lock";

const phase = { id: "p", cronoprogrammaId: "c", number: 1, description: "Avvio", weight: 20, actualEnd: null, monitoringNote: null };

describe("what an approved plan lets change", () => {
  it("a draft changes freely; an approved plan keeps objectives; values and periods go on", () => {
    expect(planLockProblem("draft", "objectives", { kind: "create" })).toBeNull();
    expect(planLockProblem("approved", "objectives", { kind: "delete" })).toBe("il piano è approvato: per cambiare obiettivi creare una nuova versione");
    expect(planLockProblem("approved", "measurements", { kind: "create" })).toBeNull();
    expect(planLockProblem("approved", "periods", { kind: "create" })).toBeNull();
  });

  it("a cronoprogramma phase of an approved plan: actual end and note change, the weight does not", () => {
    const done = { ...phase, actualEnd: "2021-03-31", monitoringNote: "conclusa" };
    expect(changedFields(phase, done)).toEqual(["actualEnd", "monitoringNote"]);
    expect(isProgressOnly("phases", phase, done)).toBe(true);
    expect(planLockProblem("approved", "phases", { kind: "update", before: phase, after: done })).toBeNull();
    expect(planLockProblem("approved", "phases", { kind: "update", before: phase, after: { ...done, weight: 30 } })).toBe(
      "il piano è approvato: per cambiare fasi di cronoprogramma creare una nuova versione (si possono aggiornare solo actualEnd, actualEndText, monitoringNote)",
    );
  });

  it("a plan replaced by a newer version changes no more, not even its values", () => {
    expect(planLockProblem("revised", "measurements", { kind: "create" })).toBe("il piano è stato sostituito da una versione successiva e non può più cambiare");
  });
});
