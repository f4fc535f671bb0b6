// Accounts, for administrators: create, change role and scope, disable, reset a password, revoke sessions.
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import {
  createAccount,
  findAccounts,
  getAccount,
  normaliseEmail,
  setPassword,
  updateAccount,
  type StructureScope,
} from "../../auth/accounts";
import { authorizeResource } from "../../auth/authorize";
import { generatePassword, passwordProblem } from "../../auth/passwords";
import { actorOf } from "../../auth/plugin";
import { Role } from "../../auth/roles";
import { findAccountSessions, revokeAccountSessions } from "../../auth/sessions";
import { recordAudit } from "../../audit/audit-log";
import type { Database } from "../../db/connect";
import { organisations, structures } from "../../db/schema";
import { accounts } from "../../db/schema-auth";
import type { AppContext } from "../context";
import { emptyBodyAsObject } from "./optional-body";
import { ErrorBody, InvalidRequestError, NotFoundError } from "../errors";
import { AccountView, accountView } from "./auth.routes";

const Scope = z.object({ organisationId: z.string().min(1), structureId: z.string().min(1) });
const AccountParams = z.object({ accountId: z.string().min(1) });
const tags = ["account"];

async function checkAssignment(db: Database, role: Role, organisationId: string | null, scopes: StructureScope[]) {
  const fields: { path: string; message: string }[] = [];
  if (organisationId) {
    const [organisation] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId));
    if (!organisation) fields.push({ path: "body.organisationId", message: `organizzazione «${organisationId}» inesistente` });
  }
  for (const [n, scope] of scopes.entries()) {
    const [structure] = await db
      .select({ id: structures.id })
      .from(structures)
      .where(and(eq(structures.organisationId, scope.organisationId), eq(structures.id, scope.structureId)));
    if (!structure) fields.push({ path: `body.structures.${n}`, message: `struttura «${scope.structureId}» inesistente in «${scope.organisationId}»` });
  }
  if (role === "structure_head" && scopes.length === 0) {
    fields.push({ path: "body.structures", message: "un responsabile di struttura deve avere almeno una struttura" });
  }
  if (fields.length) throw new InvalidRequestError("Assegnazione non valida", fields);
}

async function manageable(req: FastifyRequest, db: Database, accountId: string) {
  const account = await getAccount(db, accountId);
  if (!account) throw new NotFoundError(`Account «${accountId}» non trovato`);
  await authorizeResource(req, "manage", { type: "accounts", organisationId: account.organisationId }, {
    message: `non può gestire l'account «${account.email}»`,
    itemType: "account",
    itemId: account.id,
    organisationId: account.organisationId,
  });
  return account;
}

export const accountRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      "/api/accounts",
      { schema: { tags, summary: "Elenco degli account (amministratori)", response: { 200: z.array(AccountView) } } },
      async (req) => {
        const user = await authorizeResource(req, "manage", { type: "accounts", organisationId: req.user?.organisationId ?? null }, {
          message: "non può gestire gli account",
          itemType: "account",
        });
        const list = await findAccounts(db, user.organisationId ? { organisationId: user.organisationId } : {});
        return list.map(accountView);
      },
    );

    app.post(
      "/api/accounts",
      {
        schema: {
          tags,
          summary: "Crea un account; senza password ne genera una temporanea, mostrata una sola volta",
          body: z.object({
            email: z.email().max(320),
            displayName: z.string().trim().min(1).max(200),
            role: Role,
            organisationId: z.string().min(1).nullable().default(null),
            structures: z.array(Scope).default([]),
            password: z.string().max(1024).optional(),
          }),
          response: { 201: z.object({ account: AccountView, temporaryPassword: z.string().nullable() }), 400: ErrorBody, 409: ErrorBody },
        },
      },
      async (req, reply) => {
        const body = req.body;
        await authorizeResource(req, "manage", { type: "accounts", organisationId: body.organisationId }, {
          message: `non può creare account per ${body.organisationId ? `«${body.organisationId}»` : "tutte le organizzazioni"}`,
          itemType: "account",
          organisationId: body.organisationId,
        });
        await checkAssignment(db, body.role, body.organisationId, body.structures);
        const [taken] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, normaliseEmail(body.email)));
        if (taken) return reply.code(409).send({ error: `Esiste già un account con l'e-mail ${normaliseEmail(body.email)}` });
        const generated = body.password === undefined ? generatePassword() : null;
        const password = body.password ?? generated!;
        const problem = passwordProblem(password, { email: body.email });
        if (problem) throw new InvalidRequestError("Password non accettabile", [{ path: "body.password", message: problem }]);
        const account = await createAccount(
          db,
          { ...body, password, mustChangePassword: true },
          actorOf(req),
        );
        return reply.code(201).send({ account: accountView(account), temporaryPassword: generated });
      },
    );

    app.put(
      "/api/accounts/:accountId",
      {
        schema: {
          tags,
          summary: "Modifica nome, ruolo, organizzazione, strutture o stato (disattivare revoca le sessioni)",
          params: AccountParams,
          body: z.object({
            displayName: z.string().trim().min(1).max(200),
            role: Role,
            organisationId: z.string().min(1).nullable(),
            structures: z.array(Scope),
            active: z.boolean(),
          }),
          response: { 200: AccountView, 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (req) => {
        const current = await manageable(req, db, req.params.accountId);
        const body = req.body;
        if (body.organisationId !== current.organisationId) {
          // moving an account to another organisation needs the right on the destination too
          await authorizeResource(req, "manage", { type: "accounts", organisationId: body.organisationId }, {
            message: `non può assegnare account a ${body.organisationId ? `«${body.organisationId}»` : "tutte le organizzazioni"}`,
            itemType: "account",
            itemId: current.id,
            organisationId: body.organisationId,
          });
        }
        if (current.id === req.user!.id && (body.role !== current.role || !body.active)) {
          throw new InvalidRequestError("Non è possibile cambiare il proprio ruolo né disattivare il proprio account", [
            { path: body.active ? "body.role" : "body.active", message: "chiedere a un altro amministratore" },
          ]);
        }
        await checkAssignment(db, body.role, body.organisationId, body.structures);
        return accountView((await updateAccount(db, current.id, body, actorOf(req)))!);
      },
    );

    app.post(
      "/api/accounts/:accountId/password-reset",
      {
        schema: {
          tags,
          summary: "Reimposta la password: revoca ogni sessione; la persona dovrà sceglierne una nuova al primo accesso",
          params: AccountParams,
          body: emptyBodyAsObject(z.object({ password: z.string().max(1024).optional() })),
          response: { 200: z.object({ temporaryPassword: z.string().nullable() }), 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (req) => {
        const account = await manageable(req, db, req.params.accountId);
        const generated = req.body.password === undefined ? generatePassword() : null;
        const password = req.body.password ?? generated!;
        const problem = passwordProblem(password, { email: account.email });
        if (problem) throw new InvalidRequestError("Password non accettabile", [{ path: "body.password", message: problem }]);
        await setPassword(db, account.id, password, { mustChange: true }, actorOf(req));
        return { temporaryPassword: generated };
      },
    );

    app.get(
      "/api/accounts/:accountId/sessions",
      {
        schema: {
          tags,
          summary: "Sessioni aperte di un account",
          params: AccountParams,
          response: {
            200: z.array(
              z.object({
                createdAt: z.string(),
                lastSeenAt: z.string(),
                expiresAt: z.string(),
                method: z.string(),
                ip: z.string().nullable(),
                userAgent: z.string().nullable(),
              }),
            ),
            404: ErrorBody,
          },
        },
      },
      async (req) => {
        const account = await manageable(req, db, req.params.accountId);
        const list = await findAccountSessions(db, account.id);
        return list.map((s) => ({
          ...s,
          createdAt: s.createdAt.toISOString(),
          lastSeenAt: s.lastSeenAt.toISOString(),
          expiresAt: s.expiresAt.toISOString(),
        }));
      },
    );

    app.delete(
      "/api/accounts/:accountId/sessions",
      {
        schema: {
          tags,
          summary: "Revoca tutte le sessioni di un account",
          params: AccountParams,
          response: { 200: z.object({ revoked: z.number() }), 404: ErrorBody },
        },
      },
      async (req) => {
        const account = await manageable(req, db, req.params.accountId);
        return db.transaction(async (tx) => {
          const revoked = await revokeAccountSessions(tx, account.id);
          await recordAudit(tx, actorOf(req), {
            action: "revoke-sessions",
            itemType: "account",
            itemId: account.id,
            organisationId: account.organisationId,
            after: { revoked },
          });
          return { revoked };
        });
      },
    );
  };
