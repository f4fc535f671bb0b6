// Values that cannot be submitted without a note, per workflow key, as the server counts them
// (src/workflow/red-values.ts): a value whose status is on a red level of the plan's scale and has no note.
// Computed in the browser from the same evaluation engine, so the approval table can show the count before submitting.
import type { PlanBundle } from "@domain/model";
import type { PlanFigures } from "../../model/plan-figures";
import { workflowKeyOf } from "./workflow-rights";

export interface RedValue {
  indicatorId: string;
  code: string;
  key: string;
}

/** The red levels of a scale; a scale without colours uses level 5, the ARTI "in ritardo" (seed 004). */
export function redLevels(bundle: PlanBundle): Set<number> {
  const red = bundle.plan.assessmentScale.levels.filter((l) => l.tone === "red").map((l) => l.level);
  return new Set(red.length ? red : [5]);
}

/** The structure answering for an indicator: its objective's, else the nearest node's up the tree. */
export function indicatorStructure(bundle: PlanBundle, indicatorId: string): string | null {
  const indicator = bundle.indicators.find((i) => i.id === indicatorId);
  if (!indicator) return null;
  const nodeStructure = (nodeId: string | null | undefined): string | null => {
    const seen = new Set<string>();
    let node = nodeId ? bundle.nodes.find((n) => n.id === nodeId) : undefined;
    while (node && !seen.has(node.id)) {
      if (node.structureId) return node.structureId;
      seen.add(node.id);
      node = node.parentId ? bundle.nodes.find((n) => n.id === node!.parentId) : undefined;
    }
    return null;
  };
  const objective = indicator.objectiveId ? bundle.objectives.find((o) => o.id === indicator.objectiveId) : undefined;
  if (objective) return objective.structureId ?? nodeStructure(objective.nodeId) ?? nodeStructure(indicator.nodeId);
  return nodeStructure(indicator.nodeId);
}

export function redValuesWithoutNote(bundle: PlanBundle, figures: PlanFigures): RedValue[] {
  const red = redLevels(bundle);
  const result: RedValue[] = [];
  for (const figure of figures.indicators.values()) {
    const m = figure.measurement;
    if (!m || m.note?.trim()) continue;
    const level = figure.status?.level ?? m.assessmentLevel;
    if (level === null || level === undefined || !red.has(level)) continue;
    const indicator = bundle.indicators.find((i) => i.id === figure.indicatorId);
    result.push({ indicatorId: figure.indicatorId, code: indicator?.code ?? figure.indicatorId, key: workflowKeyOf(indicatorStructure(bundle, figure.indicatorId)) });
  }
  return result;
}
