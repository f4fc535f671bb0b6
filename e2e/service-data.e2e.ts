// AFOL objectives 12 and 13 filled from service data at first start (demo data for the CPI of the Città
// metropolitana di Milano, 20.000 synthetic persons, seed 2022): the "Dati di servizio" page shows each value
// with its definition, the date that places it in the period and its provenance; "Ricalcola" finds nothing
// new; a manual value differing from the computed one waits for review; the monitoring grid shows "calcolato".
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MonitoringPage } from "./pages/monitoring-page";
import { ServiceDataPage } from "./pages/service-data-page";
import { ADMINISTRATOR, signedInState, type StorageState } from "./support/accounts";
import { join } from "node:path";
import { launchBrowser, newContext, SCREENSHOTS, saveScreenshot, seriousAccessibilityProblems } from "./support/browser";
import { startTestServer, type TestServer } from "./support/server";

const PLAN = "afol-2022";
const PERIOD = "afol-2022:rendicontazione";

describe("dati di servizio, AFOL 2022 obiettivi 12 e 13", () => {
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

  it("AFOL 12.1 = 2.772 persone trattate GOL, 13.1 = 6.430 PSP dei CPI: valori calcolati con provenienza; Ricalcola non cambia nulla", async () => {
    const serviceData = new ServiceDataPage(page);
    await serviceData.open(PLAN);
    await expect(serviceData.value("12.1").innerText()).resolves.toContain("2.772");
    await expect(serviceData.value("12.2").innerText()).resolves.toContain("2.091");
    await expect(serviceData.value("12.3").innerText()).resolves.toContain("279");
    await expect(serviceData.value("12.4").innerText()).resolves.toContain("52");
    await expect(serviceData.value("13.1").innerText()).resolves.toContain("6.430");
    await expect(serviceData.value("13.2").innerText()).resolves.toContain("3.822");
    const row = await serviceData.binding("12.1").innerText();
    expect(row).toContain("Persone trattate sul Programma GOL (assessment con sottoscrizione del PSP) da giugno 2022");
    expect(row).toContain("Data che colloca nel periodo: data del primo evento della persona nel periodo: Patto di servizio personalizzato sottoscritto (PSP), dal 01/06/2022");
    expect(row).toMatch(/Insieme di dati ds-[0-9a-f]{12}/);
    // the demo's three generated files (sedi, persone, eventi): 203.967 events of 20.000 persons, 2021–2023
    expect(row).toMatch(/3 file caricati, l'ultimo «eventi\.parquet» il \d\d\/\d\d\/\d{4} alle \d\d:\d\d/);
    expect(row).toContain("203.967 eventi dal 01/01/2021 al 31/12/2023");
    expect(row).toContain("8 CPI considerati");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "service-data-afol");

    await serviceData.recomputeButton.click();
    await serviceData.computeSummary.waitFor();
    await expect(serviceData.computeSummary.innerText()).resolves.toBe(
      "Calcolo dal 01/01/2022 al 31/12/2022: 0 valori nuovi, 0 aggiornati, 6 invariati, 0 da rivedere.",
    );
  });

  it("un valore manuale di 16.000 per 13.2 resta, segnalato con il calcolato 3.822; «Mantieni il manuale» chiude la revisione", async () => {
    const csrf = ((await (await context.request.get("/api/auth/session")).json()) as { csrfToken: string }).csrfToken;
    const id = encodeURIComponent(`afol-2022:obj-13:ind-2:${PERIOD}:calcolato`);
    const current = (await (await context.request.get(`/api/plans/${PLAN}/measurements/${id}`)).json()) as Record<string, unknown>;
    const { id: _id, ...body } = current;
    const typed = await context.request.put(`/api/plans/${PLAN}/measurements/${id}`, {
      data: { ...body, value: 16000, origin: "manual", provenance: null },
      headers: { "x-csrf-token": csrf },
    });
    expect(typed.status()).toBe(200);

    const serviceData = new ServiceDataPage(page);
    await serviceData.open(PLAN);
    await serviceData.recomputeButton.click();
    await serviceData.computeSummary.waitFor();
    await expect(serviceData.computeSummary.innerText()).resolves.toContain("1 da rivedere");
    await serviceData.reviewTable.waitFor();
    const review = await serviceData.reviewTable.innerText();
    expect(review).toContain("13.2");
    expect(review).toContain("16.000");
    expect(review).toContain("3.822");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "service-data-review");

    await page.getByRole("button", { name: "Mantieni il manuale 13.2" }).click();
    await serviceData.reviewTable.waitFor({ state: "detached" });
    const kept = (await (await context.request.get(`/api/plans/${PLAN}/measurements/${id}`)).json()) as Record<string, unknown>;
    expect(kept).toMatchObject({ value: 16000, origin: "manual", provenance: { computedValue: 3822, awaitingReview: false } });
  });

  it("nel monitoraggio 12.1 porta il badge «calcolato» con la provenienza al passaggio e al fuoco", async () => {
    const monitoring = new MonitoringPage(page);
    await monitoring.open(PLAN);
    const badge = page.getByTestId("row-12.1").getByTestId("computed-badge");
    await expect(badge.innerText()).resolves.toBe("calcolato");
    await badge.focus();
    const tooltip = page.getByTestId("row-12.1").getByRole("tooltip");
    await tooltip.waitFor();
    await expect(tooltip.innerText()).resolves.toContain("Persone trattate sul Programma GOL");
    await expect(monitoring.input("12.1", "value").inputValue()).resolves.toBe("2772");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "service-data-monitoring-badge");
    // the row with its open tooltip, readable at full size
    const box = (await page.getByTestId("row-12.1").boundingBox())!;
    await page.screenshot({ path: join(SCREENSHOTS, "service-data-monitoring-badge-row.png"), clip: { x: 0, y: box.y - 10, width: 1400, height: box.height + 200 } });
  });

  it("i CPI dei dati contano per l'ente; escluso il CPI di Milano e ricalcolato, 12.1 passa da 2.772 a 2.403", async () => {
    const serviceData = new ServiceDataPage(page);
    await serviceData.open(PLAN);
    await serviceData.cpiMap.waitFor();
    await expect(serviceData.cpiMap.locator("tbody tr").count()).resolves.toBe(8);
    await expect(page.getByTestId("cpi-C0001").innerText()).resolves.toContain("CPI Rho");
    await expect(serviceData.countsFor("C0000").inputValue()).resolves.toBe("afol-metropolitana");
    await expect(page.getByTestId("dataset-summary").innerText()).resolves.toContain("203.967 eventi dal 01/01/2021 al 31/12/2023");

    await serviceData.countsFor("C0000").selectOption("");
    await page.getByRole("button", { name: "Salva la corrispondenza" }).click();
    await page.getByText("Corrispondenza salvata per 6 indicatori").waitFor();
    await expect(serviceData.binding("12.1").innerText()).resolves.toContain("7 CPI considerati");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "service-data-cpi-map");

    await serviceData.recomputeButton.click();
    await serviceData.computeSummary.waitFor();
    await expect(serviceData.value("12.1").innerText()).resolves.toContain("2.403");
  });
});
