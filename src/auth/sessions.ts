// Sessions stored in the database (revocable). The browser holds a random token in an HTTP-only cookie; the
// database holds only its SHA-256, so a copy of the database does not hand out sessions. The CSRF token is
// derived from the session token: it changes with every session and needs no server secret.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { Database } from "../db/connect";
import { accounts, sessions } from "../db/schema-auth";
import { getAccount, type Account } from "./accounts";

export interface NewSession {
  token: string;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function csrfTokenOf(token: string): string {
  return createHash("sha256").update(`csrf:${token}`).digest("base64url");
}

export function isSameToken(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function createSession(
  db: Database,
  accountId: string,
  options: { method: "password" | "oidc"; ip: string | null; userAgent: string | null; hours: number; now?: Date },
): Promise<NewSession> {
  const token = randomBytes(32).toString("base64url");
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + options.hours * 3_600_000);
  const sessionId = sessionIdOf(token);
  await db.insert(sessions).values({
    id: sessionId,
    accountId,
    method: options.method,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: options.ip,
    userAgent: options.userAgent?.slice(0, 500) ?? null,
  });
  return { token, sessionId, csrfToken: csrfTokenOf(token), expiresAt };
}

export interface ActiveSession {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  account: Account;
}

// lastSeenAt is for the administrator's view of sessions: written at most once a minute, not on every request
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** The session of a cookie token: null when unknown, expired, revoked, or its account is disabled. */
export async function resolveSession(db: Database, token: string, now = new Date()): Promise<ActiveSession | null> {
  const sessionId = sessionIdOf(token);
  const [row] = await db
    .select({ id: sessions.id, accountId: sessions.accountId, expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), eq(accounts.active, true)));
  if (!row) return null;
  const account = await getAccount(db, row.accountId);
  if (!account) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
  }
  return { sessionId, csrfToken: csrfTokenOf(token), expiresAt: row.expiresAt, account };
}

export async function revokeSession(db: Pick<Database, "update">, sessionId: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: new Date() }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Every open session of an account; returns how many were open. */
export async function revokeAccountSessions(db: Pick<Database, "update">, accountId: string): Promise<number> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return revoked.length;
}

export async function findAccountSessions(db: Database, accountId: string, now = new Date()) {
  return db
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      method: sessions.method,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
}

/** Removes sessions expired for more than a day: they can no longer be used and only weigh on the table. */
export async function purgeExpiredSessions(db: Database, now = new Date()): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date(now.getTime() - 86_400_000)));
}
