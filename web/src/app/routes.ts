// The addresses of the screens, in Italian like the words users say; deep links are stable.
const enc = encodeURIComponent;

export const ROUTES = {
  plans: "/",
  planTree: "/piani/:planId",
  objective: "/piani/:planId/obiettivi/:objectiveId",
  monitoring: "/piani/:planId/monitoraggio",
  dashboard: "/piani/:planId/cruscotto",
  import: "/importa",
  accessibility: "/accessibilita",
} as const;

export const links = {
  plans: () => "/",
  planTree: (planId: string) => `/piani/${enc(planId)}`,
  objective: (planId: string, objectiveId: string) => `/piani/${enc(planId)}/obiettivi/${enc(objectiveId)}`,
  monitoring: (planId: string, periodId?: string | null) =>
    `/piani/${enc(planId)}/monitoraggio${periodId ? `?periodo=${enc(periodId)}` : ""}`,
  dashboard: (planId: string, periodId?: string | null) =>
    `/piani/${enc(planId)}/cruscotto${periodId ? `?periodo=${enc(periodId)}` : ""}`,
  import: () => "/importa",
  accessibility: () => "/accessibilita",
};
