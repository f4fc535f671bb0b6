// Changes to whole plans (create, import over an existing one, header, delete) with their audit record in the
// same transaction, and the state rules: an approved or superseded plan is not replaced by an import, and values
// of a closed period are not overwritten.
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect";
import { deletePlan, loadPlanBundle, savePlanBundle, updatePlanHeader } from "../db/plan-store";
import { monitoringWorkflows } from "../db/schema-auth";
import type { Plan, PlanBundle, PlanBundleInput } from "../domain/model";
import { recordAudit, type Actor } from "../audit/audit-log";
import { ConflictError } from "../auth/errors";

/** Why an existing plan may not be replaced by a whole new content (import), or null. */
export async function replacementProblem(db: Database, planId: string): Promise<string | null> {
  const existing = await loadPlanBundle(db, planId);
  if (!existing) return null;
  if (existing.plan.state !== "draft") {
    return `il piano «${planId}» è ${existing.plan.state === "approved" ? "approvato" : "sostituito da una versione successiva"}: per cambiarlo creare una nuova versione`;
  }
  const [closed] = await db
    .select({ periodId: monitoringWorkflows.periodId })
    .from(monitoringWorkflows)
    .where(and(eq(monitoringWorkflows.planId, planId), eq(monitoringWorkflows.state, "closed")))
    .limit(1);
  if (closed) return `il piano «${planId}» ha periodi di monitoraggio chiusi (${closed.periodId}): i loro valori non possono essere sostituiti`;
  return null;
}

/** Writes a whole plan (new or replacing a draft) and records it. `action`: "create" or "import". */
export async function savePlanAudited(db: Database, bundle: PlanBundleInput | PlanBundle, actor: Actor, action: "create" | "import"): Promise<string> {
  const planId = bundle.plan.id;
  const problem = await replacementProblem(db, planId);
  if (problem) throw new ConflictError(`Importazione rifiutata: ${problem}`);
  return db.transaction(async (tx) => {
    const before = await loadPlanBundle(tx, planId);
    await savePlanBundle(tx, bundle);
    const after = await loadPlanBundle(tx, planId);
    await recordAudit(tx, actor, {
      action: before ? "replace" : action,
      itemType: "plan",
      itemId: planId,
      organisationId: bundle.plan.organisationId,
      planId,
      before,
      after,
      note: action === "import" ? `importazione da ${after?.plan.sourceFile ?? "file"}` : null,
    });
    return planId;
  });
}

/** Changes the header. State moves only between draft and approved here; versions come from revisions. */
export async function updatePlanHeaderAudited(db: Database, planId: string, header: Omit<Plan, "id">, actor: Actor): Promise<Plan | null> {
  return db.transaction(async (tx) => {
    const before = await loadPlanBundle(tx, planId);
    if (!before) return null;
    if (before.plan.state === "revised") throw new ConflictError(`Il piano «${planId}» è stato sostituito da una versione successiva e non può più cambiare`);
    const updated = await updatePlanHeader(tx, planId, header);
    await recordAudit(tx, actor, {
      action: "update",
      itemType: "plan",
      itemId: planId,
      organisationId: before.plan.organisationId,
      planId,
      before: before.plan,
      after: updated,
    });
    return updated;
  });
}

/** Deletes a plan; its full content stays in the audit trail, so a deletion can be undone by hand. */
export async function deletePlanAudited(db: Database, planId: string, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const before = await loadPlanBundle(tx, planId);
    if (!before) return false;
    await deletePlan(tx, planId);
    await recordAudit(tx, actor, {
      action: "delete",
      itemType: "plan",
      itemId: planId,
      organisationId: before.plan.organisationId,
      planId,
      before,
    });
    return true;
  });
}
