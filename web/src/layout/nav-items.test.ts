// The main navigation by role: nobody is offered a screen the server would refuse.
import { describe, expect, it } from "vitest";
import type { Account } from "../api/session";
import { navItemsFor } from "./nav-items";

const account = (role: Account["role"]): Account => ({
  id: role, email: `${role}@ente.it`, displayName: role, role, organisationId: "arti-toscana",
  structures: role === "structure_head" ? [{ organisationId: "arti-toscana", structureId: "arti-toscana:direzione" }] : [],
  mustChangePassword: false, demo: false, hasPassword: true, federated: false,
});
const labels = (role: Account["role"], planId?: string) => navItemsFor(account(role), planId).map((i) => i.label.replace(/^(nav|accountNav)\./, "").replace("serviceData.title", "serviceData"));

describe("navigation by role", () => {
  it("on a plan: the office gets everything but users; the administrator users too", () => {
    expect(labels("planning_office", "arti-2021")).toEqual(["plans", "tree", "monitoring", "dashboard", "evaluation", "serviceData", "workflow", "publishing", "import", "audit"]);
    expect(labels("administrator", "arti-2021")).toEqual(["plans", "tree", "monitoring", "dashboard", "evaluation", "serviceData", "workflow", "publishing", "import", "audit", "users"]);
  });

  it("a head of structure approves but neither imports, publishes nor reads the trail; a reader only reads; the evaluator reads the trail", () => {
    expect(labels("structure_head", "arti-2021")).toEqual(["plans", "tree", "monitoring", "dashboard", "evaluation", "serviceData", "workflow"]);
    expect(labels("reader", "arti-2021")).toEqual(["plans", "tree", "monitoring", "dashboard", "evaluation", "serviceData"]);
    expect(labels("evaluator", "arti-2021")).toEqual(["plans", "tree", "monitoring", "dashboard", "evaluation", "serviceData", "workflow", "publishing", "audit"]);
    expect(labels("reader")).toEqual(["plans"]);
  });
});
