// can(user, action, resource): every right of Traguardo in one place, one declarative policy per resource
// (as Outline's server/policies). Routes never test roles themselves.
import { accountsPolicy, auditPolicy, type AccountsAction, type AccountsResource, type AuditAction, type AuditResource } from "./administration";
import { evaluationPolicy, type EvaluationAction, type EvaluationResource } from "./evaluation";
import { measurementPolicy, type MeasurementAction, type MeasurementResource } from "./measurements";
import {
  planContentPolicy,
  planPolicy,
  type PlanAction,
  type PlanContentAction,
  type PlanContentResource,
  type PlanResource,
} from "./plans";
import type { PolicyUser } from "./user";
import { workflowPolicy, type WorkflowAction, type WorkflowResource } from "./workflow";

export type { PolicyUser } from "./user";
export type { PlanAction, PlanResource, PlanContentAction, PlanContentResource } from "./plans";
export type { MeasurementAction, MeasurementResource } from "./measurements";
export type { WorkflowAction, WorkflowResource } from "./workflow";
export type { AccountsAction, AccountsResource, AuditAction, AuditResource } from "./administration";
export type { EvaluationAction, EvaluationResource } from "./evaluation";
export { PLAN_ACTIONS, PROGRESS_COLLECTIONS } from "./plans";

export type Resource =
  | PlanResource
  | PlanContentResource
  | MeasurementResource
  | WorkflowResource
  | AccountsResource
  | AuditResource
  | EvaluationResource;

export type ActionOn<R extends Resource> = R extends PlanResource
  ? PlanAction
  : R extends PlanContentResource
    ? PlanContentAction
    : R extends MeasurementResource
      ? MeasurementAction
      : R extends WorkflowResource
        ? WorkflowAction
        : R extends AccountsResource
          ? AccountsAction
          : R extends AuditResource
            ? AuditAction
            : R extends EvaluationResource
              ? EvaluationAction
              : never;

/** Nobody signed in can do nothing here: what the public reads goes through the transparency pages. */
export function can<R extends Resource>(user: PolicyUser | null, action: ActionOn<R>, resource: R): boolean {
  if (!user) return false;
  switch (resource.type) {
    case "plan":
      return planPolicy[action as PlanAction](user, resource);
    case "plan-content":
      return planContentPolicy[action as PlanContentAction](user, resource);
    case "measurement":
      return measurementPolicy[action as MeasurementAction](user, resource);
    case "workflow":
      return workflowPolicy[action as WorkflowAction](user, resource);
    case "accounts":
      return accountsPolicy[action as AccountsAction](user, resource);
    case "audit":
      return auditPolicy[action as AuditAction](user, resource);
    case "evaluation":
      return evaluationPolicy[action as EvaluationAction](user, resource);
  }
}
