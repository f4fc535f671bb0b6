// People for the end-to-end tests, as the product creates them: the first administrator from
// TRAGUARDO_ADMIN_EMAIL / TRAGUARDO_ADMIN_PASSWORD, and the demo reader of a demo instance (docs/security.md).
// Tests sign in through the API, once per file, and start every browser context from that session.
import type { Browser, BrowserContext } from "playwright-core";

export interface TestAccount {
  email: string;
  password: string;
  displayName: string;
}

/** Created on the first start of the test server (src/auth/first-administrator.ts). */
export const ADMINISTRATOR: TestAccount = {
  email: "amministrazione@e2e.traguardo.local",
  password: "prova-e2e-amministrazione-2021",
  displayName: "Amministratore",
};

/** A demo account (src/auth/demo-accounts.ts): reads every demo plan, changes nothing. */
export const DEMO_READER: TestAccount = {
  email: "lettore@demo.traguardo.it",
  password: "traguardo-demo",
  displayName: "Lettore (demo)",
};

/** Signs in through POST /api/auth/login: the session cookie lands in the browser context. */
export async function signIn(context: BrowserContext, baseUrl: string, account: TestAccount): Promise<void> {
  const response = await context.request.post(`${baseUrl}/api/auth/login`, { data: { email: account.email, password: account.password } });
  if (!response.ok()) throw new Error(`Accesso di ${account.email} non riuscito: HTTP ${response.status()} ${await response.text()}`);
}

export type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/**
 * Signs in once and returns the cookies, for every test of a file to start from (sign-in attempts are
 * rate-limited per address and e-mail, and a session is what the tests need, not the sign-in itself).
 */
export async function signedInState(browser: Browser, baseUrl: string, account: TestAccount): Promise<StorageState> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    await signIn(context, baseUrl, account);
    return await context.storageState();
  } finally {
    await context.close();
  }
}
