// The evaluation body's acts on a plan: correcting the computed status of an indicator (with a reason) and
// adopting the plan's scoring rules. Everyone who reads the plan reads them, because they change the figures
// everyone sees; only the evaluation body (OIV / Nucleo) and administrators make them (D.Lgs. 150/2009, art. 14:
// the OIV validates the Relazione, so the corrections are its own).
import { hasRole, inOrganisation, type PolicyUser } from "./user";

export interface EvaluationResource {
  type: "evaluation";
  organisationId: string;
}

export const EVALUATION_ACTIONS = ["read", "override-status", "set-scoring-rules"] as const;
export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];

const isEvaluationBody = (u: PolicyUser, e: EvaluationResource) => hasRole(u, "administrator", "evaluator") && inOrganisation(u, e.organisationId);

export const evaluationPolicy: Record<EvaluationAction, (user: PolicyUser, e: EvaluationResource) => boolean> = {
  read: (u, e) => inOrganisation(u, e.organisationId),
  "override-status": isEvaluationBody,
  "set-scoring-rules": isEvaluationBody,
};
