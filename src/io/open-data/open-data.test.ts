import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { afolWithResults, evaluated, SEED_PERIODS, seedBundle } from "../reports/seed-plans.fixture";
import { CC_BY_40, dcatDataset, withContext } from "./dcat-ap-it";
import { OPEN_DATA_COLUMNS, parseCsv, renderDataDictionaryCsv, renderOpenDataCsv, type CsvType } from "./open-data-csv";
import { buildOpenDataDocument } from "./open-data-document";
import { OpenDataDocument, openDataJsonSchema } from "./open-data-schema";
import { SCHEMA_FILE } from "./write-schema";

const arti = seedBundle("arti");
const artiDoc = buildOpenDataDocument(arti, evaluated(arti, SEED_PERIODS.arti), { id: "pub-1", publishedAt: "2021-07-20T10:00:00.000Z" });

const TYPE_PATTERNS: Record<CsvType, RegExp> = {
  testo: /^[\s\S]*$/,
  intero: /^-?\d+$/,
  decimale: /^-?\d+(\.\d+)?$/,
  data: /^\d{4}-\d{2}-\d{2}$/,
};

/** Checks a data CSV against the dictionary CSV: same fields in the same order, types, required values. */
function validateAgainstDictionary(data: string, dictionary: string): string[] {
  const [header, ...rows] = parseCsv(data);
  const [, ...fields] = parseCsv(dictionary);
  const errors: string[] = [];
  if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f[0]))) errors.push("intestazione diversa dal dizionario");
  rows.forEach((row, r) => {
    if (row.length !== fields.length) errors.push(`riga ${r + 2}: ${row.length} campi invece di ${fields.length}`);
    fields.forEach(([name, type, required], c) => {
      const value = row[c] ?? "";
      if (value === "") {
        if (required === "sì") errors.push(`riga ${r + 2}, campo ${name}: obbligatorio`);
      } else if (!TYPE_PATTERNS[type as CsvType].test(value)) errors.push(`riga ${r + 2}, campo ${name}: «${value}» non è ${type}`);
    });
  });
  return errors;
}

describe("open data CSV (RFC 4180, UTF-8, comma, dot decimals)", () => {
  const csv = renderOpenDataCsv(artiDoc);
  const rows = parseCsv(csv);
  const column = (name: string) => OPEN_DATA_COLUMNS.findIndex((c) => c.name === name);
  const rowOf = (code: string) => rows.find((r) => r[column("indicatore_codice")] === code)!;

  it("ARTI: one row per indicator (18), valid against the data dictionary", () => {
    expect(rows).toHaveLength(19);
    expect(validateAgainstDictionary(csv, renderDataDictionaryCsv())).toEqual([]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("ARTI 1.5.2: 37.787 / 20.000 = 188,94% written 188.94, score 100, «1. in anticipo», at 2021-06-30", () => {
    const r = rowOf("1.5.2");
    expect([
      r[column("data_riferimento")],
      r[column("target_testo")],
      r[column("valore_conseguito")],
      r[column("valore_conseguito_testo")],
      r[column("raggiungimento_percentuale")],
      r[column("punteggio_percentuale")],
      r[column("stato")],
    ]).toEqual(["2021-06-30", "100,00%", "188.94", "188,94%", "188.94", "100", "1. in anticipo"]);
  });

  it("quotes texts with commas and quotes, and reads them back unchanged", () => {
    const r = rowOf("2.2.1");
    expect(r[column("obiettivo")]).toBe(
      'Supporto all\'implementazione del progetto "Modelli sperimentali di intervento per il lavoro e l\'inclusione attiva delle persone in esecuzione penale - le colonie agricole in Toscana"',
    );
    expect(csv).toContain('"Supporto all\'implementazione del progetto ""Modelli sperimentali');
  });

  it("AFOL with results: 80 indicators, Afolmet 12.1 8315 of >7.920 = 104.99", () => {
    const afol = afolWithResults();
    const doc = buildOpenDataDocument(afol, evaluated(afol, SEED_PERIODS.afol));
    const afolCsv = renderOpenDataCsv(doc);
    expect(validateAgainstDictionary(afolCsv, renderDataDictionaryCsv())).toEqual([]);
    const afolRows = parseCsv(afolCsv);
    expect(afolRows).toHaveLength(81);
    const r = afolRows.find((x) => x[column("indicatore_codice")] === "12.1")!;
    expect([r[column("target_valore")], r[column("valore_conseguito")], r[column("raggiungimento_percentuale")]]).toEqual(["7920", "8315", "104.99"]);
  });

  it("the dictionary names every column with type, requirement and an Italian description", () => {
    const [header, ...lines] = parseCsv(renderDataDictionaryCsv());
    expect(header).toEqual(["campo", "tipo", "obbligatorio", "descrizione"]);
    expect(lines).toHaveLength(OPEN_DATA_COLUMNS.length);
    expect(lines.find((l) => l[0] === "raggiungimento_percentuale")).toEqual([
      "raggiungimento_percentuale",
      "decimale",
      "no",
      "Grado di raggiungimento del target in punti percentuali, due decimali",
    ]);
  });
});

describe("open data JSON and its schema", () => {
  it("the shipped open-data.schema.json is the one generated from the zod schema", () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, "utf8")), "rigenerare con: npx tsx src/io/open-data/write-schema.ts").toEqual(openDataJsonSchema());
  });

  it("ARTI, AFOL, ANPAL and Lombardia (no period) validate against the zod schema and the shipped JSON Schema", () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA_FILE, "utf8")));
    const afol = afolWithResults();
    const anpal = seedBundle("anpal");
    const docs = [
      artiDoc,
      buildOpenDataDocument(afol, evaluated(afol, SEED_PERIODS.afol)),
      buildOpenDataDocument(anpal, evaluated(anpal, SEED_PERIODS.anpal)),
      buildOpenDataDocument(seedBundle("lombardia"), null),
    ];
    for (const doc of docs) {
      const json = JSON.parse(JSON.stringify(doc));
      expect(OpenDataDocument.safeParse(json).success).toBe(true);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("a document with a wrong field is refused by the shipped schema", () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA_FILE, "utf8")));
    const broken = JSON.parse(JSON.stringify(artiDoc));
    broken.objectives[0].indicators[0].result.achievementPercent = "188,94%";
    expect(validate(broken)).toBe(false);
    expect(OpenDataDocument.safeParse(broken).success).toBe(false);
  });

  it("ARTI: plan score 49.83, targets with the applied one marked, 3.1.1 keeps «>= dato finale anno precedente» as text", () => {
    expect(artiDoc.planScorePercent).toBe(49.83);
    const i311 = artiDoc.objectives.find((o) => o.code === "3.1")!.indicators[0]!;
    expect(i311.targets.map((t) => [t.label, t.text, t.kind, t.applied])).toEqual([
      ["Valore target 2021", "90,00%", "threshold", true],
      ["Valore target 2022 - 2023", ">= dato finale anno precedente", "previous-value", false],
    ]);
  });
});

describe("DCAT-AP_IT metadata", () => {
  it("a dataset with publisher, theme, licence CC BY 4.0 and one distribution per format", () => {
    const page = "https://trasparenza.example.it/trasparenza/pub-1";
    const jsonld = withContext(
      dcatDataset({
        doc: artiDoc,
        pageUrl: page,
        issued: "2021-07-20T10:00:00.000Z",
        distributions: [
          { format: "CSV", title: "Dati (CSV)", downloadUrl: `${page}/open-data.csv`, conformsTo: `${page}/dizionario.csv` },
          { format: "JSON", title: "Dati (JSON)", downloadUrl: `${page}/open-data.json` },
        ],
      }),
    );
    expect(jsonld["@type"]).toEqual(["dcatapit:Dataset", "dcat:Dataset"]);
    expect(jsonld["dct:identifier"]).toBe("arti-toscana:pub-1");
    expect(jsonld["dcat:theme"]).toEqual({ "@id": "http://publications.europa.eu/resource/authority/data-theme/GOVE" });
    const distributions = jsonld["dcat:distribution"] as Record<string, unknown>[];
    expect(distributions.map((d) => (d["dct:format"] as { "@id": string })["@id"].split("/").pop())).toEqual(["CSV", "JSON"]);
    expect(distributions[0]!["dct:license"]).toEqual(CC_BY_40);
    expect(String((jsonld["dct:description"] as { "@value": string })["@value"])).toContain("al 30/06/2021");
  });
});
