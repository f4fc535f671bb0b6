// What the signed-in person may do on the evaluation screens, by the server's own policy
// (src/auth/policies/evaluation.ts): the UI hides the override form from those the API would refuse.
import type { PlanBundle } from "@domain/model";
import { evaluationPolicy } from "@policies/evaluation";
import type { Account } from "../../api/session";

export function canOverrideStatus(account: Account | null, bundle: PlanBundle): boolean {
  if (!account) return false;
  const user = { id: account.id, role: account.role, organisationId: account.organisationId, structures: account.structures };
  return evaluationPolicy["override-status"](user, { type: "evaluation", organisationId: bundle.organisation.id });
}
