// Demo accounts, one per role, over the demo plans (the four seeds). Their password is documented
// (docs/security.md), so they exist and work only while TRAGUARDO_DEMO=true; otherwise they are disabled.
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect";
import { planExists } from "../db/plan-store";
import * as t from "../db/schema";
import { personalAssignments } from "../db/schema-auth";
import { SYSTEM_ACTOR } from "../audit/audit-log";
import { createAccount, findAccountForSignIn, setDemoAccountsActive, type NewAccount } from "./accounts";

/** Documented in docs/security.md; refused by nothing because demo accounts never exist outside a demo. */
export const DEMO_PASSWORD = "traguardo-demo";

export const DEMO_ACCOUNTS: (Omit<NewAccount, "password" | "demo"> & { note: string })[] = [
  { email: "ufficio@demo.traguardo.it", displayName: "Ufficio pianificazione e controllo (demo)", role: "planning_office", note: "tutti i piani dimostrativi" },
  {
    email: "lavoro@demo.traguardo.it",
    displayName: "Responsabile Divisione Lavoro AFOL (demo)",
    role: "structure_head",
    organisationId: "afol-metropolitana",
    structures: [{ organisationId: "afol-metropolitana", structureId: "afol-metropolitana:divisione-lavoro" }],
    note: "AFOL 2022, Divisione Lavoro",
  },
  {
    email: "direzione@demo.traguardo.it",
    displayName: "Direzione ARTI (demo)",
    role: "structure_head",
    organisationId: "arti-toscana",
    structures: [{ organisationId: "arti-toscana", structureId: "arti-toscana:direzione" }],
    note: "ARTI 2021, Direzione",
  },
  { email: "oiv@demo.traguardo.it", displayName: "Nucleo di valutazione (demo)", role: "evaluator", note: "tutti i piani dimostrativi" },
  { email: "lettore@demo.traguardo.it", displayName: "Lettore (demo)", role: "reader", note: "tutti i piani dimostrativi" },
  {
    email: "dipendente@demo.traguardo.it",
    displayName: "Dipendente della Divisione Lavoro AFOL (demo)",
    role: "reader",
    organisationId: "afol-metropolitana",
    note: "«Le mie performance»: obiettivi della Divisione Lavoro, pesatura «personale»",
  },
];

/** The AFOL employee's objectives: those of the Divisione Lavoro, weighed as "personale" (seed 000). */
async function assignDemoEmployee(db: Database, accountId: string): Promise<void> {
  const planId = "afol-2022";
  if (!(await planExists(db, planId))) return;
  const objectives = await db
    .select({ id: t.objectives.id })
    .from(t.objectives)
    .where(and(eq(t.objectives.planId, planId), eq(t.objectives.structureId, "afol-metropolitana:divisione-lavoro")));
  const [weighting] = await db
    .select({ id: t.roleWeightings.id })
    .from(t.roleWeightings)
    .where(and(eq(t.roleWeightings.planId, planId), eq(t.roleWeightings.role, "personale")));
  await db
    .insert(personalAssignments)
    .values({ organisationId: "afol-metropolitana", accountId, planId, objectiveIds: objectives.map((o) => o.id), roleWeightingId: weighting?.id ?? null })
    .onConflictDoNothing();
}

/** Creates the missing demo accounts and enables them (demo on), or disables them all (demo off). */
export async function syncDemoAccounts(db: Database, demo: boolean): Promise<string[]> {
  if (!demo) {
    await setDemoAccountsActive(db, false);
    return [];
  }
  const created: string[] = [];
  for (const { note: _note, ...account } of DEMO_ACCOUNTS) {
    const existing = await findAccountForSignIn(db, account.email);
    if (!existing) {
      const made = await createAccount(db, { ...account, password: DEMO_PASSWORD, demo: true }, SYSTEM_ACTOR);
      created.push(made.email);
      if (account.email.startsWith("dipendente@")) await assignDemoEmployee(db, made.id);
    }
  }
  await setDemoAccountsActive(db, true);
  return created;
}
