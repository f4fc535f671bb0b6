import { describe, expect, it } from "vitest";
import { PlanBundle } from "../../domain/model";
import { decodeText } from "../decode-text";
import { readSeed } from "../seeds";
import { artiMonitoraggioImporter } from "./arti-monitoraggio";
import type { ImportError } from "./types";

const seed = readSeed("arti");
const FILE = "004_760d7e162607ed3a.txt";

function importBundle(text: string = seed): PlanBundle {
  const result = artiMonitoraggioImporter.parse(text, FILE);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return PlanBundle.parse(result.bundle);
}

function importErrors(text: string): ImportError[] {
  const result = artiMonitoraggioImporter.parse(text, FILE);
  if (result.ok) throw new Error("atteso un errore, import riuscito");
  return result.errors;
}

/** A copy of the seed with line `n` (1-based, as in the messages) changed. */
function editLine(n: number, edit: (line: string) => string, text: string = seed): string {
  const lines = text.split("\n");
  const before = lines[n - 1]!;
  lines[n - 1] = edit(before);
  if (lines[n - 1] === before) throw new Error(`la modifica non cambia la riga ${n}`);
  return lines.join("\n");
}

const bundle = importBundle();
const objective = (code: string) => bundle.objectives.find((o) => o.code === code)!;
const indicator = (code: string, n = 1) => bundle.indicators.find((i) => i.id === `arti-2021:obj-${code}:ind-${n}`)!;
const measurement = (code: string, n = 1) => bundle.measurements.find((m) => m.indicatorId === `arti-2021:obj-${code}:ind-${n}`)!;
const phase = (crono: number, n: number) => bundle.phases.find((p) => p.id === `arti-2021:crono-${crono}:fase-${n}`)!;

describe("ARTI monitoraggio 30/06/2021 (seed 004): plan, organisation, period", () => {
  it("reads ARTI, a monitoring report 2021–2023 with the ARTI assessment scale", () => {
    expect(bundle.organisation).toMatchObject({
      id: "arti-toscana",
      name: "Agenzia Regionale Toscana per l'Impiego (ARTI)",
      kind: "agency",
      parentId: "regione-toscana",
    });
    expect(bundle.relatedOrganisations).toEqual([expect.objectContaining({ id: "regione-toscana", name: "Regione Toscana", kind: "region" })]);
    expect(bundle.plan).toMatchObject({
      id: "arti-2021",
      organisationId: "arti-toscana",
      kind: "monitoring_report",
      title: "Monitoraggio intermedio obiettivi 2021 - ARTI",
      yearFrom: 2021,
      yearTo: 2023,
      sourceLayout: "arti-monitoraggio",
      sourceFile: FILE,
    });
    expect(bundle.plan.assessmentScale.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(bundle.periods).toEqual([
      { id: "arti-2021:30-06-2021", planId: "arti-2021", label: "Monitoraggio intermedio al 30/06/2021", cutoffDate: "2021-06-30", kind: "intermediate" },
    ]);
  });

  it("names the structures: Direzione and RPCT of ARTI, the regional ones under Regione Toscana", () => {
    const byId = new Map(bundle.structures.map((s) => [s.id, s]));
    expect(byId.get("arti-toscana:direzione")).toMatchObject({ name: "Direzione", kind: "direzione", organisationId: "arti-toscana" });
    expect(byId.get("arti-toscana:rpct")).toMatchObject({ name: "Responsabile Prevenzione Corruzione e Trasparenza (RPCT)", kind: "ufficio" });
    // crono 1 names OSRU in full once (riga 34) and by acronym after (righe 35–36): one structure.
    expect(byId.get("regione-toscana:osru")).toMatchObject({ name: "Settore regionale Organizzazione e Sviluppo Risorse Umane (OSRU)", kind: "settore" });
    expect(byId.get("regione-toscana:direzione-regionale-istruzione-formazione-ricerca-e-lavoro")?.organisationId).toBe("regione-toscana");
    expect(byId.get("arti-toscana:settore-bilancio-e-contabilita")?.name).toBe("Settore Bilancio e contabilità");
    expect(bundle.structures).toHaveLength(8);
    expect(objective("1.1").structureId).toBe("arti-toscana:direzione");
    expect(objective("4.4").structureId).toBe("arti-toscana:rpct");
  });
});

describe("ARTI seed 004: areas, objectives and weights", () => {
  it("reads 4 strategic areas with their titles", () => {
    expect(bundle.nodes.map((n) => [n.id, n.kind, n.code, n.title])).toEqual([
      ["arti-2021:ambito-1", "strategic_area", "1", "Politiche per il diritto e la dignità del lavoro"],
      ["arti-2021:ambito-2", "strategic_area", "2", "Progetti rivolti a determinate categorie di utenti"],
      ["arti-2021:ambito-3", "strategic_area", "3", "Servizi alle imprese"],
      ["arti-2021:ambito-4", "strategic_area", "4", "Gestione efficiente ed efficace delle risorse"],
    ]);
  });

  it("reads 15 objectives in order, the shifted rows 1.4, 1.5, 1.6, 1.7, 4.4 included", () => {
    expect(bundle.objectives.map((o) => o.code)).toEqual([
      "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "4.4",
    ]);
    expect(objective("1.6")).toMatchObject({
      id: "arti-2021:obj-1.6",
      nodeId: "arti-2021:ambito-1",
      title: "Gestione dell'avviso per incentivi ai datori di lavoro privati nei comuni interessati dalla chiusura della viabilità della E45",
      weight: 4,
      programmingLinks: "Progetto DEFR n. 11",
    });
    expect(objective("4.4").nodeId).toBe("arti-2021:ambito-4");
    expect(objective("1.4").title).toBe("Dare piena attuazione alle disposizioni del Decreto Legge 4/2015, convertito in legge n. 26 del 28 marzo 2019");
  });

  it("weights 6,00% → 6 … and 6+8+8+4+8+5+4+5+8+6+8+7 = 77, with 1.4, 1.5, 4.4 unweighted", () => {
    const weights = Object.fromEntries(bundle.objectives.map((o) => [o.code, o.weight]));
    expect(weights).toEqual({
      "1.1": 6, "1.2": 8, "1.3": 8, "1.4": null, "1.5": null, "1.6": 4, "1.7": 8,
      "2.1": 5, "2.2": 4, "2.3": 5, "3.1": 8, "3.2": 6, "4.1": 8, "4.2": 7, "4.4": null,
    });
    expect(bundle.objectives.reduce((s, o) => s + (o.weight ?? 0), 0)).toBe(77);
  });

  it("keeps co-ownership, programming links and notes as written", () => {
    expect(objective("1.1").coOwners).toBe(
      "Obiettivo condiviso con le Direzioni Regionali Istruzione, formazione, ricerca e lavoro e Organizzazione, personale, gestione e sicurezza sedi di lavoro (obiettivo di filiera)",
    );
    expect(objective("1.2").coOwners).toBe("Obiettivo condiviso con la Direzione Regionale Istruzione, formazione, ricerca e lavoro (obiettivo di filiera)");
    expect(objective("1.3").coOwners).toBeNull();
    expect(objective("1.5").programmingLinks).toBe("Progetto DEFR n. 11; Programma di Governo 2020-2025");
    expect(objective("4.1").programmingLinks).toBe("Obiettivo trasversale");
    expect(objective("1.3").notes).toBe("Si veda il cronoprogramma ARTI 3");
  });
});

describe("ARTI seed 004: indicators and targets", () => {
  it("reads 18 indicators: two each for 1.4, 1.5 and 4.4", () => {
    expect(bundle.indicators).toHaveLength(18);
    const perObjective = bundle.objectives.map((o) => bundle.indicators.filter((i) => i.objectiveId === o.id).length);
    expect(perObjective).toEqual([1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
    expect(indicator("1.5", 2)).toMatchObject({
      code: "1.5.2",
      definition: "Numero colloqui erogati attraverso i servizi a distanza/Numero di colloqui che si prevede di erogare",
      numeratorLabel: "Numero colloqui erogati attraverso i servizi a distanza",
      denominatorLabel: "Numero di colloqui che si prevede di erogare",
      direction: "increase",
      notes: "Nel 2021 si prevede di erogare 20.000 colloqui",
      responsibleStructure: "Direzione",
      dataSource: "Direzione",
      programmingLinks: "Progetto DEFR n. 11; Programma di Governo 2020-2025",
      cronoprogrammaId: null,
    });
  });

  it("links 'secondo il cronoprogramma' indicators to the cronoprogramma their notes name, direction progress", () => {
    const links = bundle.indicators.filter((i) => i.cronoprogrammaId).map((i) => [i.code, i.cronoprogrammaId, i.direction]);
    expect(links).toEqual([
      ["1.1.1", "arti-2021:crono-1", "progress"],
      ["1.2.1", "arti-2021:crono-2", "progress"],
      ["1.3.1", "arti-2021:crono-3", "progress"],
      ["1.4.1", "arti-2021:crono-4", "progress"],
      ["1.5.1", "arti-2021:crono-5", "progress"],
      ["1.7.1", "arti-2021:crono-6", "progress"],
      ["2.2.1", "arti-2021:crono-7", "progress"],
      ["2.3.1", "arti-2021:crono-8", "progress"],
    ]);
    // "fiere /eventi territoriali diffusi / recruitment days" is a list, not a ratio.
    expect(indicator("1.3")).toMatchObject({ numeratorLabel: null, denominatorLabel: null });
  });

  it("2.1: baseline «95,20% dato 2020» → 95,2 (2020), targets «100,00%» 2021 and «100,00%» 2022–2023", () => {
    expect(indicator("2.1")).toMatchObject({ baselineText: "95,20% dato 2020", baselineValue: 95.2, baselineYear: 2020, unit: "%" });
    const targets = bundle.targets.filter((t) => t.indicatorId === "arti-2021:obj-2.1:ind-1");
    expect(targets.map((t) => [t.label, t.yearFrom, t.yearTo, t.text, t.parsed])).toEqual([
      ["Valore target 2021", 2021, 2021, "100,00%", null],
      ["Valore target 2022 - 2023", 2022, 2023, "100,00%", null],
    ]);
  });

  it("3.1: target 2022–2023 «>= dato finale anno precedente» kept verbatim; '-' targets are not targets", () => {
    expect(bundle.targets.find((t) => t.id === "arti-2021:obj-3.1:ind-1:target-2022-2023")?.text).toBe(">= dato finale anno precedente");
    expect(bundle.targets.filter((t) => t.indicatorId === "arti-2021:obj-1.1:ind-1").map((t) => t.text)).toEqual(["100,00%"]);
    expect(bundle.targets).toHaveLength(25); // 18 for 2021, 7 for 2022–2023
    expect(indicator("1.1").baselineText).toBeNull();
  });
});

describe("ARTI seed 004: measurements at 30/06/2021", () => {
  it("ARTI 1.5: 37.787 colloqui / 20.000 previsti = 188,94%, «1. in anticipo»", () => {
    expect(measurement("1.5", 2)).toMatchObject({
      periodId: "arti-2021:30-06-2021",
      valueText: "188,94%",
      value: 188.94,
      numerator: 37787,
      denominator: 20000,
      assessmentLevel: 1,
      assessmentText: "1. in anticipo",
      note: "Nel corso del primo semestre sono stati erogati 37.787 colloqui online",
      source: "Direzione",
    });
    expect(Math.round((37787 / 20000) * 10000) / 100).toBe(188.94);
  });

  it("ARTI 1.6: 96 istruttorie / 106 domande = 90,57%, «5. in ritardo»", () => {
    expect(measurement("1.6")).toMatchObject({ value: 90.57, numerator: 96, denominator: 106, assessmentLevel: 5 });
    expect(Math.round((96 / 106) * 10000) / 100).toBe(90.57);
  });

  it("ARTI 1.4: 25.202 politiche attive / 45.000 previste (nota dell'indicatore) = 56,00%", () => {
    expect(measurement("1.4", 2)).toMatchObject({ valueText: "56,00%", value: 56, numerator: 25202, denominator: 45000, assessmentLevel: 3 });
  });

  it("ARTI 2.1: 305 / 323 = 94,43% (the «di cui» figures in brackets are not the totals); 3.2: 5.758 / 7.914 = 72,76%", () => {
    expect(measurement("2.1")).toMatchObject({ value: 94.43, numerator: 305, denominator: 323 });
    expect(measurement("3.2")).toMatchObject({ value: 72.76, numerator: 5758, denominator: 7914 });
  });

  it("ARTI 3.1: 15.609 / 18.280 = 85,39% but 85,38% stated: the stated value is kept and flagged", () => {
    expect(measurement("3.1")).toMatchObject({ value: 85.38, numerator: 15609, denominator: 18280 });
    expect(bundle.warnings.find((w) => w.code === "value-mismatch")).toMatchObject({
      itemId: "arti-2021:obj-3.1:ind-1",
      location: "riga 20",
      message: expect.stringContaining("15.609 / 18.280 = 85,39%"),
    });
  });

  it("ARTI 4.2: 500 dipendenti is the denominator; 483 + 32 does not give 95,00%, so no numerator", () => {
    expect(measurement("4.2")).toMatchObject({ value: 95, numerator: null, denominator: 500 });
    expect(bundle.warnings.find((w) => w.code === "numerator-unclear")?.location).toBe("riga 23");
  });

  it("keeps '-' as written with no value, and the assessments 4.1 = 2, 1.7 = 1, 2.2 = 5", () => {
    expect(measurement("1.1")).toMatchObject({ valueText: "-", value: null, numerator: null, assessmentLevel: 3 });
    expect(measurement("4.1")).toMatchObject({ valueText: "-", value: null, assessmentLevel: 2, assessmentText: "2. da iniziare - secondo le aspettative" });
    expect(measurement("1.7").assessmentLevel).toBe(1);
    expect(measurement("2.2").assessmentLevel).toBe(5);
    expect(bundle.measurements).toHaveLength(18);
  });

  it("4.4 second row (seven cells, riga 25): note and source aligned to the assessment, no value", () => {
    expect(measurement("4.4", 2)).toMatchObject({
      valueText: null,
      value: null,
      source: "RPCT",
      assessmentLevel: 3,
      note: expect.stringMatching(/^Con decreto 124 del 25\/03\/2021 è stato approvato Piano triennale/),
    });
    expect(indicator("4.4", 2)).toMatchObject({
      definition: "Attuazione misure sull'anticorruzione previste per l'anno 2021",
      baselineText: "100,00% dato 2020",
      responsibleStructure: null,
      notes: null,
    });
    expect(measurement("4.4", 1)).toMatchObject({ valueText: "50,00%", value: 50, source: "RPCT" });
  });
});

describe("ARTI seed 004: cronoprogrammi and phases", () => {
  it("reads 8 cronoprogrammi linked to 1.1, 1.2, 1.3, 1.4, 1.5, 1.7, 2.2, 2.3 by the 'Si veda il cronoprogramma ARTI N' notes", () => {
    expect(bundle.cronoprogrammi.map((c) => [c.id, c.code, c.objectiveId])).toEqual([
      ["arti-2021:crono-1", "ARTI 1", "arti-2021:obj-1.1"],
      ["arti-2021:crono-2", "ARTI 2", "arti-2021:obj-1.2"],
      ["arti-2021:crono-3", "ARTI 3", "arti-2021:obj-1.3"],
      ["arti-2021:crono-4", "ARTI 4", "arti-2021:obj-1.4"],
      ["arti-2021:crono-5", "ARTI 5", "arti-2021:obj-1.5"],
      ["arti-2021:crono-6", "ARTI 6", "arti-2021:obj-1.7"],
      ["arti-2021:crono-7", "ARTI 7", "arti-2021:obj-2.2"],
      ["arti-2021:crono-8", "ARTI 8", "arti-2021:obj-2.3"],
    ]);
    expect(bundle.cronoprogrammi[0]).toMatchObject({
      title: "Consolidamento del riordino istituzionale per la gestione operativa dei servizi per l'impiego e delle politiche attive del lavoro",
      targetText: "Valore target - entro il 31/12/2021",
      dueDate: "2021-12-31",
    });
    // crono 4 is in bold in the source and uses an en dash: markup removed, text kept.
    expect(bundle.cronoprogrammi[3]).toMatchObject({
      title: "Dare piena attuazione alle disposizioni del DL 4/2019, convertito in legge n. 26 del 28 marzo 2019",
      targetText: "Valore target – entro il 31/12/2021",
      dueDate: "2021-12-31",
    });
  });

  it("reads 25 phases (3+4+3+4+3+2+2+4), weights adding up to 100 in each", () => {
    expect(bundle.phases).toHaveLength(25);
    const perCrono = bundle.cronoprogrammi.map((c) => bundle.phases.filter((p) => p.cronoprogrammaId === c.id));
    expect(perCrono.map((p) => p.length)).toEqual([3, 4, 3, 4, 3, 2, 2, 4]);
    expect(perCrono.map((p) => p.reduce((s, x) => s + (x.weight ?? 0), 0))).toEqual([100, 100, 100, 100, 100, 100, 100, 100]);
  });

  it("crono 6 phase 1: done 02/03/2021, weight 50; crono 2 phase 1: «31/03/21» → 2021-03-31; crono 8 phase 2: 2021-03-03, weight 5", () => {
    expect(phase(6, 1)).toMatchObject({
      number: 1,
      description: "Adozione del decreto Arti che approva le linee guida dei servizi erogati ai cittadini",
      output: "Decreto Arti",
      plannedStart: "2021-01-04",
      plannedEnd: "2021-06-30",
      responsibleStructure: "Direzione",
      weight: 50,
      actualEnd: "2021-03-02",
      actualEndText: "02/03/2021",
      dataSource: "Decreto Arti n.63 del 02/03/2021 e n. 223 del 01/06/2021",
    });
    expect(phase(2, 1)).toMatchObject({ weight: 15, actualEnd: "2021-03-31", actualEndText: "31/03/21", dataSource: "Direzione - settore regionale Lavoro" });
    expect(phase(8, 2)).toMatchObject({ weight: 5, actualEnd: "2021-03-03", actualEndText: "03/03/21", dataSource: "Ods n. 11 del 03/03/2021" });
  });

  it("keeps '-' as the actual end text, and the responsible structure as written", () => {
    expect(phase(1, 1)).toMatchObject({
      actualEnd: null,
      actualEndText: "-",
      plannedEnd: "2021-11-01",
      responsibleStructure:
        "Direzione - Direzione regionale Istruzione, formazione, ricerca e lavoro - Settore regionale Organizzazione e Sviluppo Risorse Umane (OSRU)",
    });
    expect(phase(8, 4)).toMatchObject({ actualEnd: null, actualEndText: null, monitoringNote: null, dataSource: null, weight: 10 });
  });
});

describe("ARTI seed 004: warnings", () => {
  it("reports what the source gets wrong, each with its line, and nothing else", () => {
    expect(bundle.warnings.map((w) => [w.code, w.itemId, w.location])).toEqual([
      ["missing-weight", "arti-2021:obj-1.4", "riga 11"],
      ["missing-weight", "arti-2021:obj-1.5", "riga 13"],
      ["value-mismatch", "arti-2021:obj-3.1:ind-1", "riga 20"],
      ["numerator-unclear", "arti-2021:obj-4.2:ind-1", "riga 23"],
      ["missing-weight", "arti-2021:obj-4.4", "riga 24"],
      ["missing-cells", "arti-2021:obj-4.4:ind-2", "riga 25"],
      ["weights-sum", "arti-2021", "riga 26"],
      ["title-mismatch", "arti-2021:crono-4", "riga 60"],
      ["missing-monitoring", "arti-2021:crono-8:fase-4", "riga 100"],
    ]);
  });

  it("says the weights add up to 77% against the 100,00% stated", () => {
    expect(bundle.warnings.find((w) => w.code === "weights-sum")?.message).toBe(
      "La somma dei pesi degli obiettivi è 77,00% mentre la tabella riporta 100,00% (riga 26); senza peso: 1.4, 1.5, 4.4.",
    );
  });

  it("says crono 4 cites «DL 4/2019» where objective 1.4 cites «Decreto Legge 4/2015»", () => {
    expect(bundle.warnings.find((w) => w.code === "title-mismatch")?.message).toBe(
      "ARTI crono 4 (riga 60): il titolo cita «DL 4/2019» mentre l'obiettivo 1.4 (riga 11) cita «Decreto Legge 4/2015».",
    );
  });
});

describe("ARTI importer: detect and determinism", () => {
  it("recognises seed 004 and none of the other seeds", () => {
    expect(artiMonitoraggioImporter.detect(seed)).toBe(true);
    expect(artiMonitoraggioImporter.detect(readSeed("afol"))).toBe(false);
    expect(artiMonitoraggioImporter.detect(readSeed("anpal"))).toBe(false);
    expect(artiMonitoraggioImporter.detect(readSeed("lombardia"))).toBe(false);
    expect(artiMonitoraggioImporter.detect("")).toBe(false);
  });

  it("gives the same bundle twice (deterministic ids)", () => {
    expect(importBundle()).toEqual(bundle);
  });
});

describe("ARTI importer on broken copies of seed 004", () => {
  it("reads the same plan from a UTF-8 file with BOM and Windows line ends", () => {
    expect(importBundle(`\uFEFF${seed.replace(/\n/g, "\r\n")}`)).toEqual(bundle);
  });

  it("reads the same plan from Windows-1252 bytes through decodeText, and refuses them read as UTF-8", () => {
    // "dignità" on riga 8 is the first non-ASCII text; "–" is 0x96 in Windows-1252, the other letters are Latin-1.
    const bytes = Uint8Array.from([...seed].map((c) => (c === "–" ? 0x96 : c.charCodeAt(0))));
    expect(importBundle(decodeText(bytes).text)).toEqual(bundle);
    const errors = importErrors(new TextDecoder("utf-8").decode(bytes));
    expect(errors).toEqual([{ location: "riga 8, colonna 2", message: expect.stringContaining("codifica Windows-1252") }]);
  });

  it("accepts a weight written «6,00» without the percent sign", () => {
    const copy = importBundle(editLine(8, (l) => l.replace("\t6,00%\t", "\t6,00\t")));
    expect(copy.objectives.find((o) => o.code === "1.1")?.weight).toBe(6);
  });

  it("refuses a phase date 31/02/2021, naming line and column", () => {
    const errors = importErrors(editLine(34, (l) => l.replace("\t01/01/2021\t", "\t31/02/2021\t")));
    expect(errors).toEqual([
      {
        location: "riga 34, colonna 4",
        message: "ARTI crono 1, fase 1: data «31/02/2021» non valida nella colonna «Inizio previsto» (attesa gg/mm/aaaa).",
      },
    ]);
  });

  it("refuses a file without the table header", () => {
    const text = seed.split("\n").filter((_, i) => i !== 5 && i !== 6).join("\n");
    const errors = importErrors(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^Intestazione della tabella principale non trovata/);
    expect(artiMonitoraggioImporter.detect(text)).toBe(false);
  });

  it("refuses a header without «Valutazione sintetica», naming the line", () => {
    const errors = importErrors(editLine(7, (l) => l.replace("Valutazione sintetica", "Giudizio")));
    expect(errors).toEqual([{ location: "riga 7", message: expect.stringContaining("«Valutazione sintetica»") }]);
  });

  it("refuses a row with an extra cell, naming line and column", () => {
    const errors = importErrors(editLine(8, (l) => l.replace("\tProgetto DEFR n. 11\t", "\tProgetto DEFR n. 11\tcella in più\t")));
    expect(errors).toEqual([{ location: "riga 8, colonna 16", message: expect.stringContaining("una cella in più") }]);
  });

  it("refuses a weight above 100", () => {
    const errors = importErrors(editLine(9, (l) => l.replace("\t8,00%\t", "\t108,00%\t")));
    expect(errors).toEqual([{ location: "riga 9, colonna 5", message: "Obiettivo 1.2: peso «108,00%» non valido (atteso un valore tra 0 e 100, es. «6,00%»)." }]);
  });

  it("reads an empty assessment as missing and says so", () => {
    const copy = importBundle(editLine(20, (l) => l.replace("\t3. secondo le aspettative", "\t")));
    expect(copy.measurements.find((m) => m.indicatorId === "arti-2021:obj-3.1:ind-1")).toMatchObject({ value: 85.38, source: "Direzione", assessmentLevel: null });
    expect(copy.warnings.find((w) => w.location === "riga 20" && w.code === "missing-cells")?.message).toContain("«Valutazione sintetica»");
  });

  it("imports a file cut after the main table: 15 objectives, no cronoprogrammi, each reference flagged", () => {
    const copy = importBundle(seed.split("\n").slice(0, 27).join("\n"));
    expect(copy.objectives).toHaveLength(15);
    expect(copy.cronoprogrammi).toHaveLength(0);
    expect(copy.indicators.filter((i) => i.cronoprogrammaId)).toHaveLength(0);
    expect(copy.warnings.filter((w) => w.code === "crono-missing")).toHaveLength(8);
  });

  it("refuses a file cut in the middle of a phase line", () => {
    const lines = seed.split("\n");
    const cut = [...lines.slice(0, 34), lines[34]!.slice(0, 40)].join("\n");
    const errors = importErrors(cut);
    expect(errors).toEqual([{ location: "riga 35, colonna 2", message: expect.stringContaining("si interrompe prima della colonna «Peso %»") }]);
  });

  it("refuses a cronoprogramma that no objective refers to", () => {
    const text = editLine(16, (l) => l.replaceAll("Si veda il cronoprogramma ARTI 6", "Si vedano le fasi"));
    const errors = importErrors(text);
    expect(errors).toEqual([{ location: "riga 77", message: expect.stringContaining("ARTI 6 non è richiamato") }]);
  });

  it("flags phase weights that do not add up to the stated 100,00%", () => {
    const copy = importBundle(editLine(81, (l) => l.replace("\t50,00%\t", "\t40,00%\t")));
    expect(copy.warnings.find((w) => w.code === "phase-weights-sum")).toMatchObject({
      itemId: "arti-2021:crono-6",
      location: "riga 83",
      message: "ARTI crono 6: la somma dei pesi delle fasi è 90,00% invece di 100,00% (riga 83).",
    });
  });
});
