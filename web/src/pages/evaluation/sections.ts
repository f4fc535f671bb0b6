// The sections of the evaluation screens, each at its own address (/piani/:planId/valutazione/<slug>), and which
// of them a plan has data for: no empty allocation tab on ARTI, no budget tab on AFOL.
import type { PlanBundle } from "@domain/model";

export const SECTIONS = ["rilievi", "stati", "individuale", "ripartizione", "bilancio", "simulazione"] as const;
export type Section = (typeof SECTIONS)[number];

const hasData: Record<Section, (bundle: PlanBundle) => boolean> = {
  // findings and statuses come from the evaluation of a period
  rilievi: (b) => b.periods.length > 0,
  stati: (b) => b.periods.length > 0 && b.indicators.length > 0,
  // the pesature of seed 000
  individuale: (b) => b.roleWeightings.length > 0,
  // the resource shares of seed 003
  ripartizione: (b) => b.objectives.some((o) => o.resourceShareMin !== null || o.resourceShareMax !== null),
  // the budget tables and spending programmes of seed 002
  bilancio: (b) => b.budgetTables.length > 0 || b.spendingProgrammes.length > 0,
  simulazione: (b) => b.periods.length > 0 && b.objectives.length > 0,
};

export function availableSections(bundle: PlanBundle): Section[] {
  return SECTIONS.filter((s) => hasData[s](bundle));
}

export function isSection(value: string | undefined): value is Section {
  return (SECTIONS as readonly string[]).includes(value ?? "");
}
