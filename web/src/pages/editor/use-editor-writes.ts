// Saving and deleting from the editor's screens, and moving to where the change landed: the same page, or the
// same page in the new version when an approved plan had to be revised.
import { useNavigate } from "react-router-dom";
import type { BundleCollection, PlanBundle } from "@domain/model";
import type { ItemRef } from "./dependents";
import { useDeleteItem, useSaveItem, type WriteOutcome } from "./editor-api";
import { editorPaths } from "./editor-paths";

/** The address to show after a write, in the plan the write landed in. */
export type NextPath = (planId: string, rename: (id: string) => string) => string;

export function useEditorWrites(bundle: PlanBundle) {
  const save = useSaveItem(bundle);
  const remove = useDeleteItem(bundle);
  const navigate = useNavigate();

  const moveAfter = (outcome: WriteOutcome, next: NextPath | null) => {
    if (outcome.revision) {
      navigate(next ? next(outcome.planId, outcome.rename) : editorPaths.overview(outcome.planId), { state: { revision: outcome.revision } });
    } else if (next) navigate(next(outcome.planId, outcome.rename));
  };

  return {
    /** POST or PUT; then `next` (null: stay on the page, unless the plan was revised). */
    saveItem: async (collection: BundleCollection, item: Record<string, unknown> & { id: string }, isNew: boolean, next: NextPath | null = null) => {
      const outcome = await save.mutateAsync({ collection, item, isNew });
      moveAfter(outcome, next);
      return outcome;
    },
    /** The item and its dependents: one request, one transaction on the server. */
    deleteWithDependents: async (root: ItemRef, next: NextPath | null = null) => {
      const outcome = await remove.mutateAsync(root);
      moveAfter(outcome, next);
      return outcome;
    },
    deleting: remove.isPending,
    deleteError: remove.error,
    resetDelete: remove.reset,
  };
}
