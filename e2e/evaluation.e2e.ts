// The evaluation screens as the evaluation body uses them (demo OIV account): findings on ARTI with a link to the
// item, a status override with its reason seen on the dashboard, the Lombardia allocation with the Provinces
// compared, the ANPAL budget, the AFOL pesature, a what-if on a weight. axe on each section; screenshots
// e2e/screenshots/evaluation-*.png.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EvaluationPage } from "./pages/evaluation-page";
import { DEMO_READER, signedInState, type StorageState, type TestAccount } from "./support/accounts";
import { launchBrowser, newContext, saveScreenshot, seriousAccessibilityProblems } from "./support/browser";
import { startTestServer, type TestServer } from "./support/server";

const DEMO_EVALUATOR: TestAccount = { email: "oiv@demo.traguardo.it", password: "traguardo-demo", displayName: "Nucleo di valutazione (demo)" };
const DEMO_OFFICE: TestAccount = { email: "ufficio@demo.traguardo.it", password: "traguardo-demo", displayName: "Ufficio pianificazione e controllo (demo)" };

describe("evaluation screens", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let evaluator: StorageState;
  let reader: StorageState;
  let office: StorageState;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    evaluator = await signedInState(browser, server.baseUrl, DEMO_EVALUATOR);
    reader = await signedInState(browser, server.baseUrl, DEMO_READER);
    office = await signedInState(browser, server.baseUrl, DEMO_OFFICE);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await newContext(browser, server.baseUrl, evaluator);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  it("ARTI findings: weights add up to 77,00%, cronoprogramma ARTI 2 15,00% against 30,00%, 4 statuses differ; the link opens objective 1.2", async () => {
    const evaluation = new EvaluationPage(page);
    await page.goto("/piani/arti-2021/valutazione");
    await page.waitForURL(/\/valutazione\/rilievi/);
    await evaluation.findings("objective-weights-sum").waitFor();
    // no empty tabs on ARTI: no allocation, budget or pesature
    await expect(page.getByRole("navigation", { name: "Sezioni della valutazione" }).getByRole("link").allInnerTexts()).resolves.toEqual(["Rilievi", "Stati", "Simulazione"]);
    await expect(evaluation.findings("objective-weights-sum").innerText()).resolves.toMatch(/100,00%\s+77,00%/);
    const crono = evaluation.findings("cronoprogramma-value-mismatch");
    await expect(crono.innerText()).resolves.toMatch(/ARTI 1\.2\.1\s+30,00%\s+15,00%/);
    await expect(evaluation.findings("stated-status-differs").locator("tbody tr").count()).resolves.toBe(4);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "evaluation-rilievi");

    await crono.getByRole("link", { name: "ARTI 1.2.1" }).click();
    await page.waitForURL(/\/obiettivi\/arti-2021%3Aobj-1\.2#ind-/);
    await evaluation.heading.filter({ hasText: "Obiettivo 1.2" }).waitFor();
  });

  it("ARTI 1.6.1: a correction without a reason is refused next to the field; with one, «5. in ritardo» stands beside the computed «3.» and the dashboard counts 2 late indicators", async () => {
    const evaluation = new EvaluationPage(page);
    await evaluation.open("arti-2021", "stati");
    await expect(evaluation.statusRow("1.6.1").innerText()).resolves.toContain("3. secondo le aspettative");
    await evaluation.editOverride("1.6.1").click();
    await evaluation.overrideLevel.selectOption({ label: "5. in ritardo" });
    await evaluation.page.getByTestId("override-save").click();
    const error = page.getByTestId("override-reason-error");
    await error.waitFor();
    await expect(error.innerText()).resolves.toBe("Inserisci la motivazione della correzione: è obbligatoria.");
    await expect(evaluation.overrideReason.getAttribute("aria-invalid")).resolves.toBe("true");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await evaluation.overrideReason.fill("Istruttorie al 90,57% delle domande: il Nucleo conferma il ritardo indicato dalla Direzione");
    await page.getByTestId("override-save").click();
    await evaluation.override("1.6.1").filter({ hasText: "5. in ritardo" }).waitFor();
    await expect(evaluation.override("1.6.1").innerText()).resolves.toContain("il Nucleo conferma il ritardo");
    await expect(evaluation.override("1.6.1").innerText()).resolves.toContain("Nucleo di valutazione (demo)");
    await expect(page.getByTestId("computed-1.6.1").innerText()).resolves.toBe("3. secondo le aspettative");
    await expect(page.getByTestId("override-count").innerText()).resolves.toContain("1 stato corretto");
    await saveScreenshot(page, "evaluation-stati");

    await page.goto("/piani/arti-2021/cruscotto");
    const late = page.locator(".kpi", { hasText: "Indicatori in ritardo" }).locator(".kpi-value");
    await late.waitFor();
    await expect(late.innerText()).resolves.toBe("2");
    await page.getByTestId("chart-indicator-status").getByRole("button", { name: "Tabella" }).click();
    await expect(page.getByTestId("chart-indicator-status").locator("tr", { hasText: "5. in ritardo" }).innerText()).resolves.toMatch(/5\. in ritardo\s+1\s/);
  });

  it("a reader sees the statuses and the corrections, without the form", async () => {
    const readerContext = await newContext(browser, server.baseUrl, reader);
    const readerPage = await readerContext.newPage();
    try {
      const evaluation = new EvaluationPage(readerPage);
      await evaluation.open("arti-2021", "stati");
      await evaluation.statusRow("1.1.1").waitFor();
      await expect(readerPage.getByRole("button", { name: /Correggi/ }).count()).resolves.toBe(0);
      await expect(readerPage.getByRole("columnheader", { name: "Azioni" }).count()).resolves.toBe(0);
    } finally {
      await readerContext.close();
    }
  });

  it("Lombardia: shares 40% / 20% / 40% within minimo 40% / massimo 20% / minimo 20%, and the Provinces compared on the drop-out rate", async () => {
    // the planning office enters a period and the drop-out rate (IS1) of three Provinces, through the API
    const officeContext = await newContext(browser, server.baseUrl, office);
    try {
      const csrf = ((await (await officeContext.request.get("/api/auth/session")).json()) as { csrfToken: string }).csrfToken;
      const post = async (path: string, data: object) => {
        const res = await officeContext.request.post(path, { data, headers: { "x-csrf-token": csrf } });
        expect(res.status(), await res.text()).toBe(201);
      };
      await post("/api/plans/lombardia-2026/periods", { id: "lombardia-2026:30-06-2026", label: "Monitoraggio al 30/06/2026", cutoffDate: "2026-06-30", kind: "intermediate" });
      const values: [string, number][] = [["provincia-bergamo", 12.4], ["provincia-brescia", 9.8], ["citta-metropolitana-milano", 15.1]];
      for (const [assigneeId, value] of values) {
        await post("/api/plans/lombardia-2026/measurements", {
          id: `lombardia-2026:is1:${assigneeId}`,
          indicatorId: "lombardia-2026:indicatori-sistema:ind-1",
          periodId: "lombardia-2026:30-06-2026",
          assigneeId,
          value,
          origin: "manual",
        });
      }
    } finally {
      await officeContext.close();
    }

    const evaluation = new EvaluationPage(page);
    // with a period the findings come first; the allocation is its own tab
    await evaluation.open("lombardia-2026");
    await evaluation.tab("ripartizione").click();
    await page.waitForURL(/\/valutazione\/ripartizione/);
    await page.getByTestId("shares-table").waitFor();
    await expect(page.getByTestId("share-1").innerText()).resolves.toMatch(/minimo 40%.*40,00%\s*$/s);
    await expect(page.getByTestId("share-2").innerText()).resolves.toMatch(/massimo 20%.*20,00%\s*$/s);
    await expect(page.getByTestId("share-3").innerText()).resolves.toMatch(/minimo 20%.*40,00%\s*$/s);
    await expect(page.getByTestId("provinces-table").locator("tbody tr").count()).resolves.toBe(12);
    const comparison = page.getByTestId("comparison-IS1");
    await comparison.locator("svg").first().waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "evaluation-ripartizione");
    await comparison.getByRole("button", { name: "Tabella" }).click();
    await expect(comparison.locator("tbody tr").allInnerTexts()).resolves.toEqual(["1\tProvincia di Brescia\t9,8", "2\tProvincia di Bergamo\t12,4", "3\tCittà Metropolitana di Milano\t15,1"]);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it("ANPAL budget: the DD 549 rescheduling in euro, the total that does not add up (25.722.311,28 against 25.356.152,38) and the 19 spending programme sheets", async () => {
    const evaluation = new EvaluationPage(page);
    await evaluation.open("anpal-servizi-2019", "bilancio");
    const first = page.getByTestId("budget-po-2017-2020-risorse");
    await first.waitFor();
    await expect(first.innerText()).resolves.toContain("€ 25.722.311,28");
    await expect(first.getByRole("note").innerText()).resolves.toContain("somma di tutte le righe 25.356.152,38");
    await expect(page.getByTestId("budget-dd-549-2019").innerText()).resolves.toContain("Totale budget rideterminato");
    await expect(page.getByTestId("programme-sheet").count()).resolves.toBe(19);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "evaluation-bilancio");
  });

  it("AFOL: the 5 pesature, each adding up to 100", async () => {
    const evaluation = new EvaluationPage(page);
    await evaluation.open("afol-2022", "individuale");
    const table = page.getByTestId("weightings-table");
    await table.waitFor();
    await expect(table.locator("tbody tr").count()).resolves.toBe(5);
    await expect(page.getByTestId("weighting-personale").innerText()).resolves.toMatch(/personale\s+15%\s+45%\s+40%\s+100\s+somma 100/);
    await expect(table.getByText("somma 100").count()).resolves.toBe(5);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "evaluation-individuale");
  });

  it("what-if on ARTI: objective 1.1 (score 0) weighed 20% instead of 6% lowers the plan score, shown with its delta, and nothing is saved", async () => {
    const evaluation = new EvaluationPage(page);
    await evaluation.open("arti-2021", "simulazione");
    await page.getByTestId("what-if-weight-1.1").fill("20");
    await page.getByTestId("what-if-run").click();
    const plan = page.getByTestId("what-if-plan");
    await plan.waitFor();
    const text = await plan.innerText();
    expect(text).toMatch(/49,83%/);
    expect(text).toMatch(/-\d+,\d\d pp/);
    await expect(page.getByTestId("what-if-objectives").innerText()).resolves.toContain("Direzione");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "evaluation-simulazione");
    const stored = (await (await context.request.get("/api/plans/arti-2021/objectives/arti-2021%3Aobj-1.1")).json()) as { weight: number };
    expect(stored.weight).toBe(6);
  });
});
