// The main navigation for a person: what their role lets them do, decided by the server's policies, so that
// nobody is offered a screen that would only answer "not allowed" (the API still checks every request).
import { accountsPolicy, auditPolicy } from "@policies/administration";
import { isManager, type PolicyUser } from "@policies/user";
import type { Account } from "../api/session";
import { links } from "../app/routes";

export interface NavItem {
  to: string;
  /** i18n key of the label. */
  label: string;
  /** active only on this exact address. */
  end: boolean;
}

function policyUser(account: Account): PolicyUser {
  return { id: account.id, role: account.role, organisationId: account.organisationId, structures: account.structures };
}

export function navItemsFor(account: Account, planId: string | undefined): NavItem[] {
  const user = policyUser(account);
  const manager = isManager(user, account.organisationId);
  const items: NavItem[] = [{ to: links.plans(), label: "nav.plans", end: true }];
  if (planId) {
    items.push(
      { to: links.planTree(planId), label: "nav.tree", end: true },
      { to: links.monitoring(planId), label: "nav.monitoring", end: false },
      { to: links.dashboard(planId), label: "nav.dashboard", end: false },
      { to: links.evaluation(planId), label: "nav.evaluation", end: false },
      { to: links.serviceData(planId), label: "serviceData.title", end: false },
    );
    // readers have nothing to approve; heads submit, the office validates and closes, evaluators follow it
    if (account.role !== "reader") items.push({ to: links.workflow(planId), label: "nav.workflow", end: false });
    // publishing is the office's act; the evaluation body attests the transparency obligations
    if (manager || account.role === "evaluator") items.push({ to: links.publishing(planId), label: "nav.publishing", end: false });
  }
  if (manager) items.push({ to: links.import(), label: "nav.import", end: true });
  if (auditPolicy.read(user, { type: "audit", organisationId: account.organisationId })) {
    items.push({ to: links.audit(), label: "accountNav.audit", end: true });
  }
  if (accountsPolicy.manage(user, { type: "accounts", organisationId: account.organisationId })) {
    items.push({ to: links.users(), label: "accountNav.users", end: true });
  }
  return items;
}
