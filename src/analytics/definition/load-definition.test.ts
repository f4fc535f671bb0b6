import { describe, expect, it } from "vitest";
import { readShippedDefinitions } from "./read-definitions";
import { hashDefinition, loadDefinition } from "./load-definition";

const errorsOf = (text: string) => {
  const result = loadDefinition(text, "prova.yaml");
  return result.ok ? [] : result.errors;
};

const VALID = `
id: prova
title: Prova
source: test
unit: persons
measure: count
anchor: { event: psp_signed }
`;

describe("definizioni fornite", () => {
  it("le 17 definizioni di src/analytics/definitions sono valide e hanno id diversi", () => {
    const loaded = readShippedDefinitions();
    expect(loaded).toHaveLength(17);
    expect(new Set(loaded.map((l) => l.definition.id)).size).toBe(17);
  });
});

describe("errori precisi", () => {
  it("un campo inesistente in un filtro nomina il percorso e i campi ammessi", () => {
    const errors = errorsOf(`${VALID}require:\n  has: { event: lep_service, where: { lep_cod: C } }\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^prova\.yaml: require\.has\.where\.lep_cod: campo «lep_cod» inesistente tra i campi degli eventi \(disponibili: .*lep_code/);
  });

  it("un campo di persona inesistente dentro any_of", () => {
    expect(errorsOf(`${VALID}persons:\n  any_of: [{ rdc: true }, { reddito: true }]\n`)).toEqual([
      expect.stringMatching(/persons\.any_of\[1\]\.reddito: campo «reddito» inesistente tra i campi delle persone/),
    ]);
  });

  it("un codice LEP inesistente e un tipo di evento inesistente", () => {
    const errors = errorsOf(`${VALID}require:\n  all:\n    - has: { event: lep_service, where: { lep_code: [C, Z] } }\n    - has: { event: colloquio }\n`);
    expect(errors).toEqual([
      expect.stringMatching(/require\.all\[0\]\.has\.where\.lep_code\[1\]: lep_code: codice «Z» inesistente \(ammessi: A, B, C/),
      expect.stringMatching(/require\.all\[1\]\.has\.event: tipo di evento «colloquio» inesistente/),
    ]);
  });

  it("un campo obbligatorio mancante e un campo non previsto", () => {
    const errors = errorsOf(`id: prova\ntitle: Prova\nunit: persons\nmeasure: count\nanchor: { evento: psp_signed }\n`);
    expect(errors).toContain("prova.yaml: source: campo obbligatorio mancante");
    expect(errors).toContain("prova.yaml: anchor.event: campo obbligatorio mancante");
    expect(errors).toContain("prova.yaml: anchor: campo non previsto «evento»");
  });

  it("measure sconosciuta", () => {
    expect(errorsOf(VALID.replace("measure: count", "measure: somma"))).toEqual([
      "prova.yaml: measure: measure deve essere count, rate o duration",
    ]);
  });

  it("la disaggregazione per mese senza evento di riferimento", () => {
    const text = `id: p\ntitle: P\nsource: s\nunit: persons\nmeasure: rate\ndenominator:\n  persons: { rdc: true }\nnumerator:\n  anchor: { event: psp_signed }\nbreakdowns: [cpi, month]\n`;
    expect(errorsOf(text)).toEqual([
      "prova.yaml: breakdowns[1]: la disaggregazione per mese richiede che numeratore e denominatore abbiano lo stesso evento di riferimento (anchor)",
    ]);
  });

  it("un intervallo relativo senza anchor, una data inesistente, un confronto su un campo non numerico", () => {
    const text = `id: p\ntitle: P\nsource: s\nunit: persons\nmeasure: count\npersons: { sex: { gte: 1 } }\nrequire:\n  has: { event: hiring, when: { within_days_after_anchor: 180 } }\n`;
    expect(errorsOf(text)).toEqual([
      "prova.yaml: persons.sex.gte: sex: il confronto «gte» vale solo per i campi numerici",
      "prova.yaml: require.has.when: un intervallo relativo all'evento di riferimento richiede un anchor",
    ]);
    expect(errorsOf(VALID.replace("{ event: psp_signed }", "{ event: psp_signed, from: 2022-02-30 }"))).toEqual([
      "prova.yaml: anchor.from: data inesistente «2022-02-30»",
    ]);
  });

  it("con unit: events non si possono porre condizioni sul percorso della persona", () => {
    const text = `id: p\ntitle: P\nsource: s\nunit: events\nmeasure: count\nanchor: { event: access }\nrequire:\n  has: { event: did }\n`;
    expect(errorsOf(text)).toEqual(["prova.yaml: require: require vale solo per unit: persons (condizioni sul percorso della persona)"]);
  });

  it("YAML illeggibile", () => {
    expect(errorsOf("id: [prova")[0]).toMatch(/^prova\.yaml: YAML\/JSON non leggibile/);
  });
});

describe("JSON e impronta", () => {
  it("una definizione in JSON vale come in YAML, con la stessa impronta", () => {
    const json = JSON.stringify({ unit: "persons", id: "prova", measure: "count", anchor: { event: "psp_signed" }, title: "Prova", source: "test" });
    const fromJson = loadDefinition(json, "prova.json");
    const fromYaml = loadDefinition(`# commento\n${VALID}`, "prova.yaml");
    expect(fromJson.ok && fromYaml.ok).toBe(true);
    if (fromJson.ok && fromYaml.ok) {
      expect(fromJson.loaded.hash).toBe(fromYaml.loaded.hash);
      expect(fromJson.loaded.hash).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it("cambiare il significato cambia l'impronta", () => {
    const a = loadDefinition(VALID, "a.yaml");
    const b = loadDefinition(VALID.replace("psp_signed", "did"), "b.yaml");
    if (!a.ok || !b.ok) throw new Error("definizioni non valide");
    expect(hashDefinition(a.loaded.definition)).not.toBe(hashDefinition(b.loaded.definition));
  });
});
