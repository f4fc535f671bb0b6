// Reports and publication from the interface, ARTI at 30/06/2021 (seed 004): the planning office downloads the
// monitoring workbook and the open data and checks the figures in them, publishes, and a citizen without an
// account finds the plan and its figures in /trasparenza; a later edit of a value leaves the public page as published.
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseCsv } from "../src/io/open-data/open-data-csv";
import { MonitoringPage } from "./pages/monitoring-page";
import { PublishingPage } from "./pages/publishing-page";
import { DEMO_READER, signedInState, type StorageState, type TestAccount } from "./support/accounts";
import { launchBrowser, newContext, saveScreenshot, seriousAccessibilityProblems } from "./support/browser";
import { startTestServer, type TestServer } from "./support/server";

/** The demo planning and control office (src/auth/demo-accounts.ts). */
const OFFICE: TestAccount = { email: "ufficio@demo.traguardo.it", password: "traguardo-demo", displayName: "Ufficio pianificazione e controllo (demo)" };

async function bytesOf(stream: NodeJS.ReadableStream | null): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream!) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe("Pubblicazione and Amministrazione trasparente, ARTI 30/06/2021", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let office: StorageState;
  let reader: StorageState;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    office = await signedInState(browser, server.baseUrl, OFFICE);
    reader = await signedInState(browser, server.baseUrl, DEMO_READER);
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

  it("downloads: monitoring XLSX with ARTI 1.5.2 = 188,94% as a number, CSV with 188.94; publish; public page without a session; a later edit leaves it unchanged", async () => {
    const publishing = new PublishingPage(page);
    await publishing.open("arti-2021");
    await publishing.waitForHeading("Pubblicazione");
    await expect(publishing.download("monitoraggio-xlsx").innerText()).resolves.toContain("sedici colonne dell'Allegato A");
    await expect(page.getByText("Il piano non ha pesature per ruolo").count()).resolves.toBe(1);
    await expect(page.getByText("Il piano non è ancora stato pubblicato.").count()).resolves.toBe(1);
    await saveScreenshot(page, "publishing-arti");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // the monitoring table in ARTI's layout: the achieved value of 1.5.2 is a number, 1,8894 formatted 0,00%
    const xlsx = await publishing.fetch("monitoraggio-xlsx");
    expect(xlsx.suggestedFilename()).toBe("arti-2021-monitoraggio.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(await xlsx.createReadStream())) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Monitoraggio")!;
    expect(sheet.getCell("M3").value).toBe("Valore conseguito dall'indicatore");
    expect(sheet.getCell("M10").value).toBe(1.8894);
    expect(sheet.getCell("M10").numFmt).toMatch(/0\.00%/);

    // the open data: 1.5.2 achievement in points, dot decimal
    const csv = await publishing.fetch("open-data-csv");
    const rows = parseCsv((await bytesOf(await csv.createReadStream())).toString("utf8"));
    const header = rows[0]!;
    const row = rows.find((r) => r[header.indexOf("indicatore_codice")] === "1.5.2")!;
    expect(row[header.indexOf("raggiungimento_percentuale")]).toBe("188.94");
    expect(row[header.indexOf("data_riferimento")]).toBe("2021-06-30");

    // publish: the confirmation says what is frozen
    await publishing.publishButton.click();
    await publishing.confirmation.waitFor();
    const question = await publishing.confirmation.innerText();
    expect(question).toContain("Periodo: Monitoraggio intermedio al 30/06/2021");
    expect(question).toContain("15 obiettivi, 18 indicatori");
    await publishing.confirmation.getByText("Punteggio complessivo che sarà pubblicato: 49,83%.").waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("confirm-publish");
    await saveScreenshot(page, "publishing-arti-confirm");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await publishing.confirmButton.click();
    await publishing.published.waitFor();
    await publishing.publications.waitFor();
    const listed = await publishing.publications.locator("tbody tr").first().innerText();
    expect(listed).toContain("Monitoraggio intermedio al 30/06/2021");
    expect(listed).toContain("49,83%");
    expect(listed).toContain(OFFICE.displayName);
    await publishing.link("metadati-jsonld").waitFor();
    await saveScreenshot(page, "publishing-arti-published");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    const publicUrl = (await publishing.publications.locator("tbody tr").first().getByTestId("public-page-link").getAttribute("href"))!;

    // a citizen: no session at all
    const citizen = await newContext(browser, server.baseUrl);
    try {
      const publicPage = await citizen.newPage();
      await publicPage.goto("/trasparenza");
      await publicPage.getByRole("link", { name: /Monitoraggio intermedio obiettivi 2021 - ARTI/ }).waitFor();
      await expect(publicPage.locator("table").innerText()).resolves.toContain("49,83%");
      await saveScreenshot(publicPage, "trasparenza");
      expect(await seriousAccessibilityProblems(publicPage)).toEqual([]);

      await publicPage.goto(publicUrl);
      await expect(publicPage.locator("h1").innerText()).resolves.toBe("Monitoraggio intermedio obiettivi 2021 - ARTI");
      const text = await publicPage.locator("main").innerText();
      expect(text).toContain("Punteggio complessivo al 30/06/2021: 49,83%");
      expect(text).toContain("188,94%");
      expect(text).toContain("37.787");
      expect(text).toContain("Le constatazioni di coerenza (7) sono riportate nell'allegato della Relazione (DOCX, PDF).");
      await saveScreenshot(publicPage, "trasparenza-arti");
      expect(await seriousAccessibilityProblems(publicPage)).toEqual([]);

      // the office changes ARTI 1.5.2 afterwards: 10.000 colloqui instead of 37.787
      const monitoring = new MonitoringPage(page);
      await monitoring.open("arti-2021");
      await monitoring.input("1.5.2", "numerator").fill("10000");
      await monitoring.achievement("1.5.2").filter({ hasText: "50,00%" }).waitFor();
      await monitoring.saveButton.click();
      await monitoring.saved.waitFor();
      const live = parseCsv(await (await context.request.get(`${server.baseUrl}/api/plans/arti-2021/reports/open-data.csv`)).text());
      expect(live.find((r) => r[header.indexOf("indicatore_codice")] === "1.5.2")![header.indexOf("raggiungimento_percentuale")]).toBe("50");

      // …and the published page still says what was published
      await publicPage.reload();
      const after = await publicPage.locator("main").innerText();
      expect(after).toContain("Punteggio complessivo al 30/06/2021: 49,83%");
      expect(after).toContain("188,94%");
      expect(after).toContain("37.787");
      expect(after).not.toContain("10.000 / 20.000");
    } finally {
      await citizen.close();
    }
  });

  it("AFOL: the plan's own workbook and the Relazione with or without the individual performance summary", async () => {
    const publishing = new PublishingPage(page);
    await publishing.open("afol-2022");
    await expect(publishing.download("monitoraggio-xlsx").innerText()).resolves.toContain("formato AFOL");
    const docx = publishing.link("relazione-docx");
    await expect(docx.getAttribute("href")).resolves.not.toContain("includeIndividual");
    const individual = page.getByLabel("Includi la sintesi della performance individuale (pesature per ruolo)");
    await expect(individual.isChecked()).resolves.toBe(true);
    // Bootstrap Italia draws the box on the label: people click the label
    await page.locator("label[for=pub-include-individual]").click();
    await expect(individual.isChecked()).resolves.toBe(false);
    await expect(docx.getAttribute("href")).resolves.toContain("includeIndividual=false");
    await expect(publishing.link("relazione-pdf").getAttribute("href")).resolves.toContain("includeIndividual=false");
    await saveScreenshot(page, "publishing-afol");
  });

  it("a reader downloads but is not offered the publish action", async () => {
    const readerContext = await newContext(browser, server.baseUrl, reader);
    try {
      const readerPage = await readerContext.newPage();
      const publishing = new PublishingPage(readerPage);
      await publishing.open("arti-2021");
      await readerPage.getByText("Pubblicano l'ufficio pianificazione e controllo e l'amministratore.").waitFor();
      await expect(publishing.publishButton.count()).resolves.toBe(0);
    } finally {
      await readerContext.close();
    }
  });
});
