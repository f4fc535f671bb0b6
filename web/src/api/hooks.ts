// Server state through TanStack Query: one hook per thing a screen reads or writes.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { IndicatorStatusOverride } from "@domain/evaluation/indicator-evaluation";
import type { ScoringRulesInput } from "@domain/evaluation/scoring-rules";
import type { Measurement, PlanBundle } from "@domain/model";
import { apiGet, apiSend, apiUpload } from "./client";
import { apiPaths } from "./paths";
import type { ImportReport, PlanEvaluationResponse, PlanSummary } from "./types";

export const queryKeys = {
  plans: ["plans"] as const,
  plan: (planId: string) => ["plan", planId] as const,
  measurementVersions: (planId: string) => ["measurement-versions", planId] as const,
  evaluation: (planId: string, periodId: string | null) => ["evaluation", planId, periodId] as const,
};

/** What the evaluation body stored for a plan (rules, status overrides), as the browser's evaluation applies it. */
export interface EvaluationSettings {
  rules: ScoringRulesInput | null;
  overrides: (IndicatorStatusOverride & { periodId: string })[];
}

interface StoredOverride {
  periodId: string;
  indicatorId: string;
  assigneeId: string | null;
  level: number;
  reason: string;
  createdAt: string;
  createdByLabel: string;
}

/**
 * The plan's stored scoring rules and status overrides, so that the figures computed in the browser (tree,
 * objective, monitoring) are the server's figures. Under the "evaluation" key: changing an override refreshes it.
 */
export function useEvaluationSettings(planId: string | undefined) {
  return useQuery({
    queryKey: ["evaluation", planId ?? "", "settings"],
    enabled: Boolean(planId),
    queryFn: async ({ signal }): Promise<EvaluationSettings> => {
      const base = `/api/plans/${encodeURIComponent(planId!)}`;
      const [overrides, rules] = await Promise.all([
        apiGet<StoredOverride[]>(`${base}/status-overrides`, signal),
        apiGet<{ adopted: boolean; rules: ScoringRulesInput }>(`${base}/scoring-rules`, signal),
      ]);
      return {
        rules: rules.adopted ? rules.rules : null,
        overrides: overrides.map((o) => ({
          periodId: o.periodId,
          indicatorId: o.indicatorId,
          assigneeId: o.assigneeId,
          level: o.level,
          reason: o.reason,
          by: o.createdByLabel,
          at: o.createdAt.slice(0, 10),
        })),
      };
    },
  });
}

export function usePlans() {
  return useQuery({ queryKey: queryKeys.plans, queryFn: ({ signal }) => apiGet<PlanSummary[]>(apiPaths.plans(), signal) });
}

export function usePlan(planId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.plan(planId ?? ""),
    queryFn: ({ signal }) => apiGet<PlanBundle>(apiPaths.plan(planId!), signal),
    enabled: Boolean(planId),
  });
}

/** The server's evaluation of the plan for a period (the plan's own scoring rules apply there). */
export function useEvaluation(planId: string | undefined, periodId: string | null) {
  return useQuery({
    queryKey: queryKeys.evaluation(planId ?? "", periodId),
    enabled: Boolean(planId && periodId),
    queryFn: ({ signal }) => apiGet<PlanEvaluationResponse>(apiPaths.evaluation(planId!, periodId), signal),
  });
}

/**
 * The version (updatedAt) of each measurement of the plan, as read now: a change sends it back and the server
 * refuses it (409) when someone else saved in between. The plan bundle does not carry versions.
 */
export function useMeasurementVersions(planId: string) {
  return useQuery({
    queryKey: queryKeys.measurementVersions(planId),
    queryFn: async ({ signal }) => {
      const list = await apiGet<(Measurement & { updatedAt: string })[]>(apiPaths.measurements(planId), signal);
      return new Map(list.map((m) => [m.id, m.updatedAt]));
    },
  });
}

export interface MeasurementWrite {
  measurement: Measurement;
  /** the version read; null for a new measurement (POST). */
  updatedAt: string | null;
}

/** Saves measurements one by one (PUT with the version read, POST when new); refreshes plan, versions, evaluation. */
export function useSaveMeasurements(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (writes: MeasurementWrite[]) => {
      const saved: Measurement[] = [];
      for (const { measurement, updatedAt } of writes) {
        const { id, ...body } = measurement;
        saved.push(
          updatedAt === null
            ? await apiSend<Measurement>("POST", apiPaths.measurements(planId), { id, ...body })
            : await apiSend<Measurement>("PUT", apiPaths.measurement(planId, id), { ...body, updatedAt }),
        );
      }
      return saved;
    },
    onSettled: () => refreshMeasurements(client, planId),
  });
}

/** Reads again what saving changes: the plan, the versions, the evaluation. */
export async function refreshMeasurements(client: ReturnType<typeof useQueryClient>, planId: string): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.plan(planId) }),
    client.invalidateQueries({ queryKey: queryKeys.measurementVersions(planId) }),
    client.invalidateQueries({ queryKey: ["evaluation", planId] }),
  ]);
  // saving moves a structure's monitoring from open to draft (a new workflow version); not awaited: the grid
  // needs only its values back
  void client.invalidateQueries({ queryKey: ["workflow", planId] });
  void client.invalidateQueries({ queryKey: ["workflow-changes", planId] });
}

export function useImportFile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => apiUpload<ImportReport>(apiPaths.imports(), file),
    onSuccess: async (report) => {
      await client.invalidateQueries({ queryKey: queryKeys.plans });
      await client.invalidateQueries({ queryKey: queryKeys.plan(report.planId) });
    },
  });
}
