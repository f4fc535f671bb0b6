// Opens the exchange workbooks with ExcelJS and compares them with the seeds they come from.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { formatItalianDate, formatItalianNumber, formatItalianPercent } from "../../../domain/italian";
import { readSeed } from "../../seeds";
import { afolWithResults, evaluated, SEED_PERIODS, seedBundle } from "../seed-plans.fixture";
import { renderMonitoringWorkbook } from "./monitoring-workbook";

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A cell as the seed writes it: 0,5594 with format 0.00% → "55,94%", 37787 → "37.787", a date → "31/03/2021". */
function shown(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) return formatItalianDate(v.toISOString().slice(0, 10));
  if (typeof v === "number") {
    if (cell.numFmt === "0.00%") return formatItalianPercent(v * 100, 2);
    return formatItalianNumber(v, Number.isInteger(v) ? 0 : 2);
  }
  if (typeof v === "object" && "result" in v) return String(v.result);
  return String(v);
}

/** The cells of the seed's lines, without the HTML some of them carry. */
function seedLines(text: string): string[][] {
  return text.split("\n").map((line) => line.split("\t").map((c) => c.replace(/<[^>]+>/g, "").trim()));
}

describe("ARTI monitoring workbook (seed 004)", async () => {
  const bundle = seedBundle("arti");
  const workbook = await open(await renderMonitoringWorkbook(bundle, evaluated(bundle, SEED_PERIODS.arti)));
  const ws = workbook.getWorksheet("Monitoraggio")!;
  const seed = readSeed("arti");
  const mainTable = seedLines(seed.slice(seed.indexOf("AGENZIA REGIONALE"), seed.indexOf("(1) Responsabile")));

  it("sheets: the table and one sheet per cronoprogramma (ARTI 1–8)", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Monitoraggio", ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Cronoprogramma ARTI ${n}`)]);
    expect(ws.getCell("A1").value).toBe("AGENZIA REGIONALE TOSCANA PER L'IMPIEGO (ARTI) - MONITORAGGIO INTERMEDIO AL 30/06/2021");
  });

  it("the sixteen columns of the seed, in its order", () => {
    const headers = [1, 2, 3].map((c) => shown(ws.getCell(2, c))).concat([4, 5, 6, 7, 8, 9].map((c) => shown(ws.getCell(3, c))));
    headers.push(...[10, 11, 12].map((c) => shown(ws.getCell(2, c))), ...[13, 14, 15, 16].map((c) => shown(ws.getCell(3, c))));
    expect(headers).toEqual([
      "I",
      "AMBITO STRATEGICO",
      "II",
      "Obiettivo",
      "Peso %",
      "Indicatore",
      "Valore iniziale",
      "Valore target 2021",
      "Valore target 2022 - 2023",
      "Note",
      "Responsabile attuazione (1)",
      "Collegamento con la Programmazione regionale 2021",
      "Valore conseguito dall'indicatore",
      "Note di monitoraggio",
      "Fonte dati",
      "Valutazione sintetica sullo stato di attuazione dell'indicatore",
    ]);
  });

  it("every value of every row is the seed's, as written in the same row (18 indicators)", () => {
    let line = 0;
    let checked = 0;
    for (let r = 4; r <= 21; r++) {
      const indicator = shown(ws.getCell(r, 6))!;
      while (line < mainTable.length && !mainTable[line]!.includes(indicator)) line++;
      expect(line, `riga ${r}: «${indicator}» non trovato nel seed`).toBeLessThan(mainTable.length);
      for (let c = 1; c <= 16; c++) {
        const cell = ws.getCell(r, c);
        if (cell.isMerged && cell.master.address !== cell.address) continue;
        const value = shown(cell);
        if (value === null) continue;
        expect(mainTable[line], `${cell.address}`).toContain(value);
        checked++;
      }
      line++;
    }
    expect(checked).toBeGreaterThan(18 * 9);
  });

  it("numbers are numbers: ARTI 1.5.2 188,94% is 1,8894 formatted 0.00%; weights too", () => {
    expect(ws.getCell("M10").value).toBe(1.8894);
    expect(ws.getCell("M10").numFmt).toBe("0.00%");
    expect(ws.getCell("E4").value).toBe(0.06);
  });

  it("the weights' total is a SUM: 77,00%, where the seed states 100,00% over rows missing three weights", () => {
    const total = ws.getCell("E22").value as ExcelJS.CellFormulaValue;
    expect(total.formula).toBe("SUM(E4:E6,E11:E19)");
    expect(total.result).toBe(0.77);
  });

  it("cronoprogramma ARTI 2: the seed's phases, dates as dates, weights summed by formula to 100%", () => {
    const crono = workbook.getWorksheet("Cronoprogramma ARTI 2")!;
    expect(shown(crono.getCell("H2"))).toBe("Fine effettiva (se entro il 30/6)");
    const table = seedLines(seed.slice(seed.indexOf("## ARTI crono 2"), seed.indexOf("## ARTI crono 3")));
    for (let r = 3; r <= 6; r++) {
      const description = shown(crono.getCell(r, 2))!;
      const row = table.find((cells) => cells.includes(description))!;
      for (let c = 1; c <= 10; c++) {
        const value = shown(crono.getCell(r, c));
        // the seed writes "31/03/21", the workbook a date shown 31/03/2021
        if (value !== null) expect(row.map((x) => x.replace(/^(\d\d\/\d\d\/)(\d\d)$/, "$120$2")), crono.getCell(r, c).address).toContain(value);
      }
    }
    expect(crono.getCell("D3").value).toEqual(new Date(Date.UTC(2021, 2, 1)));
    expect(crono.getCell("G7").value).toEqual({ formula: "SUM(G3:G6)", result: 1 });
  });
});

describe("AFOL plan workbook with its Rendicontazione (seed 000 + results)", async () => {
  const bundle = afolWithResults();
  const workbook = await open(await renderMonitoringWorkbook(bundle, evaluated(bundle, SEED_PERIODS.afol)));

  it("one sheet per block of the plan, then the Pesature", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Performance aziendale",
      "Direzione Generale",
      "Area Amministrazione",
      "Divisione Lavoro",
      "Divisione Formazione",
      "Pesature",
    ]);
  });

  it("obiettivo 12 as in the document, with Tempi effettivi and Risultato filled: 8.315 persone trattate", () => {
    const ws = workbook.getWorksheet("Divisione Lavoro")!;
    expect([1, 2].map((c) => shown(ws.getCell(4, c)))).toEqual(["Obiettivo 12", "Attuare il Programma GOL"]);
    expect([1, 5].map((c) => shown(ws.getCell(5, c)))).toEqual(["PROGRAMMAZIONE", "RENDICONTAZIONE"]);
    expect([1, 2, 3, 4, 5].map((c) => shown(ws.getCell(6, c)))).toEqual(["Stakeholder finale", "Risultato atteso", "Modalità di attuazione", "Tempi", "Tempi effettivi"]);
    expect([3, 4, 5].map((c) => shown(ws.getCell(7, c)))).toEqual([
      "Implementazione di un sistema di monitoraggio per l'attivazione di un cruscotto di controllo sui servizi erogati e le persone trattate",
      "30 settembre 2022",
      "28 settembre 2022",
    ]);
    expect([4, 5].map((c) => shown(ws.getCell(10, c)))).toEqual(["Target", "Risultato"]);
    expect(ws.getCell("D11").value).toBe(">7.920");
    expect(ws.getCell("E11").value).toBe(8315);
    expect(ws.getCell("E11").numFmt).toBe("#,##0");
    expect(shown(ws.getCell("A15"))).toBe("Relazione sulla performance");
    expect(shown(ws.getCell("B15"))).toMatch(/^Punteggio 98,66% — 3\. secondo le aspettative\./);
  });

  it("deadlines keep the text written for them; percentages are numbers", () => {
    const ws = workbook.getWorksheet("Direzione Generale")!;
    const values = ws.getColumn(5).values.map((v) => (v instanceof Object && !(v instanceof Date) ? null : v));
    expect(values).toContain("concluso il 20/09/2022");
    const aziendale = workbook.getWorksheet("Performance aziendale")!;
    const percent = aziendale.getColumn(5).values.find((v) => v === 0.94);
    expect(percent).toBe(0.94);
  });

  it("Pesature: dg 35 + 50 + 15 = SUM(B3:D3) = 100", () => {
    const ws = workbook.getWorksheet("Pesature")!;
    expect([1, 2, 3, 4].map((c) => ws.getCell(3, c).value)).toEqual(["dg", 35, 50, 15]);
    expect(ws.getCell("E3").value).toEqual({ formula: "SUM(B3:D3)", result: 100 });
    expect(ws.getCell("E7").value).toEqual({ formula: "SUM(B7:D7)", result: 100 });
  });
});

describe("ANPAL Servizi workbook (seed 002)", async () => {
  const bundle = seedBundle("anpal");
  const workbook = await open(await renderMonitoringWorkbook(bundle, evaluated(bundle, SEED_PERIODS.anpal)));

  it("result indicators per Missione: 2.051 Navigator trained of 2.980, with the document's footnote as a comment", () => {
    const ws = workbook.getWorksheet("Indicatori di risultato 2019")!;
    expect(shown(ws.getCell("A3"))).toBe("MISSIONE 026 - Politiche per il lavoro");
    expect([1, 2, 3, 4, 5, 6].map((c) => shown(ws.getCell(4, c)))).toEqual([
      "Programma",
      "Aree/Linee progettuali",
      "Definizione tecnica",
      "Unità di misura",
      "Valore dell'obiettivo",
      "Metodo di calcolo",
    ]);
    expect([5, 7, 8].map((c) => ws.getCell(7, c).value)).toEqual([2980, 2051, 2980]);
    expect(String(ws.getCell("G7").note)).toContain("Navigator che hanno effettivamente concluso il percorso formativo");
    expect([5, 7, 8].map((c) => shown(ws.getCell(9, c)))).toEqual(["150.000", "91.541", "150.000"]);
    expect(shown(ws.getCell("H17"))).toBe("Pianificazione 2019 2021 (valori cumulati)");
  });

  it("DD n. 549: subtotals per funding source by SUMIF, total by SUM = 173.783.740,34 as stated", () => {
    const ws = workbook.getWorksheet("DD n. 549 del 20.12.2019")!;
    expect(ws.getCell("F22").value).toEqual({ formula: 'SUMIF(E4:E24,"PON SPAO",F4:F24)', result: 75387273.39 });
    expect(ws.getCell("F23").value).toEqual({ formula: 'SUMIF(E4:E24,"POC SPAO",F4:F24)', result: 98396466.95 });
    expect(ws.getCell("F24").value).toEqual({ formula: "SUM(F4:F21)", result: 173783740.34 });
  });

  it("the first table's stated ANPAL total differs from its rows: the formula gives the sum, a comment the stated figure", () => {
    const ws = workbook.worksheets.find((w) => w.name.startsWith("Sezioni del Piano Operativo"))!;
    const total = ws.getCell("E24");
    expect((total.value as ExcelJS.CellFormulaValue).result).toBe(25356152.38);
    expect(String(total.note)).toBe("Il documento indica 25.722.311,28; la somma delle righe è 25.356.152,38.");
  });
});

describe("a plan without a period (Lombardia 2026)", () => {
  it("gets the monitoring table with targets and no results", async () => {
    const workbook = await open(await renderMonitoringWorkbook(seedBundle("lombardia"), null));
    const ws = workbook.getWorksheet("Monitoraggio")!;
    expect(ws.getCell("A1").value).toBe("REGIONE LOMBARDIA - MONITORAGGIO");
    expect(ws.rowCount).toBeGreaterThan(4);
  });
});
