// Measurements: a head of structure reads and writes the values of their structures; the drafts of other
// structures stay hidden from heads and readers until validated (issue: "A head of structure cannot read or
// write another structure's drafts").
import type { StructureScope } from "../accounts";
import { hasRole, inOrganisation, inStructures, isManager, type PolicyUser } from "./user";

export interface MeasurementResource {
  type: "measurement";
  organisationId: string;
  structureChain: StructureScope[];
  /** entered through the application and not yet validated (imported values come from an adopted document). */
  isDraft: boolean;
}

export type MeasurementAction = "read" | "write";

export const measurementPolicy: Record<MeasurementAction, (user: PolicyUser, m: MeasurementResource) => boolean> = {
  read: (u, m) =>
    inOrganisation(u, m.organisationId) &&
    (hasRole(u, "administrator", "planning_office", "evaluator") ||
      (hasRole(u, "structure_head") && inStructures(u, m.structureChain)) ||
      !m.isDraft),
  write: (u, m) =>
    isManager(u, m.organisationId) ||
    (hasRole(u, "structure_head") && inOrganisation(u, m.organisationId) && inStructures(u, m.structureChain)),
};
