// Who is told about what: the office (and administrators) of the plan's organisation about submissions, the heads
// of a structure (or of a structure above it) about their own values.
import { and, eq, inArray, isNull, or } from "drizzle-orm";
import type { Database } from "../db/connect";
import { accounts, accountStructures } from "../db/schema-auth";
import type { StructureScope } from "../auth/accounts";

export interface Recipient {
  id: string;
  email: string;
  displayName: string;
}

const columns = { id: accounts.id, email: accounts.email, displayName: accounts.displayName };

export async function managersOf(db: Database, organisationId: string): Promise<Recipient[]> {
  return db
    .select(columns)
    .from(accounts)
    .where(
      and(
        eq(accounts.active, true),
        inArray(accounts.role, ["administrator", "planning_office"]),
        or(eq(accounts.organisationId, organisationId), isNull(accounts.organisationId)),
      ),
    );
}

/** Heads whose scope includes a structure of the chain (the structure and its ancestors). */
export async function headsOf(db: Database, chain: readonly StructureScope[]): Promise<Recipient[]> {
  if (chain.length === 0) return [];
  const rows = await db
    .selectDistinct(columns)
    .from(accounts)
    .innerJoin(accountStructures, eq(accountStructures.accountId, accounts.id))
    .where(
      and(
        eq(accounts.active, true),
        eq(accounts.role, "structure_head"),
        or(...chain.map((c) => and(eq(accountStructures.organisationId, c.organisationId), eq(accountStructures.structureId, c.structureId)))),
      ),
    );
  return rows;
}
