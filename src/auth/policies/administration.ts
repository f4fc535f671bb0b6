// Accounts and the audit trail as a whole.
import { hasRole, inOrganisation, type PolicyUser } from "./user";

export interface AccountsResource {
  type: "accounts";
  /** the organisation of the accounts concerned; null: instance-wide accounts. */
  organisationId: string | null;
}

export type AccountsAction = "manage";

export const accountsPolicy: Record<AccountsAction, (user: PolicyUser, r: AccountsResource) => boolean> = {
  // an administrator of one organisation manages only its accounts; instance-wide accounts need an instance administrator
  manage: (u, r) => hasRole(u, "administrator") && (u.organisationId === null || u.organisationId === r.organisationId),
};

export interface AuditResource {
  type: "audit";
  /** the organisation whose events are read; null: events of every organisation. */
  organisationId: string | null;
}

export type AuditAction = "read" | "read-by-user";

export const auditPolicy: Record<AuditAction, (user: PolicyUser, r: AuditResource) => boolean> = {
  read: (u, r) => hasRole(u, "administrator", "planning_office", "evaluator") && inOrganisation(u, r.organisationId),
  // what one person did is personal data: the administrator's business
  "read-by-user": (u, r) => hasRole(u, "administrator") && inOrganisation(u, r.organisationId),
};
