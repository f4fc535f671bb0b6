// Evaluation of a stored plan: load it, choose the period, run the engine (src/domain/evaluation) with what the
// evaluation body stored (scoring rules, status overrides: loadEvaluationSettings), and turn a result that cannot
// be computed into a 400 that says why.
import type { Database } from "../db/connect";
import { loadEvaluationSettings, settingsForPeriod } from "../db/evaluation-settings";
import { loadPlanBundle } from "../db/plan-store";
import {
  evaluatePlan,
  isNotComputable,
  runWhatIf,
  type PlanEvaluation,
  type ScoringRulesInput,
  type WhatIfChanges,
  type WhatIfResult,
} from "../domain/evaluation";
import type { PlanBundle } from "../domain/model";
import { latestPeriod } from "../domain/periods";
import { parseTarget } from "../domain/target-grammar";
import type { PolicyUser } from "../auth/policies";
import { bundleForUser } from "../workflow/visibility";
import { InvalidRequestError, NotFoundError } from "./errors";

export interface EvaluationRequest {
  periodId?: string;
  asOf?: string;
  /** rules to use instead of the plan's stored ones. */
  rules?: ScoringRulesInput | null;
}

/** The engine's options for a stored plan: the period, the stored rules (unless the request gives its own), the period's overrides. */
async function storedOptions(db: Database, bundle: PlanBundle, request: EvaluationRequest) {
  const periodId = choosePeriod(bundle, request.periodId);
  const stored = settingsForPeriod(await loadEvaluationSettings(db, bundle.plan.id), periodId);
  return { periodId, asOf: request.asOf ?? null, rules: request.rules ?? stored.rules, overrides: stored.overrides };
}

/** The plan as the user may see it (drafts of other structures left out); the whole plan for the CLI (user null). */
async function requireBundle(db: Database, planId: string, user: PolicyUser | null): Promise<PlanBundle> {
  const bundle = await loadPlanBundle(db, planId);
  if (!bundle) throw new NotFoundError(`Piano "${planId}" non trovato`);
  return user ? bundleForUser(db, user, bundle) : bundle;
}

/** The period asked for, or the latest one by cut-off date. */
function choosePeriod(bundle: PlanBundle, periodId: string | undefined): string {
  if (periodId) {
    if (!bundle.periods.some((p) => p.id === periodId)) {
      throw new InvalidRequestError(`Periodo "${periodId}" non trovato nel piano`, [{ path: "querystring.periodId", message: "periodo inesistente" }]);
    }
    return periodId;
  }
  const latest = latestPeriod(bundle);
  if (!latest) throw new InvalidRequestError("Il piano non ha periodi di monitoraggio: impossibile valutarlo");
  return latest.id;
}

export async function evaluateStoredPlan(
  db: Database,
  planId: string,
  request: EvaluationRequest,
  user: PolicyUser | null,
): Promise<PlanEvaluation> {
  const bundle = await requireBundle(db, planId, user);
  const result = evaluatePlan(bundle, await storedOptions(db, bundle, request));
  if (isNotComputable(result)) throw new InvalidRequestError(result.reason);
  return result;
}

export interface WhatIfRequest extends EvaluationRequest {
  objectiveWeights?: Record<string, number | null>;
  /** target id → the new target as text ("> 8.000", "entro settembre 2022"), parsed like an imported one. */
  targets?: Record<string, string>;
  changedRules?: ScoringRulesInput;
}

function parsedTargetChanges(bundle: PlanBundle, targets: Record<string, string>): WhatIfChanges["targets"] {
  const changes: NonNullable<WhatIfChanges["targets"]> = {};
  for (const [targetId, text] of Object.entries(targets)) {
    const target = bundle.targets.find((t) => t.id === targetId);
    if (!target) throw new InvalidRequestError(`Target "${targetId}" non trovato`, [{ path: `body.targets.${targetId}`, message: "target inesistente" }]);
    const indicator = bundle.indicators.find((i) => i.id === target.indicatorId);
    const parsed = parseTarget(text, {
      year: target.yearFrom,
      baselineValue: indicator?.baselineValue ?? null,
      baselineYear: indicator?.baselineYear ?? null,
      definition: indicator?.definition ?? null,
    });
    changes[targetId] = { parsed, text };
  }
  return changes;
}

export async function whatIfStoredPlan(
  db: Database,
  planId: string,
  request: WhatIfRequest,
  user: PolicyUser | null,
): Promise<WhatIfResult> {
  const bundle = await requireBundle(db, planId, user);
  const options = await storedOptions(db, bundle, request);
  const changes: WhatIfChanges = {
    objectiveWeights: request.objectiveWeights,
    targets: request.targets ? parsedTargetChanges(bundle, request.targets) : undefined,
    rules: request.changedRules,
  };
  const result = runWhatIf(bundle, options, changes);
  if (isNotComputable(result)) throw new InvalidRequestError(result.reason);
  return result;
}
