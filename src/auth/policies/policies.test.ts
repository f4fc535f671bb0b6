// can(user, action, resource), rule by rule: roles, organisation, structure scope (sub-structures included), drafts.
import { describe, expect, it } from "vitest";
import type { Role } from "../roles";
import { can, type PolicyUser } from "./index";

const ARTI = "arti-toscana";
const person = (role: Role, organisationId: string | null = ARTI, structureIds: string[] = []): PolicyUser => ({
  id: role,
  role,
  organisationId,
  structures: structureIds.map((structureId) => ({ organisationId: ARTI, structureId })),
});
const chain = (...ids: string[]) => ids.map((structureId) => ({ organisationId: ARTI, structureId }));
const plan = { type: "plan" as const, organisationId: ARTI };

describe("plans", () => {
  it("everyone of the organisation reads; nobody of another organisation does; an instance administrator does", () => {
    expect(["administrator", "planning_office", "structure_head", "evaluator", "reader"].map((r) => can(person(r as Role), "read", plan))).toEqual([true, true, true, true, true]);
    expect(can(person("planning_office", "afol-metropolitana"), "read", plan)).toBe(false);
    expect(can(person("administrator", null), "read", plan)).toBe(true);
    expect(can(null, "read", plan)).toBe(false);
  });

  it("approve, revise, publish, manage the monitoring: office and administrators only", () => {
    for (const action of ["approve", "revise", "publish", "manage-workflow", "delete"] as const) {
      expect([can(person("planning_office"), action, plan), can(person("administrator"), action, plan), can(person("evaluator"), action, plan), can(person("structure_head"), action, plan)]).toEqual([true, true, false, false]);
    }
  });

  it("the evaluation body's acts and individual scores: evaluators and administrators, not the office", () => {
    expect([can(person("evaluator"), "validate-scores", plan), can(person("planning_office"), "validate-scores", plan), can(person("administrator"), "evaluate", plan)]).toEqual([true, false, true]);
  });
});

describe("measurements and structure scope", () => {
  // a head of the Direzione answers for a Settore under it too
  const head = person("structure_head", ARTI, ["arti-toscana:direzione"]);
  const value = (structures: string[], isDraft: boolean) => ({ type: "measurement" as const, organisationId: ARTI, structureChain: chain(...structures), isDraft });

  it("a head writes the values of their structure and of its sub-structures, not of another structure", () => {
    expect(can(head, "write", value(["arti-toscana:direzione"], true))).toBe(true);
    expect(can(head, "write", value(["arti-toscana:settore-bilancio", "arti-toscana:direzione"], true))).toBe(true);
    expect(can(head, "write", value(["arti-toscana:rpct"], true))).toBe(false);
    expect(can(head, "write", value([], true))).toBe(false);
  });

  it("another structure's drafts are hidden from heads and readers, not from evaluators; validated values are for all", () => {
    const draft = value(["arti-toscana:rpct"], true);
    expect([can(head, "read", draft), can(person("reader"), "read", draft), can(person("evaluator"), "read", draft), can(person("planning_office"), "read", draft)]).toEqual([false, false, true, true]);
    const validated = value(["arti-toscana:rpct"], false);
    expect([can(head, "read", validated), can(person("reader"), "read", validated)]).toEqual([true, true]);
  });

  it("a head of the same-named structure of another organisation is not in scope", () => {
    const other = { ...head, structures: [{ organisationId: "regione-toscana", structureId: "arti-toscana:direzione" }] };
    expect(can(other, "write", value(["arti-toscana:direzione"], true))).toBe(false);
  });
});

describe("plan contents, workflow, accounts, audit", () => {
  const content = (collection: "steps" | "objectives", structures: string[]) => ({ type: "plan-content" as const, organisationId: ARTI, collection, structureChain: chain(...structures) });
  const head = person("structure_head", ARTI, ["arti-toscana:rpct"]);

  it("a head records progress of their own steps only; objectives are the office's", () => {
    expect(can(head, "record-progress", content("steps", ["arti-toscana:rpct"]))).toBe(true);
    expect(can(head, "record-progress", content("steps", ["arti-toscana:direzione"]))).toBe(false);
    expect(can(head, "record-progress", content("objectives", ["arti-toscana:rpct"]))).toBe(false);
    expect(can(head, "update", content("steps", ["arti-toscana:rpct"]))).toBe(false);
  });

  it("a head submits their own structure's monitoring; validation, return, close, reopen are the office's", () => {
    const own = { type: "workflow" as const, organisationId: ARTI, structureChain: chain("arti-toscana:rpct") };
    expect(["submit", "validate", "return", "close", "reopen"].map((a) => can(head, a as "submit", own))).toEqual([true, false, false, false, false]);
    expect(["submit", "validate", "return", "close", "reopen"].map((a) => can(person("planning_office"), a as "submit", own))).toEqual([true, true, true, true, true]);
  });

  it("accounts: administrators, of their organisation only when they have one", () => {
    expect(can(person("administrator", null), "manage", { type: "accounts", organisationId: ARTI })).toBe(true);
    expect(can(person("administrator"), "manage", { type: "accounts", organisationId: ARTI })).toBe(true);
    expect(can(person("administrator"), "manage", { type: "accounts", organisationId: null })).toBe(false);
    expect(can(person("planning_office"), "manage", { type: "accounts", organisationId: ARTI })).toBe(false);
  });

  it("the audit trail: office, evaluators and administrators; one person's activity: administrators", () => {
    const audit = { type: "audit" as const, organisationId: ARTI };
    expect(["administrator", "planning_office", "evaluator", "structure_head", "reader"].map((r) => can(person(r as Role), "read", audit))).toEqual([true, true, true, false, false]);
    expect([can(person("administrator"), "read-by-user", audit), can(person("planning_office"), "read-by-user", audit)]).toEqual([true, false]);
  });
});
