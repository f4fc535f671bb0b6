import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DuckDbRunner } from "../fetch/duckdb-runner";
import { ident, sql, value } from "../sql/fragment";
import { EVENT_COLUMNS, HAND_MADE_EVENTS, toCsv, writeHandMadeCsv, type HandMadeFiles } from "../test-support/hand-made-data";
import { openWarehouse } from "../warehouse";
import { ingestFile, type IngestOptions } from "./ingest-file";

const OPTIONS: IngestOptions = { asOf: "2024-01-01", loadedAt: new Date("2024-01-01T00:00:00Z") };

let dir: string;
let files: HandMadeFiles;
let warehouse: DuckDbRunner;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "traguardo-ingest-"));
  files = writeHandMadeCsv(dir);
  warehouse = await openWarehouse({ path: ":memory:", threads: 1 });
});
afterEach(async () => {
  await warehouse.close();
  rmSync(dir, { recursive: true, force: true });
});

async function loadReferenceData() {
  await ingestFile(warehouse, files.offices, { ...OPTIONS, rejectFile: null });
  await ingestFile(warehouse, files.persons, { ...OPTIONS, rejectFile: null });
}

async function count(table: string): Promise<number> {
  const [row] = await warehouse.query(sql`SELECT count(*) AS n FROM ${ident(table)}`);
  return Number(row!.n);
}

describe("caricamento dei dati di prova", () => {
  it("4 sedi, 8 persone, 41 eventi; tipo di file riconosciuto dalle colonne; chiavi persona = numero di riga (2…9)", async () => {
    const reports = [];
    for (const file of [files.offices, files.persons, files.events]) reports.push(await ingestFile(warehouse, file, OPTIONS));
    expect(reports.map((r) => [r.kind, r.rowsRead, r.rowsLoaded, r.rowsRejected])).toEqual([
      ["offices", 4, 4, 0],
      ["persons", 8, 8, 0],
      ["events", 41, 41, 0],
    ]);
    expect(reports[2]).toMatchObject({ minEventDate: "2021-05-05", maxEventDate: "2023-03-01", batchId: 3, rejectFile: null });
    const keys = await warehouse.query(sql`SELECT min(person_key) AS lo, max(person_key) AS hi FROM persons`);
    expect(keys[0]).toEqual({ lo: 2, hi: 9 });
    // operator_kind is looked up at load time: P1's and P4's trainings, P4's internship, P5's LEP H, P6's pact.
    const accredited = await warehouse.query(sql`SELECT count(*) AS n FROM events WHERE operator_kind = 'accredited'`);
    expect(accredited[0]!.n).toBe(5);
  });

  it("lo stesso file caricato due volte: riconosciuto dall'impronta, nessuna riga in più", async () => {
    await loadReferenceData();
    await ingestFile(warehouse, files.events, OPTIONS);
    const again = await ingestFile(warehouse, files.events, OPTIONS);
    expect(again).toMatchObject({ status: "already-loaded", batchId: 3, rowsLoaded: 0 });
    expect(await count("events")).toBe(41);
  });

  it("un secondo file che ripete 5 eventi e ne aggiunge 1: 5 già presenti (chiave naturale), 1 caricato", async () => {
    await loadReferenceData();
    await ingestFile(warehouse, files.events, OPTIONS);
    const overlap = join(dir, "eventi-bis.csv");
    const rows = [
      ...HAND_MADE_EVENTS.slice(0, 5),
      { event_id: "E900", person_id: "P7", event_date: "2022-05-05", event_type: "access", cpi_code: "C01", channel: "remote" },
    ];
    writeFileSync(overlap, toCsv(EVENT_COLUMNS, rows as unknown as Record<string, unknown>[]));
    const report = await ingestFile(warehouse, overlap, OPTIONS);
    expect(report).toMatchObject({ status: "loaded", rowsRead: 6, rowsLoaded: 1, rowsAlreadyPresent: 5, rowsRejected: 0 });
    expect(await count("events")).toBe(42);
  });
});

describe("righe scartate, con riga e motivo", () => {
  it("codici sconosciuti, date future o invalide, persone sconosciute, duplicati, colonne in più o in meno", async () => {
    await loadReferenceData();
    const broken = join(dir, "eventi-rotti.csv");
    const header = "event_id;person_id;event_date;event_type;cpi_code;lep_code;contract_months;nota";
    const lines = [
      header,
      "X1;P1;15/06/2022;lep_service;C01;C;;ok in formato italiano", // riga 2: good
      "X2;P1;2022-06-16;lep_service;C01;Z;;", // 3: unknown LEP
      "X3;P1;2030-01-01;did;C01;;;", // 4: future date
      "X4;P99;2022-06-16;did;C01;;;", // 5: unknown person
      "X5;P1;2022-02-30;did;C01;;;", // 6: invalid date
      "X6;P1;2022-06-16;colloquio;C01;;;", // 7: unknown event type
      "X7;P1;2022-06-16;lep_service;C01;;;", // 8: LEP service without letter
      "X1;P1;15/06/2022;lep_service;C01;C;;", // 9: duplicate of line 2
      "X8;P1;2022-06-16;did;C99;;;", // 10: unknown CPI
      "X9;P1;2022-06-16;did;A01;;;", // 11: an accredited operator as CPI
      "X10;P1;2022-06-16;hiring;C01;;dodici;", // 12: months not a number (checked before the missing contract type)
      "X11;P1;2022-06-16", // 13: too few columns
      ";P1;2022-06-17;did;C01;;;", // 14: no event_id: key from the content
      ";P1;2022-06-17;did;C01;;;", // 15: same content: duplicate of 14
    ];
    writeFileSync(broken, `${lines.join("\r\n")}\r\n`);
    const report = await ingestFile(warehouse, broken, OPTIONS);
    expect(report).toMatchObject({ rowsRead: 14, rowsLoaded: 2, rowsRejected: 12, ignoredColumns: ["nota"] });
    const rejectText = readFileSync(report.rejectFile!, "utf8");
    expect(rejectText.trim().split("\n")).toEqual([
      "riga;campo;motivo;valore",
      "3;lep_code;codice LEP sconosciuto (ammessi: A, B, C, D, E, F, G, H, I, J, K, L, M);Z",
      "4;event_date;data futura (successiva al 01/01/2024);2030-01-01",
      "5;person_id;persona sconosciuta (caricare prima il file delle persone);P99",
      "6;event_date;data non valida (atteso AAAA-MM-GG o GG/MM/AAAA);2022-02-30",
      expect.stringMatching(/^7;event_type;tipo di evento sconosciuto \(ammessi: access, did, .*\);colloquio$/),
      "8;lep_code;obbligatorio per gli eventi lep_service;",
      "9;riga;riga duplicata: stessa chiave della riga 2;",
      "10;cpi_code;CPI sconosciuto;C99",
      "11;cpi_code;la sede indicata non è un CPI ma un operatore accreditato;A01",
      "12;contract_months;durata in mesi non valida (atteso un intero tra 0 e 600);dodici",
      "13;riga;3 colonne invece di 8;",
      "15;riga;riga duplicata: stessa chiave della riga 14;",
    ]);
    expect(report.rejections).toContainEqual({ field: "riga", reason: "riga duplicata: stessa chiave della riga 2", count: 1 });
  });

  it("un file senza una colonna obbligatoria non viene caricato", async () => {
    await loadReferenceData();
    const file = join(dir, "senza-data.csv");
    writeFileSync(file, "event_id;person_id;event_type;cpi_code\nX;P1;did;C01\n");
    await expect(ingestFile(warehouse, file, OPTIONS)).rejects.toThrow("colonne obbligatorie mancanti: event_date");
    expect(await count("events")).toBe(0);
  });

  it("persone: anno di nascita e flag sì/no in formato libero, CPI sconosciuto", async () => {
    await ingestFile(warehouse, files.offices, OPTIONS);
    const file = join(dir, "persone.csv");
    writeFileSync(
      file,
      "person_id;birth_year;sex;cpi_code;rdc;naspi\nQ1;1980;F;C01;sì;no\nQ2;19x0;M;C01;;\nQ3;1990;M;C77;;\nQ4;1991;X;C01;;\nQ5;1992;M;C01;forse;\n",
    );
    const report = await ingestFile(warehouse, file, OPTIONS);
    expect(report).toMatchObject({ rowsLoaded: 1, rowsRejected: 4 });
    const [q1] = await warehouse.query(sql`SELECT rdc, naspi, disability FROM persons WHERE person_id = 'Q1'`);
    expect(q1).toEqual({ rdc: true, naspi: false, disability: false });
    expect(readFileSync(report.rejectFile!, "utf8")).toContain("3;birth_year;anno di nascita non valido (atteso un anno tra 1900 e 2024);19x0");
  });
});

describe("Parquet", () => {
  it("gli stessi eventi in Parquet: stesse righe, riga = numero di riga del file", async () => {
    await loadReferenceData();
    const parquet = join(dir, "eventi.parquet");
    await warehouse.execute(
      sql`COPY (SELECT * REPLACE (CASE WHEN event_id = 'E003' THEN 'zzz' ELSE event_type END AS event_type) FROM read_csv(${value(files.events)}, delim = ';', header = true, all_varchar = true)) TO ${value(parquet)} (FORMAT parquet)`,
    );
    const report = await ingestFile(warehouse, parquet, { ...OPTIONS, rejectFile: join(dir, "scarti.csv") });
    expect(report).toMatchObject({ kind: "events", rowsRead: 41, rowsLoaded: 40, rowsRejected: 1 });
    expect(readFileSync(join(dir, "scarti.csv"), "utf8")).toContain("\n3;event_type;tipo di evento sconosciuto");
  });
});
