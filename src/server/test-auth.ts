// For tests: an account of the given role, signed in through the real sign-in route. The returned headers carry
// the session cookie and the CSRF token, so `app.inject({ ..., headers: admin.headers })` acts as that person.
import { randomUUID } from "node:crypto";
import type { FastifyInstance, InjectOptions } from "fastify";
import { createAccount, type Account, type StructureScope } from "../auth/accounts";
import { CSRF_HEADER } from "../auth/plugin";
import type { Role } from "../auth/roles";
import { SYSTEM_ACTOR } from "../audit/audit-log";

export interface SignedIn {
  account: Account;
  /** the password of the account (signIn makes one up). */
  password: string;
  csrfToken: string;
  /** the session cookie alone ("name=value"). */
  cookie: string;
  headers: { cookie: string; [CSRF_HEADER]: string };
}

export interface SignInOptions {
  organisationId?: string | null;
  structures?: StructureScope[];
  email?: string;
  displayName?: string;
}

export async function signIn(app: FastifyInstance, role: Role, options: SignInOptions = {}): Promise<SignedIn> {
  const password = `prova-${randomUUID()}`;
  const email = options.email ?? `${role}-${randomUUID().slice(0, 8)}@prova.traguardo.local`;
  await app.ready();
  const account = await createAccount(
    app.authDatabase,
    {
      email,
      displayName: options.displayName ?? `Prova ${role}`,
      role,
      organisationId: options.organisationId ?? null,
      structures: options.structures ?? [],
      password,
    },
    SYSTEM_ACTOR,
  );
  return { ...(await signInWithPassword(app, account.email, password)), account };
}

/** Signs in an existing account; throws with the server's answer when the sign-in is refused. */
export async function signInWithPassword(app: FastifyInstance, email: string, password: string): Promise<SignedIn> {
  const res = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`accesso di ${email} rifiutato: ${res.statusCode} ${res.body}`);
  const setCookie = [res.headers["set-cookie"]].flat().find((c): c is string => typeof c === "string" && c.includes("traguardo-session="));
  if (!setCookie) throw new Error("nessun cookie di sessione nella risposta di accesso");
  const cookie = setCookie.split(";")[0]!;
  const body = res.json() as { csrfToken: string; account: Account };
  return { account: body.account, password, csrfToken: body.csrfToken, cookie, headers: { cookie, [CSRF_HEADER]: body.csrfToken } };
}

/** A request as a signed-in person: their session cookie and CSRF token are added to the request's headers. */
export function injectAs(app: FastifyInstance, who: Pick<SignedIn, "headers">, options: InjectOptions) {
  return app.inject({ ...options, headers: { ...who.headers, ...options.headers } });
}
