// Who may bind indicators to service data, recompute and review: the server's plan policy ("update": the
// planning office and administrators of the organisation). The UI hides these controls from everybody else.
import type { PlanBundle } from "@domain/model";
import { planPolicy } from "@policies/plans";
import type { Account } from "../../api/session";

export function canManageServiceData(account: Account | null | undefined, bundle: PlanBundle): boolean {
  if (!account) return false;
  const user = { id: account.id, role: account.role, organisationId: account.organisationId, structures: account.structures };
  return planPolicy.update(user, { type: "plan", organisationId: bundle.organisation.id });
}
