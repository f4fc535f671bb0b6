// Shapes the API answers with, beyond the plan model shared with the server (@domain/model).
import type { ImportWarning } from "@domain/model";

export interface PlanSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  kind: string;
  yearFrom: number;
  yearTo: number;
  state: string;
  version: number;
  approvalAct: string | null;
  approvalDate: string | null;
}

export interface ImportReport {
  planId: string;
  layout: string;
  counts: Record<string, number>;
  warnings: ImportWarning[];
}

/** GET /api/plans/:planId/evaluation — the PlanEvaluation of src/domain/evaluation/evaluate-plan.ts. */
export type { PlanEvaluation as PlanEvaluationResponse } from "@domain/evaluation/evaluate-plan";
