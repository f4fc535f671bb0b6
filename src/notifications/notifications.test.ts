// Notifications on the ARTI plan (seed 004) with a year-end period added: what each person finds waiting, the
// reminders N days before the cut-off, and the e-mails of the workflow, through a real SMTP server on loopback.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, type Account } from "../auth/accounts";
import { SYSTEM_ACTOR } from "../audit/audit-log";
import type { DatabaseHandle } from "../db/connect";
import { savePlanBundle } from "../db/plan-store";
import { createTestDatabase } from "../db/test-database";
import { importText } from "../io/import";
import { readSeed, SEED_FILES } from "../io/seeds";
import { buildApp } from "../server/app";
import { injectAs, signIn, type SignedIn } from "../server/test-auth";
import { inboxFor } from "./inbox";
import { createMailer, type Mailer } from "./mailer";
import { italianToday, sendCutoffReminders } from "./reminders";

const YEAR_END = "arti-2021:31-12-2021";
const RPCT = "arti-toscana:rpct";
const DIREZIONE = "arti-toscana:direzione";

/** RFC 2047 encoded words (=?UTF-8?Q?…?=) and a quoted-printable body, as nodemailer writes Italian text. */
function decodeQuotedPrintable(text: string, underscoreIsSpace = false): string {
  const bytes: number[] = [];
  const plain = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < plain.length; i++) {
    const c = plain[i]!;
    if (c === "=" && /^[0-9A-F]{2}$/i.test(plain.slice(i + 1, i + 3))) {
      bytes.push(parseInt(plain.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(underscoreIsSpace && c === "_" ? " " : c, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}
function decodeHeader(value: string): string {
  return value.replace(/\?=\s+=\?/g, "?==?").replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_m, word: string) => decodeQuotedPrintable(word, true));
}

interface Received {
  to: string[];
  subject: string;
  body: string;
}

describe("notifications (ARTI, period at 31/12/2021)", () => {
  let handle: DatabaseHandle;
  let smtp: SMTPServer;
  let mailer: Mailer;
  let app: FastifyInstance;
  const inbox: Received[] = [];
  let rpct: Account;
  let direzione: Account;
  let office: SignedIn;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1]?.replace(/\r\n[ \t]/g, " ") ?? "";
          const body = raw.split("\r\n\r\n").slice(1).join("\r\n\r\n");
          const quoted = /Content-Transfer-Encoding: quoted-printable/i.test(raw);
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: decodeHeader(subject), body: quoted ? decodeQuotedPrintable(body) : body });
          callback();
        });
      },
    });
    smtp.listen(0, "127.0.0.1");
    await once(smtp.server, "listening");
    const port = (smtp.server.address() as AddressInfo).port;
    mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: "Traguardo <traguardo@arti.toscana.it>" });

    handle = await createTestDatabase("pglite");
    const arti = importText(readSeed("arti"), SEED_FILES.arti);
    if (!arti.ok) throw new Error("seed ARTI non importato");
    const bundle = arti.bundle;
    await savePlanBundle(handle.db, {
      ...bundle,
      periods: [...bundle.periods, { id: YEAR_END, planId: "arti-2021", label: "Rendicontazione al 31/12/2021", cutoffDate: "2021-12-31", kind: "final" }],
    });
    const account = (email: string, structureId: string) =>
      createAccount(
        handle.db,
        { email, displayName: email.split("@")[0]!, role: "structure_head", organisationId: "arti-toscana", structures: [{ organisationId: "arti-toscana", structureId }], password: "password di prova lunga" },
        SYSTEM_ACTOR,
      );
    rpct = await account("rpct@arti.toscana.it", RPCT);
    direzione = await account("direzione@arti.toscana.it", DIREZIONE);
    app = await buildApp({ database: handle, mailer });
    office = await signIn(app, "planning_office", { organisationId: "arti-toscana", email: "controllo@arti.toscana.it" });
  });
  afterAll(async () => {
    await app.close();
    mailer.close();
    await handle.close();
    smtp.close();
  });

  it("on 24/12/2021 the RPCT has its 2 values to enter for the 31/12 cut-off; the 30/06 period, past and never opened, is not asked", async () => {
    const items = await inboxFor(handle.db, rpct, "2021-12-24");
    expect(items).toEqual([
      expect.objectContaining({
        kind: "values-to-enter",
        periodId: YEAR_END,
        structureId: RPCT,
        daysToCutoff: 7,
        message: "Responsabile Prevenzione Corruzione e Trasparenza (RPCT): 2 valori da inserire e inviare entro il 31/12/2021 (aperto)",
      }),
    ]);
  });

  it("7 days before the cut-off each head gets one reminder, once however often the timer runs; again 1 day before", async () => {
    const first = await sendCutoffReminders(handle.db, mailer, { today: "2021-12-24", days: [7, 1], publicUrl: "https://traguardo.arti.toscana.it" });
    expect(first).toEqual({ sent: 2, failed: [] });
    expect(inbox.map((m) => m.to[0]).sort()).toEqual(["direzione@arti.toscana.it", "rpct@arti.toscana.it"]);
    const toRpct = inbox.find((m) => m.to[0] === "rpct@arti.toscana.it")!;
    expect(toRpct.subject).toContain("tra 7 giorni la scadenza del 31/12/2021");
    expect(toRpct.body).toContain("https://traguardo.arti.toscana.it/piani/arti-2021/monitoraggio");
    expect(await sendCutoffReminders(handle.db, mailer, { today: "2021-12-24", days: [7, 1] })).toEqual({ sent: 0, failed: [] });
    expect(await sendCutoffReminders(handle.db, mailer, { today: "2021-12-27", days: [7, 1] })).toEqual({ sent: 0, failed: [] });
    expect(await sendCutoffReminders(handle.db, mailer, { today: "2021-12-30", days: [7, 1] })).toEqual({ sent: 2, failed: [] });
    expect(inbox.at(-1)!.subject).toContain("domani la scadenza del 31/12/2021");
    inbox.length = 0;
  });

  it("a submission e-mails the office and shows in its inbox; a return e-mails the head and shows in theirs", async () => {
    const head = await signIn(app, "structure_head", { organisationId: "arti-toscana", structures: [{ organisationId: "arti-toscana", structureId: RPCT }], displayName: "Rossi RPCT" });
    const workflow = `/api/plans/arti-2021/periods/${encodeURIComponent(YEAR_END)}/workflow/${RPCT}`;
    expect((await injectAs(app, head, { method: "POST", url: `${workflow}/submit` })).statusCode).toBe(200);
    await expect.poll(() => inbox.length).toBe(1);
    expect(inbox[0]).toMatchObject({ to: ["controllo@arti.toscana.it"], subject: "Traguardo: valori da validare — Responsabile Prevenzione Corruzione e Trasparenza (RPCT)" });
    expect(inbox[0]!.body).toContain("Rossi RPCT ha inviato i valori");

    const officeItems = await inboxFor(handle.db, office.account, "2021-12-24");
    expect(officeItems.map((i) => [i.kind, i.structureId])).toEqual([["submission-to-validate", RPCT]]);

    const returned = await injectAs(app, office, { method: "POST", url: `${workflow}/return`, payload: { reason: "Manca il dato di dicembre" } });
    expect(returned.statusCode).toBe(200);
    // one e-mail per head of the RPCT: the one who submitted and the one created before
    await expect.poll(() => inbox.length).toBe(3);
    expect(inbox.slice(1).flatMap((m) => m.to).sort()).toEqual([head.account.email, "rpct@arti.toscana.it"].sort());
    expect(inbox[1]!.body).toContain("Motivazione: Manca il dato di dicembre");
    const headItems = await inboxFor(handle.db, rpct, "2021-12-24");
    expect(headItems.map((i) => [i.kind, i.message])).toEqual([
      ["values-returned", "Responsabile Prevenzione Corruzione e Trasparenza (RPCT): valori rinviati — Manca il dato di dicembre"],
    ]);
    // the head of Direzione sees only their own structure
    expect((await inboxFor(handle.db, direzione, "2021-12-24")).map((i) => i.structureId)).toEqual([DIREZIONE]);
  });

  it("the inbox is served at /api/me/notifications for the signed-in person", async () => {
    const res = await injectAs(app, office, { method: "GET", url: "/api/me/notifications" });
    expect(res.statusCode).toBe(200);
    expect(Array.isArray(res.json())).toBe(true);
  });

  it("today is the Italian calendar date: 23:30 UTC on 31/12 is already 1 January in Rome", () => {
    expect(italianToday(new Date("2021-12-31T23:30:00Z"))).toBe("2022-01-01");
  });
});
