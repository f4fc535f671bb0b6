// Which event dates an indicator reads for a period: the union of its windows, widened by the days its
// relative conditions look past the anchor ("hired within 180 days of the pact" reads half a year beyond
// December). A new batch of events outside this window cannot change the indicator for that period.
import { addDays } from "../generate/sql-pieces";
import type { ComputationPlan, DateWindow } from "./computation-plan";

/** The dates an indicator of the plan reads; null when it reads none (not computable, or persons only). */
export function dataWindowOf(plan: ComputationPlan, definitionId: string): DateWindow | null {
  const indicator = plan.indicators.find((i) => i.definitionId === definitionId);
  if (!indicator || indicator.status !== "planned") return null;
  const windows: DateWindow[] = [];
  if (indicator.unit === "events") {
    windows.push(indicator.numerator.window);
    if (indicator.denominator) windows.push(indicator.denominator.window);
  } else {
    const names = new Set<string>();
    const collect = (condition: import("./computation-plan").PersonCondition): void => {
      if (condition.kind === "has") names.add(condition.feature);
      else if (condition.kind === "and" || condition.kind === "or") condition.items.forEach(collect);
      else if (condition.kind === "not") collect(condition.item);
    };
    collect(indicator.numerator.condition);
    if (indicator.denominator) collect(indicator.denominator.condition);
    if (indicator.durationEnd) names.add(indicator.durationEnd);
    for (const feature of plan.absoluteFeatures) if (names.has(feature.name)) windows.push(feature.window);
    for (const feature of plan.relativeFeatures) {
      if (!names.has(feature.name)) continue;
      windows.push({ from: addDays(feature.anchor.window.from, feature.fromDays), to: addDays(feature.anchor.window.to, feature.toDays) });
    }
  }
  if (windows.length === 0) return null;
  return {
    from: windows.map((w) => w.from).reduce((a, b) => (a < b ? a : b)),
    to: windows.map((w) => w.to).reduce((a, b) => (a > b ? a : b)),
  };
}

export function overlaps(a: DateWindow, b: DateWindow): boolean {
  return a.from <= b.to && b.from <= a.to;
}
