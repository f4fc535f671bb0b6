// The monitoring workflow over HTTP: the state of every structure for a period, the transitions (one structure or
// many at once), opening a period, and the changes made after validation (src/server/routes/workflow.routes.ts).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiGet, apiSend } from "../../api/client";
import { queryKeys } from "../../api/hooks";

export type WorkflowState = "open" | "draft" | "submitted" | "returned" | "validated" | "closed";
export type Transition = "submit" | "validate" | "return" | "close" | "reopen";

/** GET …/periods/:periodId/workflow, one row per structure (the plan's own values under "_piano"). */
export interface WorkflowView {
  structureId: string;
  structureName: string;
  state: WorkflowState;
  stateLabel: string;
  version: number;
  values: number;
  missing: number;
  submittedAt: string | null;
  submittedBy: string | null;
  validatedAt: string | null;
  validatedBy: string | null;
  returnedAt: string | null;
  returnedBy: string | null;
  returnReason: string | null;
  closedAt: string | null;
  closedBy: string | null;
  reopenedAt: string | null;
  reopenedBy: string | null;
  reopenReason: string | null;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ValidationChanges {
  validatedAt: string | null;
  validatedBy: string | null;
  changes: { measurementId: string; indicatorId: string; kind: "added" | "removed" | "changed"; fields: FieldChange[] }[];
  events: { id: number; at: string; actorLabel: string; action: string; itemId: string | null; before: unknown; after: unknown }[];
}

/** The workflow key of values no structure owns (src/workflow/ownership.ts). */
export const PLAN_WIDE_SCOPE = "_piano";

const enc = encodeURIComponent;
const base = (planId: string, periodId: string) => `/api/plans/${enc(planId)}/periods/${enc(periodId)}/workflow`;

export const workflowKeys = {
  period: (planId: string, periodId: string) => ["workflow", planId, periodId] as const,
  changes: (planId: string, periodId: string, structureId: string) => ["workflow-changes", planId, periodId, structureId] as const,
};

export function useWorkflows(planId: string, periodId: string | null) {
  return useQuery({
    queryKey: workflowKeys.period(planId, periodId ?? ""),
    enabled: Boolean(periodId),
    queryFn: ({ signal }) => apiGet<WorkflowView[]>(base(planId, periodId!), signal),
  });
}

export function useValidationChanges(planId: string, periodId: string, structureId: string, enabled: boolean) {
  return useQuery({
    queryKey: workflowKeys.changes(planId, periodId, structureId),
    enabled,
    queryFn: ({ signal }) => apiGet<ValidationChanges>(`${base(planId, periodId)}/${enc(structureId)}/changes`, signal),
  });
}

/** After any transition: the states, the values (drafts become visible to readers once validated), the inbox. */
function useRefreshAfterTransition(planId: string, periodId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: workflowKeys.period(planId, periodId) }),
      client.invalidateQueries({ queryKey: ["workflow-changes", planId, periodId] }),
      client.invalidateQueries({ queryKey: queryKeys.plan(planId) }),
      client.invalidateQueries({ queryKey: ["notifications"] }),
      client.invalidateQueries({ queryKey: ["audit"] }),
    ]);
}

export interface TransitionRequest {
  structureId: string;
  transition: Transition;
  reason?: string | null;
  /** the version read: the server answers 409 when someone acted in between. */
  version: number;
}

export function useTransition(planId: string, periodId: string) {
  const refresh = useRefreshAfterTransition(planId, periodId);
  return useMutation({
    mutationFn: ({ structureId, transition, reason, version }: TransitionRequest) =>
      apiSend<WorkflowView>("POST", `${base(planId, periodId)}/${enc(structureId)}/${transition}`, { reason: reason ?? null, version }),
    onSettled: refresh,
  });
}

/** Validation or closing of many structures in one transaction: all or none. */
export function useBulkTransition(planId: string, periodId: string) {
  const refresh = useRefreshAfterTransition(planId, periodId);
  return useMutation({
    mutationFn: ({ transition, structureIds }: { transition: "validate" | "close"; structureIds: string[] }) =>
      apiSend<WorkflowView[]>("POST", `${base(planId, periodId)}/${transition}`, { structureIds }),
    onSettled: refresh,
  });
}

export function useOpenPeriod(planId: string, periodId: string) {
  const refresh = useRefreshAfterTransition(planId, periodId);
  return useMutation({
    mutationFn: () => apiSend<WorkflowView[]>("POST", `${base(planId, periodId)}/open`),
    onSettled: refresh,
  });
}
