// The four real documents survive every way a plan travels: into the database and back, out to the XLSX template and back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/connect";
import { loadPlanBundle, savePlanBundle } from "../db/plan-store";
import { createTestDatabase, testDatabaseKinds } from "../db/test-database";
import { PlanBundle } from "../domain/model";
import { importText } from "./import";
import { readSeed, SEED_FILES, type SeedName } from "./seeds";
import { exportPlanTemplate } from "./xlsx-template/export-template";
import { importPlanTemplate } from "./xlsx-template/import-template";

const SEEDS = Object.keys(SEED_FILES) as SeedName[];

function importSeed(name: SeedName): PlanBundle {
  const result = importText(readSeed(name), SEED_FILES[name]);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.bundle;
}

/** The template does not carry parsed targets: they are recomputed from the text on import. */
function withoutParsedTargets(bundle: PlanBundle): PlanBundle {
  return { ...bundle, targets: bundle.targets.map((t) => ({ ...t, parsed: null })) };
}

describe.each(SEEDS)("seed %s", (name) => {
  it("goes through the XLSX template and back without loss", async () => {
    const original = importSeed(name);
    const reimported = await importPlanTemplate(await exportPlanTemplate(original));
    if (!reimported.ok) throw new Error(reimported.errors.map((e) => `${e.location}: ${e.message}`).join("\n"));
    expect(withoutParsedTargets(PlanBundle.parse(reimported.bundle))).toEqual(withoutParsedTargets(original));
  });
});

describe.each(testDatabaseKinds())("the four seeds on %s", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
  });
  afterAll(async () => handle.close());

  it.each(SEEDS)("%s is stored and read back without loss", async (name) => {
    const original = importSeed(name);
    await savePlanBundle(handle.db, original);
    expect(await loadPlanBundle(handle.db, original.plan.id)).toEqual(original);
  });
});
