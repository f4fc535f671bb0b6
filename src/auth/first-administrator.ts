// On the first start there is nobody to sign in: an administrator is created, with the password from
// TRAGUARDO_ADMIN_PASSWORD or a generated one that is printed once and must be changed at the first sign-in.
// There is no default password.
import type { Database } from "../db/connect";
import { SYSTEM_ACTOR } from "../audit/audit-log";
import { createAccount, findAccountForSignIn, hasAdministrator } from "./accounts";
import { generatePassword } from "./passwords";

export interface FirstAdministrator {
  email: string;
  /** the generated password, to print once; null when it came from the environment. */
  generatedPassword: string | null;
}

export async function ensureFirstAdministrator(
  db: Database,
  options: { email: string; password?: string | null },
): Promise<FirstAdministrator | null> {
  if (await hasAdministrator(db)) return null;
  if (await findAccountForSignIn(db, options.email)) {
    throw new Error(`Esiste già un account ${options.email} che non è amministratore: indicare un altro TRAGUARDO_ADMIN_EMAIL`);
  }
  const generatedPassword = options.password ? null : generatePassword();
  await createAccount(
    db,
    {
      email: options.email,
      displayName: "Amministratore",
      role: "administrator",
      organisationId: null,
      password: options.password ?? generatedPassword,
      // a password that went through a terminal is changed at the first sign-in
      mustChangePassword: generatedPassword !== null,
    },
    SYSTEM_ACTOR,
  );
  return { email: options.email, generatedPassword };
}
