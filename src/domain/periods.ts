// Which monitoring period a screen, a report or an evaluation shows when the user names none: the latest one.
import type { MonitoringPeriod, PlanBundle } from "./model";

/** The plan's most recent period by cut-off date; null when the plan has none. */
export function latestPeriod(bundle: Pick<PlanBundle, "periods">): MonitoringPeriod | null {
  return [...bundle.periods].sort((a, b) => b.cutoffDate.localeCompare(a.cutoffDate))[0] ?? null;
}
