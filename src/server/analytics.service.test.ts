// Service data in monitoring, on the AFOL plan (seed 000) and the hand-made data set of src/analytics: AFOL 12.1
// "persone trattate sul Programma GOL" in CPI Milano and Rho = P2, P3, P4 = 3 (worked out in shipped-definitions.test.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handMadeDuckDb } from "../analytics/test-support/warehouses";
import { findAuditEvents } from "../audit/audit-log";
import type { DatabaseHandle } from "../db/connect";
import { getItem, insertItem } from "../db/plan-items";
import { savePlanBundle } from "../db/plan-store";
import { createTestDatabase, testDatabaseKinds } from "../db/test-database";
import { importText } from "../io/import";
import { readSeed, SEED_FILES } from "../io/seeds";
import { computePlanServiceData, listServiceData, putBinding, putStructureMap, reviewComputedValue, type ServiceDataSettings } from "./analytics.service";

const PLAN = "afol-2022";
const PERIOD = "afol-2022:rendicontazione";
const GOL_TREATED = "afol-2022:obj-12:ind-1";
const PACTS = "afol-2022:obj-13:ind-1";
const OFFICE = { accountId: "ufficio", label: "Ufficio pianificazione", ip: null };
const AFOL_CPI = { C01: "afol-metropolitana", C02: "afol-metropolitana" };

let dir: string;
let settings: ServiceDataSettings;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "traguardo-dati-servizio-"));
  const warehousePath = join(dir, "analytics.duckdb");
  await (await handMadeDuckDb(warehousePath)).close();
  settings = { warehousePath, now: () => new Date("2024-03-01T09:00:00Z") };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(testDatabaseKinds())("dati di servizio nel monitoraggio (%s)", (kind) => {
  let handle: DatabaseHandle;
  const db = () => handle.db;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    const imported = importText(readSeed("afol"), SEED_FILES.afol);
    if (!imported.ok) throw new Error("seed AFOL non importato");
    await savePlanBundle(handle.db, imported.bundle);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("AFOL 12.1 collegato: 3 persone trattate (P2, P3, P4 nei CPI di Milano e Rho), valore calcolato con provenienza", async () => {
    await putBinding(db(), OFFICE, PLAN, GOL_TREATED, { definitionId: "afol-12-gol-persone-trattate", structureMap: AFOL_CPI }, {});
    const summary = await computePlanServiceData(db(), OFFICE, PLAN, PERIOD, settings);
    expect(summary).toMatchObject({ created: 1, updated: 0, awaitingReview: 0, period: { from: "2022-01-01", to: "2022-12-31" } });
    const value = await getItem(db(), "measurements", PLAN, `${GOL_TREATED}:${PERIOD}:calcolato`);
    expect(value).toMatchObject({
      value: 3,
      numerator: 3,
      origin: "computed",
      assigneeId: null,
      provenance: {
        definitionId: "afol-12-gol-persone-trattate",
        definitionTitle: "Persone trattate sul Programma GOL (assessment con sottoscrizione del PSP) da giugno 2022",
        computedAt: "2024-03-01T09:00:00Z",
        periodBasis: "data del primo evento della persona nel periodo: Patto di servizio personalizzato sottoscritto (PSP), dal 01/06/2022",
        datasetSummary: { files: 3, lastFile: "eventi.csv", events: 41, firstEventDate: "2021-05-05", lastEventDate: "2023-03-01" },
        computedValue: 3,
        awaitingReview: false,
      },
    });
    expect((value!.provenance as { dataset: string }).dataset).toMatch(/^ds-[0-9a-f]{12}$/);
    const audit = await findAuditEvents(db(), { planId: PLAN });
    expect(audit.some((e) => e.itemId === value!.id && e.action === "create" && /dati di servizio/.test(e.note ?? ""))).toBe(true);

    const again = await computePlanServiceData(db(), OFFICE, PLAN, PERIOD, settings);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it("AFOL 13.1: il manuale 20.000 resta, segnalato con il calcolato 4 (PSP a Milano e Rho); accettarlo lo sostituisce, con traccia", async () => {
    // AFOL 13.1 PSP sottoscritti dai CPI: the office typed 20.000 by hand
    await insertItem(db(), "measurements", { organisationId: "afol-metropolitana", planId: PLAN }, {
      id: "afol-13-1-manuale",
      indicatorId: PACTS,
      periodId: PERIOD,
      value: 20000,
      origin: "manual",
    } as never);
    await putBinding(db(), OFFICE, PLAN, PACTS, { definitionId: "afol-13-psp-sottoscritti", structureMap: AFOL_CPI }, {});
    const summary = await computePlanServiceData(db(), OFFICE, PLAN, PERIOD, settings);
    expect(summary.awaitingReview).toBe(1);
    const flagged = await getItem(db(), "measurements", PLAN, "afol-13-1-manuale");
    expect(flagged).toMatchObject({ value: 20000, origin: "manual", provenance: { awaitingReview: true, definitionId: "afol-13-psp-sottoscritti" } });
    const computed = (flagged!.provenance as { computedValue: number }).computedValue;
    expect(computed).toBe(4); // 5 PSP in the data set, 1 of them in Firenze (shipped-definitions.test.ts)

    const accepted = await reviewComputedValue(db(), OFFICE, PLAN, "afol-13-1-manuale", "accept");
    expect(accepted).toMatchObject({ value: computed, origin: "computed", provenance: { awaitingReview: false } });
    const audit = await findAuditEvents(db(), { planId: PLAN });
    const entry = audit.find((e) => e.itemId === "afol-13-1-manuale" && /accettato/.test(e.note ?? ""));
    expect(entry).toMatchObject({ action: "update", actorLabel: "Ufficio pianificazione" });
    await expect(reviewComputedValue(db(), OFFICE, PLAN, "afol-13-1-manuale", "accept")).rejects.toThrow("in attesa di revisione");
  });

  it("i CPI dei dati (Milano, Rho, Firenze; non l'operatore accreditato) si fanno corrispondere all'ente: solo Rho dà 12.1 = 2 (P3, P4)", async () => {
    const listed = await listServiceData(db(), PLAN, settings);
    expect(listed.offices).toEqual([
      { code: "C01", name: "CPI Milano", province: "Milano", region: "Lombardia" },
      { code: "C02", name: "CPI Rho", province: "Milano", region: "Lombardia" },
      { code: "C03", name: "CPI Firenze", province: "Firenze", region: "Toscana" },
    ]);
    expect(listed.dataset).toMatchObject({ files: 3, lastFile: "eventi.csv", events: 41 });
    expect(listed.organisationId).toBe("afol-metropolitana");
    expect(listed.structures.map((st) => st.name)).toContain("Divisione Lavoro");

    const saved = await putStructureMap(db(), OFFICE, PLAN, { C02: "afol-metropolitana" }, settings);
    expect(saved.map((b) => [b.indicatorId, b.structureMap])).toContainEqual([GOL_TREATED, { C02: "afol-metropolitana" }]);
    expect(saved.every((b) => JSON.stringify(b.structureMap) === JSON.stringify({ C02: "afol-metropolitana" }))).toBe(true);
    await computePlanServiceData(db(), OFFICE, PLAN, PERIOD, settings);
    expect(await getItem(db(), "measurements", PLAN, `${GOL_TREATED}:${PERIOD}:calcolato`)).toMatchObject({ value: 2, origin: "computed" });
    const audit = await findAuditEvents(db(), { planId: PLAN });
    expect(audit.some((e) => e.itemType === "analytics-binding" && e.itemId === GOL_TREATED && e.note === "corrispondenza CPI → strutture")).toBe(true);

    await putStructureMap(db(), OFFICE, PLAN, AFOL_CPI, settings);
  });

  it("una corrispondenza con un CPI assente dai dati o una struttura estranea è rifiutata nominando il campo, e nulla cambia", async () => {
    await expect(putStructureMap(db(), OFFICE, PLAN, { C09: "afol-metropolitana", C01: "arti-firenze" }, settings)).rejects.toMatchObject({
      statusCode: 400,
      fields: [
        { path: "body.structureMap.C09", message: "«C09» non è un CPI dei dati caricati" },
        { path: "body.structureMap.C01", message: "«arti-firenze» non è una struttura del piano né l'ente" },
      ],
    });
    const listed = await listServiceData(db(), PLAN, settings);
    expect(listed.bindings.every((b) => JSON.stringify(b.structureMap) === JSON.stringify(AFOL_CPI))).toBe(true);
  });

  it("Lombardia: i CPI contano per le Province assegnatarie; abbandono (IS1) Bergamo 1 su 4 = 25% (P3), Brescia 0 su 2", async () => {
    const imported = importText(readSeed("lombardia"), SEED_FILES.lombardia);
    if (!imported.ok) throw new Error("seed Lombardia non importato");
    await savePlanBundle(db(), imported.bundle);
    const plan = "lombardia-2026";
    const dropout = "lombardia-2026:indicatori-sistema:ind-1";
    await insertItem(db(), "periods", { organisationId: "regione-lombardia", planId: plan }, {
      id: "lombardia-2026:anno-2022",
      label: "Anno 2022",
      cutoffDate: "2022-12-31",
      kind: "final",
    } as never);
    const listed = await listServiceData(db(), plan, settings);
    expect(listed.structures.slice(0, 2)).toEqual([
      { id: "provincia-bergamo", name: "Provincia di Bergamo" },
      { id: "provincia-brescia", name: "Provincia di Brescia" },
    ]);

    await putBinding(db(), OFFICE, plan, dropout, { definitionId: "sistema-tasso-abbandono" }, {});
    await putStructureMap(db(), OFFICE, plan, { C01: "provincia-bergamo", C02: "provincia-bergamo", C03: "provincia-brescia" }, settings);
    await computePlanServiceData(db(), OFFICE, plan, "lombardia-2026:anno-2022", settings);
    // persons with a pact in 2022 by their CPI: P1, P2 (Milano), P3, P4 (Rho) → Bergamo; P5, P6 (Firenze) → Brescia
    const bergamo = await getItem(db(), "measurements", plan, `${dropout}:lombardia-2026:anno-2022:calcolato:provincia-bergamo`);
    expect(bergamo).toMatchObject({ value: 25, numerator: 1, denominator: 4, assigneeId: "provincia-bergamo", origin: "computed" });
    const brescia = await getItem(db(), "measurements", plan, `${dropout}:lombardia-2026:anno-2022:calcolato:provincia-brescia`);
    expect(brescia).toMatchObject({ value: 0, numerator: 0, denominator: 2, assigneeId: "provincia-brescia" });
  });

  it("una definizione inesistente è rifiutata nominando il campo", async () => {
    await expect(putBinding(db(), OFFICE, PLAN, PACTS, { definitionId: "non-esiste" }, {})).rejects.toMatchObject({
      statusCode: 400,
      fields: [{ path: "body.definitionId", message: "«non-esiste» non è tra le definizioni disponibili" }],
    });
  });
});
