import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DuckDbRunner } from "./fetch/duckdb-runner";
import { createPlanHook } from "./plan-hook";
import { handMadeDuckDb } from "./test-support/warehouses";

let warehouse: DuckDbRunner;
beforeAll(async () => {
  warehouse = await handMadeDuckDb();
});
afterAll(async () => {
  await warehouse.close();
});

describe("computeIndicatorForPlan", () => {
  it("AFOL 12 per struttura: Divisione Lavoro AFOL (CPI Milano e Rho) 3 persone; la provenienza è quella del calcolo", async () => {
    let clock = new Date("2024-03-01T09:00:00Z");
    const { computeIndicatorForPlan } = createPlanHook(warehouse, { now: () => clock });
    const request = {
      period: { from: "2022-01-01", to: "2022-12-31" },
      structureMap: { C01: "afol-divisione-lavoro", C02: "afol-divisione-lavoro", C03: "arti-firenze" },
      structureNames: { "afol-divisione-lavoro": "Divisione Lavoro", "arti-firenze": "Settore Firenze" },
    };
    const first = await computeIndicatorForPlan("afol-12-gol-persone-trattate", request);
    expect(first.total.value).toEqual({ kind: "value", value: 3 });
    expect(first.byStructure).toEqual([
      { structureId: "afol-divisione-lavoro", label: "Divisione Lavoro", value: { kind: "value", value: 3 }, numerator: 3, denominator: null },
    ]);
    expect(first.provenance).toMatchObject({ definitionId: "afol-12-gol-persone-trattate", computedAt: "2024-03-01T09:00:00Z" });
    expect(first.provenance.datasetId).toMatch(/^ds-[0-9a-f]{12}$/);
    // the three files of the hand-made data set, loaded in this order; its 41 events span 05/05/2021 – 01/03/2023
    expect(first.dataset).toEqual({
      files: 3,
      lastFile: "eventi.csv",
      events: 41,
      firstEventDate: "2021-05-05",
      lastEventDate: "2023-03-01",
      lastLoadedAt: "2024-01-01T00:00:00Z",
    });

    clock = new Date("2024-03-02T09:00:00Z");
    const again = await computeIndicatorForPlan("afol-12-gol-persone-trattate", request);
    expect(again.provenance.computedAt).toBe("2024-03-01T09:00:00Z"); // nothing new: the stored values are reused
  });

  it("Lombardia, tasso di caduta per struttura: Firenze 1 su 2 (P6) = 50%", async () => {
    const { computeIndicatorForPlan } = createPlanHook(warehouse, { now: () => new Date("2024-03-01T09:00:00Z") });
    const result = await computeIndicatorForPlan("lombardia-1-2-tasso-di-caduta", {
      period: { from: "2022-01-01", to: "2022-12-31" },
      structureMap: { C03: "arti-firenze" },
    });
    expect(result.byStructure).toEqual([
      { structureId: "arti-firenze", label: "arti-firenze", value: { kind: "value", value: 50 }, numerator: 1, denominator: 2 },
    ]);
  });

  it("una definizione inesistente è un errore in italiano", async () => {
    const { computeIndicatorForPlan } = createPlanHook(warehouse);
    await expect(
      computeIndicatorForPlan("non-esiste", { period: { from: "2022-01-01", to: "2022-12-31" }, structureMap: {} }),
    ).rejects.toThrow("definizione analitica «non-esiste» inesistente");
  });
});
