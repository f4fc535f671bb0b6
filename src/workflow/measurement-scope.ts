// Where a measurement stands: the structure that owns it, its workflow key and state, and whether it is a draft.
// Used to decide who may read or change it and whether its period still accepts changes.
import type { StructureScope } from "../auth/accounts";
import type { MeasurementResource } from "../auth/policies";
import { isDraftValue, type WorkflowState } from "./monitoring-states";
import { ownerStructureOf, structureChain, workflowKey, type PlanOwnership } from "./ownership";

export interface MeasurementScope {
  structureId: string | null;
  /** the workflow key: the structure id or PLAN_WIDE_SCOPE. */
  key: string;
  chain: StructureScope[];
}

export function measurementScope(o: PlanOwnership, item: Record<string, unknown>): MeasurementScope {
  const structureId = ownerStructureOf(o, "measurements", item);
  return { structureId, key: workflowKey(structureId), chain: structureChain(o, structureId) };
}

/** The policy's view of a measurement, given the workflow states of its plan ("periodId|key" → state). */
export function measurementResource(
  o: PlanOwnership,
  item: Record<string, unknown>,
  states: ReadonlyMap<string, WorkflowState>,
): MeasurementResource & { scope: MeasurementScope; state: WorkflowState } {
  const scope = measurementScope(o, item);
  const state = states.get(`${String(item.periodId)}|${scope.key}`) ?? "open";
  return {
    type: "measurement",
    organisationId: o.organisationId,
    structureChain: scope.chain,
    isDraft: isDraftValue(String(item.origin ?? "imported"), state),
    scope,
    state,
  };
}
