// Who is signed in: GET /api/auth/session (401 → nobody), sign-in with e-mail and password, sign-out, the
// password change an administrator may require, and the sign-in methods (OpenID Connect when configured).
import { useEffect } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiGet, apiSend, onSessionLost, setCsrfToken } from "./client";

export type Role = "administrator" | "planning_office" | "structure_head" | "evaluator" | "reader";

export interface Account {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  structures: { organisationId: string; structureId: string }[];
  mustChangePassword: boolean;
  demo: boolean;
  hasPassword: boolean;
  federated: boolean;
}

export interface Session {
  account: Account;
  csrfToken: string;
  expiresAt: string;
}

export interface SignInMethods {
  password: boolean;
  oidc: boolean;
}

const sessionKey = ["session"] as const;

/** The current session, or null when nobody is signed in; keeps the CSRF token for writes. */
export function useSession() {
  const client = useQueryClient();
  useEffect(
    () =>
      onSessionLost(() => {
        setCsrfToken(null);
        client.setQueryData(sessionKey, null);
      }),
    [client],
  );
  return useQuery({
    queryKey: sessionKey,
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) => {
      try {
        const session = await apiGet<Session>("/api/auth/session", signal);
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
  });
}

export function useSignInMethods() {
  return useQuery({
    queryKey: ["sign-in-methods"],
    staleTime: Infinity,
    queryFn: async ({ signal }) => {
      try {
        return await apiGet<SignInMethods>("/api/auth/methods", signal);
      } catch {
        return { password: true, oidc: false };
      }
    },
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) => apiSend<Session>("POST", "/api/auth/login", credentials),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      client.setQueryData(sessionKey, session);
      // data read before (or refused) belongs to nobody: read it again as this person
      void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "session" });
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend<void>("POST", "/api/auth/logout"),
    onSettled: () => {
      setCsrfToken(null);
      // first nobody (the sign-in page replaces the screens), then forget what this person could read
      client.setQueryData(sessionKey, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== "session" });
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => apiSend<void>("POST", "/api/auth/password", body),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKey }),
  });
}
