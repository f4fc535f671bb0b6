import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuckDbRunner } from "../fetch/duckdb-runner";
import { fingerprintFile, ingestFile } from "../ingest/ingest-file";
import { sql, value } from "../sql/fragment";
import { openWarehouse } from "../warehouse";
import { generateSyntheticData, type SyntheticFiles } from "./generate-synthetic-data";

let dir: string;
let generator: DuckDbRunner;
let files: SyntheticFiles;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "traguardo-synthetic-"));
  generator = await DuckDbRunner.open({ path: ":memory:", threads: 1 });
  files = await generateSyntheticData(generator, { persons: 5_000, seed: 42, outDir: join(dir, "a"), format: "parquet" });
});
afterAll(async () => {
  await generator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("dati sintetici", () => {
  it("5.000 persone, 3 CPI e 6 operatori accreditati, circa 10 eventi a persona", () => {
    expect(files.counts.persons).toBe(5_000);
    expect(files.counts.offices).toBe(9);
    expect(files.counts.events / files.counts.persons).toBeGreaterThan(9.5);
    expect(files.counts.events / files.counts.persons).toBeLessThan(10.8);
  });

  it("stesso seme, stessi file (stessa impronta); seme diverso, dati diversi", async () => {
    const again = await generateSyntheticData(generator, { persons: 5_000, seed: 42, outDir: join(dir, "b"), format: "parquet" });
    const other = await generateSyntheticData(generator, { persons: 5_000, seed: 43, outDir: join(dir, "c"), format: "parquet" });
    expect(await fingerprintFile(again.events)).toBe(await fingerprintFile(files.events));
    expect(await fingerprintFile(other.events)).not.toBe(await fingerprintFile(files.events));
  });

  it("proporzioni dai documenti: 80% con PSP, accessi ≈ 5 per patto (AFOL 124.075 / 20.000 ≈ 6)", async () => {
    const [row] = await generator.query(
      sql`SELECT count(*) FILTER (WHERE event_type = 'psp_signed') AS pacts, count(*) FILTER (WHERE event_type = 'access') AS accesses FROM read_parquet(${value(files.events)})`,
    );
    expect(Number(row!.pacts) / 5_000).toBeCloseTo(0.8, 1);
    expect(Number(row!.accesses) / Number(row!.pacts)).toBeGreaterThan(4.5);
    expect(Number(row!.accesses) / Number(row!.pacts)).toBeLessThan(5.5);
  });

  it("ogni riga generata passa i controlli del caricamento (nessuno scarto)", async () => {
    const warehouse = await openWarehouse({ path: ":memory:", threads: 1 });
    try {
      for (const file of [files.offices, files.persons, files.events]) {
        const report = await ingestFile(warehouse, file, { asOf: "2024-01-01", rejectFile: null });
        expect(report.rowsRejected, `${file}: ${JSON.stringify(report.rejections)}`).toBe(0);
        expect(report.rowsLoaded).toBe(report.rowsRead);
      }
    } finally {
      await warehouse.close();
    }
  });
});
