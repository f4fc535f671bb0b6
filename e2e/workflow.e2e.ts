// The monitoring workflow of ARTI at 30/06/2021 (seed 004) through the screens, with three people in three
// browser contexts: the head of Direzione enters and submits (a red value without a note is refused first), the
// planning office sends back with a reason, the head corrects and resubmits, the office validates (bulk), corrects
// a value (shown as a change since validation) and closes; the evaluation body reads every step in the audit trail;
// a closed value no longer changes; a reopening needs a reason, is logged, and a stale one gets 409.
// Then the person's pages: notifications, "Le mie performance", and the administrator's users page.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MonitoringPage } from "./pages/monitoring-page";
import { ApprovalPage, AuditTrailPage, NotificationsPage } from "./pages/workflow-pages";
import { ADMINISTRATOR, signedInState, type TestAccount } from "./support/accounts";
import { launchBrowser, newContext, saveScreenshot, seriousAccessibilityProblems } from "./support/browser";
import { startTestServer, type TestServer } from "./support/server";

const demo = (email: string, displayName: string): TestAccount => ({ email, password: "traguardo-demo", displayName });
const HEAD = demo("direzione@demo.traguardo.it", "Direzione ARTI (demo)");
const OFFICE = demo("ufficio@demo.traguardo.it", "Ufficio pianificazione e controllo (demo)");
const EVALUATOR = demo("oiv@demo.traguardo.it", "Nucleo di valutazione (demo)");
const EMPLOYEE = demo("dipendente@demo.traguardo.it", "Dipendente della Divisione Lavoro AFOL (demo)");

const PLAN = "arti-2021";
const DIREZIONE = "arti-toscana:direzione";
const ARTI_16 = encodeURIComponent("arti-2021:obj-1.6:ind-1:30-06-2021");

describe("monitoring workflow, ARTI 30/06/2021, three people", () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let head: Page;
  let office: Page;
  let evaluator: Page;

  async function pageFor(account: TestAccount): Promise<Page> {
    const context = await newContext(browser, server.baseUrl, await signedInState(browser, server.baseUrl, account));
    contexts.push(context);
    return context.newPage();
  }

  async function noSeriousProblems(page: Page): Promise<void> {
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  }

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    head = await pageFor(HEAD);
    office = await pageFor(OFFICE);
    evaluator = await pageFor(EVALUATOR);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it("the head enters ARTI 1.6 = 50 / 106 (47,17%, 5. in ritardo) without a note: submitting is refused naming the indicator; with a note it is submitted", async () => {
    const monitoring = new MonitoringPage(head);
    await monitoring.open(PLAN);
    const bar = head.getByTestId("workflow-bar");
    await bar.waitFor();
    await expect(head.getByTestId(`workflow-bar-state-${DIREZIONE}`).innerText()).resolves.toBe("aperto");
    await monitoring.input("1.6.1", "numerator").fill("50");
    await monitoring.input("1.6.1", "note").fill("");
    await monitoring.status("1.6.1").filter({ hasText: "5. in ritardo" }).waitFor();
    await monitoring.saveButton.click();
    await monitoring.saved.waitFor();
    await head.getByTestId(`workflow-bar-state-${DIREZIONE}`).filter({ hasText: "in compilazione" }).waitFor();

    await head.getByTestId(`submit-${DIREZIONE}`).click();
    const refused = head.getByTestId("submit-refused");
    await refused.waitFor();
    const message = await refused.innerText();
    expect(message).toContain("Invio non riuscito");
    expect(message).toContain("valori in stato critico senza nota");
    expect(message).toContain("1.6");
    expect(message).toContain("5. in ritardo");
    await saveScreenshot(head, "workflow-submit-refused");
    await noSeriousProblems(head);

    await monitoring.input("1.6.1", "note").fill("Ritardo nelle istruttorie dei tirocini: recupero previsto a settembre");
    await monitoring.saveButton.click();
    await monitoring.saved.waitFor();
    await head.getByTestId(`submit-${DIREZIONE}`).click();
    await head.getByTestId("submit-done").waitFor();
    await head.getByTestId(`workflow-bar-state-${DIREZIONE}`).filter({ hasText: "inviato" }).waitFor();
    // submitted: the head can no longer change Direzione's values
    await expect(monitoring.input("1.6.1", "numerator").getAttribute("readonly")).resolves.not.toBeNull();
    await saveScreenshot(head, "workflow-monitoring-submitted");
  });

  it("the evaluation body (Nucleo) sees the submission waiting (notification and bell), sends it back with a reason; the head reads the reason", async () => {
    const notifications = new NotificationsPage(evaluator);
    await notifications.open();
    const waiting = notifications.section("submission-to-validate");
    await waiting.waitFor();
    await expect(waiting.innerText()).resolves.toContain("Direzione: valori inviati da Direzione ARTI (demo)");
    expect(Number(await notifications.bellCount.innerText())).toBeGreaterThanOrEqual(1);
    await saveScreenshot(evaluator, "notifications");
    await noSeriousProblems(evaluator);

    await waiting.getByRole("link", { name: /Apri l'approvazione/ }).first().click();
    const approval = new ApprovalPage(evaluator);
    await approval.table.waitFor();
    await expect(approval.state(DIREZIONE).innerText()).resolves.toBe("inviato");
    await expect(approval.row(DIREZIONE).innerText()).resolves.toContain("Direzione ARTI (demo)");
    await approval.withReason("return", DIREZIONE, "Manca la fonte del dato 1.6: indicare il sistema informativo usato");
    await approval.done.waitFor();
    await approval.state(DIREZIONE).filter({ hasText: "rinviato per correzioni" }).waitFor();
    await expect(approval.row(DIREZIONE).innerText()).resolves.toContain("Manca la fonte del dato 1.6");
    await saveScreenshot(evaluator, "workflow-returned");
    await noSeriousProblems(evaluator);

    const monitoring = new MonitoringPage(head);
    await monitoring.open(PLAN);
    const bar = head.getByTestId(`workflow-bar-${DIREZIONE}`);
    await bar.filter({ hasText: "rinviato per correzioni" }).waitFor();
    await expect(bar.innerText()).resolves.toContain("Manca la fonte del dato 1.6");
  });

  it("the head corrects (60 / 106) and resubmits; the Nucleo validates in bulk, corrects 1.6 to 62 (a change since validation) and closes", async () => {
    const monitoring = new MonitoringPage(head);
    await monitoring.open(PLAN);
    await monitoring.input("1.6.1", "numerator").fill("60");
    await monitoring.input("1.6.1", "note").fill("Ritardo nelle istruttorie dei tirocini; fonte: sistema IDOL");
    await monitoring.saveButton.click();
    await monitoring.saved.waitFor();
    await head.getByTestId(`submit-${DIREZIONE}`).click();
    await head.getByTestId("submit-done").waitFor();

    const approval = new ApprovalPage(evaluator);
    await approval.open(PLAN);
    await approval.state(DIREZIONE).filter({ hasText: "inviato" }).waitFor();
    await approval.row(DIREZIONE).getByRole("checkbox").check();
    await evaluator.getByTestId("bulk-validate").click();
    await approval.done.filter({ hasText: "1 struttura validata." }).waitFor();
    await approval.state(DIREZIONE).filter({ hasText: "validato" }).waitFor();
    await expect(approval.row(DIREZIONE).innerText()).resolves.toContain("(demo)");

    // the office may still correct a validated value: it shows as a change since validation
    const officeMonitoring = new MonitoringPage(office);
    await officeMonitoring.open(PLAN);
    await officeMonitoring.input("1.6.1", "numerator").fill("62");
    await officeMonitoring.saveButton.click();
    await officeMonitoring.saved.waitFor();
    const officeApproval = new ApprovalPage(office);
    await officeApproval.open(PLAN);
    const changes = office.getByTestId(`changes-${DIREZIONE}`);
    await changes.filter({ hasText: "1.6.1" }).waitFor();
    const changeText = await changes.innerText();
    expect(changeText).toContain("Numeratore");
    expect(changeText).toMatch(/60[\s\S]*62/);
    await saveScreenshot(office, "workflow-validated");
    await noSeriousProblems(office);

    await officeApproval.action("close", DIREZIONE).click();
    await officeApproval.state(DIREZIONE).filter({ hasText: "chiuso" }).waitFor();
    await saveScreenshot(office, "workflow-closed");
  });

  it("closed: the head's grid is read-only, the bar says so, and the API refuses a change (409)", async () => {
    const monitoring = new MonitoringPage(head);
    await monitoring.open(PLAN);
    await head.getByTestId(`workflow-bar-${DIREZIONE}`).filter({ hasText: "Periodo chiuso" }).waitFor();
    await expect(monitoring.input("1.6.1", "numerator").getAttribute("readonly")).resolves.not.toBeNull();
    await saveScreenshot(head, "workflow-monitoring-closed");
    await noSeriousProblems(head);

    for (const page of [head, office]) {
      const request = page.context().request;
      const session = (await (await request.get(`${server.baseUrl}/api/auth/session`)).json()) as { csrfToken: string };
      const current = (await (await request.get(`${server.baseUrl}/api/plans/${PLAN}/measurements/${ARTI_16}`)).json()) as Record<string, unknown>;
      const { id: _id, ...body } = current;
      const put = await request.put(`${server.baseUrl}/api/plans/${PLAN}/measurements/${ARTI_16}`, {
        data: { ...body, numerator: 70 },
        headers: { "x-csrf-token": session.csrfToken },
      });
      expect(put.status()).toBe(409);
      expect(((await put.json()) as { error: string }).error).toContain("chiuso");
    }
  });

  it("the evaluation body reads every step in the audit trail: who, when, what, with the reasons; on a closed period it has no buttons (closing and reopening are the office's)", async () => {
    const approval = new ApprovalPage(evaluator);
    await approval.open(PLAN);
    await expect(approval.table.getByRole("button").count()).resolves.toBe(0);
    await noSeriousProblems(evaluator);

    const audit = new AuditTrailPage(evaluator);
    await audit.open({ planId: PLAN, itemType: "workflow" });
    const steps = await audit.rows.evaluateAll((rows) =>
      rows.map((r) => ({ action: r.getAttribute("data-action"), text: (r as HTMLElement).innerText })),
    );
    // newest first
    expect(steps.map((s) => s.action)).toEqual(["close", "validate", "submit", "return", "submit"]);
    expect(steps[0]!.text).toContain("Ufficio pianificazione e controllo (demo)");
    expect(steps[3]!.text).toContain("Manca la fonte del dato 1.6");
    expect(steps[3]!.text).toMatch(/submitted[\s\S]*returned/);
    expect(steps[4]!.text).toContain("Direzione ARTI (demo)");
    for (const step of steps) expect(step.text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

    await audit.open({ planId: PLAN, itemType: "measurement" });
    const values = await audit.rows.allInnerTexts();
    expect(values.length).toBe(4);
    expect(values[0]).toContain("Ufficio pianificazione e controllo (demo)");
    expect(values[0]).toMatch(/Numeratore[\s\S]*60[\s\S]*62/);
    expect(values.at(-1)).toMatch(/Numeratore[\s\S]*96[\s\S]*50/);
    await expect(evaluator.getByTestId("audit-csv").getAttribute("href")).resolves.toBe(`/api/audit.csv?planId=${PLAN}&itemType=measurement`);
    await saveScreenshot(evaluator, "audit");
    await noSeriousProblems(evaluator);
  });

  it("reopening needs a reason and is logged; a reopening made meanwhile by someone else gets 409 and the page reloads", async () => {
    const approval = new ApprovalPage(office);
    await approval.open(PLAN);
    await approval.state(DIREZIONE).filter({ hasText: "chiuso" }).waitFor();
    // an empty reason is refused on the page
    await approval.action("reopen", DIREZIONE).click();
    await office.getByTestId("reason-confirm").click();
    await office.getByText("Scrivi la motivazione.").waitFor();

    // meanwhile a colleague of the office reopens through the API with the version read
    const request = office.context().request;
    const session = (await (await request.get(`${server.baseUrl}/api/auth/session`)).json()) as { csrfToken: string };
    const rows = (await (await request.get(`${server.baseUrl}/api/plans/${PLAN}/periods/${encodeURIComponent("arti-2021:30-06-2021")}/workflow`)).json()) as { structureId: string; version: number }[];
    const version = rows.find((r) => r.structureId === DIREZIONE)!.version;
    const theirs = await request.post(`${server.baseUrl}/api/plans/${PLAN}/periods/${encodeURIComponent("arti-2021:30-06-2021")}/workflow/${encodeURIComponent(DIREZIONE)}/reopen`, {
      data: { reason: "Rettifica chiesta dal Nucleo di valutazione", version },
      headers: { "x-csrf-token": session.csrfToken },
    });
    expect(theirs.status()).toBe(200);

    await office.getByTestId("reason-input").fill("Errore di trascrizione sul dato 1.6");
    await office.getByTestId("reason-confirm").click();
    await approval.failed.waitFor();
    const conflict = await approval.failed.innerText();
    expect(conflict).toContain("è cambiato nel frattempo");
    expect(conflict).toContain("lo stato è stato ricaricato");
    await approval.state(DIREZIONE).filter({ hasText: "in compilazione" }).waitFor();
    await expect(approval.row(DIREZIONE).innerText()).resolves.toContain("Rettifica chiesta dal Nucleo di valutazione");
    await saveScreenshot(office, "workflow-reopened");

    const audit = new AuditTrailPage(evaluator);
    await audit.open({ planId: PLAN, action: "reopen" });
    const reopened = await audit.rows.allInnerTexts();
    expect(reopened).toHaveLength(1);
    expect(reopened[0]).toContain("Rettifica chiesta dal Nucleo di valutazione");
    expect(reopened[0]).toContain("riapertura");
  });

  it("Le mie performance: the AFOL employee reads the Divisione Lavoro objectives, the «personale» weighting and the scale, without a score yet", async () => {
    const employee = await pageFor(EMPLOYEE);
    await employee.goto("/le-mie-performance");
    const plan = employee.getByTestId("my-plan-afol-2022");
    await plan.waitFor();
    await expect(employee.getByTestId("no-score").innerText()).resolves.toBe("Il punteggio individuale non è ancora stato validato.");
    const weighting = await employee.getByTestId("weighting").innerText();
    // AFOL pesatura «personale» (seed 000): organisational 15%, individual objectives 45%, behaviours 40%
    expect(weighting).toMatch(/Performance organizzativa\s+15,00%\s+Obiettivi individuali\s+45,00%\s+Comportamenti\s+40,00%/);
    const objectives = employee.getByTestId("my-objectives").locator("tbody tr");
    expect(await objectives.count()).toBe(7);
    await expect(objectives.first().innerText()).resolves.toContain("Attuare il Programma GOL");
    await expect(objectives.first().innerText()).resolves.toContain("Target: >7.920");
    await expect(employee.getByTestId("scale-legend").locator("li").allInnerTexts()).resolves.toEqual([
      "1. in anticipo",
      "2. da iniziare - secondo le aspettative",
      "3. secondo le aspettative",
      "4. da iniziare - in ritardo",
      "5. in ritardo",
    ]);
    await expect(employee.getByRole("textbox").count()).resolves.toBe(0);
    await saveScreenshot(employee, "my-performance");
    await noSeriousProblems(employee);
  });

  it("Utenti: the administrator creates a head of Divisione Lavoro (a structure with sub-structures) and gets a temporary password once", async () => {
    const admin = await pageFor(ADMINISTRATOR);
    await admin.goto("/utenti");
    await admin.getByTestId("users-table").waitFor();
    await expect(admin.getByTestId("account-direzione@demo.traguardo.it").innerText()).resolves.toContain("responsabile di struttura");
    await admin.getByTestId("new-account").click();
    const form = admin.getByTestId("account-form");
    await form.getByLabel("E-mail").fill("maria.bianchi@afol.it");
    await form.getByLabel("Nome e cognome").fill("Maria Bianchi");
    await form.getByLabel("Ruolo").selectOption("structure_head");
    await form.getByLabel("Organizzazione").selectOption("afol-metropolitana");
    await admin.getByTestId("structure-tree").waitFor();
    // a head needs a structure: refused on the page, naming the field
    await admin.getByTestId("account-save").click();
    await admin.getByText("Un responsabile di struttura deve avere almeno una struttura.").waitFor();
    // Bootstrap Italia draws the box on the label
    await form.locator("label.form-check-label", { hasText: /^Divisione Lavoro$/ }).click();
    await expect(form.getByLabel("Divisione Lavoro", { exact: true }).isChecked()).resolves.toBe(true);
    await saveScreenshot(admin, "users-form");
    await noSeriousProblems(admin);
    await admin.getByTestId("account-save").click();
    await admin.getByTestId("users-notice").filter({ hasText: "Account creato per maria.bianchi@afol.it." }).waitFor();
    await expect(admin.getByTestId("temporary-password").innerText()).resolves.toMatch(/^[A-Za-z2-9]{20}$/);
    await expect(admin.getByTestId("account-maria.bianchi@afol.it").innerText()).resolves.toContain("divisione-lavoro");
    await saveScreenshot(admin, "users");
    await noSeriousProblems(admin);
  });
});
