// What a person may see of a plan's values: heads of structure and readers do not see the drafts of other
// structures. Every route that returns measurements (the plan, its exports, evaluations, reports) filters them
// here: `const visible = await bundleForUser(db, req.user, bundle)`.
import type { Database } from "../db/connect";
import type { PlanBundle } from "../domain/model";
import { can, type PolicyUser } from "../auth/policies";
import { measurementResource } from "./measurement-scope";
import { findWorkflows, workflowStateMap } from "./monitoring-store";
import { ownershipFromBundle, type PlanOwnership } from "./ownership";

export async function visibleMeasurements<T extends Record<string, unknown>>(
  db: Database,
  user: PolicyUser,
  o: PlanOwnership,
  items: readonly T[],
): Promise<T[]> {
  const states = workflowStateMap(await findWorkflows(db, o.planId));
  return items.filter((m) => can(user, "read", measurementResource(o, m, states)));
}

/** The bundle with only the measurements the person may read. */
export async function bundleForUser(db: Database, user: PolicyUser, bundle: PlanBundle): Promise<PlanBundle> {
  const measurements = await visibleMeasurements(db, user, ownershipFromBundle(bundle), bundle.measurements);
  return measurements.length === bundle.measurements.length ? bundle : { ...bundle, measurements };
}
