// An approved plan keeps its planning (the server answers 409); a change makes a new draft version first
// (POST /api/plans/:planId/revisions) and lands there. The new version renames every id the way the server's copy
// does (src/workflow/plan-diff.ts, copyBundleAsVersion): "arti-2021:obj-1.1" → "arti-2021-v2:obj-1.1".
import type { BundleCollection } from "@domain/model";
import { PLAN_REFERENCES } from "@domain/references";

/** The id an item gets in the new version. */
export function idInVersion(id: string, fromPlanId: string, toPlanId: string): string {
  const key = id.startsWith(`${fromPlanId}:`) ? id.slice(fromPlanId.length + 1) : id;
  return `${toPlanId}:${key}`;
}

/** The item as it is in the new version: its id, planId and references renamed. */
export function itemInVersion(collection: BundleCollection, item: Record<string, unknown>, fromPlanId: string, toPlanId: string): Record<string, unknown> {
  const renamed: Record<string, unknown> = { ...item };
  if (typeof item.id === "string") renamed.id = idInVersion(item.id, fromPlanId, toPlanId);
  if ("planId" in item) renamed.planId = toPlanId;
  for (const field of Object.keys(PLAN_REFERENCES[collection] ?? {})) {
    if (typeof item[field] === "string") renamed[field] = idInVersion(item[field] as string, fromPlanId, toPlanId);
  }
  return renamed;
}
