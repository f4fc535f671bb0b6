// Reports and publications over HTTP (src/server/routes/reports.routes.ts, publications.routes.ts): what the
// server offers for a plan, the addresses of each download, the plan's publications and the publish action.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiGet, apiSend } from "../../api/client";

const enc = encodeURIComponent;

export type WorkbookLayout = "arti-monitoraggio" | "afol-piano" | "anpal-rapporto";

/** GET /api/plans/:planId/reports */
export interface ReportCatalogue {
  workbookLayout: WorkbookLayout;
  hasIndividualChapter: boolean;
  hasPeriods: boolean;
  files: { format: "docx" | "pdf" | "xlsx" | "csv" | "json"; file: string; label: string }[];
}

export interface PublicationDownload {
  file: string;
  label: string;
  url: string;
}

/** GET /api/plans/:planId/publications */
export interface PlanPublication {
  id: string;
  planId: string;
  periodId: string | null;
  periodLabel: string | null;
  title: string;
  publishedAt: string;
  publishedBy: string;
  publishedByName: string;
  planScore: number | null;
  publicUrl: string;
  downloads: PublicationDownload[];
}

export const publishingPaths = {
  catalogue: (planId: string) => `/api/plans/${enc(planId)}/reports`,
  /** a report of the plan as it is now; the Relazione may leave out the individual performance chapter. */
  report: (planId: string, file: string, periodId: string | null, options: { includeIndividual?: boolean } = {}) => {
    const query = new URLSearchParams();
    if (periodId) query.set("periodId", periodId);
    if (options.includeIndividual === false) query.set("includeIndividual", "false");
    const text = query.toString();
    return `/api/plans/${enc(planId)}/reports/${file}${text ? `?${text}` : ""}`;
  },
  template: (planId: string) => `/api/plans/${enc(planId)}/export.xlsx`,
  dictionary: () => "/api/open-data/dizionario.csv",
  schema: () => "/api/open-data/schema.json",
  catalog: () => "/trasparenza/catalogo.jsonld",
  publications: (planId: string) => `/api/plans/${enc(planId)}/publications`,
};

const keys = {
  catalogue: (planId: string) => ["report-catalogue", planId] as const,
  publications: (planId: string) => ["plan-publications", planId] as const,
};

export function useReportCatalogue(planId: string) {
  return useQuery({ queryKey: keys.catalogue(planId), queryFn: ({ signal }) => apiGet<ReportCatalogue>(publishingPaths.catalogue(planId), signal) });
}

export function usePlanPublications(planId: string) {
  return useQuery({ queryKey: keys.publications(planId), queryFn: ({ signal }) => apiGet<PlanPublication[]>(publishingPaths.publications(planId), signal) });
}

/** POST /api/plans/:planId/publications: freezes the plan for the period; refreshes the list. */
export function usePublish(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (periodId: string | null) => apiSend<Omit<PlanPublication, "publishedByName">>("POST", publishingPaths.publications(planId), periodId ? { periodId } : {}),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.publications(planId) }),
  });
}
