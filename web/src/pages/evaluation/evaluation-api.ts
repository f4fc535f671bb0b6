// The evaluation screens' reads and writes: status overrides, the what-if simulation. Writing an override
// refreshes every evaluation of the plan, so the dashboard shows it at once.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { WhatIfResult } from "@domain/evaluation/what-if";
import { apiSend } from "../../api/client";

const enc = encodeURIComponent;

export const evaluationPaths = {
  statusOverride: (planId: string, periodId: string, indicatorId: string) => `/api/plans/${enc(planId)}/status-overrides/${enc(periodId)}/${enc(indicatorId)}`,
  whatIf: (planId: string) => `/api/plans/${enc(planId)}/evaluation/what-if`,
};

export interface OverrideInput {
  periodId: string;
  indicatorId: string;
  level: number;
  reason: string;
}

export function useStatusOverride(planId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ["evaluation", planId] });
  const save = useMutation({
    mutationFn: (input: OverrideInput) => apiSend("PUT", evaluationPaths.statusOverride(planId, input.periodId, input.indicatorId), { level: input.level, reason: input.reason }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (input: { periodId: string; indicatorId: string }) => apiSend("DELETE", evaluationPaths.statusOverride(planId, input.periodId, input.indicatorId)),
    onSuccess: refresh,
  });
  return { save, remove };
}

export interface WhatIfInput {
  periodId: string;
  objectiveWeights?: Record<string, number | null>;
  targets?: Record<string, string>;
}

/** Nothing is saved: the server evaluates the plan twice, as it is and with the changes. */
export function useWhatIf(planId: string) {
  return useMutation({ mutationFn: (input: WhatIfInput) => apiSend<WhatIfResult>("POST", evaluationPaths.whatIf(planId), input) });
}
