// Who may do what to a plan as a whole, and to its contents other than measurements.
import type { BundleCollection } from "../../domain/model";
import type { StructureScope } from "../accounts";
import { hasRole, inOrganisation, inStructures, isManager, type PolicyUser } from "./user";

export interface PlanResource {
  type: "plan";
  organisationId: string;
}

export const PLAN_ACTIONS = [
  "read",
  "export",
  "create",
  "update",
  "delete",
  "approve",
  "revise",
  "publish",
  "manage-workflow",
  "validate-workflow",
  "assign-objectives",
  "evaluate",
  "validate-scores",
  "read-audit",
] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export const planPolicy: Record<PlanAction, (user: PolicyUser, plan: PlanResource) => boolean> = {
  read: (u, p) => inOrganisation(u, p.organisationId),
  export: (u, p) => inOrganisation(u, p.organisationId),
  create: (u, p) => isManager(u, p.organisationId),
  update: (u, p) => isManager(u, p.organisationId),
  delete: (u, p) => isManager(u, p.organisationId),
  approve: (u, p) => isManager(u, p.organisationId),
  revise: (u, p) => isManager(u, p.organisationId),
  publish: (u, p) => isManager(u, p.organisationId),
  "manage-workflow": (u, p) => isManager(u, p.organisationId),
  // the evaluation body validates (or sends back) what the structures submit, beside the office
  "validate-workflow": (u, p) => (isManager(u, p.organisationId) || hasRole(u, "evaluator")) && inOrganisation(u, p.organisationId),
  "assign-objectives": (u, p) => isManager(u, p.organisationId),
  // the evaluation body's acts (status corrections, findings) and its validation of individual scores
  evaluate: (u, p) => hasRole(u, "administrator", "evaluator") && inOrganisation(u, p.organisationId),
  "validate-scores": (u, p) => hasRole(u, "administrator", "evaluator") && inOrganisation(u, p.organisationId),
  "read-audit": (u, p) => hasRole(u, "administrator", "planning_office", "evaluator") && inOrganisation(u, p.organisationId),
};

export interface PlanContentResource {
  type: "plan-content";
  organisationId: string;
  collection: Exclude<BundleCollection, "measurements">;
  /** the structure that owns the item and its ancestors; empty when no structure owns it. */
  structureChain: StructureScope[];
}

export type PlanContentAction = "read" | "create" | "update" | "delete" | "record-progress";

/** Steps and cronoprogramma phases carry actual dates and monitoring notes, which the owner structure records. */
export const PROGRESS_COLLECTIONS = new Set<BundleCollection>(["steps", "phases"]);

export const planContentPolicy: Record<PlanContentAction, (user: PolicyUser, item: PlanContentResource) => boolean> = {
  read: (u, i) => inOrganisation(u, i.organisationId),
  create: (u, i) => isManager(u, i.organisationId),
  update: (u, i) => isManager(u, i.organisationId),
  delete: (u, i) => isManager(u, i.organisationId),
  "record-progress": (u, i) =>
    isManager(u, i.organisationId) ||
    (hasRole(u, "structure_head") &&
      inOrganisation(u, i.organisationId) &&
      PROGRESS_COLLECTIONS.has(i.collection) &&
      inStructures(u, i.structureChain)),
};
