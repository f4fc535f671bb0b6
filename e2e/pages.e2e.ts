// Every page: opens by its address (deep links), has no serious or critical accessibility violation, and is
// photographed into e2e/screenshots/. Then the whole interface switches to English and keeps it on reload.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppPage } from "./pages/app-page";
import { launchBrowser, newContext, saveScreenshot, seriousAccessibilityProblems } from "./support/browser";
import { ADMINISTRATOR, DEMO_READER, signIn, signedInState, type StorageState } from "./support/accounts";
import { startTestServer, type TestServer } from "./support/server";

interface PageCase {
  name: string;
  path: string;
  heading: RegExp;
  /** something that shows only once the page's data is drawn. */
  ready?: string;
}

const PAGES: PageCase[] = [
  { name: "plans", path: "/", heading: /Piani della performance/, ready: "[data-testid^='plans-']" },
  { name: "plan-tree-arti", path: "/piani/arti-2021", heading: /Monitoraggio intermedio obiettivi 2021/, ready: "[data-testid='plan-tree']" },
  { name: "plan-tree-afol", path: "/piani/afol-2022", heading: /Piano Performance 2022/, ready: "[data-testid='plan-tree']" },
  { name: "objective-arti-1.2", path: "/piani/arti-2021/obiettivi/arti-2021%3Aobj-1.2", heading: /Obiettivo 1\.2/, ready: "[data-testid='gantt-ARTI 2'] svg" },
  { name: "objective-afol-13", path: "/piani/afol-2022/obiettivi/afol-2022%3Aobj-13", heading: /Obiettivo 13/, ready: "[data-testid^='indicator-card-']" },
  { name: "objective-anpal", path: "/piani/anpal-servizi-2019/obiettivi/anpal-servizi-2019%3Aobjective%3A026.010.1", heading: /Obiettivo 026\.010\.1/, ready: "[data-testid^='indicator-card-']" },
  { name: "monitoring-arti", path: "/piani/arti-2021/monitoraggio", heading: /Monitoraggio/, ready: "[data-testid='monitoring-grid']" },
  { name: "monitoring-afol", path: "/piani/afol-2022/monitoraggio", heading: /Monitoraggio/, ready: "[data-testid='monitoring-grid']" },
  { name: "dashboard-arti", path: "/piani/arti-2021/cruscotto", heading: /Cruscotto/, ready: "[data-testid='chart-areas'] svg" },
  { name: "dashboard-anpal", path: "/piani/anpal-servizi-2019/cruscotto", heading: /Cruscotto/, ready: "[data-testid='plan-score']" },
  { name: "plan-tree-lombardia", path: "/piani/lombardia-2026", heading: /Obiettivi strategici per l'anno 2026/, ready: "[data-testid='plan-tree']" },
  { name: "import", path: "/importa", heading: /Importa un documento/, ready: "#import-file" },
  { name: "accessibility", path: "/accessibilita", heading: /Dichiarazione di accessibilità/ },
  { name: "not-found", path: "/piani/arti-2021/nessuna-pagina", heading: /Pagina non trovata/ },
];

describe("every page", () => {
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

  for (const p of PAGES) {
    it(`${p.name} (${decodeURIComponent(p.path)}): opens by address, no serious or critical axe violation`, async () => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.goto(p.path);
      const app = new AppPage(page);
      await app.waitForHeading(p.heading);
      if (p.ready) await page.locator(p.ready).first().waitFor();
      await saveScreenshot(page, p.name);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it("charts switch to their tables (the same data), which pass axe too: ARTI area 3 'Servizi alle imprese' 97,07%", async () => {
    await page.goto("/piani/arti-2021/cruscotto");
    await page.getByTestId("chart-areas").locator("svg").first().waitFor();
    await expect(page.getByTestId("plan-score").innerText()).resolves.toContain("49,83%");
    for (const figure of ["chart-areas", "chart-structures", "chart-indicator-status", "chart-objective-status"]) {
      await page.getByTestId(figure).getByRole("button", { name: "Tabella" }).click();
    }
    const areas = page.getByTestId("table-areas");
    await expect(areas.locator("tr", { hasText: "3 Servizi alle imprese" }).innerText()).resolves.toContain("97,07%");
    await saveScreenshot(page, "dashboard-arti-tables");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it("the plan tree filters by text and status, and expands an objective to its indicators", async () => {
    await page.goto("/piani/arti-2021");
    await page.getByTestId("plan-tree").waitFor();
    await page.getByLabel("Cerca", { exact: true }).fill("colloqui");
    await page.getByTestId("tree-count").filter({ hasText: "1 obiettivi e 1 indicatori" }).waitFor();
    await expect(page.getByTestId("indicator-1.5.2").innerText()).resolves.toContain("188,94%");
    await page.getByLabel("Cerca", { exact: true }).fill("");
    await page.getByLabel("Stato", { exact: true }).selectOption({ label: "4. da iniziare - in ritardo" });
    await page.getByTestId("indicator-2.2.1").waitFor();
    await expect(page.getByTestId("tree-count").innerText()).resolves.toContain("1 obiettivi e 1 indicatori");
    await saveScreenshot(page, "plan-tree-arti-filtered");
  });

  it("switches to English: navigation, headings and <html lang> change, Italian figures stay, the choice survives a reload", async () => {
    await page.goto("/piani/arti-2021/cruscotto");
    const app = new AppPage(page);
    await app.waitForHeading("Cruscotto");
    await app.switchLanguage("EN");
    await app.waitForHeading("Dashboard");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(app.navLink("Plans").isVisible()).resolves.toBe(true);
    await expect(page.getByTestId("plan-score").innerText()).resolves.toContain("49,83%");
    await page.getByTestId("chart-areas").locator("svg").first().waitFor();
    await saveScreenshot(page, "dashboard-arti-en");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.goto("/piani/arti-2021/monitoraggio");
    await app.waitForHeading("Monitoring");
    await page.getByTestId("monitoring-grid").waitFor();
    await expect(page.getByRole("button", { name: "Save" }).isVisible()).resolves.toBe(true);
    await saveScreenshot(page, "monitoring-arti-en");

    await app.switchLanguage("IT");
    await app.waitForHeading("Monitoraggio");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("it");
  });
});

describe("signing in", () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a deep link asks for sign-in first, refuses a wrong password in Italian, then opens the page asked for", async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto("/piani/arti-2021/cruscotto");
    await page.locator("h1", { hasText: "Accedi a Traguardo" }).waitFor();
    await saveScreenshot(page, "sign-in");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole("button", { name: "Accedi" }).click();
    await page.getByText("Indica l'e-mail.").waitFor();
    await page.getByLabel("E-mail").fill(ADMINISTRATOR.email);
    await page.getByLabel("Password").fill("non-questa");
    await page.getByRole("button", { name: "Accedi" }).click();
    await page.getByText("E-mail o password non corretti").waitFor();

    await page.getByLabel("Password").fill(ADMINISTRATOR.password);
    await page.getByRole("button", { name: "Accedi" }).click();
    await page.locator("h1", { hasText: "Cruscotto" }).waitFor();
    await expect(page.getByTestId("signed-in-as").innerText()).resolves.toContain(ADMINISTRATOR.displayName);

    await page.getByRole("button", { name: "Esci" }).click();
    await page.locator("h1", { hasText: "Accedi a Traguardo" }).waitFor();
    await context.close();
  });

  it("the demo reader sees the ARTI monitoring grid read-only", async () => {
    const context = await newContext(browser, server.baseUrl);
    await signIn(context, server.baseUrl, DEMO_READER);
    const page = await context.newPage();
    await page.goto("/piani/arti-2021/monitoraggio");
    await page.getByTestId("monitoring-grid").waitFor();
    await page.getByText("Il tuo ruolo consente di leggere questi valori, non di modificarli.").waitFor();
    await expect(page.getByTestId("input-1.6.1-numerator").getAttribute("readonly")).resolves.toBe("");
    await context.close();
  });
});
