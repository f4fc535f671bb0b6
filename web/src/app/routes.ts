// The addresses of the screens, in Italian like the words users say; deep links are stable.
const enc = encodeURIComponent;

export const ROUTES = {
  plans: "/",
  planTree: "/piani/:planId",
  objective: "/piani/:planId/obiettivi/:objectiveId",
  monitoring: "/piani/:planId/monitoraggio",
  dashboard: "/piani/:planId/cruscotto",
  /** the evaluation screens; the page routes its own sections (findings, overrides, …) below this address. */
  evaluation: "/piani/:planId/valutazione/*",
  /** plan editing forms; sections below this address. */
  editor: "/piani/:planId/modifica/*",
  /** the monitoring workflow of a plan: each period × structure, from open to closed. */
  workflow: "/piani/:planId/approvazione",
  /** reports, open data and publication of a plan. */
  publishing: "/piani/:planId/pubblicazione",
  /** plan indicators computed from service-delivery data. */
  serviceData: "/piani/:planId/dati-di-servizio",
  audit: "/registro",
  notifications: "/notifiche",
  myPerformance: "/le-mie-performance",
  users: "/utenti",
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
  evaluation: (planId: string, section?: string) => `/piani/${enc(planId)}/valutazione${section ? `/${enc(section)}` : ""}`,
  editor: (planId: string, section?: string) => `/piani/${enc(planId)}/modifica${section ? `/${section}` : ""}`,
  workflow: (planId: string, periodId?: string | null) =>
    `/piani/${enc(planId)}/approvazione${periodId ? `?periodo=${enc(periodId)}` : ""}`,
  publishing: (planId: string) => `/piani/${enc(planId)}/pubblicazione`,
  serviceData: (planId: string) => `/piani/${enc(planId)}/dati-di-servizio`,
  audit: () => "/registro",
  notifications: () => "/notifiche",
  myPerformance: () => "/le-mie-performance",
  users: () => "/utenti",
  import: () => "/importa",
  accessibility: () => "/accessibilita",
};
