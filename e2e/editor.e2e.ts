// Editing the ARTI plan as the planning office (demo account): a new objective with an indicator and a target,
// seen in the plan tree; a cronoprogramma phase weight and its running total; a PDF as evidence of ARTI 1.5.2 in
// the monitoring at 30/06/2021, downloaded again byte for byte after a reload.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EditorPage } from "./pages/editor-page";
import { MonitoringPage } from "./pages/monitoring-page";
import { signedInState, type StorageState, type TestAccount } from "./support/accounts";
import { launchBrowser, newContext, saveScreenshot, seriousAccessibilityProblems } from "./support/browser";
import { startTestServer, type TestServer } from "./support/server";

/** The demo planning office (src/auth/demo-accounts.ts). */
const OFFICE: TestAccount = { email: "ufficio@demo.traguardo.it", password: "traguardo-demo", displayName: "Ufficio pianificazione (demo)" };

// a small but real PDF (one empty page), with bytes above 0x7f so that an encoding slip would show
const PDF = Buffer.from(
  "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);

describe("plan editor and evidence files, ARTI 2021", () => {
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

  it("creates objective 1.7 with an indicator and the target «> 7.920» (read as «più di 7.920») and finds them in the plan tree", async () => {
    const editor = new EditorPage(page);
    await page.goto("/piani/arti-2021");
    await page.getByTestId("edit-plan").click();
    await editor.waitForHeading("Modifica del piano");
    await expect(page.getByTestId("editor-summary").innerText()).resolves.toContain("18 indicatori");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "editor-overview");

    await page.getByTestId("new-objective").click();
    await editor.save("objective").click();
    await expect(editor.fieldError("objective", "code").innerText()).resolves.toBe("Codice: campo obbligatorio");
    await editor.field("objective", "code").fill("1.7");
    await editor.field("objective", "title").fill("Rafforzare l'orientamento specialistico nei Centri per l'impiego");
    await editor.field("objective", "nodeId").selectOption({ label: "1 — Politiche per il diritto e la dignità del lavoro" });
    await editor.field("objective", "structureId").selectOption({ label: "Direzione" });
    await editor.field("objective", "expectedResult").fill("Più persone prese in carico ricevono un colloquio di orientamento specialistico");
    await editor.field("objective", "stakeholders").fill("Persone in cerca di occupazione");
    await editor.field("objective", "weight").fill("sei");
    await editor.save("objective").click();
    await expect(editor.fieldError("objective", "weight").innerText()).resolves.toContain("«sei» non è un numero");
    await saveScreenshot(page, "editor-objective-errors");
    await editor.field("objective", "weight").fill("5");
    await editor.save("objective").click();
    await page.getByTestId("new-indicator").waitFor();

    await page.getByTestId("new-indicator").click();
    await editor.field("indicator", "definition").fill("Numero di colloqui di orientamento specialistico");
    await editor.field("indicator", "unit").fill("Numero intero");
    await editor.field("indicator", "direction").selectOption("increase");
    await editor.field("indicator", "baselineValue").fill("1.073");
    await editor.field("indicator", "baselineYear").fill("2020");
    await editor.save("indicator").click();
    await page.getByTestId("add-target").click();
    await editor.field("target", "yearFrom").fill("2021");
    await editor.field("target", "text").fill("> 7.920");
    await editor.targetReading.filter({ hasText: "più di 7.920" }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "editor-indicator-target");
    await editor.save("target").click();
    await page.getByTestId("target-row-1").filter({ hasText: "più di 7.920" }).waitFor();

    await page.goto("/piani/arti-2021");
    await page.locator("#tree-search").fill("orientamento specialistico");
    const objective = page.getByTestId("objective-1.7");
    await objective.waitFor();
    await expect(objective.innerText()).resolves.toContain("5,00%");
    await expect(page.getByTestId("indicator-1.7.1").innerText()).resolves.toContain("> 7.920");
    await saveScreenshot(page, "editor-tree-new-objective");
  });

  it("ARTI crono 1 (20% + 40% + 40%): phase 1 at 30% shows a running total of 110% and a warning, saved and still there after a reload", async () => {
    const editor = new EditorPage(page);
    await page.goto(`/piani/arti-2021/obiettivi/${encodeURIComponent("arti-2021:obj-1.1")}`);
    await page.getByTestId("edit-objective").click();
    await expect(editor.phaseTotal("ARTI 1").innerText()).resolves.toBe("100,00%");
    await page.getByRole("button", { name: "Modifica la fase 1" }).click();
    await editor.field("phase-ARTI_1", "weight").fill("30");
    await editor.phaseTotal("ARTI 1").filter({ hasText: "110,00%" }).waitFor();
    await expect(editor.phaseWarning("ARTI 1").innerText()).resolves.toContain("I pesi delle fasi sommano a 110,00% invece che al 100%");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "editor-phases");
    await editor.save("phase-ARTI_1").click();
    await page.getByTestId("phase-ARTI_1-row-1").filter({ hasText: "30,00%" }).waitFor();
    await page.reload();
    await expect(editor.phaseTotal("ARTI 1").innerText()).resolves.toBe("110,00%");
    await editor.phaseWarning("ARTI 1").waitFor();
  });

  it("ARTI 1.5.2 (188,94%): a PDF attached in the monitoring is listed with its SHA-256 after a reload and downloads with the same bytes", async () => {
    const editor = new EditorPage(page);
    const monitoring = new MonitoringPage(page);
    await monitoring.open("arti-2021");
    await expect(monitoring.achievement("1.5.2").innerText()).resolves.toContain("188,94%");
    await expect(editor.evidenceButton("1.5.2").innerText()).resolves.toContain("0 allegati");
    await editor.evidenceButton("1.5.2").click();
    await editor.evidencePanel.waitFor();
    await page.getByTestId("evidence-input").setInputFiles({ name: "colloqui-giugno-2021.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByTestId("evidence-uploaded").waitFor();
    const sha256 = createHash("sha256").update(PDF).digest("hex");
    await editor.evidencePanel.getByText(sha256).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, "editor-evidence");

    await page.reload();
    await monitoring.grid.waitFor();
    await editor.evidenceButton("1.5.2").filter({ hasText: "1 allegato" }).waitFor();
    await editor.evidenceButton("1.5.2").click();
    const [download] = await Promise.all([page.waitForEvent("download"), editor.evidencePanel.getByTestId("evidence-download").click()]);
    expect(download.suggestedFilename()).toBe("colloqui-giugno-2021.pdf");
    const bytes = readFileSync((await download.path())!);
    expect(bytes.equals(PDF)).toBe(true);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(sha256);
  });
});
