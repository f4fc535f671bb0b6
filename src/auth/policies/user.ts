// The signed-in person as the policies see it, and the checks every policy is made of.
import type { StructureScope } from "../accounts";
import type { Role } from "../roles";

export interface PolicyUser {
  id: string;
  role: Role;
  /** null: every organisation (an instance administrator). */
  organisationId: string | null;
  /** the structures a head of structure answers for; their sub-structures are in scope too. */
  structures: StructureScope[];
}

export function hasRole(user: PolicyUser, ...roles: Role[]): boolean {
  return roles.includes(user.role);
}

export function inOrganisation(user: PolicyUser, organisationId: string | null): boolean {
  return user.organisationId === null || user.organisationId === organisationId;
}

/**
 * True when one of the user's structures is on the chain of the resource's structure (the structure itself
 * and its ancestors): a head of a Divisione is in scope for its Servizi too.
 */
export function inStructures(user: PolicyUser, structureChain: readonly StructureScope[]): boolean {
  return structureChain.some((link) =>
    user.structures.some((s) => s.organisationId === link.organisationId && s.structureId === link.structureId),
  );
}

/** Administrator or planning and control office of the organisation. */
export function isManager(user: PolicyUser, organisationId: string | null): boolean {
  return hasRole(user, "administrator", "planning_office") && inOrganisation(user, organisationId);
}
