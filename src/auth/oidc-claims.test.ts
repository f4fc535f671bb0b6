import { describe, expect, it } from "vitest";
import { claimAt, parseRoleMap, roleFromClaims } from "./oidc-claims";

const settings = {
  roleClaim: "groups",
  roleMap: { "controllo-gestione": "planning_office", oiv: "evaluator", dirigenti: "structure_head" } as const,
  defaultRole: null,
};

describe("roles from OpenID Connect claims", () => {
  it("maps a group; with several, the broadest role wins (office over head)", () => {
    expect(roleFromClaims({ groups: ["dirigenti"] }, settings)).toBe("structure_head");
    expect(roleFromClaims({ groups: ["dirigenti", "controllo-gestione", "mensa"] }, settings)).toBe("planning_office");
  });

  it("reads a single string and a dotted path (Keycloak realm_access.roles)", () => {
    expect(roleFromClaims({ groups: "oiv" }, settings)).toBe("evaluator");
    expect(roleFromClaims({ realm_access: { roles: ["oiv"] } }, { ...settings, roleClaim: "realm_access.roles" })).toBe("evaluator");
    expect(claimAt({ "https://ente.it/ruoli": ["x"] }, "https://ente.it/ruoli")).toEqual(["x"]);
  });

  it("no mapped group: the default role, or null (refused) without one", () => {
    expect(roleFromClaims({ groups: ["mensa"] }, settings)).toBeNull();
    expect(roleFromClaims({}, { ...settings, defaultRole: "reader" })).toBe("reader");
  });

  it("parses TRAGUARDO_OIDC_ROLE_MAP and names the wrong pairs", () => {
    expect(parseRoleMap("controllo=planning_office, oiv = evaluator,")).toEqual({ map: { controllo: "planning_office", oiv: "evaluator" }, errors: [] });
    expect(parseRoleMap("capi=boss,=reader").errors).toEqual([
      "«capi=boss»: atteso valore=ruolo, con ruolo tra administrator, planning_office, structure_head, evaluator, reader",
      "«=reader»: atteso valore=ruolo, con ruolo tra administrator, planning_office, structure_head, evaluator, reader",
    ]);
  });
});
