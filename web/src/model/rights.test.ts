import { describe, expect, it } from "vitest";
import type { Account } from "../api/session";
import { canImportPlans, canWriteMeasurements, structureChain } from "./rights";
import { seedBundle } from "./seed-bundles";

const person = (role: Account["role"], organisationId: string | null, structures: Account["structures"] = []): Account => ({
  id: "x",
  email: "x@example.it",
  displayName: "X",
  role,
  organisationId,
  structures,
  mustChangePassword: false,
  demo: false,
  hasPassword: true,
  federated: false,
});

describe("rights on the ARTI plan", () => {
  const arti = seedBundle("arti");

  it("the planning office of ARTI enters any value; the one of AFOL none", () => {
    expect(canWriteMeasurements(person("planning_office", "arti-toscana"), arti, "arti-toscana:direzione")).toBe(true);
    expect(canWriteMeasurements(person("planning_office", "afol-metropolitana"), arti, "arti-toscana:direzione")).toBe(false);
  });

  it("the head of the RPCT office enters the values of objective 4.4 (RPCT), not those of the Direzione", () => {
    const head = person("structure_head", "arti-toscana", [{ organisationId: "arti-toscana", structureId: "arti-toscana:rpct" }]);
    expect(canWriteMeasurements(head, arti, "arti-toscana:rpct")).toBe(true);
    expect(canWriteMeasurements(head, arti, "arti-toscana:direzione")).toBe(false);
  });

  it("readers and the evaluation body read only; importing is for administrators and the planning office", () => {
    expect(canWriteMeasurements(person("reader", "arti-toscana"), arti, "arti-toscana:direzione")).toBe(false);
    expect(canWriteMeasurements(person("evaluator", "arti-toscana"), arti, "arti-toscana:direzione")).toBe(false);
    expect(canImportPlans(person("administrator", null))).toBe(true);
    expect(canImportPlans(person("structure_head", "arti-toscana"))).toBe(false);
  });

  it("a structure's chain is the structure itself when it has no parent", () => {
    expect(structureChain(arti, "arti-toscana:rpct")).toEqual([{ organisationId: "arti-toscana", structureId: "arti-toscana:rpct" }]);
    expect(structureChain(arti, null)).toEqual([]);
  });
});
