// The audit trail: written with the change or not at all, never updated nor deleted, read by filters, as CSV.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/connect";
import { createTestDatabase, testDatabaseKinds } from "../db/test-database";
import { auditEventsToCsv } from "./audit-csv";
import { findAuditEvents, recordAudit, type Actor } from "./audit-log";

const maria: Actor = { accountId: "a-1", label: "Maria Rossi <maria.rossi@ente.it>", ip: "10.0.0.7" };

describe.each(testDatabaseKinds())("audit trail on %s", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await handle.close();
  });

  it("records who, when, from where, before and after", async () => {
    await recordAudit(handle.db, maria, {
      action: "update",
      itemType: "measurement",
      itemId: "arti-2021:obj-1.5:ind-2:30-06-2021",
      organisationId: "arti-toscana",
      planId: "arti-2021",
      periodId: "arti-2021:30-06-2021",
      before: { value: 37787 },
      after: { value: 37800 },
    });
    const [event] = await findAuditEvents(handle.db, { itemId: "arti-2021:obj-1.5:ind-2:30-06-2021" });
    expect(event).toMatchObject({ actorId: "a-1", actorLabel: maria.label, ip: "10.0.0.7", before: { value: 37787 }, after: { value: 37800 } });
    expect(Date.now() - event!.at.getTime()).toBeLessThan(60_000);
  });

  it("is append-only: the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    await expect(handle.db.execute(sql`update audit_events set actor_label = 'altri'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from audit_events`)).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate audit_events`)).rejects.toThrow();
    const error = await handle.db.execute(sql`delete from audit_events`).catch((e: Error) => e);
    expect(String((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message)).toContain(
      "il registro delle modifiche (audit_events) non può essere modificato né cancellato: DELETE rifiutato",
    );
    expect(await findAuditEvents(handle.db, {})).toHaveLength(1);
  });

  it("a change that fails leaves no record: the record is in the change's transaction", async () => {
    await handle.db
      .transaction(async (tx) => {
        await recordAudit(tx, maria, { action: "delete", itemType: "plan", itemId: "piano-x" });
        throw new Error("salvataggio fallito");
      })
      .catch(() => undefined);
    expect(await findAuditEvents(handle.db, { itemId: "piano-x" })).toEqual([]);
  });

  it("filters by user, plan, period and dates, newest first, with paging", async () => {
    for (const [n, planId] of ["afol-2022", "arti-2021", "afol-2022"].entries()) {
      await recordAudit(handle.db, { ...maria, accountId: `a-${n + 2}` }, { action: "create", itemType: "objective", itemId: `o-${n}`, planId });
    }
    const afol = await findAuditEvents(handle.db, { planId: "afol-2022" });
    expect(afol.map((e) => e.itemId)).toEqual(["o-2", "o-0"]);
    expect((await findAuditEvents(handle.db, { actorId: "a-3" })).map((e) => e.itemId)).toEqual(["o-1"]);
    expect(await findAuditEvents(handle.db, { periodId: "arti-2021:30-06-2021" })).toHaveLength(1);
    const page = await findAuditEvents(handle.db, { limit: 2 });
    const next = await findAuditEvents(handle.db, { limit: 2, beforeId: page.at(-1)!.id });
    expect([...page, ...next].map((e) => e.itemId)).toEqual(["o-2", "o-1", "o-0", "arti-2021:obj-1.5:ind-2:30-06-2021"]);
    expect(await findAuditEvents(handle.db, { to: "2000-01-01" })).toEqual([]);
    expect(await findAuditEvents(handle.db, { from: "2000-01-01" })).toHaveLength(4);
  });
});

describe("audit CSV", () => {
  const event = {
    id: 7,
    at: new Date("2021-07-15T08:30:00.000Z"),
    organisationId: "arti-toscana",
    actorId: "a-1",
    actorLabel: "Maria Rossi <maria.rossi@ente.it>",
    ip: "10.0.0.7",
    action: "update",
    itemType: "measurement",
    itemId: "m;1",
    planId: "arti-2021",
    periodId: null,
    structureId: null,
    before: { note: 'era "vuota"' },
    after: null,
    note: "=HYPERLINK(\"http://x\")",
  };

  it("writes ; separated rows with a BOM, quoting ; and \" and neutralising formulas", () => {
    const csv = auditEventsToCsv([event]);
    expect(csv.startsWith("\uFEFFid;data e ora (UTC);utente;")).toBe(true);
    const row = csv.split("\r\n")[1]!;
    expect(row).toBe(
      '7;2021-07-15T08:30:00.000Z;Maria Rossi <maria.rossi@ente.it>;a-1;10.0.0.7;update;measurement;"m;1";arti-toscana;arti-2021;;;"{""note"":""era \\""vuota\\""""}";;"\'=HYPERLINK(""http://x"")"',
    );
  });
});
