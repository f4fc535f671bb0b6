// The plans list grouped by organisation and filtered by year: pure, so the rules are tested without a browser.
import type { PlanSummary } from "../api/types";

export interface OrganisationPlans {
  organisationId: string;
  organisationName: string;
  plans: PlanSummary[];
}

export interface PlanListFilter {
  organisationId: string | null;
  /** a year the plan covers (yearFrom ≤ year ≤ yearTo). */
  year: number | null;
}

export function filterPlans(plans: readonly PlanSummary[], filter: PlanListFilter): PlanSummary[] {
  return plans.filter(
    (p) =>
      (filter.organisationId === null || p.organisationId === filter.organisationId) &&
      (filter.year === null || (p.yearFrom <= filter.year && filter.year <= p.yearTo)),
  );
}

/** Organisations in alphabetical order; each one's plans from the most recent year. */
export function groupPlansByOrganisation(plans: readonly PlanSummary[]): OrganisationPlans[] {
  const groups = new Map<string, OrganisationPlans>();
  for (const plan of plans) {
    const group = groups.get(plan.organisationId) ?? { organisationId: plan.organisationId, organisationName: plan.organisationName, plans: [] };
    group.plans.push(plan);
    groups.set(plan.organisationId, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, plans: [...g.plans].sort((a, b) => b.yearTo - a.yearTo || b.yearFrom - a.yearFrom || a.title.localeCompare(b.title, "it")) }))
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, "it"));
}

/** Every year some plan covers, most recent first (ARTI 2021–2023 adds 2021, 2022, 2023). */
export function planYears(plans: readonly PlanSummary[]): number[] {
  const years = new Set<number>();
  for (const p of plans) for (let y = p.yearFrom; y <= p.yearTo; y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}
