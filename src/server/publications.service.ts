// Publishing a plan in "Amministrazione trasparente": the frozen copy and its audit record are written in one
// transaction, so a publication never exists without the trace of who made it. Listing a plan's publications
// for its office adds the publisher's name (the public listing shows no names).
import { inArray } from "drizzle-orm";
import { recordAudit, type Actor } from "../audit/audit-log";
import type { PolicyUser } from "../auth/policies";
import type { Database } from "../db/connect";
import { loadEvaluationSettings } from "../db/evaluation-settings";
import { loadPlanBundle } from "../db/plan-store";
import { createPublication, findPublications, type PublicationSummary } from "../db/publications";
import { accounts } from "../db/schema-auth";
import { evaluateForReport, ReportRequestError } from "../io/reports/render-report";
import { bundleForUser } from "../workflow/visibility";
import { InvalidRequestError, NotFoundError } from "./errors";

export interface PublishRequest {
  planId: string;
  periodId?: string;
  /** stored as the publisher: the account id, "cli" or "sistema". */
  publishedBy: string;
}

/** Freezes the plan as the person may see it, with its evaluation for the period, and records it. */
export async function publishPlan(db: Database, user: PolicyUser, actor: Actor, request: PublishRequest): Promise<PublicationSummary> {
  const stored = await loadPlanBundle(db, request.planId);
  if (!stored) throw new NotFoundError(`Piano "${request.planId}" non trovato`);
  const bundle = await bundleForUser(db, user, stored);
  let evaluation;
  try {
    evaluation = evaluateForReport(bundle, request.periodId, await loadEvaluationSettings(db, bundle.plan.id));
  } catch (error) {
    if (error instanceof ReportRequestError) throw new InvalidRequestError(error.message, [{ path: "body.periodId", message: error.message }]);
    throw error;
  }
  const title = evaluation ? `${bundle.plan.title} — ${evaluation.periodLabel}` : bundle.plan.title;
  return db.transaction(async (tx) => {
    const created = await createPublication(tx, { bundle, evaluation, publishedBy: request.publishedBy, title });
    // the frozen copy itself is in the publications table; the trail keeps what identifies it
    await recordAudit(tx, actor, {
      action: "publish",
      itemType: "publication",
      itemId: created.id,
      organisationId: created.organisationId,
      planId: created.planId,
      periodId: created.periodId,
      after: { id: created.id, title: created.title, periodId: created.periodId, publishedAt: created.publishedAt, planScore: created.planScore },
      note: `pubblicato in Amministrazione trasparente: ${created.title}`,
    });
    return created;
  });
}

export interface PlanPublication extends PublicationSummary {
  /** the publisher's display name; "riga di comando" or "sistema" when no account published it. */
  publishedByName: string;
}

const NON_ACCOUNT_PUBLISHERS: Record<string, string> = { cli: "riga di comando", sistema: "sistema" };

/** The plan's publications, newest first, with who published each. */
export async function findPlanPublications(db: Database, planId: string): Promise<PlanPublication[]> {
  const list = await findPublications(db, { planId });
  const ids = [...new Set(list.map((p) => p.publishedBy))].filter((id) => !(id in NON_ACCOUNT_PUBLISHERS));
  const names = new Map<string, string>();
  if (ids.length > 0) {
    const rows = await db.select({ id: accounts.id, displayName: accounts.displayName }).from(accounts).where(inArray(accounts.id, ids));
    for (const row of rows) names.set(row.id, row.displayName);
  }
  return list.map((p) => ({ ...p, publishedByName: names.get(p.publishedBy) ?? NON_ACCOUNT_PUBLISHERS[p.publishedBy] ?? p.publishedBy }));
}

