// The "Dati di servizio" screen's reads and writes: bindings of indicators to analytics definitions, recomputing
// a period, and the decision on computed values awaiting review. Every write refreshes the plan (its
// measurements carry the values and their provenance) and the evaluation.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DatasetSummary, Measurement } from "@domain/model";
import { apiGet, apiSend } from "../../api/client";

const enc = encodeURIComponent;

export const serviceDataPaths = {
  bindings: (planId: string) => `/api/plans/${enc(planId)}/analytics-bindings`,
  binding: (planId: string, indicatorId: string) => `/api/plans/${enc(planId)}/analytics-bindings/${enc(indicatorId)}`,
  compute: (planId: string, periodId: string) => `/api/plans/${enc(planId)}/analytics/compute?periodId=${enc(periodId)}`,
  review: (planId: string, measurementId: string) => `/api/plans/${enc(planId)}/analytics/reviews/${enc(measurementId)}`,
  structureMap: (planId: string) => `/api/plans/${enc(planId)}/analytics-structure-map`,
};

export interface DefinitionSummary {
  id: string;
  title: string;
  description: string | null;
  source: string;
  unit: "persons" | "events";
  measure: "count" | "rate" | "duration";
  periodBasis: string;
}

export interface Binding {
  indicatorId: string;
  definitionId: string;
  structureMap: Record<string, string>;
  createdAt: string;
  createdBy: string;
  indicatorCode: string | null;
  indicatorDefinition: string | null;
  definitionTitle: string | null;
}

export interface CpiOffice {
  code: string;
  name: string | null;
  province: string | null;
  region: string | null;
}

export interface ServiceData {
  definitions: DefinitionSummary[];
  bindings: Binding[];
  measurements: (Measurement & { updatedAt: string })[];
  /** the CPI of the loaded data, and the files loaded (null before any load). */
  offices: CpiOffice[];
  dataset: DatasetSummary | null;
  organisationId: string;
  structures: { id: string; name: string }[];
}

export interface ComputeSummary {
  periodId: string;
  period: { from: string; to: string };
  datasetId: string | null;
  created: number;
  updated: number;
  awaitingReview: number;
  unchanged: number;
  skipped: { indicatorId: string; reason: string }[];
}

const serviceDataKey = (planId: string) => ["service-data", planId] as const;

export function useServiceData(planId: string) {
  return useQuery({ queryKey: serviceDataKey(planId), queryFn: ({ signal }) => apiGet<ServiceData>(serviceDataPaths.bindings(planId), signal) });
}

export function useServiceDataActions(planId: string) {
  const client = useQueryClient();
  const refresh = async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: serviceDataKey(planId) }),
      client.invalidateQueries({ queryKey: ["plan", planId] }),
      client.invalidateQueries({ queryKey: ["measurement-versions", planId] }),
      client.invalidateQueries({ queryKey: ["evaluation", planId] }),
    ]);
  };
  const bind = useMutation({
    mutationFn: (input: { indicatorId: string; definitionId: string; structureMap?: Record<string, string> }) =>
      apiSend("PUT", serviceDataPaths.binding(planId, input.indicatorId), { definitionId: input.definitionId, structureMap: input.structureMap }),
    onSuccess: refresh,
  });
  const unbind = useMutation({
    mutationFn: (indicatorId: string) => apiSend("DELETE", serviceDataPaths.binding(planId, indicatorId)),
    onSuccess: refresh,
  });
  const compute = useMutation({
    mutationFn: (periodId: string) => apiSend<ComputeSummary>("POST", serviceDataPaths.compute(planId, periodId)),
    onSuccess: refresh,
  });
  const review = useMutation({
    mutationFn: (input: { measurementId: string; decision: "accept" | "keep-manual" }) =>
      apiSend("POST", serviceDataPaths.review(planId, input.measurementId), { decision: input.decision }),
    onSuccess: refresh,
  });
  const saveStructureMap = useMutation({
    mutationFn: (structureMap: Record<string, string>) => apiSend<{ bindings: Binding[] }>("PUT", serviceDataPaths.structureMap(planId), { structureMap }),
    onSuccess: refresh,
  });
  return { bind, unbind, compute, review, saveStructureMap };
}
