// "Le mie performance": the objectives assigned to a person, the scale, and the individual score once validated.
// The score is computed by the engine (AFOL "Pesature", seed 000: organisational × w + individual × w +
// behaviour × w) and frozen at validation, so later edits to the plan do not change what the person was told.
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../db/connect";
import { loadEvaluationSettings, settingsForPeriod } from "../db/evaluation-settings";
import { loadPlanBundle } from "../db/plan-store";
import { plans } from "../db/schema";
import { individualScores, personalAssignments } from "../db/schema-auth";
import type { AssessmentScale, PlanBundle } from "../domain/model";
import { evaluatePlan, type EvaluatePlanOptions } from "../domain/evaluation/evaluate-plan";
import { computePersonScore, type PersonScore } from "../domain/evaluation/individual";
import { isNotComputable } from "../domain/evaluation/result";
import { weightedMean } from "../domain/evaluation/rollup";
import { getAccount } from "../auth/accounts";
import type { Access } from "../auth/authorize";
import { recordAudit } from "../audit/audit-log";
import { InvalidRequestError, NotFoundError } from "../server/errors";

export interface Assignment {
  accountId: string;
  planId: string;
  objectiveIds: string[];
  roleWeightingId: string | null;
}

async function requireBundle(db: Database, planId: string): Promise<PlanBundle> {
  const bundle = await loadPlanBundle(db, planId);
  if (!bundle) throw new NotFoundError(`Piano "${planId}" non trovato`);
  return bundle;
}

export async function findAssignments(db: Database, planId: string): Promise<Assignment[]> {
  return db
    .select({
      accountId: personalAssignments.accountId,
      planId: personalAssignments.planId,
      objectiveIds: personalAssignments.objectiveIds,
      roleWeightingId: personalAssignments.roleWeightingId,
    })
    .from(personalAssignments)
    .where(eq(personalAssignments.planId, planId))
    .orderBy(asc(personalAssignments.accountId));
}

/** Assigns objectives and a role weighting to a person for a plan (replacing the previous assignment). */
export async function assignObjectives(
  db: Database,
  access: Access,
  planId: string,
  accountId: string,
  input: { objectiveIds: string[]; roleWeightingId: string | null },
): Promise<Assignment> {
  const bundle = await requireBundle(db, planId);
  const account = await getAccount(db, accountId);
  if (!account) throw new NotFoundError(`Account «${accountId}» non trovato`);
  const fields: { path: string; message: string }[] = [];
  input.objectiveIds.forEach((id, n) => {
    if (!bundle.objectives.some((o) => o.id === id)) fields.push({ path: `body.objectiveIds.${n}`, message: `obiettivo «${id}» non presente nel piano` });
  });
  if (input.roleWeightingId && !bundle.roleWeightings.some((w) => w.id === input.roleWeightingId)) {
    fields.push({ path: "body.roleWeightingId", message: `pesatura «${input.roleWeightingId}» non presente nel piano` });
  }
  if (account.organisationId && account.organisationId !== bundle.plan.organisationId) {
    fields.push({ path: "params.accountId", message: `l'account appartiene a «${account.organisationId}», il piano a «${bundle.plan.organisationId}»` });
  }
  if (fields.length) throw new InvalidRequestError("Assegnazione non valida", fields);
  const organisationId = bundle.plan.organisationId;
  const objectiveIds = [...new Set(input.objectiveIds)];
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(personalAssignments)
      .where(and(eq(personalAssignments.accountId, accountId), eq(personalAssignments.planId, planId)));
    await tx
      .insert(personalAssignments)
      .values({ organisationId, accountId, planId, objectiveIds, roleWeightingId: input.roleWeightingId })
      .onConflictDoUpdate({
        target: [personalAssignments.organisationId, personalAssignments.accountId, personalAssignments.planId],
        set: { objectiveIds, roleWeightingId: input.roleWeightingId, updatedAt: new Date() },
      });
    await recordAudit(tx, access.actor, {
      action: before ? "update" : "create",
      itemType: "personal-assignment",
      itemId: `${planId}|${accountId}`,
      organisationId,
      planId,
      before: before ? { objectiveIds: before.objectiveIds, roleWeightingId: before.roleWeightingId } : null,
      after: { objectiveIds, roleWeightingId: input.roleWeightingId },
    });
  });
  return { accountId, planId, objectiveIds, roleWeightingId: input.roleWeightingId };
}

export interface IndividualScoreInput {
  organisational: number | null;
  individual: number | null;
  behaviour: number;
}

/** The components of a person's score for a period: the plan's score, the mean of their objectives, behaviour. */
export function personComponents(
  bundle: PlanBundle,
  periodId: string,
  objectiveIds: readonly string[],
  behaviour: number,
  subject: string,
  stored: Pick<EvaluatePlanOptions, "rules" | "overrides"> = {},
) {
  const evaluation = evaluatePlan(bundle, { ...stored, periodId });
  if (evaluation.kind !== "computed") return evaluation;
  const organisational = isNotComputable(evaluation.plan.score) ? null : evaluation.plan.score.value;
  const own = evaluation.objectives.filter((o) => objectiveIds.includes(o.objectiveId));
  const individual = own.length
    ? weightedMean(
        own.map((o) => ({ id: o.objectiveId, label: o.label, score: isNotComputable(o.score) ? o.score : o.score.value, weight: o.weight })),
        { subject, itemsName: "obiettivi", missingValues: evaluation.rules.missingValues, missingWeights: evaluation.rules.missingWeights, cutoffDate: evaluation.cutoffDate },
      )
    : null;
  return {
    kind: "computed" as const,
    components: { organisational, individual: individual && !isNotComputable(individual) ? individual.value : null, behaviour },
    individualReason: individual && isNotComputable(individual) ? individual.reason : own.length ? null : "nessun obiettivo individuale assegnato",
  };
}

/** Computes, validates and freezes the score of a person for a period; refused (400) when it cannot be computed. */
export async function validateIndividualScore(
  db: Database,
  access: Access,
  planId: string,
  periodId: string,
  accountId: string,
  behaviour: number,
): Promise<{ score: PersonScore; components: IndividualScoreInput }> {
  const bundle = await requireBundle(db, planId);
  if (!bundle.periods.some((p) => p.id === periodId)) throw new NotFoundError(`Periodo "${periodId}" non trovato nel piano "${planId}"`);
  const account = await getAccount(db, accountId);
  if (!account) throw new NotFoundError(`Account «${accountId}» non trovato`);
  const [assignment] = await db
    .select()
    .from(personalAssignments)
    .where(and(eq(personalAssignments.accountId, accountId), eq(personalAssignments.planId, planId)));
  if (!assignment?.roleWeightingId) {
    throw new InvalidRequestError(`${account.displayName}: nessuna pesatura assegnata nel piano «${planId}»`, [
      { path: "params.accountId", message: "assegnare obiettivi e pesatura (PUT /api/plans/:planId/assignments/:accountId)" },
    ]);
  }
  const weighting = bundle.roleWeightings.find((w) => w.id === assignment.roleWeightingId);
  if (!weighting) throw new InvalidRequestError(`Pesatura «${assignment.roleWeightingId}» non più presente nel piano`);
  // the plan's stored rules and overrides, as on the dashboard
  const stored = settingsForPeriod(await loadEvaluationSettings(db, planId), periodId);
  const parts = personComponents(bundle, periodId, assignment.objectiveIds, behaviour, account.displayName, stored);
  if (parts.kind !== "computed") throw new InvalidRequestError(`Punteggio non calcolabile: ${parts.reason}`);
  const score = computePersonScore(weighting, parts.components, { subject: account.displayName });
  if (isNotComputable(score)) {
    const detail = parts.individualReason ? ` (obiettivi individuali: ${parts.individualReason})` : "";
    throw new InvalidRequestError(`Punteggio non calcolabile: ${score.reason}${detail}`);
  }
  const organisationId = bundle.plan.organisationId;
  const result = { score, components: parts.components, weighting: { id: weighting.id, role: weighting.role } };
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(individualScores)
      .where(and(eq(individualScores.accountId, accountId), eq(individualScores.planId, planId), eq(individualScores.periodId, periodId)));
    await tx
      .insert(individualScores)
      .values({ organisationId, accountId, planId, periodId, behaviour, result, validatedBy: access.actor.label })
      .onConflictDoUpdate({
        target: [individualScores.organisationId, individualScores.accountId, individualScores.planId, individualScores.periodId],
        set: { behaviour, result, validatedAt: new Date(), validatedBy: access.actor.label },
      });
    await recordAudit(tx, access.actor, {
      action: "validate",
      itemType: "individual-score",
      itemId: `${planId}|${periodId}|${accountId}`,
      organisationId,
      planId,
      periodId,
      before: before?.result ?? null,
      after: result,
    });
  });
  return { score, components: parts.components };
}

export interface MyPlanPerformance {
  planId: string;
  planTitle: string;
  organisationId: string;
  scale: AssessmentScale;
  roleWeighting: { id: string; role: string; organisational: number; individual: number; behaviour: number } | null;
  objectives: {
    id: string;
    code: string;
    title: string;
    weight: number | null;
    expectedResult: string | null;
    indicators: { id: string; code: string; definition: string; targets: string[] }[];
  }[];
  /** validated scores only: nothing is shown before the evaluator validates it. */
  scores: { periodId: string; periodLabel: string; value: number; text: string; components: unknown; validatedAt: string; validatedBy: string }[];
}

/** What a person reads about themselves, plan by plan. */
export async function myPerformance(db: Database, accountId: string): Promise<MyPlanPerformance[]> {
  const assignments = await db
    .select()
    .from(personalAssignments)
    .innerJoin(plans, eq(plans.id, personalAssignments.planId))
    .where(eq(personalAssignments.accountId, accountId))
    .orderBy(asc(plans.yearFrom), asc(plans.id));
  const result: MyPlanPerformance[] = [];
  for (const { personal_assignments: assignment } of assignments) {
    const bundle = await loadPlanBundle(db, assignment.planId);
    if (!bundle) continue;
    const weighting = bundle.roleWeightings.find((w) => w.id === assignment.roleWeightingId) ?? null;
    const scores = await db
      .select()
      .from(individualScores)
      .where(and(eq(individualScores.accountId, accountId), eq(individualScores.planId, assignment.planId)));
    result.push({
      planId: bundle.plan.id,
      planTitle: bundle.plan.title,
      organisationId: bundle.plan.organisationId,
      scale: bundle.plan.assessmentScale,
      roleWeighting: weighting && {
        id: weighting.id,
        role: weighting.role,
        organisational: weighting.organisational,
        individual: weighting.individual,
        behaviour: weighting.behaviour,
      },
      objectives: bundle.objectives
        .filter((o) => assignment.objectiveIds.includes(o.id))
        .map((o) => ({
          id: o.id,
          code: o.code,
          title: o.title,
          weight: o.weight,
          expectedResult: o.expectedResult,
          indicators: bundle.indicators
            .filter((i) => i.objectiveId === o.id)
            .map((i) => ({ id: i.id, code: i.code, definition: i.definition, targets: bundle.targets.filter((t) => t.indicatorId === i.id).map((t) => t.text) })),
        })),
      scores: scores.map((s) => {
        const frozen = s.result as { score: PersonScore; components: unknown };
        return {
          periodId: s.periodId,
          periodLabel: bundle.periods.find((p) => p.id === s.periodId)?.label ?? s.periodId,
          value: frozen.score.value,
          text: frozen.score.explanation.text,
          components: frozen.components,
          validatedAt: s.validatedAt.toISOString(),
          validatedBy: s.validatedBy,
        };
      }),
    });
  }
  return result;
}
