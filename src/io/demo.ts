// On the first start of an empty database, the four seed documents become the demo plans.
import type { Database } from "../db/connect";
import { findPlans, savePlanBundle } from "../db/plan-store";
import { importText } from "./import";
import { readSeed, SEED_FILES, type SeedName } from "./seeds";

export interface DemoLoadResult {
  loaded: string[];
  failed: { seed: string; errors: string[] }[];
}

export async function loadDemoPlansIfEmpty(db: Database): Promise<DemoLoadResult | null> {
  if ((await findPlans(db)).length > 0) return null;
  const result: DemoLoadResult = { loaded: [], failed: [] };
  for (const seed of Object.keys(SEED_FILES) as SeedName[]) {
    const imported = importText(readSeed(seed), SEED_FILES[seed]);
    if (!imported.ok) {
      result.failed.push({ seed, errors: imported.errors.map((e) => `${e.location ?? ""}: ${e.message}`) });
      continue;
    }
    result.loaded.push(await savePlanBundle(db, imported.bundle));
  }
  return result;
}
