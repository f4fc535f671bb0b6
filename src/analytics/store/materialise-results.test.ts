import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadDefinition } from "../definition/load-definition";
import { readShippedDefinitions } from "../definition/read-definitions";
import type { DuckDbRunner } from "../fetch/duckdb-runner";
import { ingestFile } from "../ingest/ingest-file";
import { EVENT_COLUMNS, toCsv } from "../test-support/hand-made-data";
import { handMadeDuckDb } from "../test-support/warehouses";
import { readMaterialisedResult, refreshResults } from "./materialise-results";

const YEAR_2022 = { from: "2022-01-01", to: "2022-12-31" };
const definitions = readShippedDefinitions();
const NOW = new Date("2024-02-01T10:00:00Z");

let warehouse: DuckDbRunner;
let dir: string;
beforeEach(async () => {
  warehouse = await handMadeDuckDb();
  dir = mkdtempSync(join(tmpdir(), "traguardo-refresh-"));
});
afterEach(async () => {
  await warehouse.close();
  rmSync(dir, { recursive: true, force: true });
});

async function loadEvents(name: string, rows: Record<string, unknown>[]) {
  const file = join(dir, name);
  writeFileSync(file, toCsv(EVENT_COLUMNS, rows));
  const report = await ingestFile(warehouse, file, { asOf: "2024-01-31", rejectFile: null });
  expect(report.rowsRejected).toBe(0);
}

describe("risultati materializzati", () => {
  it("primo calcolo: tutti «mai calcolato»; i valori tornano con la loro provenienza", async () => {
    const report = await refreshResults(warehouse, { definitions, periods: [YEAR_2022], now: NOW });
    expect(report.recomputed).toHaveLength(17);
    expect(new Set(report.recomputed.map((r) => r.reason))).toEqual(new Set(["mai calcolato"]));
    const gol = definitions.find((d) => d.definition.id === "afol-12-gol-persone-trattate")!;
    const stored = await readMaterialisedResult(warehouse, gol, YEAR_2022);
    expect(stored!.result.total.value).toEqual({ kind: "value", value: 3 });
    expect(stored!.result.breakdowns.find((b) => b.breakdown === "cpi" && b.key === "C02")?.value).toEqual({ kind: "value", value: 2 });
    expect(stored!.provenance).toEqual({
      definitionId: "afol-12-gol-persone-trattate",
      definitionHash: gol.hash,
      datasetId: report.datasetId,
      batchWatermark: 3, // offices, persons, events
      computedAt: "2024-02-01T10:00:00Z",
    });
  });

  it("ricalcolo incrementale: un evento del 2021 non tocca il 2022; uno dell'ottobre 2023 solo gli indicatori con esiti a 365 giorni", async () => {
    await refreshResults(warehouse, { definitions, periods: [YEAR_2022], now: NOW });
    expect((await refreshResults(warehouse, { definitions, periods: [YEAR_2022], now: NOW })).recomputed).toEqual([]);

    await loadEvents("eventi-2021.csv", [{ event_id: "N1", person_id: "P8", event_date: "2021-03-01", event_type: "did", cpi_code: "C03" }]);
    expect((await refreshResults(warehouse, { definitions, periods: [YEAR_2022], now: NOW })).recomputed).toEqual([]);

    await loadEvents("eventi-2023.csv", [
      { event_id: "N2", person_id: "P1", event_date: "2023-10-01", event_type: "closure", cpi_code: "C01", closure_reason: "dropout" },
    ]);
    const report = await refreshResults(warehouse, { definitions, periods: [YEAR_2022], now: NOW });
    expect(report.recomputed.map((r) => r.definitionId).sort()).toEqual(["lombardia-1-3-giorni-psp-prima-misura", "sistema-tasso-abbandono"]);
    expect(report.recomputed[0]!.reason).toBe("nuovi eventi nel periodo letto (lotto 5)");
    // P1's pact of 1 February 2022 + 365 days reaches 1 February 2023: the October drop-out is too late to count.
    const dropout = await readMaterialisedResult(warehouse, definitions.find((d) => d.definition.id === "sistema-tasso-abbandono")!, YEAR_2022);
    expect(dropout!.result.total.numerator).toBe(1);
    expect(dropout!.provenance.datasetId).toBe(report.datasetId);
  });

  it("una definizione modificata si ricalcola; le altre no", async () => {
    await refreshResults(warehouse, { definitions, periods: [YEAR_2022], now: NOW });
    const changed = loadDefinition(
      "id: afol-15-accessi-cpi\ntitle: Accessi digitali\nsource: test\nunit: events\nmeasure: count\nanchor: { event: access, where: { channel: remote } }\n",
      "x.yaml",
    );
    if (!changed.ok) throw new Error(changed.errors.join());
    const next = definitions.map((d) => (d.definition.id === "afol-15-accessi-cpi" ? changed.loaded : d));
    const report = await refreshResults(warehouse, { definitions: next, periods: [YEAR_2022], now: NOW });
    expect(report.recomputed).toEqual([{ definitionId: "afol-15-accessi-cpi", period: YEAR_2022, reason: "definizione cambiata" }]);
    const stored = await readMaterialisedResult(warehouse, changed.loaded, YEAR_2022);
    expect(stored!.result.total.numerator).toBe(2); // P1 il 01/03, P5 il 10/03
  });
});
