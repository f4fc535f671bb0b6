// What awaits a person inside the application: values to enter before a period's cut-off (heads, and the office
// for values no structure owns), submissions to validate (office), values sent back (heads). Computed from the
// workflow's state each time, so it is never out of date. `today` is passed in (ISO date).
import type { Database } from "../db/connect";
import { findPlans, loadPlanBundle } from "../db/plan-store";
import { daysBetween } from "../domain/evaluation/result";
import { planPolicy } from "../auth/policies/plans";
import { inStructures, isManager, type PolicyUser } from "../auth/policies/user";
import { WORKFLOW_STATE_LABELS } from "../workflow/monitoring-states";
import { findWorkflows, stateOf } from "../workflow/monitoring-store";
import { workflowView } from "../workflow/monitoring-workflow";
import { ownershipFromBundle, structureChain, workflowKeys, PLAN_WIDE_SCOPE } from "../workflow/ownership";

export type InboxKind = "values-to-enter" | "submission-to-validate" | "values-returned";

export interface InboxItem {
  kind: InboxKind;
  planId: string;
  planTitle: string;
  periodId: string;
  periodLabel: string;
  cutoffDate: string;
  /** days from today to the cut-off; negative when it has passed. */
  daysToCutoff: number;
  structureId: string;
  structureName: string;
  message: string;
}

/** Whether the person answers for the values of a workflow key. */
function answersFor(user: PolicyUser, organisationId: string, chainOf: (key: string) => ReturnType<typeof structureChain>, key: string): boolean {
  if (user.role === "structure_head") return key !== PLAN_WIDE_SCOPE && inStructures(user, chainOf(key));
  // the office enters the values no structure owns
  return key === PLAN_WIDE_SCOPE && isManager(user, organisationId);
}

export async function inboxFor(db: Database, user: PolicyUser, today: string): Promise<InboxItem[]> {
  const items: InboxItem[] = [];
  const plans = await findPlans(db, user.organisationId ? { organisationId: user.organisationId } : {});
  for (const summary of plans) {
    if (summary.state === "revised") continue;
    const bundle = await loadPlanBundle(db, summary.id);
    if (!bundle) continue;
    const o = ownershipFromBundle(bundle);
    const rows = await findWorkflows(db, bundle.plan.id);
    const keys = workflowKeys(o);
    for (const period of bundle.periods) {
      const days = daysBetween(today, period.cutoffDate);
      for (const key of keys) {
        const row = rows.find((r) => r.periodId === period.id && r.structureId === key) ?? null;
        const state = stateOf(row);
        const view = workflowView(bundle, o, period.id, key, row);
        const base = {
          planId: bundle.plan.id,
          planTitle: bundle.plan.title,
          periodId: period.id,
          periodLabel: period.label,
          cutoffDate: period.cutoffDate,
          daysToCutoff: days,
          structureId: key,
          structureName: view.structureName,
        };
        const own = answersFor(user, o.organisationId, (k) => structureChain(o, k), key);
        // an upcoming period, or one the office has explicitly opened (a row exists), still waits for values;
        // past periods imported with their values do not
        if (own && (state === "open" || state === "draft") && (days >= 0 || row !== null)) {
          items.push({
            ...base,
            kind: "values-to-enter",
            message: `${view.structureName}: ${view.missing} valori da inserire e inviare entro il ${period.cutoffDate.split("-").reverse().join("/")} (${WORKFLOW_STATE_LABELS[state]})`,
          });
        }
        if (own && state === "returned") {
          items.push({ ...base, kind: "values-returned", message: `${view.structureName}: valori rinviati — ${row?.returnReason ?? ""}` });
        }
        if (state === "submitted" && planPolicy["validate-workflow"](user, { type: "plan", organisationId: o.organisationId })) {
          items.push({ ...base, kind: "submission-to-validate", message: `${view.structureName}: valori inviati da ${row?.submittedBy ?? "?"}, da validare` });
        }
      }
    }
  }
  return items.sort((a, b) => a.cutoffDate.localeCompare(b.cutoffDate) || a.planId.localeCompare(b.planId) || a.structureName.localeCompare(b.structureName));
}
