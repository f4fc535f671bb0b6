// The monitoring workflow of a period for a structure: heads submit their own, the office or the evaluation body
// (OIV / Nucleo) validates or sends back, the office opens, closes and reopens.
import type { StructureScope } from "../accounts";
import { hasRole, inOrganisation, inStructures, isManager, type PolicyUser } from "./user";

export interface WorkflowResource {
  type: "workflow";
  organisationId: string;
  structureChain: StructureScope[];
}

export type WorkflowAction = "read" | "submit" | "open" | "validate" | "return" | "close" | "reopen";

const canValidate = (u: PolicyUser, organisationId: string) =>
  isManager(u, organisationId) || (hasRole(u, "evaluator") && inOrganisation(u, organisationId));

export const workflowPolicy: Record<WorkflowAction, (user: PolicyUser, w: WorkflowResource) => boolean> = {
  read: (u, w) => inOrganisation(u, w.organisationId),
  submit: (u, w) =>
    isManager(u, w.organisationId) ||
    (hasRole(u, "structure_head") && inOrganisation(u, w.organisationId) && inStructures(u, w.structureChain)),
  open: (u, w) => isManager(u, w.organisationId),
  validate: (u, w) => canValidate(u, w.organisationId),
  return: (u, w) => canValidate(u, w.organisationId),
  close: (u, w) => isManager(u, w.organisationId),
  reopen: (u, w) => isManager(u, w.organisationId),
};
