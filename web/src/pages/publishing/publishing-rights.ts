// Who sees the publish action: the server's own plan policy (src/auth/policies/plans.ts, "publish"), so the
// button matches what the API accepts. The API checks every request anyway.
import type { PlanBundle } from "@domain/model";
import { planPolicy } from "@policies/plans";
import type { Account } from "../../api/session";

export function canPublish(account: Account | null | undefined, bundle: PlanBundle): boolean {
  if (!account) return false;
  const user = { id: account.id, role: account.role, organisationId: account.organisationId, structures: account.structures };
  return planPolicy.publish(user, { type: "plan", organisationId: bundle.organisation.id });
}
