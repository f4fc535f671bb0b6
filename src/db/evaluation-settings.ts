// What the evaluation body decided for a plan, as every evaluation of a stored plan must apply it: the scoring
// rules adopted (evaluation_settings; no row = the default rules) and the status overrides of a period.
// `loadEvaluationSettings` is the one function the API, the reports, the publications and the command line use,
// so that the dashboard, the Relazione and Amministrazione trasparente show the same figures.
import { eq } from "drizzle-orm";
import type { EvaluatePlanOptions } from "../domain/evaluation/evaluate-plan";
import type { IndicatorStatusOverride } from "../domain/evaluation/indicator-evaluation";
import type { ScoringRulesInput } from "../domain/evaluation/scoring-rules";
import type { Database } from "./connect";
import { evaluationSettings } from "./schema-evaluation";
import { findStatusOverrides, toEngineOverride } from "./status-overrides";

export interface StoredScoringRules {
  /** as adopted (the input form: defaults are filled in by parseScoringRules). */
  rules: ScoringRulesInput;
  /** ISO instant. */
  updatedAt: string;
  updatedBy: string;
}

export async function getScoringRules(db: Database, planId: string): Promise<StoredScoringRules | null> {
  const [row] = await db.select().from(evaluationSettings).where(eq(evaluationSettings.planId, planId));
  return row ? { rules: row.scoringRules as ScoringRulesInput, updatedAt: row.updatedAt.toISOString(), updatedBy: row.updatedBy } : null;
}

export async function putScoringRules(
  db: Database,
  key: { organisationId: string; planId: string },
  rules: ScoringRulesInput,
  updatedBy: string,
): Promise<StoredScoringRules> {
  const updatedAt = new Date();
  await db
    .insert(evaluationSettings)
    .values({ ...key, scoringRules: rules, updatedAt, updatedBy })
    .onConflictDoUpdate({ target: [evaluationSettings.organisationId, evaluationSettings.planId], set: { scoringRules: rules, updatedAt, updatedBy } });
  return { rules, updatedAt: updatedAt.toISOString(), updatedBy };
}

/** Back to the default rules; true when rules were stored. */
export async function deleteScoringRules(db: Database, planId: string): Promise<boolean> {
  const removed = await db.delete(evaluationSettings).where(eq(evaluationSettings.planId, planId)).returning({ planId: evaluationSettings.planId });
  return removed.length > 0;
}

/** A stored override as the engine takes it, with the period it belongs to. */
export type PeriodStatusOverride = IndicatorStatusOverride & { periodId: string };

/** What is stored for a plan: its rules (null = the defaults) and its status overrides of every period. */
export interface EvaluationSettings {
  rules: ScoringRulesInput | null;
  overrides: PeriodStatusOverride[];
}

export async function loadEvaluationSettings(db: Database, planId: string): Promise<EvaluationSettings> {
  const [stored, overrides] = await Promise.all([getScoringRules(db, planId), findStatusOverrides(db, { planId })]);
  return { rules: stored?.rules ?? null, overrides: overrides.map((o) => ({ ...toEngineOverride(o), periodId: o.periodId })) };
}

/** The options of evaluatePlan for one period: the rules, and the overrides of that period only. */
export function settingsForPeriod(settings: EvaluationSettings, periodId: string): Pick<EvaluatePlanOptions, "rules" | "overrides"> {
  return { rules: settings.rules, overrides: settings.overrides.filter((o) => o.periodId === periodId) };
}
