// The screens' workflow rules are the server's: same transitions, same "may values change", same red values.
import { describe, expect, it } from "vitest";
import { canEditValues, TRANSITIONS, WorkflowState } from "../../../../src/workflow/monitoring-states";
import { valuesNeedingNote } from "../../../../src/workflow/red-values";
import { evaluatePlan } from "@domain/evaluation/evaluate-plan";
import type { Account } from "../../api/session";
import { computePlanFigures } from "../../model/plan-figures";
import { seedBundle } from "../../model/seed-bundles";
import { redValuesWithoutNote } from "./red-values";
import { diffValues } from "./value-diff";
import { availableTransitions, TRANSITION_FROM, valuesEditable } from "./workflow-rights";

const account = (role: Account["role"], structures: string[] = [], organisationId: string | null = "arti-toscana"): Account => ({
  id: role,
  email: `${role}@ente.it`,
  displayName: role,
  role,
  organisationId,
  structures: structures.map((structureId) => ({ organisationId: "arti-toscana", structureId })),
  mustChangePassword: false,
  demo: false,
  hasPassword: true,
  federated: false,
});

describe("workflow rules on the screens", () => {
  it("start from the same states as the server's transitions, and allow changes in the same states", () => {
    for (const [transition, rule] of Object.entries(TRANSITIONS)) expect(TRANSITION_FROM[transition as keyof typeof TRANSITION_FROM]).toEqual(rule.from);
    for (const state of WorkflowState.options) {
      expect(valuesEditable(state, true)).toBe(canEditValues(state, true));
      expect(valuesEditable(state, false)).toBe(canEditValues(state, false));
    }
  });

  it("ARTI: the head of Direzione submits Direzione only; the office validates, returns, closes, reopens; the evaluator validates or returns only; the reader acts on nothing", () => {
    const arti = seedBundle("arti");
    const head = account("structure_head", ["arti-toscana:direzione"]);
    expect(availableTransitions(head, arti, "arti-toscana:direzione", "open")).toEqual(["submit"]);
    expect(availableTransitions(head, arti, "arti-toscana:rpct", "open")).toEqual([]);
    expect(availableTransitions(head, arti, "arti-toscana:direzione", "submitted")).toEqual([]);
    const office = account("planning_office");
    expect(availableTransitions(office, arti, "arti-toscana:direzione", "submitted")).toEqual(["validate", "return"]);
    expect(availableTransitions(office, arti, "arti-toscana:direzione", "validated")).toEqual(["return", "close"]);
    expect(availableTransitions(office, arti, "arti-toscana:direzione", "closed")).toEqual(["reopen"]);
    expect(availableTransitions(account("planning_office", [], "afol-metropolitana"), arti, "arti-toscana:direzione", "submitted")).toEqual([]);
    const evaluator = account("evaluator");
    expect(availableTransitions(evaluator, arti, "arti-toscana:direzione", "submitted")).toEqual(["validate", "return"]);
    expect(availableTransitions(evaluator, arti, "arti-toscana:direzione", "validated")).toEqual(["return"]);
    expect(availableTransitions(evaluator, arti, "arti-toscana:direzione", "closed")).toEqual([]);
    expect(availableTransitions(account("reader"), arti, "arti-toscana:direzione", "submitted")).toEqual([]);
  });

  it("ARTI 1.6 at 50 / 106 = 47,17% without a note is the one red value to explain, as the server says", () => {
    const arti = seedBundle("arti");
    const m = arti.measurements.find((x) => x.indicatorId === "arti-2021:obj-1.6:ind-1")!;
    Object.assign(m, { numerator: 50, value: (50 * 100) / 106, note: null, origin: "manual" });
    const ours = redValuesWithoutNote(arti, computePlanFigures(arti, "arti-2021:30-06-2021"));
    expect(ours).toEqual([{ indicatorId: "arti-2021:obj-1.6:ind-1", code: "1.6.1", key: "arti-toscana:direzione" }]);
    const server = valuesNeedingNote(arti, arti.measurements, evaluatePlan(arti, { periodId: "arti-2021:30-06-2021" }));
    expect(server.map((s) => s.indicatorId)).toEqual(ours.map((o) => o.indicatorId));
    m.note = "Ritardo nelle istruttorie";
    expect(redValuesWithoutNote(arti, computePlanFigures(arti, "arti-2021:30-06-2021"))).toEqual([]);
  });

  it("a change reads field by field in Italian formats: 96 → 50, a note added; stamps are not shown", () => {
    expect(
      diffValues(
        { numerator: 96, denominator: 106, note: null, updatedAt: "2024-01-01T00:00:00Z" },
        { numerator: 50, denominator: 106, note: "Dato rettificato", updatedAt: "2024-02-01T00:00:00Z" },
      ),
    ).toEqual([
      { field: "numerator", before: "96", after: "50" },
      { field: "note", before: null, after: "Dato rettificato" },
    ]);
    expect(diffValues({ state: "submitted", version: 2 }, { state: "validated", version: 3 })).toEqual([
      { field: "state", before: "submitted", after: "validated" },
      { field: "version", before: "2", after: "3" },
    ]);
    expect(diffValues(null, { value: 37787.5 })).toEqual([{ field: "value", before: null, after: "37.787,5" }]);
  });
});
