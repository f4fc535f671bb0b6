// The rows of the monitoring grid for a period and (optionally) a structure: indicators grouped under their
// objective (or their node, for system indicators), in the plan's order, with how each one is entered.
import type { Indicator, Measurement, MonitoringPeriod, Objective, PlanBundle, PlanNode, Target } from "@domain/model";
import { chooseTarget } from "@domain/evaluation/indicator-evaluation";
import { inputKindOf, type InputKind } from "./measurement-draft";
import { buildPlanTree, type TreeBranch } from "./plan-tree";

export interface MonitoringRow {
  indicator: Indicator;
  target: Target | null;
  measurement: Measurement | null;
  kind: InputKind;
}

export interface MonitoringGroup {
  id: string;
  /** the objective the indicators measure, or the node they hang from. */
  objective: Objective | null;
  node: PlanNode | null;
  structureId: string | null;
  rows: MonitoringRow[];
}

export function monitoringGroups(bundle: PlanBundle, period: MonitoringPeriod | null, structureId: string | null): MonitoringGroup[] {
  const year = period ? Number(period.cutoffDate.slice(0, 4)) : bundle.plan.yearFrom;
  // the tree gives the plan's order and each objective's structure (inherited from AFOL blocks)
  const tree = buildPlanTree(bundle, null);
  const row = (indicator: Indicator): MonitoringRow => {
    const target = chooseTarget(indicator.id, bundle.targets, year);
    const measurement = period
      ? (bundle.measurements.find((m) => m.indicatorId === indicator.id && m.periodId === period.id && m.assigneeId === null) ?? null)
      : null;
    return { indicator, target, measurement, kind: inputKindOf(indicator, target) };
  };
  const groups: MonitoringGroup[] = [];
  const walk = (branches: TreeBranch[]) => {
    for (const b of branches) {
      if (b.kind === "objective") {
        if (structureId !== null && b.objective.structureId !== structureId) continue;
        if (b.indicators.length) groups.push({ id: b.id, objective: b.objective, node: null, structureId: b.objective.structureId, rows: b.indicators.map((l) => row(l.indicator)) });
      } else {
        if (structureId === null && b.indicators.length) {
          groups.push({ id: b.id, objective: null, node: b.node, structureId: b.node.structureId, rows: b.indicators.map((l) => row(l.indicator)) });
        }
        walk(b.children);
      }
    }
  };
  walk(tree);
  return groups;
}
