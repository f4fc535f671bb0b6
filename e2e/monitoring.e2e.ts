// ARTI monitoring at 30/06/2021 (seed 004): enter a value, see achievement and status change, save, reload, find it.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import { MonitoringPage } from "./pages/monitoring-page";
import { launchBrowser, newContext, saveScreenshot, seriousAccessibilityProblems } from "./support/browser";
import { ADMINISTRATOR, signedInState, type StorageState } from "./support/accounts";
import { startTestServer, type TestServer } from "./support/server";

describe("monitoring data entry, ARTI 30/06/2021", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let administrator: StorageState;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    administrator = await signedInState(browser, server.baseUrl, ADMINISTRATOR);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await newContext(browser, server.baseUrl, administrator);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  it("ARTI 1.6: 96 / 106 = 90,57% (3. secondo le aspettative) → typing 50 gives 47,17% and 5. in ritardo; saved, it is there after a reload", async () => {
    const monitoring = new MonitoringPage(page);
    await monitoring.open("arti-2021");
    await expect(monitoring.organisationName.innerText()).resolves.toBe("Agenzia Regionale Toscana per l'Impiego (ARTI)");
    await expect(monitoring.input("1.6.1", "numerator").inputValue()).resolves.toBe("96");
    await expect(monitoring.achievement("1.6.1").innerText()).resolves.toContain("90,57%");
    await expect(monitoring.status("1.6.1").innerText()).resolves.toContain("3. secondo le aspettative");

    await monitoring.input("1.6.1", "numerator").fill("50");
    await monitoring.status("1.6.1").filter({ hasText: "5. in ritardo" }).waitFor();
    await expect(monitoring.achievement("1.6.1").innerText()).resolves.toContain("47,17%");
    await expect(monitoring.achievement("1.6.1").innerText()).resolves.toContain("(50 / 106)");
    await monitoring.input("1.6.1", "note").fill("Dato rettificato dopo la verifica delle istruttorie");
    await saveScreenshot(page, "monitoring-arti-editing");

    await monitoring.saveButton.click();
    await monitoring.saved.waitFor();
    await expect(monitoring.saved.innerText()).resolves.toContain("1 valore salvato");

    await page.reload();
    await monitoring.grid.waitFor();
    await expect(monitoring.input("1.6.1", "numerator").inputValue()).resolves.toBe("50");
    await expect(monitoring.input("1.6.1", "note").inputValue()).resolves.toBe("Dato rettificato dopo la verifica delle istruttorie");
    await expect(monitoring.achievement("1.6.1").innerText()).resolves.toContain("47,17%");
    await expect(monitoring.status("1.6.1").innerText()).resolves.toContain("5. in ritardo");

    const stored = (await (await context.request.get(`${server.baseUrl}/api/plans/arti-2021/measurements/${encodeURIComponent("arti-2021:obj-1.6:ind-1:30-06-2021")}`)).json()) as Record<string, unknown>;
    expect(stored).toMatchObject({ numerator: 50, denominator: 106, origin: "manual", note: "Dato rettificato dopo la verifica delle istruttorie" });
  });

  it("a zero denominator is refused in the cell, naming the indicator and the field, and nothing is saved", async () => {
    const monitoring = new MonitoringPage(page);
    await monitoring.open("arti-2021");
    await monitoring.input("2.1.1", "denominator").fill("0");
    const error = page.locator("#cell-arti-2021_obj-2_1_ind-1-denominator-error");
    await error.waitFor();
    await expect(error.innerText()).resolves.toBe("2.1.1 — Denominatore: il denominatore non può essere zero");
    await expect(monitoring.input("2.1.1", "denominator").getAttribute("aria-invalid")).resolves.toBe("true");
    await monitoring.saveButton.click();
    await monitoring.errorSummary.waitFor();
    await expect(monitoring.errorSummary.innerText()).resolves.toContain("2.1.1 — Denominatore");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // Enter moves to the same cell of the next row: keyboard entry down a column
    await monitoring.input("2.1.1", "denominator").fill("323");
    await monitoring.input("2.1.1", "denominator").press("Enter");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("input-3.1.1-denominator");
  });

  it("ARTI 3.2: when someone saves 5.800 in between, saving 6.000 is refused (409) in Italian; after reading theirs again, 6.000 / 7.914 = 75,82% (114,87% of the 66% target) is saved", async () => {
    const monitoring = new MonitoringPage(page);
    await monitoring.open("arti-2021");
    await monitoring.input("3.2.1", "numerator").fill("6000");
    await monitoring.achievement("3.2.1").filter({ hasText: "114,87%" }).waitFor();

    // a colleague saves the same measurement through the API, with the version they read
    const id = encodeURIComponent("arti-2021:obj-3.2:ind-1:30-06-2021");
    const session = (await (await context.request.get(`${server.baseUrl}/api/auth/session`)).json()) as { csrfToken: string };
    const current = (await (await context.request.get(`${server.baseUrl}/api/plans/arti-2021/measurements/${id}`)).json()) as Record<string, unknown>;
    const { id: _id, ...body } = current;
    const theirs = await context.request.put(`${server.baseUrl}/api/plans/arti-2021/measurements/${id}`, {
      data: { ...body, numerator: 5800, value: (5800 * 100) / 7914, origin: "manual" },
      headers: { "x-csrf-token": session.csrfToken },
    });
    expect(theirs.status()).toBe(200);

    await monitoring.saveButton.click();
    const conflict = page.getByRole("alert").filter({ hasText: "Salvataggio non riuscito" });
    await conflict.waitFor();
    await expect(conflict.innerText()).resolves.toContain("è stata modificata da altri");
    await page.getByRole("button", { name: /Rileggi i valori salvati da altri/ }).click();
    // their version is read again before saving: the alert goes once the fresh values have arrived
    await conflict.waitFor({ state: "hidden" });
    await monitoring.saveButton.click();
    await monitoring.saved.waitFor();
    await page.reload();
    await monitoring.grid.waitFor();
    await expect(monitoring.input("3.2.1", "numerator").inputValue()).resolves.toBe("6000");
    await expect(monitoring.achievement("3.2.1").innerText()).resolves.toContain("75,82% (6.000 / 7.914)");
  });
});
