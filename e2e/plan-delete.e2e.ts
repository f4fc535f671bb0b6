// Deleting from the plan editor (issue #4): the planning office deletes ARTI objective 1.5 "colloqui a distanza".
// The question lists what goes with it (2 indicators, 2 targets, 2 values, the cronoprogramma and its 3 phases);
// one DELETE request takes them all; the plan tree then counts 14 objectives and 16 indicators.
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EditorPage } from "./pages/editor-page";
import { signedInState, type StorageState, type TestAccount } from "./support/accounts";
import { launchBrowser, newContext, saveScreenshot, seriousAccessibilityProblems } from "./support/browser";
import { startTestServer, type TestServer } from "./support/server";

/** The demo planning office (src/auth/demo-accounts.ts). */
const OFFICE: TestAccount = { email: "ufficio@demo.traguardo.it", password: "traguardo-demo", displayName: "Ufficio pianificazione (demo)" };

describe("deleting an objective with what hangs from it, ARTI 2021", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let office: StorageState;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    office = await signedInState(browser, server.baseUrl, OFFICE);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await newContext(browser, server.baseUrl, office);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  it("objective 1.5: the question lists 2 indicators, 2 targets, 2 values, 1 cronoprogramma, 3 phases; one request deletes them; the tree has 14 objectives left", async () => {
    const editor = new EditorPage(page);
    await editor.open("arti-2021", `obiettivi/${encodeURIComponent("arti-2021:obj-1.5")}`);
    await page.getByTestId("delete-item").click();
    const question = page.getByTestId("confirm-delete");
    await question.waitFor();
    const text = await question.innerText();
    for (const line of ["2 indicatori", "2 target", "2 valori di monitoraggio", "1 cronoprogramma", "3 fasi di cronoprogramma"]) expect(text).toContain(line);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "editor-delete-objective");

    const deletes: Request[] = [];
    page.on("request", (r) => {
      if (r.method() === "DELETE") deletes.push(r);
    });
    const answer = page.waitForResponse((r) => r.request().method() === "DELETE");
    await page.getByTestId("confirm-delete-yes").click();
    const response = await answer;
    expect(response.status()).toBe(200);
    const removed = ((await response.json()) as { removed: { collection: string }[] }).removed;
    expect(removed).toHaveLength(11);
    await editor.waitForHeading("Modifica del piano");
    expect(deletes.map((r) => decodeURIComponent(new URL(r.url()).pathname))).toEqual(["/api/plans/arti-2021/objectives/arti-2021:obj-1.5"]);

    await page.goto("/piani/arti-2021");
    await page.getByTestId("tree-count").filter({ hasText: "14 obiettivi e 16 indicatori" }).waitFor();
    expect(await page.getByTestId("objective-1.5").count()).toBe(0);
  });

  it("cronoprogramma ARTI 1 of objective 1.1: the question lists its 3 phases and says indicator 1.1.1 stays without it", async () => {
    const editor = new EditorPage(page);
    await editor.open("arti-2021", `obiettivi/${encodeURIComponent("arti-2021:obj-1.1")}`);
    await page.getByRole("button", { name: /Elimina.*ARTI 1\b/ }).click();
    const question = page.getByTestId("confirm-delete");
    await question.waitFor();
    const text = await question.innerText();
    expect(text).toContain("3 fasi di cronoprogramma");
    expect(text).toContain("L'indicatore 1.1.1, che ne legge l'avanzamento, resta senza cronoprogramma.");
    await saveScreenshot(page, "editor-delete-cronoprogramma");
    const answer = page.waitForResponse((r) => r.request().method() === "DELETE");
    await page.getByTestId("confirm-delete-yes").click();
    const outcome = (await (await answer).json()) as { removed: unknown[]; detached: { id: string; field: string }[] };
    expect(outcome.removed).toHaveLength(4);
    expect(outcome.detached).toEqual([{ collection: "indicators", id: "arti-2021:obj-1.1:ind-1", field: "cronoprogrammaId" }]);
    await question.waitFor({ state: "detached" });
  });
});
