// The life of a plan: draft → approved (with the act and its date) → revised, when a new version replaces it.
// A revision copies the whole plan under a new id as a draft of the next version; the old one stays as it was
// approved, readable, and the two can be compared.
import { eq } from "drizzle-orm";
import type { Database } from "../db/connect";
import { loadPlanBundle, planExists, savePlanBundle, updatePlanHeader } from "../db/plan-store";
import { planVersions } from "../db/schema-auth";
import type { Access } from "../auth/authorize";
import { ConflictError } from "../auth/errors";
import { recordAudit } from "../audit/audit-log";
import { NotFoundError } from "../server/errors";
import type { PolicyUser } from "../auth/policies";
import { bundleForUser } from "./visibility";
import { copyBundleAsVersion, diffPlans, nextVersionId, type PlanDiff } from "./plan-diff";

async function requireBundle(db: Database, planId: string) {
  const bundle = await loadPlanBundle(db, planId);
  if (!bundle) throw new NotFoundError(`Piano "${planId}" non trovato`);
  return bundle;
}

export async function approvePlan(
  db: Database,
  access: Access,
  planId: string,
  approval: { approvalAct: string; approvalDate: string },
) {
  return db.transaction(async (tx) => {
    const bundle = await requireBundle(tx, planId);
    if (bundle.plan.state !== "draft") {
      throw new ConflictError(`Il piano «${planId}» non è in bozza (stato: ${bundle.plan.state}): solo una bozza può essere approvata`);
    }
    const { id: _id, ...header } = bundle.plan;
    const approved = await updatePlanHeader(tx, planId, { ...header, state: "approved", ...approval });
    await recordAudit(tx, access.actor, {
      action: "approve",
      itemType: "plan",
      itemId: planId,
      organisationId: bundle.plan.organisationId,
      planId,
      before: bundle.plan,
      after: approved,
      note: `${approval.approvalAct} del ${approval.approvalDate}`,
    });
    return approved!;
  });
}

/** A new draft version of an approved plan; the approved one becomes "revised". Returns the new plan's id. */
export async function revisePlan(db: Database, access: Access, planId: string, options: { newPlanId?: string | null } = {}) {
  const bundle = await requireBundle(db, planId);
  if (bundle.plan.state !== "approved") {
    throw new ConflictError(`Il piano «${planId}» non è approvato (stato: ${bundle.plan.state}): si revisiona un piano approvato`);
  }
  const version = bundle.plan.version + 1;
  const newPlanId = options.newPlanId ?? nextVersionId(planId, version);
  if (await planExists(db, newPlanId)) throw new ConflictError(`Esiste già un piano con id «${newPlanId}»`);
  const copy = copyBundleAsVersion(bundle, newPlanId, version);
  await db.transaction(async (tx) => {
    await savePlanBundle(tx, copy);
    const { id: _id, ...header } = bundle.plan;
    await updatePlanHeader(tx, planId, { ...header, state: "revised" });
    await tx.insert(planVersions).values({
      organisationId: bundle.plan.organisationId,
      planId: newPlanId,
      previousPlanId: planId,
      createdBy: access.actor.label,
    });
    await recordAudit(tx, access.actor, {
      action: "revise",
      itemType: "plan",
      itemId: newPlanId,
      organisationId: bundle.plan.organisationId,
      planId: newPlanId,
      after: { planId: newPlanId, version, previousPlanId: planId },
      note: `nuova versione ${version} di «${planId}»`,
    });
    await recordAudit(tx, access.actor, {
      action: "update",
      itemType: "plan",
      itemId: planId,
      organisationId: bundle.plan.organisationId,
      planId,
      before: { state: bundle.plan.state },
      after: { state: "revised", replacedBy: newPlanId },
    });
  });
  return { id: newPlanId, version };
}

export interface PlanVersion {
  planId: string;
  version: number;
  state: string;
  approvalAct: string | null;
  approvalDate: string | null;
  createdAt: string | null;
  createdBy: string | null;
}

/** Every version of the plan's lineage, oldest first. */
export async function findPlanVersions(db: Database, planId: string): Promise<PlanVersion[]> {
  if (!(await planExists(db, planId))) throw new NotFoundError(`Piano "${planId}" non trovato`);
  const links = await db.select().from(planVersions);
  const previousOf = new Map(links.map((l) => [l.planId, l]));
  const nextOf = new Map(links.map((l) => [l.previousPlanId, l.planId]));
  let first = planId;
  const seen = new Set<string>([first]);
  while (previousOf.has(first) && !seen.has(previousOf.get(first)!.previousPlanId)) {
    first = previousOf.get(first)!.previousPlanId;
    seen.add(first);
  }
  const chain: string[] = [first];
  while (nextOf.has(chain.at(-1)!) && !chain.includes(nextOf.get(chain.at(-1)!)!)) chain.push(nextOf.get(chain.at(-1)!)!);
  const result: PlanVersion[] = [];
  for (const id of chain) {
    const bundle = await loadPlanBundle(db, id);
    if (!bundle) continue;
    const link = previousOf.get(id);
    result.push({
      planId: id,
      version: bundle.plan.version,
      state: bundle.plan.state,
      approvalAct: bundle.plan.approvalAct,
      approvalDate: bundle.plan.approvalDate,
      createdAt: link?.createdAt.toISOString() ?? null,
      createdBy: link?.createdBy ?? null,
    });
  }
  return result;
}

/** The previous version of a plan, or null. */
export async function previousVersionOf(db: Database, planId: string): Promise<string | null> {
  const [link] = await db.select().from(planVersions).where(eq(planVersions.planId, planId));
  return link?.previousPlanId ?? null;
}

/** The differences between two plans, as the person may see them (no drafts of other structures). */
export async function diffPlanVersions(db: Database, user: PolicyUser, fromPlanId: string, toPlanId: string): Promise<PlanDiff> {
  const from = await bundleForUser(db, user, await requireBundle(db, fromPlanId));
  const to = await bundleForUser(db, user, await requireBundle(db, toPlanId));
  return diffPlans(from, to);
}
