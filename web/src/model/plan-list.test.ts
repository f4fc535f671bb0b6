import { describe, expect, it } from "vitest";
import type { PlanSummary } from "../api/types";
import { filterPlans, groupPlansByOrganisation, planYears } from "./plan-list";

// The four demo plans as GET /api/plans lists them (from the seeds).
const plans: PlanSummary[] = [
  { id: "afol-2022", organisationId: "afol-metropolitana", organisationName: "AFOL Metropolitana", title: "Piano Performance 2022", kind: "performance_plan", yearFrom: 2022, yearTo: 2022, state: "approved", version: 1, approvalAct: "Approvato nel Cda del 10 giugno 2022", approvalDate: "2022-06-10" },
  { id: "anpal-servizi-2019", organisationId: "anpal-servizi", organisationName: "ANPAL Servizi S.p.A.", title: "Rapporto sui risultati 2019", kind: "operating_plan", yearFrom: 2019, yearTo: 2021, state: "draft", version: 1, approvalAct: null, approvalDate: null },
  { id: "arti-2021", organisationId: "arti-toscana", organisationName: "Agenzia Regionale Toscana per l'Impiego (ARTI)", title: "Monitoraggio intermedio obiettivi 2021 - ARTI", kind: "monitoring_report", yearFrom: 2021, yearTo: 2023, state: "draft", version: 1, approvalAct: null, approvalDate: null },
  { id: "lombardia-2026", organisationId: "regione-lombardia", organisationName: "Regione Lombardia", title: "Obiettivi strategici per l'anno 2026", kind: "objectives_assigned", yearFrom: 2026, yearTo: 2026, state: "draft", version: 1, approvalAct: null, approvalDate: null },
];

describe("plans list", () => {
  it("groups the four demo plans by organisation, AFOL first, Regione Lombardia last", () => {
    const groups = groupPlansByOrganisation(plans);
    expect(groups.map((g) => g.organisationName)).toEqual([
      "AFOL Metropolitana",
      "Agenzia Regionale Toscana per l'Impiego (ARTI)",
      "ANPAL Servizi S.p.A.",
      "Regione Lombardia",
    ]);
  });

  it("year 2021 finds ARTI 2021–2023 and ANPAL 2019–2021, not AFOL 2022", () => {
    expect(filterPlans(plans, { organisationId: null, year: 2021 }).map((p) => p.id)).toEqual(["anpal-servizi-2019", "arti-2021"]);
    expect(filterPlans(plans, { organisationId: "afol-metropolitana", year: null }).map((p) => p.id)).toEqual(["afol-2022"]);
  });

  it("the years covered run from 2026 (Lombardia) down to 2019 (ANPAL)", () => {
    expect(planYears(plans)).toEqual([2026, 2023, 2022, 2021, 2020, 2019]);
  });
});
