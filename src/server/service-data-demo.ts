// Demo service data for AFOL (seed 000), on the first start with the demo plans: a small seeded synthetic data
// set for the Centri per l'Impiego of the Città metropolitana di Milano goes through the real ingestion into the
// warehouse, the objective 12 and 13 indicators are bound to the shipped definitions and computed for the AFOL
// period, so the monitoring shows values computed from data, with their provenance, from the first start.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DuckDbRunner } from "../analytics/fetch/duckdb-runner";
import { generateSyntheticData, type SyntheticNetwork } from "../analytics/generator/generate-synthetic-data";
import { ingestFile } from "../analytics/ingest/ingest-file";
import { openWarehouse } from "../analytics/warehouse";
import { SYSTEM_ACTOR } from "../audit/audit-log";
import { findAnalyticsBindings } from "../db/analytics-bindings";
import type { Database } from "../db/connect";
import { getItem } from "../db/plan-items";
import { computePlanServiceData, putBinding, type ComputeSummary, type ServiceDataSettings } from "./analytics.service";

export const DEMO_PLAN = "afol-2022";
export const DEMO_PERIOD = "afol-2022:rendicontazione";
const ORGANISATION = "afol-metropolitana";

/** Eight of the CPI AFOL Metropolitana runs (codes C0000…C0007 in this order). */
export const AFOL_NETWORK: SyntheticNetwork = {
  cpiNames: ["CPI Milano", "CPI Rho", "CPI Legnano", "CPI Magenta", "CPI Melzo", "CPI Cinisello Balsamo", "CPI Sesto San Giovanni", "CPI Rozzano"],
  province: { code: "MI", name: "Città metropolitana di Milano" },
  region: { code: "LOM", name: "Lombardia" },
};

/** AFOL objective 12 and 13 indicators → shipped definitions (13.3, reimbursed regional paths, has none). */
export const AFOL_BINDINGS: Record<string, string> = {
  "afol-2022:obj-12:ind-1": "afol-12-gol-persone-trattate",
  "afol-2022:obj-12:ind-2": "afol-12-gol-vulnerabili",
  "afol-2022:obj-12:ind-3": "afol-12-gol-formazione",
  "afol-2022:obj-12:ind-4": "afol-12-gol-formazione-digitale",
  "afol-2022:obj-13:ind-1": "afol-13-psp-sottoscritti",
  "afol-2022:obj-13:ind-2": "afol-13-persone-trattate-lep",
};

/** About a third of AFOL's yearly volume (≈ 62.500 persons give its 20.000 pacts): loads in a few seconds. */
const DEMO_PERSONS = 20_000;

/** Loads the demo service data when the AFOL demo plan is there and has no binding yet; null otherwise. */
export async function loadDemoServiceData(db: Database, settings: ServiceDataSettings): Promise<ComputeSummary | null> {
  if (!(await getItem(db, "periods", DEMO_PLAN, DEMO_PERIOD))) return null;
  if ((await findAnalyticsBindings(db, DEMO_PLAN)).length > 0) return null;
  await loadSyntheticAfolData(settings.warehousePath);
  for (const [indicatorId, definitionId] of Object.entries(AFOL_BINDINGS)) {
    const structureMap = Object.fromEntries(AFOL_NETWORK.cpiNames.map((_, i) => [`C${String(i).padStart(4, "0")}`, ORGANISATION]));
    await putBinding(db, SYSTEM_ACTOR, DEMO_PLAN, indicatorId, { definitionId, structureMap }, settings);
  }
  return computePlanServiceData(db, SYSTEM_ACTOR, DEMO_PLAN, DEMO_PERIOD, settings);
}

async function loadSyntheticAfolData(warehousePath: string): Promise<void> {
  mkdirSync(dirname(warehousePath), { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "traguardo-demo-afol-"));
  try {
    const generator = await DuckDbRunner.open({ path: ":memory:", threads: 1 });
    const files = await generateSyntheticData(generator, { persons: DEMO_PERSONS, seed: 2022, outDir: dir, format: "parquet", network: AFOL_NETWORK });
    await generator.close();
    const warehouse = await openWarehouse({ path: warehousePath });
    try {
      for (const file of [files.offices, files.persons, files.events]) {
        const report = await ingestFile(warehouse, file, { asOf: "2024-01-01", rejectFile: null });
        if (report.rowsRejected > 0) throw new Error(`dati dimostrativi: righe scartate in ${file}`);
      }
    } finally {
      await warehouse.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
