// The plan tree draws its first screenful first: a 500-indicator plan has 125 objectives in 13 areas, and a
// screen shows about ten. The first commit holds the first FIRST_SCREENFUL objectives (with the nodes above
// them); the rest follows in a transition right after the first paint, which React may interrupt for input.
import { startTransition, useEffect, useState } from "react";
import type { TreeBranch } from "../../model/plan-tree";

/** Objectives drawn before the first paint: more than a tall screen shows with every panel closed. */
export const FIRST_SCREENFUL = 30;

/** The tree cut to its first `budget` objectives in reading order; nodes keep their place, emptied past it. */
export function firstObjectives(tree: readonly TreeBranch[], budget: number): TreeBranch[] {
  let left = budget;
  const cut = (branches: readonly TreeBranch[]): TreeBranch[] => {
    const kept: TreeBranch[] = [];
    for (const branch of branches) {
      if (left <= 0) break;
      if (branch.kind === "objective") {
        left -= 1;
        kept.push(branch);
      } else kept.push({ ...branch, children: cut(branch.children) });
    }
    return kept;
  };
  return cut(tree);
}

/** Number of objectives in a tree. */
function objectiveCount(tree: readonly TreeBranch[]): number {
  return tree.reduce((n, b) => n + (b.kind === "objective" ? 1 : objectiveCount(b.children)), 0);
}

/**
 * The tree to draw now: its first screenful on the first render of a large tree, the whole tree once the first
 * paint is on screen (and from then on, whatever the tree becomes).
 */
export function useFirstScreenful(tree: TreeBranch[]): { shown: TreeBranch[]; isComplete: boolean } {
  const [isComplete, setComplete] = useState(() => objectiveCount(tree) <= FIRST_SCREENFUL);
  useEffect(() => {
    if (isComplete) return;
    // after the next frame is painted, not before: rAF runs before paint, the timeout after it
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setComplete(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [isComplete]);
  return { shown: isComplete ? tree : firstObjectives(tree, FIRST_SCREENFUL), isComplete };
}
