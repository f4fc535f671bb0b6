// Authentication for the whole API: reads the session cookie, refuses /api calls without a session (401) except
// the routes marked public, checks the CSRF token on every write, and keeps a person who must change the
// password out of everything else. Public pages and the web app's files are outside /api and untouched.
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Database } from "../db/connect";
import type { Actor } from "../audit/audit-log";
import type { Account } from "./accounts";
import { isSameToken, resolveSession, type ActiveSession } from "./sessions";
import { sessionCookieName, type SecuritySettings } from "./settings";
import { retryMessage } from "./sign-in-limits";

export type SessionUser = Account & { sessionId: string };

/** A route as registered: what the permission matrix test iterates over. */
export interface RegisteredRoute {
  method: string;
  url: string;
  isPublic: boolean;
}

declare module "fastify" {
  interface FastifyInstance {
    /** every route of the application, filled as routes are registered (after registerAuthentication). */
    registeredRoutes: RegisteredRoute[];
  }
  interface FastifyRequest {
    /** the signed-in person, null on public routes without a session. */
    user: SessionUser | null;
    authSession: ActiveSession | null;
  }
  interface FastifyContextConfig {
    /** reachable without a session (health, sign-in, public pages' data). */
    public?: boolean;
    /** reachable while the person must still change the password given by an administrator. */
    allowPendingPasswordChange?: boolean;
  }
}

/** /api addresses public by nature that plugins register (the OpenAPI document and its UI). */
const PUBLIC_API_PREFIXES = ["/api/health", "/api/docs"];
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
export const CSRF_HEADER = "x-csrf-token";

function isApiPath(url: string): boolean {
  const path = url.split("?")[0] ?? "";
  return path === "/api" || path.startsWith("/api/");
}

function isPublicRoute(request: FastifyRequest): boolean {
  if (request.routeOptions.config?.public === true) return true;
  const path = request.url.split("?")[0] ?? "";
  return PUBLIC_API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

export function actorOf(request: FastifyRequest): Actor {
  const user = request.user;
  return {
    accountId: user?.id ?? null,
    label: user ? `${user.displayName} <${user.email}>` : "anonimo",
    ip: request.ip ?? null,
  };
}

export function setSessionCookie(reply: FastifyReply, settings: SecuritySettings, token: string, expiresAt: Date): void {
  reply.setCookie(sessionCookieName(settings), token, {
    httpOnly: true,
    secure: settings.cookieSecure,
    // Lax, not Strict: the browser comes back from the OpenID provider through a cross-site redirect
    sameSite: "lax",
    path: "/",
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, settings: SecuritySettings): void {
  reply.clearCookie(sessionCookieName(settings), { path: "/", secure: settings.cookieSecure, httpOnly: true, sameSite: "lax" });
}

export async function registerAuthentication(app: FastifyInstance, db: Database, settings: SecuritySettings): Promise<void> {
  await app.register(cookie);
  // limits only where a route asks (config.rateLimit: the sign-in route against floods)
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(retryMessage("Troppe richieste", context.ttl / 60_000)), { statusCode: context.statusCode }),
  });
  const routes: RegisteredRoute[] = [];
  app.decorate("registeredRoutes", routes);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) {
      routes.push({ method, url: route.url, isPublic: route.config?.public === true });
    }
  });
  app.decorateRequest("user", null);
  app.decorateRequest("authSession", null);

  app.addHook("onRequest", async (request, reply) => {
    if (!isApiPath(request.url)) return;
    const token = request.cookies[sessionCookieName(settings)];
    const session = token ? await resolveSession(db, token) : null;
    if (session) {
      request.authSession = session;
      request.user = { ...session.account, sessionId: session.sessionId };
    } else if (token) {
      // an expired or revoked session: forget the cookie so the browser stops sending it
      clearSessionCookie(reply, settings);
    }
    if (isPublicRoute(request)) return;
    if (!session) {
      return reply.code(401).send({ error: "Accesso richiesto: la sessione è assente, scaduta o revocata" });
    }
    if (UNSAFE_METHODS.has(request.method) && !isSameToken(session.csrfToken, request.headers[CSRF_HEADER] as string | undefined)) {
      request.log.warn({ account: session.account.id, url: request.url }, "token CSRF mancante o non valido");
      return reply.code(403).send({ error: `Token CSRF mancante o non valido: inviare l'intestazione ${CSRF_HEADER} ricevuta all'accesso` });
    }
    if (session.account.mustChangePassword && request.routeOptions.config?.allowPendingPasswordChange !== true) {
      return reply.code(403).send({ error: "Prima di continuare è necessario cambiare la password assegnata dall'amministratore" });
    }
  });
}
