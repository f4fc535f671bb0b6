// Files in and out through the interface: import a seed on an empty instance, refuse a file that is not a plan
// with the reason, download a plan as the XLSX template.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ImportPage } from "./pages/import-page";
import { launchBrowser, newContext, saveScreenshot, seriousAccessibilityProblems } from "./support/browser";
import { ADMINISTRATOR, signedInState, type StorageState } from "./support/accounts";
import { startTestServer, type TestServer } from "./support/server";

const ARTI_SEED = fileURLToPath(new URL("../demo/seeds/004_760d7e162607ed3a.txt", import.meta.url));

describe("import and export from the interface (instance started without demo plans)", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let administrator: StorageState;
  let scratch: string;

  beforeAll(async () => {
    server = await startTestServer({ demo: false });
    browser = await launchBrowser();
    administrator = await signedInState(browser, server.baseUrl, ADMINISTRATOR);
    scratch = mkdtempSync(join(tmpdir(), "traguardo-e2e-files-"));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });
  beforeEach(async () => {
    context = await newContext(browser, server.baseUrl, administrator);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  it("imports the ARTI monitoring (seed 004): 15 objectives, 18 indicators, 25 phases; the plan then opens from the list", async () => {
    await page.goto("/");
    await page.getByText("Non ci sono ancora piani").waitFor();
    const importPage = new ImportPage(page);
    await importPage.open();
    await importPage.upload(ARTI_SEED);
    await importPage.report.waitFor();
    const report = await importPage.report.innerText();
    expect(report).toContain("Monitoraggio intermedio ARTI");
    expect(report).toMatch(/Obiettivi\s+15/);
    expect(report).toMatch(/Indicatori\s+18/);
    expect(report).toMatch(/Fasi di cronoprogramma\s+25/);
    await saveScreenshot(page, "import-done");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await importPage.report.getByRole("link", { name: /arti-2021/ }).click();
    await page.getByTestId("plan-tree").waitFor();
    await expect(page.getByTestId("organisation-name").innerText()).resolves.toBe("Agenzia Regionale Toscana per l'Impiego (ARTI)");
  });

  it("refuses a text that is no known document, saying why, and imports nothing", async () => {
    const notAPlan = join(scratch, "verbale.txt");
    writeFileSync(notAPlan, "Verbale della riunione del 3 marzo.\nPresenti: tutti.\n");
    const importPage = new ImportPage(page);
    await importPage.open();
    await importPage.upload(notAPlan);
    await importPage.failure.waitFor();
    const text = await importPage.failure.innerText();
    expect(text).toContain("Importazione non riuscita");
    expect(text).toContain("Formato del documento non riconosciuto");
    await saveScreenshot(page, "import-refused");
  });

  it("downloads the plan as the XLSX template from the plan page", async () => {
    const importPage = new ImportPage(page);
    await importPage.open();
    await importPage.upload(ARTI_SEED);
    await importPage.report.waitFor();
    await page.goto("/piani/arti-2021");
    await page.getByTestId("plan-tree").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-xlsx").click()]);
    expect(download.suggestedFilename()).toBe("arti-2021.xlsx");
    const file = join(scratch, "arti-2021.xlsx");
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(1);
    const text = workbook.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join(" ");
    expect(text).toContain("Numero istruttorie effettuate/numero domande pervenute");
  });

  it("downloads the Relazione sulla performance as DOCX from the plan page", async () => {
    await page.goto("/piani/arti-2021");
    await page.getByTestId("plan-tree").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-relazione-docx").click()]);
    const file = join(scratch, download.suggestedFilename());
    await download.saveAs(file);
    expect(file.endsWith(".docx")).toBe(true);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  });
});
