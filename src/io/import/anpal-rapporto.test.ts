import { beforeAll, describe, expect, it } from "vitest";
import { PlanBundle, type PlanBundle as Bundle } from "../../domain/model";
import { readSeed } from "../seeds";
import { anpalRapportoImporter } from "./anpal-rapporto";
import type { ImportResult } from "./types";

const seed = readSeed("anpal");

function parse(text: string): ImportResult {
  return anpalRapportoImporter.parse(text, "002_b7cbac2fc63730f0.txt");
}

function parseBundle(text: string): Bundle {
  const result = parse(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return PlanBundle.parse(result.bundle);
}

/** A copy of the seed with line n (1-based, as in an editor) rewritten. */
function withLine(n: number, rewrite: (line: string) => string): string {
  const lines = seed.split("\n");
  lines[n - 1] = rewrite(lines[n - 1]!);
  return lines.join("\n");
}

function firstLines(n: number): string {
  return seed.split("\n").slice(0, n).join("\n");
}

let bundle: Bundle;
beforeAll(() => {
  bundle = parseBundle(seed);
});

const indicatorByMethod = (start: string) => {
  const found = bundle.indicators.find((i) => i.method?.startsWith(start));
  if (!found) throw new Error(`no indicator with method ${start}`);
  return found;
};
const targetsOf = (indicatorId: string) => bundle.targets.filter((t) => t.indicatorId === indicatorId);
const measurementOf = (indicatorId: string) => bundle.measurements.find((m) => m.indicatorId === indicatorId)!;
const linesOf = (code: string) => {
  const table = bundle.budgetTables.find((t) => t.code === code)!;
  return bundle.budgetLines.filter((l) => l.tableId === table.id);
};
const warningsWith = (code: string) => bundle.warnings.filter((w) => w.code === code);

describe("detect", () => {
  it("recognises the ANPAL Servizi Rapporto sui risultati 2019 (seed 002)", () => {
    expect(anpalRapportoImporter.detect(seed)).toBe(true);
  });

  it.each(["afol", "lombardia", "arti"] as const)("does not take seed %s for this layout", (name) => {
    expect(anpalRapportoImporter.detect(readSeed(name))).toBe(false);
  });

  it("does not take an empty text nor a text without the result indicator tables", () => {
    expect(anpalRapportoImporter.detect("")).toBe(false);
    expect(anpalRapportoImporter.detect("RAPPORTO SUI RISULTATI 2019\nANPAL Servizi")).toBe(false);
  });
});

describe("ANPAL Rapporto 2019: plan, organisation, period", () => {
  it("reads ANPAL Servizi S.p.A. (agency) under ANPAL", () => {
    expect(bundle.organisation).toMatchObject({ id: "anpal-servizi", name: "ANPAL Servizi S.p.A.", kind: "agency", parentId: "anpal" });
    expect(bundle.relatedOrganisations.map((o) => o.id)).toEqual(["anpal"]);
  });

  it("reads the plan anpal-servizi-2019 «Rapporto sui risultati 2019», 2019–2021 (Pianificazione 2019 2021)", () => {
    expect(bundle.plan).toMatchObject({
      id: "anpal-servizi-2019",
      kind: "operating_plan",
      title: "Rapporto sui risultati 2019",
      yearFrom: 2019,
      yearTo: 2021,
      sourceLayout: "anpal-rapporto",
      sourceFile: "002_b7cbac2fc63730f0.txt",
    });
    expect(bundle.plan.description).toMatch(/^ANPAL Servizi S\.p\.A\. è stata costituita/);
  });

  it("has one final period «Consuntivo 2019» at 31/12/2019", () => {
    expect(bundle.periods).toEqual([
      { id: "anpal-servizi-2019:consuntivo-2019", planId: "anpal-servizi-2019", label: "Consuntivo 2019", cutoffDate: "2019-12-31", kind: "final" },
    ]);
  });

  it("gives the same bundle twice: ids are deterministic", () => {
    expect(parseBundle(seed)).toEqual(bundle);
  });
});

describe("ANPAL Rapporto 2019: Tabella indicatori di risultato", () => {
  it("builds Missione 026 → Programma 010 and Missione 027 → Programma 006", () => {
    const tree = bundle.nodes.map((n) => [n.kind, n.code, bundle.nodes.find((p) => p.id === n.parentId)?.code ?? null]);
    expect(tree).toEqual([
      ["mission", "026", null],
      ["programme", "010", "026"],
      ["mission", "027", null],
      ["programme", "006", "027"],
    ]);
    expect(bundle.nodes[0]!.title).toBe("Politiche per il lavoro");
    expect(bundle.nodes[2]!.title).toBe("Immigrazione, accoglienza e garanzia dei diritti");
    const programme010 = bundle.nodes[1]!;
    expect(programme010.title).toBe("Politiche attive del lavoro, rete dei servizi per il lavoro e la formazione");
    // "Descrizione del programma" (line 355) and footnote ¹ (line 305) of the programme cell at line 299.
    expect(programme010.notes).toContain("Promozione e realizzazione di interventi a favore dell'inserimento lavorativo");
    expect(programme010.notes).toContain("¹ Missione 026, Programma 010, Azione 001=");
  });

  it("reads the Aree/Linee progettuali as objectives, joining «Servizi per la Transizione Scuola» + «- Lavoro» across the page break", () => {
    expect(bundle.objectives.map((o) => [o.code, o.title])).toEqual([
      ["026.010.1", "Servizi per il lavoro e il Reddito di cittadinanza"],
      ["026.010.2", "Interventi straordinari a supporto dei processi di trasformazione e sviluppo delle aziende e dei settori"],
      ["026.010.3", "Servizi per la Transizione Scuola - Lavoro"],
      ["027.006.1", "Servizi per le Politiche d'integrazione"],
    ]);
    expect(warningsWith("page-break-continuation").map((w) => w.location)).toContain("riga 298");
  });

  it("counts 7 + 4 + 2 = 13 indicators (lines 287–293, 300–303, 309–310)", () => {
    const sourceLines = bundle.measurements.map((m) => Number(m.source!.match(/riga (\d+)/)![1]));
    expect(sourceLines.filter((n) => n >= 287 && n <= 293)).toHaveLength(7);
    expect(sourceLines.filter((n) => n >= 299 && n <= 303)).toHaveLength(4);
    expect(sourceLines.filter((n) => n >= 309 && n <= 310)).toHaveLength(2);
    expect(bundle.indicators).toHaveLength(13);
    expect(bundle.targets).toHaveLength(26);
    expect(bundle.measurements).toHaveLength(13);
    expect(bundle.indicators.every((i) => i.unit === "Numero intero" && i.direction === "increase")).toBe(true);
  });

  it("Regioni assistite: target 20, Realizzato 2019 20, Pianificazione 2019 2021 20 (line 287)", () => {
    const regions = indicatorByMethod("Σ Regioni assistite");
    expect(regions.definition).toBe("Assistenza tecnica alle Regioni volta a garantire l'implementazione del Reddito di Cittadinanza e i Lep");
    expect(targetsOf(regions.id).map((t) => [t.label, t.yearFrom, t.yearTo, t.text, t.cumulative])).toEqual([
      ["Valore dell'obiettivo", 2019, 2019, "20", false],
      ["Pianificazione 2019 2021", 2019, 2021, "20", false],
    ]);
    expect(targetsOf(regions.id)[0]!.parsed).toEqual({ kind: "threshold", comparator: ">=", value: 20, isPercent: false, unit: null });
    expect(measurementOf(regions.id)).toMatchObject({ value: 20, valueText: "20", periodId: "anpal-servizi-2019:consuntivo-2019" });
  });

  it("Navigator formati: target 2.980, Realizzato «2051 ²» = 2051 with footnote ² as note, Pianificazione 2.980 (line 289)", () => {
    const navigator = indicatorByMethod("Σ operatori (Navigator)");
    expect(targetsOf(navigator.id).map((t) => t.parsed)).toEqual([
      { kind: "threshold", comparator: ">=", value: 2980, isPercent: false, unit: null },
      { kind: "threshold", comparator: ">=", value: 2980, isPercent: false, unit: null },
    ]);
    expect(measurementOf(navigator.id)).toMatchObject({
      value: 2051,
      valueText: "2051 ²",
      note: "Sono stati considerati i Navigator che hanno effettivamente concluso il percorso formativo composto da formazione d'aula, FAD e training on the job.",
    });
  });

  it("Imprese coinvolte: 91.541 / 150.000 = 61,03% of the target (line 291)", () => {
    const companies = indicatorByMethod("Σ imprese coinvolte");
    const target = targetsOf(companies.id)[0]!;
    expect(target.text).toBe("150.000");
    const realised = measurementOf(companies.id).value!;
    expect(realised).toBe(91541);
    expect(((realised / 150000) * 100).toFixed(2)).toBe("61.03");
  });

  it("joins the method of line 293 with its end on line 299, cut by the page break", () => {
    const schools = indicatorByMethod("Σ Istituti scolastici");
    expect(schools.method).toBe(
      "Σ Istituti scolastici coinvolti nell'implementazione dei processi di qualificazione dei servizi per l'alternanza scuola-lavoro e per la transizione",
    );
    expect(measurementOf(schools.id).value).toBe(65);
    const warning = warningsWith("page-break-continuation").find((w) => w.location === "riga 299")!;
    expect(warning.itemId).toBe(schools.id);
    expect(warning.message).toContain("riga 293");
  });

  it("line 302 has no Definizione tecnica: the method stands in for it, with a warning", () => {
    const entities = indicatorByMethod("Σ Enti del sistema dell'istruzione");
    expect(entities.definition).toBe(entities.method);
    expect(targetsOf(entities.id)[0]!.text).toBe("640");
    expect(measurementOf(entities.id).value).toBe(135);
    expect(warningsWith("missing-definition")).toEqual([
      expect.objectContaining({ location: "riga 302", itemId: entities.id }),
    ]);
  });

  it("Percorsi di politica attiva (line 303, shifted two columns left): target 7.000, Realizzato 17.975 = 256,79%", () => {
    const paths = indicatorByMethod("Σ percorsi di politica attiva");
    expect(paths.definition).toBe("Gestione territoriale degli operatori della transizione");
    expect(paths.objectiveId).toBe("anpal-servizi-2019:objective:026.010.3");
    expect(targetsOf(paths.id).map((t) => [t.label, t.text])).toEqual([
      ["Valore dell'obiettivo", "7.000"],
      ["Pianificazione 2019 2021", "7.000"],
    ]);
    expect(measurementOf(paths.id).value).toBe(17975);
    expect(((17975 / 7000) * 100).toFixed(2)).toBe("256.79");
    expect(warningsWith("shifted-row").map((w) => w.location)).toContain("riga 303");
  });

  it("Missione 027: tirocini 4.500, realised 834; minori 2.048 (plan written «2048»), realised 162; plans are cumulative", () => {
    const internships = indicatorByMethod("∑ Percorsi di tirocinio");
    const minors = indicatorByMethod("∑ Percorsi integrati realizzati");
    expect(internships.objectiveId).toBe("anpal-servizi-2019:objective:027.006.1");
    expect(measurementOf(internships.id).value).toBe(834);
    expect(measurementOf(minors.id).value).toBe(162);
    const [internshipTarget, internshipPlan] = targetsOf(internships.id);
    expect(internshipTarget).toMatchObject({ text: "4.500", cumulative: false, yearFrom: 2019, yearTo: 2019 });
    expect(internshipPlan).toMatchObject({
      label: "Pianificazione 2019 2021 (valori cumulati)",
      text: "4.500",
      cumulative: true,
      yearFrom: 2019,
      yearTo: 2021,
    });
    expect(targetsOf(minors.id).map((t) => [t.text, (t.parsed as { value: number }).value, t.cumulative])).toEqual([
      ["2.048", 2048, false],
      ["2048", 2048, true],
    ]);
    // Only Missione 027's table says "(valori cumulati)".
    expect(bundle.targets.filter((t) => t.cumulative)).toHaveLength(2);
  });

  it("warns that the table (line 309) and the headings (line 334) name Programma 006 differently", () => {
    expect(warningsWith("name-mismatch")).toContainEqual(
      expect.objectContaining({ location: "riga 309", itemId: "anpal-servizi-2019:node:programma-027-006" }),
    );
  });
});

describe("ANPAL Rapporto 2019: budget tables", () => {
  it("reads three budget tables", () => {
    expect(bundle.budgetTables.map((t) => [t.code, t.act])).toEqual([
      ["po-2017-2020-risorse", null],
      ["dd-549-2019", "DD n. 549 del 20.12.2019"],
      ["dd-570-2019", "DD n. 570 del 23/12/2019"],
    ]);
  });

  it("(a) Piano integrato 2017-2020: 19 lines + COORDINAMENTO + TOTALE € 25.722.311,28 / € 173.783.740,34", () => {
    const rows = linesOf("po-2017-2020-risorse");
    expect(rows).toHaveLength(21);
    expect(bundle.budgetTables[0]!.columns).toEqual(["Risorse ANPAL 2017-2020", "Risorse ANPAL Servizi 2017-2020"]);
    expect(rows.filter((r) => r.rowKind === "line" && r.lineCode !== null)).toHaveLength(19);
    expect(rows[0]).toMatchObject({ section: "SEZIONE 1 SERVIZI PER IL LAVORO", investmentPriority: "8 vii", lineCode: "1", amounts: [null, 3892962.46] });
    expect(rows.at(-2)).toMatchObject({ rowKind: "line", description: "COORDINAMENTO", amounts: [null, 24909739.74] });
    expect(rows.at(-1)).toMatchObject({ rowKind: "total", description: "TOTALE", amounts: [25722311.28, 173783740.34] });
  });

  it("(a) joins «SEZIONE 2 TRANSIZIO» (line 106) with «NI tra sistema…» after the repeated header (line 109)", () => {
    const rows = linesOf("po-2017-2020-risorse");
    const section2 = rows.filter((r) => r.section === "SEZIONE 2 TRANSIZIONI tra sistema di istruzione e formazione e lavoro");
    expect(section2.map((r) => r.lineCode)).toEqual(["6", "7", "8"]);
    expect(warningsWith("page-break-continuation").map((w) => w.location)).toContain("riga 109");
  });

  it("(a) ANPAL Servizi: 148.874.000,60 + 24.909.739,74 = 173.783.740,34; ANPAL lines sum to 25.356.152,38, 366.158,90 short of the stated total", () => {
    const mismatches = warningsWith("total-mismatch").filter((w) => w.location === "riga 123");
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]!.message).toContain("Risorse ANPAL 2017-2020");
    expect(mismatches[0]!.message).toContain("25.356.152,38");
    expect(mismatches[0]!.message).toContain("366.158,90");
  });

  it("(b) DD 549: 18 lines, PON/POC subtotals and total 173.783.740,34 / 88.863.414,66 / 84.920.325,67", () => {
    const rows = linesOf("dd-549-2019");
    expect(rows).toHaveLength(21);
    expect(rows.filter((r) => r.rowKind === "line")).toHaveLength(18);
    expect(bundle.budgetTables[1]!.title).toBe(
      "Tabella di rideterminazione del Budget del Piano Operativo Triennale 2017-2020 di ANPAL Servizi come da DD n. 549 del 20.12.2019",
    );
    expect(bundle.budgetTables[1]!.columns).toHaveLength(3);
    const poc = rows.filter((r) => r.rowKind === "line" && r.fundingSource === "POC SPAO");
    expect(poc.map((r) => r.lineCode)).toEqual(["5 - POC-", "7 - POC-"]);
    expect(poc[0]!.description).toBe("Erogazione dei servizi per l'inserimento e reinserimento nel mercato del lavoro");
    const subtotals = rows.filter((r) => r.rowKind === "subtotal");
    expect(subtotals.map((r) => [r.fundingSource, r.amounts])).toEqual([
      ["PON SPAO", [75387273.39, 36031506.64, 39355766.74]],
      ["POC SPAO", [98396466.95, 52831908.02, 45564558.93]],
    ]);
    expect(rows.at(-1)).toMatchObject({ rowKind: "total", amounts: [173783740.34, 88863414.66, 84920325.67] });
  });

  it("(b) the subtotals and total add up (no total-mismatch nor amounts-mismatch beyond 1 cent for DD 549)", () => {
    const ids = new Set(linesOf("dd-549-2019").map((r) => r.id));
    expect(bundle.warnings.filter((w) => w.itemId && ids.has(w.itemId))).toEqual([]);
  });

  it("(c) DD 570: 27 lines, 9 section subtotals, Totale complessivo 164.313.744", () => {
    const rows = linesOf("dd-570-2019");
    expect(rows.filter((r) => r.rowKind === "line")).toHaveLength(27);
    expect(rows.filter((r) => r.rowKind === "subtotal")).toHaveLength(9);
    expect(rows).toHaveLength(37);
    expect(rows.at(-1)).toMatchObject({ rowKind: "total", amounts: [164313744] });
    const section7 = rows.find((r) => r.description === "SEZIONE 7- Totale")!;
    expect(section7).toMatchObject({ rowKind: "subtotal", section: "SEZIONE 7 - SERVIZI DI SUPPORTO TRASVERSALE", amounts: [10788360] });
    const line4 = rows.find((r) => r.lineCode === "Linea 4")!;
    expect(line4).toMatchObject({ axis: "1- POC", investmentPriority: "8.vii (POC)", fundingSource: "POC SPAO", amounts: [44960569] });
  });

  it("(c) warns that the text (line 187) states 164.316.744,00 € while the table totals 164.313.744 €", () => {
    const warning = warningsWith("total-mismatch").find((w) => w.location === "riga 187")!;
    expect(warning.message).toContain("164.316.744,00");
    expect(warning.message).toContain("164.313.744,00");
  });
});

describe("ANPAL Rapporto 2019: spending programmes", () => {
  it("reads 19 sheets: 14 under Missione 026 / Programma 010, 5 under Missione 027 / Programma 006", () => {
    expect(bundle.spendingProgrammes).toHaveLength(19);
    const byMission = (code: string) => bundle.spendingProgrammes.filter((s) => s.mission?.startsWith(`Missione ${code}`));
    expect(byMission("026")).toHaveLength(14);
    expect(byMission("027")).toHaveLength(5);
    expect(byMission("027").every((s) => s.programme?.startsWith("Programma 006 –"))).toBe(true);
  });

  it("names the Piano Operativo sections as the lists do and takes their group", () => {
    const first = bundle.spendingProgrammes[0]!;
    expect(first).toMatchObject({
      title: "PIANO OPERATIVO ANPAL SERVIZI 2017-2020 - SEZIONE 1 SERVIZI PER IL LAVORO",
      group: "Piano operativo ANPAL Servizi 2017-2020 (dal 1° al 31 luglio 2019)",
      startDate: "2017-08-01",
      endDate: "2019-07-31",
    });
    const straordinario = bundle.spendingProgrammes.find((s) => s.title === "PIANO STRAORDINARIO DI POTENZIAMENTO CPI E RDC")!;
    expect(straordinario).toMatchObject({ group: "Altre attività di ANPAL Servizi", startDate: "2019-01-28", endDate: "2021-12-31" });
  });

  it("reads FIXO's sheet without tabs (lines 618–674): 01/09/2011 – 30/03/2020", () => {
    const fixo = bundle.spendingProgrammes.find((s) => s.title === "FIXO - FORMAZIONE INNOVAZIONE X OCCUPAZIONE")!;
    expect(fixo).toMatchObject({ startDate: "2011-09-01", endDate: "2020-03-30", group: "Altre attività di ANPAL Servizi" });
    expect(fixo.purpose).toMatch(/^Obiettivo strategico del Programma FlixO/);
    expect(fixo.activities).toContain("LINEA 7T - Erogazione di contributi");
    // The tables are reported apart, not flattened into the text.
    expect(fixo.activities).not.toContain("Orientamento I livello");
  });

  it("PUOI ends «30/06/2021³»: end date 2021-06-30 with footnote ³ as endDateNote", () => {
    const puoi = bundle.spendingProgrammes.find((s) => s.title.startsWith("PUOI"))!;
    expect(puoi.endDate).toBe("2021-06-30");
    expect(puoi.endDateNote).toBe("Proroga non onerosa al 30/06/2021 - prot. m_lps.35.REGISTRO UFFICIALE.U.0001551.31-03-2020");
  });

  it("keeps purpose and activities as plain text, joining sentences cut by page breaks", () => {
    for (const sheet of bundle.spendingProgrammes) {
      expect(sheet.purpose, sheet.title).toBeTruthy();
      expect(sheet.activities, sheet.title).toBeTruthy();
      expect(`${sheet.purpose}${sheet.activities}`, sheet.title).not.toMatch(/<\/?(p|ul|li|i|b)\b|○|\|--/);
    }
    const section1 = bundle.spendingProgrammes[0]!.activities!;
    // Lines 385/388 and 388/391 cut a sentence between two "\t<p>" rows.
    expect(section1).toContain("(Agile-Ex Eutelia, Ericsson, Mercatone uno in A.S.");
    expect(section1).toContain("2.762 lavoratori in sessioni informative di gruppo");
    expect(section1).toContain("\n- Sviluppare/aggiornare metodologie e strumenti");
  });

  it("warns about the list rows shifted left (lines 328–330) and «COMPACT» listed for the «COMPA» sheet", () => {
    expect(warningsWith("shifted-row").map((w) => w.location)).toEqual(
      expect.arrayContaining(["riga 328", "riga 329", "riga 330"]),
    );
    const compa = warningsWith("name-mismatch").find((w) => w.location === "riga 330")!;
    expect(compa.message).toContain("COMPACT");
    expect(compa.message).toContain("riga 676");
    expect(warningsWith("missing-sheet")).toEqual([]);
    expect(warningsWith("dates-mismatch")).toEqual([]);
  });
});

describe("ANPAL Rapporto 2019: reported tables", () => {
  it("FIXO LINEA 7: 3 measures and «Totali» 3.949 / 744.284,00 / 17.515 / 3.152.835,50 / 42.688 / 5.683.470,00", () => {
    const table = bundle.reportedTables.find((t) => t.code === "fixo-linea-7")!;
    expect(table.title).toBe("LINEA 7 - Contributi ai Centri di Formazione Professionale");
    expect(table.columns).toEqual([
      "Misura",
      "Inserite in PLUS Nr.",
      "Inserite in PLUS Importo",
      "Verificate e validate Nr.",
      "Verificate e validate Importo",
      "Rendicontate ad ANPAL Nr.",
      "Rendicontate ad ANPAL Importo",
    ]);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[0]).toEqual({ kind: "row", cells: ["Orientamento I livello", 2589, 152082, 11299, 667726, 28532, 1678104] });
    expect(table.rows[3]).toEqual({ kind: "total", cells: ["Totali", 3949, 744284, 17515, 3152835.5, 42688, 5683470] });
  });

  it("FIXO LINEA 7T: apprendistato 1.070 + 52 + 273 + 280 = 1.675; alternanza 1.052 + 99 = 1.151", () => {
    const table = bundle.reportedTables.find((t) => t.code === "fixo-linea-7t")!;
    expect(table.rows.map((r) => [r.kind, ...r.cells])).toEqual([
      ["row", "Apprendistato di primo livello", "Analisi preliminare", 1070],
      ["row", "Apprendistato di primo livello", "In attesa integrazione", 52],
      ["row", "Apprendistato di primo livello", "Prima valutazione", 273],
      ["row", "Apprendistato di primo livello", "Respinta", 280],
      ["subtotal", "Apprendistato di primo livello", "Totale Apprendistato", 1675],
      ["row", "Alternanza formazione-lavoro", "Analisi preliminare", 1052],
      ["row", "Alternanza formazione-lavoro", "Respinta", 99],
      ["subtotal", "Alternanza formazione-lavoro", "Totale Alternanza", 1151],
    ]);
    expect(table.notes).toContain("2.826 richieste di contributo");
  });

  it("the FIXO totals add up: no warning on the reported tables", () => {
    expect(bundle.warnings.filter((w) => w.itemType === "reportedTable")).toEqual([]);
  });
});

describe("ANPAL Rapporto 2019: broken copies", () => {
  it("reads the same plan from a copy with BOM and Windows line ends", () => {
    const copy = parseBundle(`\uFEFF${seed.replace(/\n/g, "\r\n")}`);
    expect(copy).toEqual(bundle);
  });

  it("stops on an amount «12.34.5» in the DD 549 table, naming line 130 and its column", () => {
    const broken = withLine(130, (line) => line.replace("3.892.962,46", "12.34.5"));
    const result = parse(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        location: "riga 130, colonna 5",
        message: "Importo non valido «12.34.5» nella colonna «Totale budget 2017-2020 di cui al DD 440/2019».",
      },
    ]);
  });

  it("stops on a budget row with an extra filled column", () => {
    const result = parse(withLine(197, (line) => `${line}\t999`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.location).toBe("riga 197, colonna 6");
  });

  it("stops on an impossible date in a sheet", () => {
    const result = parse(withLine(702, (line) => line.replace("31/10/2020", "31/13/2020")));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ location: "riga 702" });
    expect(result.errors[0]!.message).toContain("31/13/2020");
  });

  it("warns when a target cell is empty and keeps the indicator", () => {
    const copy = parseBundle(withLine(289, (line) => line.replace("Numero intero\t2.980\t", "Numero intero\t\t")));
    const navigator = copy.indicators.find((i) => i.method?.startsWith("Σ operatori (Navigator)"))!;
    expect(copy.targets.filter((t) => t.indicatorId === navigator.id).map((t) => t.label)).toEqual(["Pianificazione 2019 2021"]);
    expect(copy.warnings).toContainEqual(expect.objectContaining({ code: "missing-target", location: "riga 289" }));
  });

  it("keeps a target that is not a figure as qualitative, with a warning naming the line", () => {
    const copy = parseBundle(withLine(290, (line) => line.replace("Numero intero\t552\t", "Numero intero\tda definire\t")));
    const cpi = copy.indicators.find((i) => i.method === "Σ CPI coinvolti e assistiti")!;
    const target = copy.targets.find((t) => t.indicatorId === cpi.id && t.label === "Valore dell'obiettivo")!;
    expect(target).toMatchObject({ text: "da definire", parsed: { kind: "qualitative" } });
    expect(copy.warnings).toContainEqual(expect.objectContaining({ code: "qualitative-target", location: "riga 290" }));
  });

  it("a copy cut after the first indicator table keeps its 7 indicators and the budgets, and warns about missing sheets", () => {
    const copy = parseBundle(firstLines(296));
    expect(copy.indicators).toHaveLength(7);
    expect(copy.budgetTables).toHaveLength(3);
    expect(copy.spendingProgrammes).toEqual([]);
    expect(copy.warnings).toContainEqual(expect.objectContaining({ code: "missing-table", itemType: "spendingProgramme" }));
  });

  it("stops on a copy cut before the indicator tables", () => {
    const result = parse(firstLines(250));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.message).toContain("Nessuna tabella degli indicatori di risultato");
  });

  it("stops on a text without the title «RAPPORTO SUI RISULTATI AAAA»", () => {
    const result = parse(seed.replace("RAPPORTO SUI RISULTATI 2019", "RAPPORTO"));
    expect(result.ok).toBe(false);
  });
});
