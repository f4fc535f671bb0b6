// Sign-in, sessions, CSRF, passwords and accounts over HTTP, on a real database.
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createAccount } from "../../auth/accounts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, syncDemoAccounts } from "../../auth/demo-accounts";
import { ensureFirstAdministrator } from "../../auth/first-administrator";
import { createSession } from "../../auth/sessions";
import { SYSTEM_ACTOR } from "../../audit/audit-log";
import type { DatabaseHandle } from "../../db/connect";
import { createTestDatabase } from "../../db/test-database";
import { organisations, structures } from "../../db/schema";
import { auditEvents } from "../../db/schema-auth";
import { buildApp } from "../app";
import { injectAs, signIn, signInWithPassword, type SignedIn } from "../test-auth";

const PASSWORD = "una password lunga e sicura";

describe("sign-in and sessions", () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let admin: SignedIn;
  const as = (who: Pick<SignedIn, "headers">, options: InjectOptions) => injectAs(app, who, options);
  const login = (email: string, password: string) => app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });

  beforeAll(async () => {
    handle = await createTestDatabase("pglite");
    app = await buildApp({ database: handle, security: { signInAttempts: 3 } });
    admin = await signIn(app, "administrator");
    await createAccount(handle.db, { email: "Maria.Rossi@Ente.it", displayName: "Maria Rossi", role: "reader", password: PASSWORD }, SYSTEM_ACTOR);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("without a session every /api route answers 401, except health, the docs and the sign-in routes", async () => {
    const plans = await app.inject({ method: "GET", url: "/api/plans" });
    expect(plans.statusCode).toBe(401);
    expect(plans.json().error).toBe("Accesso richiesto: la sessione è assente, scaduta o revocata");
    expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/docs/json" })).statusCode).toBe(200);
    expect((await app.inject({ method: "GET", url: "/api/auth/methods" })).json()).toEqual({ password: true, oidc: false });
  });

  it("signs in (e-mail in any case) with an HTTP-only, Secure, SameSite=Lax __Host- cookie and a CSRF token", async () => {
    const res = await login("maria.rossi@ENTE.it", PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(/^__Host-traguardo-session=[\w-]{43};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("Secure");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    expect(res.json().account).toMatchObject({ email: "maria.rossi@ente.it", role: "reader", hasPassword: true });
    expect(res.json().csrfToken).toMatch(/^[\w-]{43}$/);
  });

  it("a wrong password and an unknown e-mail get the same 401; both are in the audit trail", async () => {
    const wrong = await login("maria.rossi@ente.it", "sbagliata sbagliata");
    const unknown = await login("nessuno@ente.it", PASSWORD);
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toEqual({ error: "E-mail o password non corretti" });
    const failed = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "sign-in-failed"));
    expect(failed.map((e) => e.after)).toEqual([{ email: "maria.rossi@ente.it" }, { email: "nessuno@ente.it" }]);
    expect(failed[0]).toMatchObject({ ip: "127.0.0.1", actorId: null });
  });

  it("after 3 wrong passwords for an e-mail from an address the 4th attempt gets 429, even with the right password", async () => {
    await createAccount(handle.db, { email: "bersaglio@ente.it", displayName: "Bersaglio", role: "reader", password: PASSWORD }, SYSTEM_ACTOR);
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await login("bersaglio@ente.it", `tentativo ${i} sbagliato`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
    const blocked = await login("bersaglio@ente.it", PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toEqual({ error: "Troppi tentativi di accesso: riprovare tra 15 minuti" });
    // another person is not locked out, and successful sign-ins do not count
    for (let i = 0; i < 4; i++) expect((await login("maria.rossi@ente.it", PASSWORD)).statusCode).toBe(200);
  });

  it("a successful sign-in starts the count of wrong passwords anew", async () => {
    await createAccount(handle.db, { email: "distratto@ente.it", displayName: "Distratto", role: "reader", password: PASSWORD }, SYSTEM_ACTOR);
    const codes = [];
    for (const password of ["sbagliata 1 xx", "sbagliata 2 xx", PASSWORD, "sbagliata 3 xx", "sbagliata 4 xx", PASSWORD]) {
      codes.push((await login("distratto@ente.it", password)).statusCode);
    }
    expect(codes).toEqual([401, 401, 200, 401, 401, 200]);
  });

  it("every write needs the session's CSRF token: none or another session's is a 403", async () => {
    const maria = await signInWithPassword(app, "maria.rossi@ente.it", PASSWORD);
    const payload = { currentPassword: PASSWORD, newPassword: PASSWORD };
    const none = await app.inject({ method: "POST", url: "/api/auth/password", headers: { cookie: maria.cookie }, payload });
    expect(none.statusCode).toBe(403);
    expect(none.json().error).toContain("Token CSRF mancante o non valido");
    const foreign = await app.inject({ method: "POST", url: "/api/auth/password", headers: { cookie: maria.cookie, "x-csrf-token": admin.csrfToken }, payload });
    expect(foreign.statusCode).toBe(403);
    expect((await as(maria, { method: "GET", url: "/api/plans" })).statusCode).toBe(200);
  });

  it("a session cannot be reused after logout", async () => {
    const maria = await signInWithPassword(app, "maria.rossi@ente.it", PASSWORD);
    expect((await as(maria, { method: "GET", url: "/api/auth/session" })).statusCode).toBe(200);
    const out = await as(maria, { method: "POST", url: "/api/auth/logout" });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers["set-cookie"])).toContain("Expires=Thu, 01 Jan 1970");
    const again = await as(maria, { method: "GET", url: "/api/auth/session" });
    expect(again.statusCode).toBe(401);
  });

  it("an expired session is refused", async () => {
    const session = await createSession(handle.db, admin.account.id, { method: "password", ip: null, userAgent: null, hours: 1, now: new Date(Date.now() - 2 * 3_600_000) });
    const res = await app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie: `__Host-traguardo-session=${session.token}` } });
    expect(res.statusCode).toBe(401);
  });

  it("changing one's password checks the current one and the rules, keeps this session and revokes the others", async () => {
    const here = await signInWithPassword(app, "maria.rossi@ente.it", PASSWORD);
    const elsewhere = await signInWithPassword(app, "maria.rossi@ente.it", PASSWORD);
    const change = (body: object) => as(here, { method: "POST", url: "/api/auth/password", payload: body });
    const wrong = await change({ currentPassword: "non è lei", newPassword: "nuova password lunga" });
    expect(wrong.json()).toEqual({ error: "Password attuale non corretta", fields: [{ path: "body.currentPassword", message: "non corretta" }] });
    const short = await change({ currentPassword: PASSWORD, newPassword: "corta" });
    expect(short.json().fields).toEqual([{ path: "body.newPassword", message: "la password deve avere almeno 12 caratteri" }]);
    expect((await change({ currentPassword: PASSWORD, newPassword: "nuova password lunga" })).statusCode).toBe(204);
    expect((await as(here, { method: "GET", url: "/api/auth/session" })).statusCode).toBe(200);
    expect((await as(elsewhere, { method: "GET", url: "/api/auth/session" })).statusCode).toBe(401);
    expect((await login("maria.rossi@ente.it", PASSWORD)).statusCode).toBe(401);
    expect((await login("maria.rossi@ente.it", "nuova password lunga")).statusCode).toBe(200);
  });
});

describe("accounts, managed by an administrator", () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let admin: SignedIn;
  const as = (who: Pick<SignedIn, "headers">, options: InjectOptions) => injectAs(app, who, options);

  beforeAll(async () => {
    handle = await createTestDatabase("pglite");
    app = await buildApp({ database: handle });
    admin = await signIn(app, "administrator");
    await handle.db.insert(organisations).values({ id: "arti-toscana", name: "ARTI", kind: "agency" });
    await handle.db.insert(structures).values({ organisationId: "arti-toscana", id: "arti-toscana:rpct", name: "RPCT", kind: "ufficio" });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it("creates a head of structure with a generated password shown once; a head needs an existing structure", async () => {
    const body = { email: "rpct@arti.toscana.it", displayName: "Responsabile RPCT", role: "structure_head", organisationId: "arti-toscana" };
    const noStructure = await as(admin, { method: "POST", url: "/api/accounts", payload: body });
    expect(noStructure.json().fields).toEqual([{ path: "body.structures", message: "un responsabile di struttura deve avere almeno una struttura" }]);
    const unknown = await as(admin, { method: "POST", url: "/api/accounts", payload: { ...body, structures: [{ organisationId: "arti-toscana", structureId: "nessuna" }] } });
    expect(unknown.json().fields).toEqual([{ path: "body.structures.0", message: "struttura «nessuna» inesistente in «arti-toscana»" }]);
    const created = await as(admin, { method: "POST", url: "/api/accounts", payload: { ...body, structures: [{ organisationId: "arti-toscana", structureId: "arti-toscana:rpct" }] } });
    expect(created.statusCode).toBe(201);
    expect(created.json().temporaryPassword).toMatch(/^[A-Za-z2-9]{20}$/);
    expect(created.json().account).toMatchObject({ role: "structure_head", mustChangePassword: true, structures: [{ organisationId: "arti-toscana", structureId: "arti-toscana:rpct" }] });
    expect((await as(admin, { method: "POST", url: "/api/accounts", payload: { ...body, structures: [{ organisationId: "arti-toscana", structureId: "arti-toscana:rpct" }] } })).statusCode).toBe(409);
  });

  it("with the password from the administrator, nothing but changing it is allowed", async () => {
    const created = await as(admin, { method: "POST", url: "/api/accounts", payload: { email: "nuovo@ente.it", displayName: "Nuovo", role: "reader" } });
    const temporary = created.json().temporaryPassword as string;
    const person = await signInWithPassword(app, "nuovo@ente.it", temporary);
    const blocked = await as(person, { method: "GET", url: "/api/plans" });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error).toBe("Prima di continuare è necessario cambiare la password assegnata dall'amministratore");
    expect((await as(person, { method: "POST", url: "/api/auth/password", payload: { currentPassword: temporary, newPassword: "la mia password personale" } })).statusCode).toBe(204);
    expect((await as(person, { method: "GET", url: "/api/plans" })).statusCode).toBe(200);
  });

  it("a password reset revokes every session of the person; disabling an account refuses its sign-in", async () => {
    const reader = await signIn(app, "reader");
    const reset = await as(admin, { method: "POST", url: `/api/accounts/${reader.account.id}/password-reset` });
    expect(reset.json().temporaryPassword).toMatch(/^[A-Za-z2-9]{20}$/);
    expect((await as(reader, { method: "GET", url: "/api/auth/session" })).statusCode).toBe(401);
    const again = await signInWithPassword(app, reader.account.email, reset.json().temporaryPassword);
    const disabled = await as(admin, {
      method: "PUT",
      url: `/api/accounts/${reader.account.id}`,
      payload: { displayName: "Lettore", role: "reader", organisationId: null, structures: [], active: false },
    });
    expect(disabled.json().active).toBe(false);
    expect((await as(again, { method: "GET", url: "/api/auth/session" })).statusCode).toBe(401);
    const refused = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email: reader.account.email, password: reset.json().temporaryPassword } });
    expect(refused.statusCode).toBe(401);
  });

  it("only administrators manage accounts (403, logged); an administrator cannot demote themselves", async () => {
    const office = await signIn(app, "planning_office");
    const res = await as(office, { method: "GET", url: "/api/accounts" });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe("Operazione non consentita: ufficio pianificazione e controllo: non può gestire gli account");
    const trail = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "forbidden"));
    expect(trail.at(-1)).toMatchObject({ actorId: office.account.id, itemType: "account", note: "GET /api/accounts: ufficio pianificazione e controllo: non può gestire gli account" });
    const self = await as(admin, {
      method: "PUT",
      url: `/api/accounts/${admin.account.id}`,
      payload: { displayName: "Io", role: "reader", organisationId: null, structures: [], active: true },
    });
    expect(self.statusCode).toBe(400);
  });

  it("revokes all the sessions of an account", async () => {
    const reader = await signIn(app, "reader");
    const sessions = await as(admin, { method: "GET", url: `/api/accounts/${reader.account.id}/sessions` });
    expect(sessions.json()).toHaveLength(1);
    expect((await as(admin, { method: "DELETE", url: `/api/accounts/${reader.account.id}/sessions` })).json()).toEqual({ revoked: 1 });
    expect((await as(reader, { method: "GET", url: "/api/plans" })).statusCode).toBe(401);
  });
});

describe("first start", () => {
  it("creates one administrator with a generated password to change at first sign-in, then nothing more", async () => {
    const handle = await createTestDatabase("pglite");
    const app = await buildApp({ database: handle });
    try {
      const first = await ensureFirstAdministrator(handle.db, { email: "admin@ente.it" });
      expect(first).toEqual({ email: "admin@ente.it", generatedPassword: expect.stringMatching(/^[A-Za-z2-9]{20}$/) });
      expect(await ensureFirstAdministrator(handle.db, { email: "admin@ente.it" })).toBeNull();
      const session = await signInWithPassword(app, "admin@ente.it", first!.generatedPassword!);
      expect(session.account).toMatchObject({ role: "administrator", mustChangePassword: true });
    } finally {
      await app.close();
      await handle.close();
    }
  });

  it("demo accounts: one per role with the documented password while TRAGUARDO_DEMO=true, disabled when false", async () => {
    const handle = await createTestDatabase("pglite");
    const app = await buildApp({ database: handle });
    try {
      expect(await syncDemoAccounts(handle.db, true)).toEqual(DEMO_ACCOUNTS.map((a) => a.email));
      const roles = new Set(DEMO_ACCOUNTS.map((a) => a.role));
      expect([...roles].sort()).toEqual(["evaluator", "planning_office", "reader", "structure_head"]);
      const office = await signInWithPassword(app, "ufficio@demo.traguardo.it", DEMO_PASSWORD);
      expect(office.account.role).toBe("planning_office");
      await syncDemoAccounts(handle.db, false);
      expect((await app.inject({ method: "GET", url: "/api/auth/session", headers: office.headers })).statusCode).toBe(401);
      expect((await app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "ufficio@demo.traguardo.it", password: DEMO_PASSWORD } })).statusCode).toBe(401);
      expect(await syncDemoAccounts(handle.db, true)).toEqual([]);
      expect((await app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "ufficio@demo.traguardo.it", password: DEMO_PASSWORD } })).statusCode).toBe(200);
    } finally {
      await app.close();
      await handle.close();
    }
  });
});
