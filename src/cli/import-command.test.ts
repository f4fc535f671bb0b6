// `traguardo import` writes one audited change (actor "cli"), and keeps the rules an import over HTTP keeps.
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKinds } from "../db/test-database";
import { auditEvents } from "../db/schema-auth";
import { plans } from "../db/schema";
import { seedPath } from "../io/seeds";
import { importDocument } from "./import-command";

describe.each(testDatabaseKinds())("traguardo import on %s", (kind) => {
  it("ARTI monitoring (15 objectives, 18 indicators) is recorded in the audit trail as an import by «cli»; a second import is a replacement", async () => {
    const handle = await createTestDatabase(kind);
    try {
      const bytes = readFileSync(seedPath("arti"));
      const first = await importDocument(handle.db, bytes, "004_arti.txt");
      expect(first).toMatchObject({ ok: true, planId: "arti-2021", layout: "arti-monitoraggio" });
      const again = await importDocument(handle.db, bytes, "004_arti.txt");
      expect(again.ok).toBe(true);

      const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.planId, "arti-2021")).orderBy(auditEvents.id);
      expect(events.map((e) => [e.action, e.actorLabel, e.actorId, e.itemType, e.itemId])).toEqual([
        ["import", "cli", null, "plan", "arti-2021"],
        ["replace", "cli", null, "plan", "arti-2021"],
      ]);
      expect(events[0]!.note).toContain("importazione da");
      const after = events[0]!.after as { objectives: unknown[]; indicators: unknown[] };
      expect([after.objectives.length, after.indicators.length]).toEqual([15, 18]);
    } finally {
      await handle.close();
    }
  });

  it("an approved plan is not replaced from the command line either: refused in Italian, nothing written", async () => {
    const handle = await createTestDatabase(kind);
    try {
      const bytes = readFileSync(seedPath("arti"));
      await importDocument(handle.db, bytes, "004_arti.txt");
      await handle.db.update(plans).set({ state: "approved" }).where(eq(plans.id, "arti-2021"));
      const refused = await importDocument(handle.db, bytes, "004_arti.txt");
      expect(refused).toEqual({
        ok: false,
        errors: [{ location: null, message: "Importazione rifiutata: il piano «arti-2021» è approvato: per cambiarlo creare una nuova versione" }],
      });
      const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.planId, "arti-2021"));
      expect(events).toHaveLength(1);
    } finally {
      await handle.close();
    }
  });
});
