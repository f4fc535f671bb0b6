// Publications in "Amministrazione trasparente": a frozen copy of a plan (PlanBundle) and of its evaluation
// for a period, with who published it and when. Append-only: nothing here updates or deletes one, so what
// citizens read does not change when the plan is edited afterwards.
import { randomUUID } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import type { PlanEvaluation } from "../domain/evaluation/evaluate-plan";
import { PlanBundle } from "../domain/model";
import type { Database } from "./connect";
import { publications } from "./schema";

export interface PublicationSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  planId: string;
  periodId: string | null;
  periodLabel: string | null;
  title: string;
  /** ISO 8601. */
  publishedAt: string;
  publishedBy: string;
  /** the plan's overall score in the period, percent; null when there is none. */
  planScore: number | null;
}

export interface Publication extends PublicationSummary {
  bundle: PlanBundle;
  evaluation: PlanEvaluation | null;
}

export interface NewPublication {
  bundle: PlanBundle;
  evaluation: PlanEvaluation | null;
  /** an account id, or "sistema" / "cli" before accounts exist. */
  publishedBy: string;
  title: string;
}

const summaryColumns = {
  id: publications.id,
  organisationId: publications.organisationId,
  organisationName: sql<string>`${publications.bundle}->'organisation'->>'name'`,
  planId: publications.planId,
  periodId: publications.periodId,
  periodLabel: sql<string | null>`${publications.evaluation}->>'periodLabel'`,
  title: publications.title,
  publishedAt: publications.publishedAt,
  publishedBy: publications.publishedBy,
  planScore: sql<string | null>`${publications.evaluation}->'plan'->'score'->>'value'`,
};

type SummaryRow = { [K in keyof typeof summaryColumns]: unknown };

function toSummary(row: SummaryRow): PublicationSummary {
  const score = row.planScore === null || row.planScore === undefined ? null : Number(row.planScore);
  return {
    id: row.id as string,
    organisationId: row.organisationId as string,
    organisationName: row.organisationName as string,
    planId: row.planId as string,
    periodId: (row.periodId as string | null) ?? null,
    periodLabel: (row.periodLabel as string | null) ?? null,
    title: row.title as string,
    publishedAt: new Date(row.publishedAt as Date | string).toISOString(),
    publishedBy: row.publishedBy as string,
    planScore: score !== null && Number.isFinite(score) ? score : null,
  };
}

/** Freezes a plan and its evaluation; the copy is taken now, so later edits to the plan do not reach it. */
export async function createPublication(db: Database, input: NewPublication): Promise<PublicationSummary> {
  const id = randomUUID();
  // a deep copy through JSON: what is stored is exactly what will be read back
  const bundle = JSON.parse(JSON.stringify(input.bundle)) as PlanBundle;
  const evaluation = input.evaluation ? (JSON.parse(JSON.stringify(input.evaluation)) as PlanEvaluation) : null;
  await db.insert(publications).values({
    organisationId: bundle.organisation.id,
    id,
    planId: bundle.plan.id,
    periodId: evaluation?.periodId ?? null,
    title: input.title,
    publishedBy: input.publishedBy,
    bundle,
    evaluation,
  });
  const created = await getPublicationSummary(db, id);
  if (!created) throw new Error(`pubblicazione ${id} non trovata dopo l'inserimento`);
  return created;
}

export async function findPublications(db: Database, filter: { planId?: string; organisationId?: string } = {}): Promise<PublicationSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(publications)
    .where(
      filter.planId && filter.organisationId
        ? sql`${publications.planId} = ${filter.planId} and ${publications.organisationId} = ${filter.organisationId}`
        : filter.planId
          ? eq(publications.planId, filter.planId)
          : filter.organisationId
            ? eq(publications.organisationId, filter.organisationId)
            : undefined,
    )
    .orderBy(desc(publications.publishedAt), desc(publications.id));
  return rows.map(toSummary);
}

export async function getPublicationSummary(db: Database, id: string): Promise<PublicationSummary | null> {
  const [row] = await db.select(summaryColumns).from(publications).where(eq(publications.id, id));
  return row ? toSummary(row) : null;
}

/** The publication with its frozen plan and evaluation; null when there is none with that id. */
export async function getPublication(db: Database, id: string): Promise<Publication | null> {
  const [row] = await db
    .select({ ...summaryColumns, bundle: publications.bundle, evaluation: publications.evaluation })
    .from(publications)
    .where(eq(publications.id, id));
  if (!row) return null;
  return {
    ...toSummary(row),
    bundle: PlanBundle.parse(row.bundle),
    evaluation: (row.evaluation as PlanEvaluation | null) ?? null,
  };
}
