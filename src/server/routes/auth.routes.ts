// Sign-in and sign-out: password (rate-limited), OpenID Connect, the current session and its CSRF token,
// the person's own password change.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { findAccountForSignIn, getAccount, markSignedIn, normaliseEmail, setPassword, type Account } from "../../auth/accounts";
import { requireUser } from "../../auth/authorize";
import { finishOidcSignIn, startOidcSignIn } from "../../auth/oidc";
import { passwordProblem, verifyPassword } from "../../auth/passwords";
import { actorOf, clearSessionCookie, setSessionCookie } from "../../auth/plugin";
import { Role } from "../../auth/roles";
import { createSession, revokeSession } from "../../auth/sessions";
import { checkSignInLimit, retryMessage } from "../../auth/sign-in-limits";
import { securitySettings } from "../../auth/settings";
import { recordAudit } from "../../audit/audit-log";
import type { AppContext } from "../context";
import { ErrorBody, InvalidRequestError, NotFoundError } from "../errors";

export const AccountView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: Role,
  organisationId: z.string().nullable(),
  structures: z.array(z.object({ organisationId: z.string(), structureId: z.string() })),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  demo: z.boolean(),
  hasPassword: z.boolean(),
  federated: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
});

export function accountView(account: Account): z.infer<typeof AccountView> {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    organisationId: account.organisationId,
    structures: account.structures,
    active: account.active,
    mustChangePassword: account.mustChangePassword,
    demo: account.demo,
    hasPassword: account.hasPassword,
    federated: account.oidcIssuer !== null,
    createdAt: account.createdAt.toISOString(),
    lastSignInAt: account.lastSignInAt?.toISOString() ?? null,
  };
}

const SessionView = z.object({ account: AccountView, csrfToken: z.string(), expiresAt: z.string() });
const OIDC_STATE_COOKIE = "traguardo-oidc-state";
const tags = ["accesso"];

export const authRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    const settings = securitySettings(ctx.security);

    app.get(
      "/api/auth/methods",
      {
        config: { public: true },
        schema: {
          tags,
          summary: "Modi di accesso disponibili (per la pagina di accesso)",
          response: { 200: z.object({ password: z.literal(true), oidc: z.boolean() }) },
        },
      },
      async () => ({ password: true as const, oidc: settings.oidc !== null }),
    );

    app.post(
      "/api/auth/login",
      {
        config: {
          public: true,
          // a coarse limit per address against floods; wrong passwords are limited per address and e-mail below
          rateLimit: { max: settings.signInAttempts * 10, timeWindow: settings.signInWindowMinutes * 60_000 },
        },
        schema: {
          tags,
          summary: "Accesso con e-mail e password: imposta il cookie di sessione, restituisce il token CSRF",
          body: z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) }),
          response: { 200: SessionView, 401: ErrorBody, 429: ErrorBody },
        },
      },
      async (req, reply) => {
        const email = normaliseEmail(req.body.email);
        const limit = await checkSignInLimit(db, { email, ip: req.ip }, { attempts: settings.signInAttempts, windowMinutes: settings.signInWindowMinutes });
        if (limit.blocked) {
          return reply.code(429).send({ error: retryMessage("Troppi tentativi di accesso", limit.retryInMinutes) });
        }
        const row = await findAccountForSignIn(db, email);
        const valid = await verifyPassword(row?.passwordHash ?? null, req.body.password);
        if (!row || !valid || !row.active) {
          await recordAudit(db, { accountId: null, label: "anonimo", ip: req.ip }, {
            action: "sign-in-failed",
            itemType: "account",
            itemId: row?.id ?? null,
            organisationId: row?.organisationId ?? null,
            after: { email },
            note: row && valid && !row.active ? "account disattivato" : null,
          });
          // the same answer for an unknown e-mail, a wrong password and a disabled account
          return reply.code(401).send({ error: "E-mail o password non corretti" });
        }
        const session = await createSession(db, row.id, {
          method: "password",
          ip: req.ip,
          userAgent: req.headers["user-agent"] ?? null,
          hours: settings.sessionHours,
        });
        await markSignedIn(db, row.id);
        const account = (await getAccount(db, row.id))!;
        await recordAudit(db, { accountId: account.id, label: `${account.displayName} <${account.email}>`, ip: req.ip }, {
          action: "sign-in",
          itemType: "account",
          itemId: account.id,
          organisationId: account.organisationId,
          after: { email, method: "password" },
        });
        setSessionCookie(reply, settings, session.token, session.expiresAt);
        return { account: accountView(account), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
      },
    );

    app.get(
      "/api/auth/session",
      {
        config: { allowPendingPasswordChange: true },
        schema: { tags, summary: "La sessione in corso: chi sono, il token CSRF, la scadenza", response: { 200: SessionView } },
      },
      async (req) => {
        const user = requireUser(req);
        const session = req.authSession!;
        return { account: accountView(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
      },
    );

    app.post(
      "/api/auth/logout",
      {
        config: { allowPendingPasswordChange: true },
        schema: { tags, summary: "Esce: la sessione è revocata e non può più essere usata", response: { 204: z.null() } },
      },
      async (req, reply) => {
        const user = requireUser(req);
        await db.transaction(async (tx) => {
          await revokeSession(tx, user.sessionId);
          await recordAudit(tx, actorOf(req), { action: "sign-out", itemType: "account", itemId: user.id, organisationId: user.organisationId });
        });
        clearSessionCookie(reply, settings);
        return reply.code(204).send(null);
      },
    );

    app.post(
      "/api/auth/password",
      {
        config: { allowPendingPasswordChange: true },
        schema: {
          tags,
          summary: "Cambia la propria password (le altre sessioni sono revocate)",
          body: z.object({ currentPassword: z.string().max(1024), newPassword: z.string().max(1024) }),
          response: { 204: z.null(), 400: ErrorBody },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const row = await findAccountForSignIn(db, user.email);
        if (!row?.passwordHash) {
          throw new InvalidRequestError("Questo account accede tramite il fornitore di identità e non ha una password");
        }
        if (!(await verifyPassword(row.passwordHash, req.body.currentPassword))) {
          throw new InvalidRequestError("Password attuale non corretta", [{ path: "body.currentPassword", message: "non corretta" }]);
        }
        const problem = passwordProblem(req.body.newPassword, { email: user.email });
        if (problem) throw new InvalidRequestError("Nuova password non accettabile", [{ path: "body.newPassword", message: problem }]);
        if (req.body.newPassword === req.body.currentPassword) {
          throw new InvalidRequestError("Nuova password non accettabile", [{ path: "body.newPassword", message: "deve essere diversa dalla attuale" }]);
        }
        await setPassword(db, user.id, req.body.newPassword, { mustChange: false, keepSessionId: user.sessionId }, actorOf(req));
        return reply.code(204).send(null);
      },
    );

    app.get(
      "/api/auth/oidc/login",
      {
        config: { public: true },
        schema: { tags, summary: "Accesso tramite OpenID Connect: rimanda al fornitore di identità", response: { 302: z.null(), 404: ErrorBody } },
      },
      async (_req, reply) => {
        if (!settings.oidc) throw new NotFoundError("Accesso tramite OpenID Connect non configurato");
        const { url, state } = await startOidcSignIn(db, settings.oidc);
        reply.setCookie(OIDC_STATE_COOKIE, state, {
          httpOnly: true,
          secure: settings.cookieSecure,
          sameSite: "lax",
          path: "/api/auth/oidc",
          maxAge: 600,
        });
        return reply.redirect(url.href, 302);
      },
    );

    app.get(
      "/api/auth/oidc/callback",
      {
        config: { public: true },
        schema: {
          tags,
          summary: "Ritorno dal fornitore di identità: apre la sessione e rimanda all'applicazione",
          response: { 302: z.null(), 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (req, reply) => {
        if (!settings.oidc) throw new NotFoundError("Accesso tramite OpenID Connect non configurato");
        const query = req.url.includes("?") ? req.url.slice(req.url.indexOf("?") + 1) : "";
        const browserState = req.cookies[OIDC_STATE_COOKIE];
        reply.clearCookie(OIDC_STATE_COOKIE, { path: "/api/auth/oidc" });
        let account: Account;
        try {
          account = await finishOidcSignIn(db, settings.oidc, query, browserState);
        } catch (error) {
          await recordAudit(db, { accountId: null, label: "anonimo", ip: req.ip }, {
            action: "sign-in-failed",
            itemType: "account",
            note: `OpenID Connect: ${(error as Error).message}`,
          });
          throw error;
        }
        const session = await createSession(db, account.id, {
          method: "oidc",
          ip: req.ip,
          userAgent: req.headers["user-agent"] ?? null,
          hours: settings.sessionHours,
        });
        await markSignedIn(db, account.id);
        await recordAudit(db, { accountId: account.id, label: `${account.displayName} <${account.email}>`, ip: req.ip }, {
          action: "sign-in",
          itemType: "account",
          itemId: account.id,
          organisationId: account.organisationId,
          note: `OpenID Connect (${settings.oidc.issuer})`,
        });
        setSessionCookie(reply, settings, session.token, session.expiresAt);
        return reply.redirect("/", 302);
      },
    );
  };
