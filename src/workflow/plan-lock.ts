// What an approved plan still lets change. Approval freezes the planning (objectives, indicators, targets,
// weights…): changing them takes a new version. Monitoring goes on: values, periods, and the actual dates and
// notes of steps and cronoprogramma phases. A plan replaced by a newer version changes no more.
import type { BundleCollection } from "../domain/model";
import { COLLECTION_LABELS } from "../domain/references";

export const PROGRESS_FIELDS: Partial<Record<BundleCollection, readonly string[]>> = {
  steps: ["actualTiming", "actualDate"],
  phases: ["actualEnd", "actualEndText", "monitoringNote"],
};

const MONITORING_COLLECTIONS = new Set<BundleCollection>(["measurements", "periods"]);
const IGNORED_FIELDS = new Set(["id", "planId", "updatedAt"]);

/** Fields whose value differs between two versions of an item. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !IGNORED_FIELDS.has(k) && JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
}

/** True when only the progress fields of a step or phase change. */
export function isProgressOnly(collection: BundleCollection, before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const allowed = PROGRESS_FIELDS[collection];
  return Boolean(allowed) && changedFields(before, after).every((f) => allowed!.includes(f));
}

/** Why the change is refused by the plan's state (Italian), or null. */
export function planLockProblem(
  planState: string,
  collection: BundleCollection,
  change: { kind: "create" | "delete" } | { kind: "update"; before: Record<string, unknown>; after: Record<string, unknown> },
): string | null {
  if (planState === "revised") return "il piano è stato sostituito da una versione successiva e non può più cambiare";
  if (planState !== "approved" || MONITORING_COLLECTIONS.has(collection)) return null;
  if (change.kind === "update" && isProgressOnly(collection, change.before, change.after)) return null;
  const fields = PROGRESS_FIELDS[collection];
  const progress = fields && change.kind === "update" ? ` (si possono aggiornare solo ${fields.join(", ")})` : "";
  return `il piano è approvato: per cambiare ${COLLECTION_LABELS[collection]} creare una nuova versione${progress}`;
}
