// Which workflow buttons a person sees, decided by the server's own policy (src/auth/policies/workflow.ts), and
// whether the values of a structure can still change in its state. The API checks every request anyway.
import type { PlanBundle } from "@domain/model";
import { workflowPolicy, type WorkflowAction } from "@policies/workflow";
import { isManager, type PolicyUser } from "@policies/user";
import type { Account } from "../../api/session";
import { structureChain } from "../../model/rights";
import { PLAN_WIDE_SCOPE, type Transition, type WorkflowState } from "./workflow-api";

function policyUser(account: Account): PolicyUser {
  return { id: account.id, role: account.role, organisationId: account.organisationId, structures: account.structures };
}

export function canWorkflow(account: Account | null, bundle: PlanBundle, structureId: string, action: WorkflowAction): boolean {
  if (!account) return false;
  return workflowPolicy[action](policyUser(account), {
    type: "workflow",
    organisationId: bundle.organisation.id,
    structureChain: structureId === PLAN_WIDE_SCOPE ? [] : structureChain(bundle, structureId),
  });
}

/** The states each transition starts from: the same table as src/workflow/monitoring-states.ts (a test compares them). */
export const TRANSITION_FROM: Record<Transition, readonly WorkflowState[]> = {
  submit: ["open", "draft", "returned"],
  validate: ["submitted"],
  return: ["submitted", "validated"],
  close: ["validated"],
  reopen: ["closed"],
};

/** Transitions this person may make now on a structure, in the order they are offered. */
export function availableTransitions(account: Account | null, bundle: PlanBundle, structureId: string, state: WorkflowState): Transition[] {
  const order: Transition[] = ["submit", "validate", "return", "close", "reopen"];
  return order.filter((t) => TRANSITION_FROM[t].includes(state) && canWorkflow(account, bundle, structureId, t));
}

/**
 * Whether values may still change in this state: the office corrects until closing, a head until submitting and
 * after a return; nobody once closed (mirrors canEditValues of src/workflow/monitoring-states.ts, tested against it).
 */
export function valuesEditable(state: WorkflowState, byManager: boolean): boolean {
  if (state === "closed") return false;
  if (byManager) return true;
  return state === "open" || state === "draft" || state === "returned";
}

export function isManagerOf(account: Account | null, bundle: PlanBundle): boolean {
  return account !== null && isManager(policyUser(account), bundle.organisation.id);
}

/** The workflow key of a structure of the grid (null: the plan's own values). */
export function workflowKeyOf(structureId: string | null): string {
  return structureId ?? PLAN_WIDE_SCOPE;
}
