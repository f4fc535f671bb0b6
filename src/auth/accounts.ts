// Accounts: reading them, creating them, changing role, scope and password. Every change is audited in the same
// transaction; passwords leave this module only as argon2 hashes.
import { randomUUID } from "node:crypto";
import { and, asc, eq, ne } from "drizzle-orm";
import type { Database } from "../db/connect";
import { accounts, accountStructures, sessions } from "../db/schema-auth";
import { recordAudit, type Actor } from "../audit/audit-log";
import { hashPassword } from "./passwords";
import type { Role } from "./roles";

export interface StructureScope {
  organisationId: string;
  structureId: string;
}

/** An account as the rest of the application sees it (never the hash). */
export interface Account {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  structures: StructureScope[];
  active: boolean;
  mustChangePassword: boolean;
  demo: boolean;
  hasPassword: boolean;
  oidcIssuer: string | null;
  createdAt: Date;
  lastSignInAt: Date | null;
}

type AccountRow = typeof accounts.$inferSelect;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function structuresOf(db: Database, accountId: string): Promise<StructureScope[]> {
  return db
    .select({ organisationId: accountStructures.organisationId, structureId: accountStructures.structureId })
    .from(accountStructures)
    .where(eq(accountStructures.accountId, accountId))
    .orderBy(asc(accountStructures.organisationId), asc(accountStructures.structureId));
}

function toAccount(row: AccountRow, structures: StructureScope[]): Account {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role as Role,
    organisationId: row.organisationId,
    structures,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    demo: row.demo,
    hasPassword: row.passwordHash !== null,
    oidcIssuer: row.oidcIssuer,
    createdAt: row.createdAt,
    lastSignInAt: row.lastSignInAt,
  };
}

export async function getAccount(db: Database, id: string): Promise<Account | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row ? toAccount(row, await structuresOf(db, id)) : null;
}

/** The row with its hash, for sign-in only. */
export async function findAccountForSignIn(db: Database, email: string): Promise<AccountRow | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.email, normaliseEmail(email)));
  return row ?? null;
}

export async function findAccountByOidcSubject(db: Database, issuer: string, subject: string): Promise<Account | null> {
  const [row] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.oidcIssuer, issuer), eq(accounts.oidcSubject, subject)));
  return row ? toAccount(row, await structuresOf(db, row.id)) : null;
}

export async function findAccounts(db: Database, filter: { organisationId?: string } = {}): Promise<Account[]> {
  const rows = await db
    .select()
    .from(accounts)
    .where(filter.organisationId ? eq(accounts.organisationId, filter.organisationId) : undefined)
    .orderBy(asc(accounts.email));
  const all = await db.select().from(accountStructures);
  return rows.map((row) =>
    toAccount(
      row,
      all.filter((s) => s.accountId === row.id).map(({ organisationId, structureId }) => ({ organisationId, structureId })),
    ),
  );
}

export async function hasAdministrator(db: Database): Promise<boolean> {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.role, "administrator")).limit(1);
  return Boolean(row);
}

export interface NewAccount {
  email: string;
  displayName: string;
  role: Role;
  organisationId?: string | null;
  structures?: StructureScope[];
  /** a password in clear (hashed here), or null for OpenID Connect only. */
  password?: string | null;
  mustChangePassword?: boolean;
  demo?: boolean;
  oidc?: { issuer: string; subject: string } | null;
}

/** A snapshot of an account for the audit trail: no hash. */
function auditView(account: Account) {
  const { createdAt: _c, lastSignInAt: _l, ...rest } = account;
  return rest;
}

export async function createAccount(db: Database, input: NewAccount, actor: Actor): Promise<Account> {
  const id = randomUUID();
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  await db.transaction(async (tx) => {
    await tx.insert(accounts).values({
      id,
      email: normaliseEmail(input.email),
      displayName: input.displayName.trim(),
      role: input.role,
      organisationId: input.organisationId ?? null,
      passwordHash,
      passwordChangedAt: passwordHash ? new Date() : null,
      mustChangePassword: input.mustChangePassword ?? false,
      demo: input.demo ?? false,
      oidcIssuer: input.oidc?.issuer ?? null,
      oidcSubject: input.oidc?.subject ?? null,
    });
    if (input.structures?.length) {
      await tx.insert(accountStructures).values(input.structures.map((s) => ({ accountId: id, ...s })));
    }
    const created = await getAccount(tx, id);
    await recordAudit(tx, actor, {
      action: "create",
      itemType: "account",
      itemId: id,
      organisationId: input.organisationId ?? null,
      after: created && auditView(created),
    });
  });
  return (await getAccount(db, id))!;
}

export interface AccountChanges {
  displayName?: string;
  role?: Role;
  organisationId?: string | null;
  structures?: StructureScope[];
  active?: boolean;
}

/** Changes role, scope or state; deactivating revokes every session at once. Null when there is no such account. */
export async function updateAccount(db: Database, id: string, changes: AccountChanges, actor: Actor): Promise<Account | null> {
  return db.transaction(async (tx) => {
    const before = await getAccount(tx, id);
    if (!before) return null;
    const { structures, ...fields } = changes;
    await tx
      .update(accounts)
      .set({ ...fields, ...(fields.displayName ? { displayName: fields.displayName.trim() } : {}), updatedAt: new Date() })
      .where(eq(accounts.id, id));
    if (structures) {
      await tx.delete(accountStructures).where(eq(accountStructures.accountId, id));
      if (structures.length) await tx.insert(accountStructures).values(structures.map((s) => ({ accountId: id, ...s })));
    }
    if (changes.active === false || (changes.role && changes.role !== before.role)) {
      // a demoted or disabled person must not keep the rights of an open session
      await tx.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.accountId, id));
    }
    const after = (await getAccount(tx, id))!;
    await recordAudit(tx, actor, {
      action: "update",
      itemType: "account",
      itemId: id,
      organisationId: after.organisationId,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}

/**
 * Sets a new password. By the owner (mustChange false): other sessions are revoked, the current one stays.
 * By an administrator (reset, mustChange true): every session is revoked and the owner must choose a new one.
 */
export async function setPassword(
  db: Database,
  id: string,
  password: string,
  options: { mustChange: boolean; keepSessionId?: string | null },
  actor: Actor,
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ organisationId: accounts.organisationId }).from(accounts).where(eq(accounts.id, id));
    await tx
      .update(accounts)
      .set({ passwordHash, mustChangePassword: options.mustChange, passwordChangedAt: new Date(), updatedAt: new Date() })
      .where(eq(accounts.id, id));
    await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(
        options.keepSessionId
          ? and(eq(sessions.accountId, id), ne(sessions.id, options.keepSessionId))
          : eq(sessions.accountId, id),
      );
    await recordAudit(tx, actor, {
      action: options.mustChange ? "password-reset" : "password-change",
      itemType: "account",
      itemId: id,
      organisationId: row?.organisationId ?? null,
      // what changed, never the password nor its hash
      after: { mustChangePassword: options.mustChange },
    });
  });
}

export async function markSignedIn(db: Database, id: string): Promise<void> {
  await db.update(accounts).set({ lastSignInAt: new Date() }).where(eq(accounts.id, id));
}

/** Demo accounts have documented passwords: they are switched off whenever the instance is not a demo. */
export async function setDemoAccountsActive(db: Database, active: boolean): Promise<number> {
  const changed = await db
    .update(accounts)
    .set({ active, updatedAt: new Date() })
    .where(and(eq(accounts.demo, true), ne(accounts.active, active)))
    .returning({ id: accounts.id });
  if (!active && changed.length) {
    for (const { id } of changed) await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.accountId, id));
  }
  return changed.length;
}
