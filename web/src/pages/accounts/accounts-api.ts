// The person's own pages and the administration over HTTP: notifications, "Le mie performance", the audit trail
// and accounts (src/server/routes/{notifications,individual-performance,audit,accounts}.routes.ts).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AssessmentScale } from "@domain/model";
import { apiGet, apiSend } from "../../api/client";
import type { Role } from "../../api/session";

export type InboxKind = "values-to-enter" | "submission-to-validate" | "values-returned";

export interface InboxItem {
  kind: InboxKind;
  planId: string;
  planTitle: string;
  periodId: string;
  periodLabel: string;
  cutoffDate: string;
  daysToCutoff: number;
  structureId: string;
  structureName: string;
  message: string;
}

export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: ["notifications"],
    enabled,
    // what awaits the person changes when others act: look again every minute
    refetchInterval: 60_000,
    queryFn: ({ signal }) => apiGet<InboxItem[]>("/api/me/notifications", signal),
  });
}

export interface MyPlanPerformance {
  planId: string;
  planTitle: string;
  organisationId: string;
  scale: AssessmentScale;
  roleWeighting: { id: string; role: string; organisational: number; individual: number; behaviour: number } | null;
  objectives: {
    id: string;
    code: string;
    title: string;
    weight: number | null;
    expectedResult: string | null;
    indicators: { id: string; code: string; definition: string; targets: string[] }[];
  }[];
  scores: { periodId: string; periodLabel: string; value: number; text: string; components: unknown; validatedAt: string; validatedBy: string }[];
}

export function useMyPerformance() {
  return useQuery({ queryKey: ["my-performance"], queryFn: ({ signal }) => apiGet<MyPlanPerformance[]>("/api/me/performance", signal) });
}

export interface AuditEvent {
  id: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  ip: string | null;
  action: string;
  itemType: string;
  itemId: string | null;
  organisationId: string | null;
  planId: string | null;
  periodId: string | null;
  structureId: string | null;
  before: unknown;
  after: unknown;
  note: string | null;
}

export interface AuditFilter {
  planId?: string;
  periodId?: string;
  itemType?: string;
  itemId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
}

const AUDIT_PAGE = 100;

export function auditQuery(filter: AuditFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...extra })) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Newest first, a hundred at a time ("Mostra eventi precedenti" asks for those before the last one shown). */
export function useAuditEvents(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ["audit", filter],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam, signal }) =>
      apiGet<AuditEvent[]>(`/api/audit${auditQuery(filter, { limit: String(AUDIT_PAGE), ...(pageParam ? { beforeId: String(pageParam) } : {}) })}`, signal),
    getNextPageParam: (last) => (last.length === AUDIT_PAGE ? last[last.length - 1]!.id : null),
  });
}

export interface AccountRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  structures: { organisationId: string; structureId: string }[];
  active: boolean;
  mustChangePassword: boolean;
  demo: boolean;
  hasPassword: boolean;
  federated: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export interface AccountInput {
  displayName: string;
  role: Role;
  organisationId: string | null;
  structures: { organisationId: string; structureId: string }[];
}

export function useAccounts(enabled: boolean) {
  return useQuery({ queryKey: ["accounts"], enabled, queryFn: ({ signal }) => apiGet<AccountRow[]>("/api/accounts", signal) });
}

function useAccountMutation<Input, Output>(send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSettled: () => client.invalidateQueries({ queryKey: ["accounts"] }) });
}

export function useCreateAccount() {
  return useAccountMutation((input: AccountInput & { email: string }) =>
    apiSend<{ account: AccountRow; temporaryPassword: string | null }>("POST", "/api/accounts", input),
  );
}

export function useUpdateAccount() {
  return useAccountMutation(({ id, ...input }: AccountInput & { id: string; active: boolean }) =>
    apiSend<AccountRow>("PUT", `/api/accounts/${encodeURIComponent(id)}`, input),
  );
}

export function useResetPassword() {
  return useAccountMutation((id: string) =>
    apiSend<{ temporaryPassword: string | null }>("POST", `/api/accounts/${encodeURIComponent(id)}/password-reset`, {}),
  );
}
