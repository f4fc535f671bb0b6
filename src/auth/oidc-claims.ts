// From an OpenID Connect identity to a Traguardo role: the claim named by TRAGUARDO_OIDC_ROLE_CLAIM (a string or a
// list, at a dotted path such as Keycloak's "realm_access.roles") is looked up in TRAGUARDO_OIDC_ROLE_MAP.
import { Role } from "./roles";

// when a person is in several mapped groups, the broadest role wins
const PRECEDENCE: Role[] = ["administrator", "planning_office", "evaluator", "structure_head", "reader"];

export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let value: unknown = claims;
  for (const part of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

export function roleFromClaims(
  claims: Record<string, unknown>,
  settings: { roleClaim: string; roleMap: Record<string, Role>; defaultRole: Role | null },
): Role | null {
  const raw = claimAt(claims, settings.roleClaim);
  const values = Array.isArray(raw) ? raw.filter((v): v is string => typeof v === "string") : typeof raw === "string" ? [raw] : [];
  const mapped = new Set(values.map((v) => settings.roleMap[v]).filter((r): r is Role => r !== undefined));
  return PRECEDENCE.find((role) => mapped.has(role)) ?? settings.defaultRole;
}

/** "gruppo-uffici=planning_office, oiv=evaluator" → { "gruppo-uffici": "planning_office", oiv: "evaluator" }. */
export function parseRoleMap(text: string): { map: Record<string, Role>; errors: string[] } {
  const map: Record<string, Role> = {};
  const errors: string[] = [];
  for (const pair of text.split(",").map((p) => p.trim()).filter(Boolean)) {
    const at = pair.lastIndexOf("=");
    const claimValue = at > 0 ? pair.slice(0, at).trim() : "";
    const role = Role.safeParse(at > 0 ? pair.slice(at + 1).trim() : "");
    if (!claimValue || !role.success) {
      errors.push(`«${pair}»: atteso valore=ruolo, con ruolo tra ${Role.options.join(", ")}`);
      continue;
    }
    map[claimValue] = role.data;
  }
  return { map, errors };
}
