// The demo plans as tests and the bench use them: imported from the seeds, evaluated for their period.
import { evaluatePlan, type PlanEvaluation } from "../../domain/evaluation/evaluate-plan";
import type { PlanBundle } from "../../domain/model";
import { importText } from "../import";
import { readSeed, SEED_FILES, type SeedName } from "../seeds";
import { AFOL_PERIOD_ID, withAfolResults } from "./afol-results.fixture";

export const SEED_PERIODS = {
  arti: "arti-2021:30-06-2021",
  anpal: "anpal-servizi-2019:consuntivo-2019",
  afol: AFOL_PERIOD_ID,
} as const;

export function seedBundle(name: SeedName): PlanBundle {
  const result = importText(readSeed(name), SEED_FILES[name]);
  if (!result.ok) throw new Error(`${name}: ${result.errors.map((e) => e.message).join("; ")}`);
  return result.bundle;
}

/** AFOL with the results of afol-results.fixture.ts. */
export function afolWithResults(): PlanBundle {
  return withAfolResults(seedBundle("afol"));
}

export function evaluated(bundle: PlanBundle, periodId: string): PlanEvaluation {
  const evaluation = evaluatePlan(bundle, { periodId });
  if (evaluation.kind !== "computed") throw new Error(evaluation.reason);
  return evaluation;
}
