// Who may open the plan editor: those the policies let update plan contents (the office, administrators), and
// only on a plan that is not superseded by a newer version. On an approved plan they also need the right to
// revise it, since every change there makes a new version.
import type { PlanBundle } from "@domain/model";
import { planContentPolicy, planPolicy } from "@policies/plans";
import type { Account } from "../../api/session";

export type EditorAccess = "edit" | "edit-as-new-version" | "superseded" | "read-only";

export function editorAccess(account: Account | null, bundle: PlanBundle): EditorAccess {
  if (!account) return "read-only";
  const user = { id: account.id, role: account.role, organisationId: account.organisationId, structures: account.structures };
  const organisationId = bundle.organisation.id;
  const mayEdit = planContentPolicy.update(user, { type: "plan-content", organisationId, collection: "objectives", structureChain: [] });
  if (!mayEdit) return "read-only";
  if (bundle.plan.state === "revised") return "superseded";
  if (bundle.plan.state === "approved") return planPolicy.revise(user, { type: "plan", organisationId }) ? "edit-as-new-version" : "read-only";
  return "edit";
}

/** Whether to show the "Modifica" entry points. */
export function canOpenEditor(account: Account | null, bundle: PlanBundle): boolean {
  const access = editorAccess(account, bundle);
  return access === "edit" || access === "edit-as-new-version";
}
