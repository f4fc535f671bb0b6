// What the signed-in person may do on a screen, decided by the server's own policies (src/auth/policies),
// so that buttons and inputs match what the API accepts. The API still checks every request.
import type { PlanBundle } from "@domain/model";
import { measurementPolicy } from "@policies/measurements";
import { isManager, type PolicyUser } from "@policies/user";
import type { Account } from "../api/session";

function policyUser(account: Account): PolicyUser {
  return { id: account.id, role: account.role, organisationId: account.organisationId, structures: account.structures };
}

/** The structure and its ancestors, as the policies want it (a head of a Divisione answers for its Servizi). */
export function structureChain(bundle: PlanBundle, structureId: string | null): { organisationId: string; structureId: string }[] {
  const chain: { organisationId: string; structureId: string }[] = [];
  const byId = new Map(bundle.structures.map((s) => [s.id, s]));
  let current = structureId ? byId.get(structureId) : undefined;
  while (current && !chain.some((c) => c.structureId === current!.id)) {
    chain.push({ organisationId: current.organisationId, structureId: current.id });
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return chain;
}

/** May enter values for indicators of objectives owned by this structure (null: the plan's own). */
export function canWriteMeasurements(account: Account, bundle: PlanBundle, structureId: string | null): boolean {
  return measurementPolicy.write(policyUser(account), {
    type: "measurement",
    organisationId: bundle.organisation.id,
    structureChain: structureChain(bundle, structureId),
    isDraft: true,
  });
}

/** Importing creates or replaces plans: the planning office or an administrator. */
export function canImportPlans(account: Account): boolean {
  return isManager(policyUser(account), account.organisationId);
}
