// URLs of the API, in one place.
const enc = encodeURIComponent;

export const apiPaths = {
  plans: () => "/api/plans",
  plan: (planId: string) => `/api/plans/${enc(planId)}`,
  measurements: (planId: string) => `/api/plans/${enc(planId)}/measurements`,
  measurement: (planId: string, id: string) => `/api/plans/${enc(planId)}/measurements/${enc(id)}`,
  evaluation: (planId: string, periodId: string | null) =>
    `/api/plans/${enc(planId)}/evaluation${periodId ? `?periodId=${enc(periodId)}` : ""}`,
  exportXlsx: (planId: string) => `/api/plans/${enc(planId)}/export.xlsx`,
  /** a report of the plan (relazione.docx, relazione.pdf, monitoraggio.xlsx, open-data.csv, open-data.json); latest period when none. */
  report: (planId: string, file: string, periodId: string | null) =>
    `/api/plans/${enc(planId)}/reports/${file}${periodId ? `?periodId=${enc(periodId)}` : ""}`,
  imports: () => "/api/imports",
};
