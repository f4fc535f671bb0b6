// The evaluation body's findings grouped by kind, each with where to go to see the item (the objective page, the
// indicator's card on it, the cronoprogramma, the budget table) and the two figures that disagree.
import type { Finding, FindingCode } from "@domain/evaluation/findings";
import type { PlanBundle } from "@domain/model";
import { links } from "../../app/routes";
import { formatFindingFigure } from "./figures";

export interface FindingRow {
  finding: Finding;
  /** where the item is shown; null when it has no page of its own. */
  to: string | null;
  stated: string;
  computed: string;
}

export interface FindingGroup {
  code: FindingCode;
  severity: Finding["severity"];
  rows: FindingRow[];
}

const SEVERITY_ORDER: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

/** The address of the item a finding is about. */
export function findingLink(bundle: PlanBundle, finding: Finding): string | null {
  const planId = bundle.plan.id;
  const id = finding.itemId;
  switch (finding.itemType) {
    case "indicator": {
      const indicator = bundle.indicators.find((i) => i.id === id);
      return indicator?.objectiveId ? `${links.objective(planId, indicator.objectiveId)}#ind-${indicator.id}` : null;
    }
    case "objective":
      return id && bundle.objectives.some((o) => o.id === id) ? links.objective(planId, id) : null;
    case "cronoprogramma": {
      const crono = bundle.cronoprogrammi.find((c) => c.id === id);
      return crono?.objectiveId ? `${links.objective(planId, crono.objectiveId)}#crono-${crono.id}` : null;
    }
    case "budgetTable":
      return `${links.evaluation(planId, "bilancio")}#budget-${id ?? ""}`;
    case "roleWeighting":
      return links.evaluation(planId, "individuale");
    case "plan":
      return finding.code === "objective-weights-sum" || finding.code === "objective-without-weight" ? links.planTree(planId) : null;
    default:
      return null;
  }
}

/** Groups by kind, the most serious first, in the order the engine found them within a kind. */
export function groupFindings(bundle: PlanBundle, findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<FindingCode, FindingGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.code) ?? { code: finding.code, severity: finding.severity, rows: [] };
    if (SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[group.severity]) group.severity = finding.severity;
    group.rows.push({ finding, to: findingLink(bundle, finding), stated: formatFindingFigure(finding, finding.stated), computed: formatFindingFigure(finding, finding.computed) });
    groups.set(finding.code, group);
  }
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
