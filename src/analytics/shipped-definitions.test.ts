// The shipped indicator set on the hand-made data set (test-support/hand-made-data.ts), period 2022.
// Every expected value is worked out by hand from the events listed there; DuckDB and PostgreSQL must agree.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeResults, type IndicatorResult } from "./compute/compute-results";
import { readShippedDefinitions } from "./definition/read-definitions";
import type { DuckDbRunner } from "./fetch/duckdb-runner";
import { runProgram } from "./fetch/run-program";
import type { SqlRunner } from "./fetch/runner";
import { generateProgram } from "./generate/generate-program";
import { planComputation } from "./plan/plan-computation";
import { DATABASE_URL, announcePostgres, handMadeDuckDb, postgresCopyOf, type PostgresCopy } from "./test-support/warehouses";

const PERIOD_2022 = { from: "2022-01-01", to: "2022-12-31" };
const definitions = readShippedDefinitions();

async function computeAll(runner: SqlRunner, period = PERIOD_2022): Promise<Map<string, IndicatorResult>> {
  const plan = planComputation(definitions, period);
  const raw = await runProgram(runner, generateProgram(plan, runner.dialect));
  return new Map(computeResults(plan, raw).map((r) => [r.definitionId, r]));
}

function valueOf(result: IndicatorResult | undefined, breakdown = "total", key = ""): number | string {
  const row = breakdown === "total" ? result?.total : result?.breakdowns.find((b) => b.breakdown === breakdown && b.key === key);
  if (!row) return "riga assente";
  return row.value.kind === "value" ? Math.round(row.value.value * 100) / 100 : row.value.reason;
}

let duck: DuckDbRunner;
let results: Map<string, IndicatorResult>;

beforeAll(async () => {
  duck = await handMadeDuckDb();
  results = await computeAll(duck);
});
afterAll(async () => {
  await duck?.close();
});

describe("AFOL obiettivo 12 (GOL), da giugno 2022", () => {
  it("persone trattate: P2 (PSP 15/06, assessment 10/06), P3 (01/07), P4 (PSP 05/09, assessment 01/09) = 3; P6 senza assessment", () => {
    const r = results.get("afol-12-gol-persone-trattate");
    expect(valueOf(r)).toBe(3);
    expect(valueOf(r, "cpi", "C01")).toBe(1);
    expect(valueOf(r, "cpi", "C02")).toBe(2);
    expect(valueOf(r, "month", "2022-06")).toBe(1);
    expect(valueOf(r, "month", "2022-09")).toBe(1);
    expect(valueOf(r, "region", "TOS")).toBe("riga assente");
  });
  it("di cui vulnerabili: P2 (NASpI) e P4 (donna, svantaggiata) = 2; P3 no", () => {
    expect(valueOf(results.get("afol-12-gol-vulnerabili"))).toBe(2);
  });
  it("di cui in formazione da settembre: P2 (digitale 20/09) e P4 (formazione 10/10) = 2", () => {
    expect(valueOf(results.get("afol-12-gol-formazione"))).toBe(2);
  });
  it("di cui in formazione digitale da settembre: P2 = 1", () => {
    expect(valueOf(results.get("afol-12-gol-formazione-digitale"))).toBe(1);
  });
  it("gruppi target: donne 1 (P4), giovani sotto i 30 anni 1 (P3, nato nel 2000)", () => {
    const r = results.get("afol-12-gol-persone-trattate");
    expect(valueOf(r, "target_group", "women")).toBe(1);
    expect(valueOf(r, "target_group", "youth")).toBe(1);
  });
});

describe("AFOL obiettivo 13", () => {
  it("PSP sottoscritti nei CPI nel 2022: 6 patti meno quello di P6 presso l'operatore accreditato = 5 (il patto 2021 di P4 è fuori)", () => {
    const r = results.get("afol-13-psp-sottoscritti");
    expect(valueOf(r)).toBe(5);
    expect(valueOf(r, "cpi", "C01")).toBe(2);
    expect(valueOf(r, "cpi", "C03")).toBe(1);
  });
  it("persone con LEP C e uno tra E, H, F, M, IDO, invio: P1 (E), P2 (IDO), P4 (invio), P5 (H) = 4; P3 e P6 solo C", () => {
    expect(valueOf(results.get("afol-13-persone-trattate-lep"))).toBe(4);
  });
});

describe("AFOL obiettivo 15 e ARTI", () => {
  it("accessi ai CPI nel 2022: P1 2, P2 1, P5 1 = 4", () => {
    const r = results.get("afol-15-accessi-cpi");
    expect(valueOf(r)).toBe(4);
    expect(valueOf(r, "cpi", "C01")).toBe(3);
    expect(valueOf(r, "cpi", "C02")).toBe("riga assente");
  });
  it("ARTI 1.4, politiche ai percettori di RdC nel 2022: la formazione di P1 = 1 (quella di P8 è del 2021)", () => {
    expect(valueOf(results.get("arti-1-4-politiche-rdc"))).toBe(1);
  });
  it("ARTI 1.5, colloqui a distanza (LEP A, C, E): P1 E, P2 C, P5 A e C = 4", () => {
    expect(valueOf(results.get("arti-1-5-colloqui-a-distanza"))).toBe(4);
  });
});

describe("Regione Lombardia, obiettivo 1", () => {
  it("presa in carico dei percettori: P1, P2, P6 con PSP su 5 percettori (P1, P2, P6, P7, P8) = 60,00%", () => {
    const r = results.get("lombardia-1-1-presa-in-carico-percettori");
    expect(valueOf(r)).toBe(60);
    expect(valueOf(r, "cpi", "C01")).toBe(66.67); // P1, P2 su P1, P2, P7
    expect(valueOf(r, "cpi", "C03")).toBe(50); // P6 su P6, P8
    expect(valueOf(r, "cpi", "C02")).toBe("riga assente");
  });
  it("tasso di caduta: P3 (solo LEP C) e P6 (nulla entro 90 giorni) su 6 PSP = 33,33%", () => {
    expect(valueOf(results.get("lombardia-1-2-tasso-di-caduta"))).toBe(33.33);
  });
  it("giorni dal PSP alla prima misura: 35, 73, 97, 316 → mediana (73+97)/2 = 85, media 521/4 = 130,25", () => {
    const r = results.get("lombardia-1-3-giorni-psp-prima-misura")!;
    expect(valueOf(r)).toBe(85);
    expect(r.total.numerator).toBe(4);
    expect(r.total.denominator).toBe(6);
    expect(r.total.statistics).toEqual({ mean: 130.25, p25: 63.5, median: 85, p75: 151.75, p90: expect.closeTo(250.3, 9) });
  });
  it("quota di servizi e misure degli operatori accreditati: 4 su 13 = 30,77%", () => {
    const r = results.get("lombardia-1-4-quota-servizi-accreditati");
    expect(valueOf(r)).toBe(30.77);
    expect(valueOf(r, "cpi", "C02")).toBe(50); // P4: formazione e tirocinio presso A01 su 4 servizi
  });
});

describe("indicatori di sistema", () => {
  it("tasso di abbandono entro un anno: P3 su 6 PSP = 16,67%", () => {
    expect(valueOf(results.get("sistema-tasso-abbandono"))).toBe(16.67);
  });
  it("assunti entro 180 giorni con contratto ≥ 6 mesi: P1 (120 gg), P2 (140), P4 (149, nel 2023), P6 (71) su 6 = 66,67%", () => {
    expect(valueOf(results.get("sistema-inserimento-180-giorni"))).toBe(66.67);
  });
  it("qualità del placement: 4 stabili su 5 assunti entro 180 giorni (P3 ha un contratto di 3 mesi) = 80,00%", () => {
    expect(valueOf(results.get("sistema-qualita-placement"))).toBe(80);
  });
  it("efficacia dei tirocini: P4, tirocinio 01/11/2022, assunta 01/02/2023 = 1 su 1 = 100,00%", () => {
    expect(valueOf(results.get("sistema-efficacia-tirocini"))).toBe(100);
  });
});

describe("periodo fuori dalla validità dell'indicatore", () => {
  it("AFOL 12 nel 2021 non è calcolabile: vale da giugno 2022", async () => {
    const r2021 = await computeAll(duck, { from: "2021-01-01", to: "2021-12-31" });
    expect(valueOf(r2021.get("afol-12-gol-persone-trattate"))).toBe(
      "l'indicatore vale dal 01/06/2022: il periodo 01/01/2021–31/12/2021 ne è fuori",
    );
    expect(valueOf(r2021.get("afol-13-psp-sottoscritti"))).toBe(2); // P4 il 10/11/2021, P8 il 05/05/2021
    expect(valueOf(r2021.get("sistema-tasso-abbandono"))).toBe(0);
  });
});

announcePostgres("shipped-definitions");
describe.runIf(DATABASE_URL)("su PostgreSQL (DATABASE_URL impostata): stessi numeri di DuckDB", () => {
  let pg: PostgresCopy;
  beforeAll(async () => {
    pg = await postgresCopyOf(duck);
  });
  afterAll(async () => {
    await pg?.drop();
  });

  it("ogni indicatore, ogni disaggregazione: valori, numeratori e denominatori uguali", async () => {
    const onPostgres = await computeAll(pg.runner);
    expect(onPostgres.size).toBe(definitions.length);
    for (const [id, duckResult] of results) {
      const pgResult = onPostgres.get(id)!;
      expect(comparable(pgResult), id).toEqual(comparable(duckResult));
    }
  });
});

function comparable(result: IndicatorResult) {
  return [result.total, ...result.breakdowns].map((row) => ({
    ...row,
    value: row.value.kind === "value" ? { kind: "value", value: Math.round(row.value.value * 1e9) / 1e9 } : row.value,
  }));
}
