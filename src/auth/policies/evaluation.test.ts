// The evaluation body's acts: everyone of the organisation reads them; only evaluators and administrators make them.
import { describe, expect, it } from "vitest";
import type { Role } from "../roles";
import { can } from "./index";

const resource = { type: "evaluation" as const, organisationId: "arti-toscana" };
const person = (role: Role, organisationId: string | null = "arti-toscana") => ({ id: role, role, organisationId, structures: [] });
const ROLES: Role[] = ["administrator", "planning_office", "structure_head", "evaluator", "reader"];

describe("evaluation policy", () => {
  it("status overrides and scoring rules: evaluators and administrators, not the office, heads or readers", () => {
    for (const action of ["override-status", "set-scoring-rules"] as const) {
      expect(ROLES.map((r) => can(person(r), action, resource))).toEqual([true, false, false, true, false]);
    }
  });
  it("everyone of the organisation reads them; an evaluator of another organisation neither reads nor overrides", () => {
    expect(ROLES.map((r) => can(person(r), "read", resource))).toEqual([true, true, true, true, true]);
    expect([can(person("evaluator", "afol-metropolitana"), "read", resource), can(person("evaluator", "afol-metropolitana"), "override-status", resource)]).toEqual([false, false]);
    expect(can(person("evaluator", null), "override-status", resource)).toBe(true);
  });
});
