// Writes of the plan editor: one item (POST new, PUT existing) or an item with its dependents (one DELETE: the
// server removes what hangs from it in the same transaction and says what went). On an approved plan the write goes to a new draft version, created first; the caller is told where the
// change landed so it can move there.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { BundleCollection, PlanBundle } from "@domain/model";
import { COLLECTION_SLUGS } from "@domain/references";
import { apiSend } from "../../api/client";
import { apiPaths } from "../../api/paths";
import { queryKeys } from "../../api/hooks";
import type { ItemRef } from "./dependents";
import { idInVersion, itemInVersion } from "./revision";

const enc = encodeURIComponent;
const itemsPath = (planId: string, collection: BundleCollection) => `${apiPaths.plan(planId)}/${COLLECTION_SLUGS[collection]}`;
const itemPath = (planId: string, collection: BundleCollection, id: string) => `${itemsPath(planId, collection)}/${enc(id)}`;

/** Where a write landed: the same plan, or the new version made for it. */
export interface WriteOutcome {
  planId: string;
  /** set when an approved plan was revised to take the change. */
  revision: { fromPlanId: string; version: number } | null;
  /** renames an id of the edited plan to the plan the change landed in. */
  rename: (id: string) => string;
}

/** A draft to write into: the plan itself, or a new version of an approved plan. */
async function draftFor(bundle: PlanBundle): Promise<WriteOutcome> {
  const planId = bundle.plan.id;
  if (bundle.plan.state !== "approved") return { planId, revision: null, rename: (id) => id };
  const created = await apiSend<{ id: string; version: number }>("POST", `${apiPaths.plan(planId)}/revisions`, {});
  return { planId: created.id, revision: { fromPlanId: planId, version: created.version }, rename: (id) => idInVersion(id, planId, created.id) };
}

export interface ItemWrite {
  collection: BundleCollection;
  item: Record<string, unknown> & { id: string };
  isNew: boolean;
}

async function writeItem(bundle: PlanBundle, { collection, item, isNew }: ItemWrite) {
  const target = await draftFor(bundle);
  const moved = target.revision ? itemInVersion(collection, item, bundle.plan.id, target.planId) : item;
  const { id, planId: _planId, ...body } = moved as Record<string, unknown> & { id: string };
  const saved = isNew
    ? await apiSend<Record<string, unknown>>("POST", itemsPath(target.planId, collection), { id, ...body })
    : await apiSend<Record<string, unknown>>("PUT", itemPath(target.planId, collection, id), body);
  return { ...target, saved };
}

/** The server's answer to a DELETE: what went with the item (children first, the item last). */
export interface DeleteOutcome {
  removed: ItemRef[];
  detached: (ItemRef & { field: string })[];
  related: { type: "evidence" | "status-override" | "analytics-binding"; id: string }[];
}

async function deleteItem(bundle: PlanBundle, root: ItemRef) {
  const target = await draftFor(bundle);
  const deleted = await apiSend<DeleteOutcome>("DELETE", itemPath(target.planId, root.collection, target.rename(root.id)));
  return { ...target, deleted };
}

async function refresh(client: ReturnType<typeof useQueryClient>, planIds: string[]) {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.plans }),
    ...planIds.map((id) => client.invalidateQueries({ queryKey: queryKeys.plan(id) })),
    ...planIds.map((id) => client.invalidateQueries({ queryKey: ["evaluation", id] })),
  ]);
}

export function useSaveItem(bundle: PlanBundle) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (write: ItemWrite) => writeItem(bundle, write),
    onSuccess: (outcome) => refresh(client, [bundle.plan.id, outcome.planId]),
  });
}

/** Deletes an item with its dependents, in one request. */
export function useDeleteItem(bundle: PlanBundle) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (root: ItemRef) => deleteItem(bundle, root),
    onSettled: (outcome) => refresh(client, [bundle.plan.id, ...(outcome ? [outcome.planId] : [])]),
  });
}

/** A new id under the plan's prefix, as imported items have ("arti-2021:obiettivo-3f2a…"). */
export function newItemId(planId: string, kind: string): string {
  return `${planId}:${kind}-${crypto.randomUUID().slice(0, 8)}`;
}
