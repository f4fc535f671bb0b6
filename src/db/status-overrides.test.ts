// The stores of the evaluation body's decisions (status overrides, scoring rules) on PGlite and PostgreSQL, and
// the one loader every evaluation of a stored plan uses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importText } from "../io/import";
import { readSeed, SEED_FILES } from "../io/seeds";
import type { DatabaseHandle } from "./connect";
import { deleteScoringRules, getScoringRules, loadEvaluationSettings, putScoringRules, settingsForPeriod } from "./evaluation-settings";
import { deletePlan, savePlanBundle } from "./plan-store";
import { deleteStatusOverride, findStatusOverrides, getStatusOverride, putStatusOverride } from "./status-overrides";
import { createTestDatabase, testDatabaseKinds } from "./test-database";

const PLAN = "arti-2021";
const PERIOD = "arti-2021:30-06-2021";
const ISTRUTTORIE = "arti-2021:obj-1.6:ind-1"; // ARTI 1.6.1: the document says «5. in ritardo», the engine «3.»
const key = (periodId = PERIOD, assigneeId: string | null = null) => ({ organisationId: "arti-toscana", planId: PLAN, periodId, indicatorId: ISTRUTTORIE, assigneeId });
const by = { createdBy: "account-oiv", createdByLabel: "Nucleo di valutazione" };

describe.each(testDatabaseKinds())("status overrides and scoring rules on %s", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    const arti = importText(readSeed("arti"), SEED_FILES.arti);
    if (!arti.ok) throw new Error("seed ARTI non importato");
    await savePlanBundle(handle.db, arti.bundle);
  });
  afterAll(() => handle.close());

  it("ARTI 1.6.1 corrected to «5. in ritardo» with its reason; a second correction replaces the first; deleting removes it", async () => {
    const { db } = handle;
    const first = await putStatusOverride(db, key(), { level: 4, reason: "Prima valutazione", ...by });
    expect(first).toMatchObject({ planId: PLAN, periodId: PERIOD, indicatorId: ISTRUTTORIE, assigneeId: null, level: 4, reason: "Prima valutazione", createdByLabel: "Nucleo di valutazione" });
    expect(first.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await putStatusOverride(db, key(), { level: 5, reason: "Istruttorie ferme da aprile: ritardo confermato", ...by });
    expect(await findStatusOverrides(db, { planId: PLAN })).toEqual([expect.objectContaining({ level: 5, reason: "Istruttorie ferme da aprile: ritardo confermato" })]);
    expect(await deleteStatusOverride(db, key())).toBe(true);
    expect(await deleteStatusOverride(db, key())).toBe(false);
    expect(await getStatusOverride(db, key())).toBeNull();
  });

  it("an override for an assignee is apart from the plan's own; the period filter keeps one period", async () => {
    const { db } = handle;
    await putStatusOverride(db, key(PERIOD, "arti-toscana:direzione"), { level: 1, reason: "Per struttura", ...by });
    await putStatusOverride(db, key(), { level: 5, reason: "Del piano", ...by });
    const all = await findStatusOverrides(db, { planId: PLAN, periodId: PERIOD });
    expect(all.map((o) => [o.assigneeId, o.level])).toEqual([[null, 5], ["arti-toscana:direzione", 1]]);
    expect(await findStatusOverrides(db, { planId: PLAN, periodId: "altro" })).toEqual([]);
    await deleteStatusOverride(db, key(PERIOD, "arti-toscana:direzione"));
    await deleteStatusOverride(db, key());
  });

  it("loadEvaluationSettings: the stored rules and the overrides as the engine takes them, one period at a time", async () => {
    const { db } = handle;
    expect(await loadEvaluationSettings(db, PLAN)).toEqual({ rules: null, overrides: [] });
    await putScoringRules(db, { organisationId: "arti-toscana", planId: PLAN }, { missingValues: "zero" }, "OIV");
    await putStatusOverride(db, key(), { level: 5, reason: "Ritardo confermato", ...by });
    const settings = await loadEvaluationSettings(db, PLAN);
    expect(settings.rules).toEqual({ missingValues: "zero" });
    expect(settingsForPeriod(settings, PERIOD).overrides).toEqual([
      expect.objectContaining({ indicatorId: ISTRUTTORIE, assigneeId: null, level: 5, reason: "Ritardo confermato", by: "Nucleo di valutazione", at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
    ]);
    expect(settingsForPeriod(settings, "un altro periodo").overrides).toEqual([]);
    expect((await getScoringRules(db, PLAN))?.updatedBy).toBe("OIV");
    expect(await deleteScoringRules(db, PLAN)).toBe(true);
    expect(await getScoringRules(db, PLAN)).toBeNull();
  });

  it("rows go with their plan", async () => {
    const { db } = handle;
    await putStatusOverride(db, key(), { level: 5, reason: "Ritardo", ...by });
    await putScoringRules(db, { organisationId: "arti-toscana", planId: PLAN }, {}, "OIV");
    await deletePlan(db, PLAN);
    expect(await findStatusOverrides(db, { planId: PLAN })).toEqual([]);
    expect(await getScoringRules(db, PLAN)).toBeNull();
  });
});
