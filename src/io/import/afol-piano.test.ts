import { describe, expect, it } from "vitest";
import { PlanBundle, type PlanBundleInput } from "../../domain/model";
import { resolveTargets } from "../../domain/resolve-targets";
import { readSeed } from "../seeds";
import { afolPianoImporter } from "./afol-piano";
import type { ImportResult } from "./types";

const SEED = readSeed("afol");
const FILE = "000_bf779390cccf24cc.txt";

function importText(text: string): PlanBundle {
  const result = afolPianoImporter.parse(text, FILE);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return PlanBundle.parse(result.bundle);
}

function errorsOf(result: ImportResult) {
  if (result.ok) throw new Error("expected the import to fail");
  return result.errors;
}

/** The seed's lines (1-based like the messages: lines[0] is "riga 1"). */
const lines = SEED.split("\n");
const withLines = (edit: (ls: string[]) => string[]) => edit([...lines]).join("\n");

const bundle = importText(SEED);
const objective = (code: string) => bundle.objectives.find((o) => o.code === code)!;
const indicatorsOf = (code: string) => bundle.indicators.filter((i) => i.objectiveId === `afol-2022:obj-${code}`);
const indicator = (code: string) => bundle.indicators.find((i) => i.code === code)!;
const targetOf = (indicatorCode: string) => bundle.targets.find((t) => t.indicatorId === indicator(indicatorCode).id)!;

describe("afolPianoImporter.detect", () => {
  it("recognises the AFOL Piano Performance 2022 (seed 000)", () => {
    expect(afolPianoImporter.detect(SEED)).toBe(true);
  });

  it.each(["anpal", "lombardia", "arti"] as const)("does not claim seed %s", (name) => {
    expect(afolPianoImporter.detect(readSeed(name))).toBe(false);
  });
});

describe("AFOL Piano Performance 2022 (seed 000)", () => {
  it("passes PlanBundle.parse and names the layout and the file", () => {
    const result = afolPianoImporter.parse(SEED, FILE);
    expect(result.ok).toBe(true);
    expect(() => PlanBundle.parse((result as { bundle: PlanBundleInput }).bundle)).not.toThrow();
    expect(bundle.plan.sourceLayout).toBe("afol-piano");
    expect(bundle.plan.sourceFile).toBe(FILE);
  });

  it("reads the organisation from the front matter: Via Soderini 24, P.IVA 08928300964, protocollo@afolmet.it", () => {
    expect(bundle.organisation).toMatchObject({
      id: "afol-metropolitana",
      name: "AFOL Metropolitana",
      kind: "agency",
      address: "Via Soderini 24 - 20146 Milano",
      taxCode: "08928300964",
      email: "protocollo@afolmet.it",
    });
  });

  it("reads the plan: Piano Performance 2022, approved by the CdA on 10 June 2022", () => {
    expect(bundle.plan).toMatchObject({
      id: "afol-2022",
      organisationId: "afol-metropolitana",
      kind: "performance_plan",
      title: "Piano Performance 2022",
      yearFrom: 2022,
      yearTo: 2022,
      approvalAct: "Approvato nel Cda del 10 giugno 2022",
      approvalDate: "2022-06-10",
      state: "approved",
    });
  });

  it("keeps the Premessa as plain text: two macro-objectives as list items, no markup", () => {
    const description = bundle.plan.description!;
    expect(description.startsWith("Nel Piano delle performance per il 2022, in coerenza con il bilancio di previsione")).toBe(true);
    expect(description).toContain("\n- prendere in carico un numero maggiore di cittadini");
    expect(description).toContain("\n- implementare nuovi servizi, anche digitali");
    expect(description).toContain("\n\nUn'azienda che innova consolidandosi.\n\n");
    expect(description.endsWith("incrementali rispetto all'anno precedente o pienamente innovativi.")).toBe(true);
    expect(description).not.toMatch(/[<>*#➔]/u);
  });

  it("makes the four structures and the five blocks, in document order", () => {
    expect(bundle.structures.map((s) => [s.id, s.name, s.kind])).toEqual([
      ["afol-metropolitana:direzione-generale", "Direzione Generale", "direzione"],
      ["afol-metropolitana:area-amministrazione", "Area Amministrazione", "area"],
      ["afol-metropolitana:divisione-lavoro", "Divisione Lavoro", "divisione"],
      ["afol-metropolitana:divisione-formazione", "Divisione Formazione", "divisione"],
    ]);
    expect(bundle.nodes.map((n) => [n.title, n.kind, n.structureId, n.position])).toEqual([
      ["Performance aziendale", "structure_block", null, 0],
      ["Direzione Generale", "structure_block", "afol-metropolitana:direzione-generale", 1],
      ["Area Amministrazione", "structure_block", "afol-metropolitana:area-amministrazione", 2],
      ["Divisione Lavoro", "structure_block", "afol-metropolitana:divisione-lavoro", 3],
      ["Divisione Formazione", "structure_block", "afol-metropolitana:divisione-formazione", 4],
    ]);
  });

  it("puts 23 objectives under their blocks: 4 aziendali (1–4), 5 DG (5–9), 2 Amministrazione (10–11), 7 Lavoro (12–18), 5 Formazione (19–23)", () => {
    expect(bundle.objectives.map((o) => o.code)).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)));
    const codesIn = (title: string) => {
      const node = bundle.nodes.find((n) => n.title === title)!;
      return bundle.objectives.filter((o) => o.nodeId === node.id).map((o) => Number(o.code));
    };
    expect(codesIn("Performance aziendale")).toEqual([1, 2, 3, 4]);
    expect(codesIn("Direzione Generale")).toEqual([5, 6, 7, 8, 9]);
    expect(codesIn("Area Amministrazione")).toEqual([10, 11]);
    expect(codesIn("Divisione Lavoro")).toEqual([12, 13, 14, 15, 16, 17, 18]);
    expect(codesIn("Divisione Formazione")).toEqual([19, 20, 21, 22, 23]);
    expect(objective("1").structureId).toBeNull();
    expect(objective("12").structureId).toBe("afol-metropolitana:divisione-lavoro");
    expect(bundle.objectives.every((o) => o.weight === null)).toBe(true);
  });

  it("reads objective fields without markup: obj. 1 «Incremento della produttività», obj. 6 title in the shifted cell", () => {
    expect(objective("1")).toMatchObject({
      id: "afol-2022:obj-1",
      title: "Incremento della produttività",
      stakeholders: "Comuni consorziati",
      expectedResult: "Afolmet ha raggiunto il risultato economico previsto per il 2022",
    });
    expect(objective("6").title).toBe("Maggiore attenzione alle esigenze dei Consorziati");
    expect(objective("3").expectedResult).toBe(
      "Sviluppare la cultura della legalità all'interno dell'azienda e introdurre modalità organizzative idonee alla limitazione del rischio corruttivo",
    );
    expect(objective("4").stakeholders).toBeNull();
    expect(objective("9").stakeholders).toBeNull();
  });

  it("moves shared ownership to coOwners (obj. 12) and collaboration to notes (obj. 20, 21; not obj. 19's inline phrase)", () => {
    expect(objective("12").coOwners).toBe("In corresponsabilità con la Divisione Formazione");
    expect(objective("12").expectedResult).toBe(
      "Afolmet contribuisce a raggiungere gli obiettivi di attuazione del Programma per la Regione Lombardia",
    );
    expect(objective("20").notes).toBe("Obiettivo in collaborazione con DDIF, Faculty e Tirocini");
    expect(objective("20").expectedResult!.endsWith("nei servizi di Afol Metropolitana.")).toBe(true);
    expect(objective("21").notes).toBe("In collaborazione con i Servizi Orientamento e Faculty");
    expect(objective("19").notes).toBeNull();
    expect(objective("19").expectedResult).toContain("in collaborazione con servizio orientamento, faculty e servizi al lavoro.");
  });

  it("reads 64 steps; obj. 13 has 5 dated 15/09/2022, 31/10/2022, 31/12/2022, 31/12/2022, 30/09/2022", () => {
    expect(bundle.steps).toHaveLength(64);
    const steps = bundle.steps.filter((s) => s.objectiveId === "afol-2022:obj-13");
    expect(steps.map((s) => [s.plannedTiming, s.plannedDate])).toEqual([
      ["15 settembre 2022", "2022-09-15"],
      ["31 ottobre 2022", "2022-10-31"],
      ["31 dicembre 2022", "2022-12-31"],
      ["31 dicembre 2022", "2022-12-31"],
      ["30 settembre 2022", "2022-09-30"],
    ]);
    expect(steps[0]).toMatchObject({
      id: "afol-2022:obj-13:step-1",
      description: "Revisione dei processi di funzionamento dei CPI",
      actualTiming: null,
      actualDate: null,
    });
  });

  it("keeps timing verbatim: «luglio/agosto; ottobre 2022» → 31/10/2022, «bimestrale» → no date, «luglio-settembre-novembre» → 30/11/2022 (year assumed)", () => {
    const step = (objectiveCode: string, n: number) => bundle.steps.find((s) => s.id === `afol-2022:obj-${objectiveCode}:step-${n}`)!;
    expect([step("1", 2).plannedTiming, step("1", 2).plannedDate]).toEqual(["luglio/agosto; ottobre 2022", "2022-10-31"]);
    expect([step("4", 1).plannedTiming, step("4", 1).plannedDate]).toEqual(["bimestrale", null]);
    expect([step("3", 2).plannedTiming, step("3", 2).plannedDate]).toEqual(["come da pianificazione All.1 al PTCP", null]);
    expect([step("12", 2).plannedTiming, step("12", 2).plannedDate]).toEqual(["luglio-settembre-novembre", "2022-11-30"]);
    expect(step("21", 2).plannedDate).toBe("2022-12-31");
  });

  it("reads obj. 5's stray «Manutenzione evolutiva della App myAfolmet» (riga 75) as a third step without timing, with a warning", () => {
    const steps = bundle.steps.filter((s) => s.objectiveId === "afol-2022:obj-5");
    expect(steps.map((s) => s.description)).toEqual([
      "Acquisizione e personalizzazione di un sistema basato sul web che consenta una migliore profilazione dell'utente, l'utilizzo di una chatbot per aiutare i cittadini meno digitali, la consultazione facilitata delle vacancies.",
      "Miglioramento grafico e introduzione di nuove funzionalità.",
      "Manutenzione evolutiva della App myAfolmet",
    ]);
    expect(steps[2]).toMatchObject({ plannedTiming: null, plannedDate: null });
    expect(objective("5").expectedResult).not.toContain("Manutenzione");
    expect(bundle.warnings).toContainEqual(
      expect.objectContaining({ code: "step-in-result-column", itemId: "afol-2022:obj-5:step-3", location: "riga 75" }),
    );
  });

  it("reads 80 indicators with one 2022 target each, parsed left for the grammar step", () => {
    expect(bundle.indicators).toHaveLength(80);
    expect(bundle.targets).toHaveLength(80);
    expect(bundle.targets.every((t) => t.label === "Target" && t.yearFrom === 2022 && t.yearTo === 2022 && t.parsed === null)).toBe(true);
    const counts = bundle.objectives.map((o) => indicatorsOf(o.code).length);
    expect(counts).toEqual([1, 1, 2, 1, 4, 4, 6, 2, 2, 3, 3, 4, 3, 4, 3, 5, 2, 3, 6, 8, 4, 7, 2]);
  });

  it("obj. 12 (GOL): 4 indicators with targets >7.920, >5.940, >410, >158", () => {
    const indicators = indicatorsOf("12");
    expect(indicators.map((i) => i.id)).toEqual([1, 2, 3, 4].map((n) => `afol-2022:obj-12:ind-${n}`));
    expect(indicators.map((i) => bundle.targets.find((t) => t.indicatorId === i.id)!.text)).toEqual([">7.920", ">5.940", ">410", ">158"]);
    expect(targetOf("12.1").id).toBe("afol-2022:obj-12:ind-1:t-2022");
    expect(indicator("12.1").definition.startsWith("persone trattate da Afolmet sul Programma GOL")).toBe(true);
    expect(indicator("12.1").direction).toBe("increase");
  });

  it("obj. 20: 8 indicators, «> 250 studenti > 100 genitori» kept verbatim", () => {
    expect(indicatorsOf("20")).toHaveLength(8);
    expect(targetOf("20.2").text).toBe("> 250 studenti > 100 genitori");
    expect(targetOf("20.5").text).toBe(">50 webinar >1.000 utenti");
  });

  it("reads targets across shifted header rows: obj. 6 «>1 workshop per area», obj. 13 «>20.000», obj. 22 «>7»", () => {
    expect(targetOf("6.1").text).toBe(">1 workshop per area");
    expect(targetOf("13.1").text).toBe(">20.000");
    expect(targetOf("22.4").text).toBe(">7");
    expect(targetOf("16.3").text).toBe("<valore 2021");
  });

  it("obj. 14 ind. 2: baseline «Dato 2021 3.769» → 3.769 (2021) with target +20%", () => {
    expect(indicator("14.2")).toMatchObject({ baselineText: "Dato 2021 3.769", baselineValue: 3769, baselineYear: 2021 });
    expect(targetOf("14.2").text).toBe("+20%");
  });

  it("obj. 15 «accessi fisici e digitali ai CPI»: baseline «Nel 2021: 124.075» → 124.075", () => {
    const accessi = indicatorsOf("15").find((i) => i.definition === "accessi fisici e digitali ai CPI")!;
    expect(accessi).toMatchObject({ baselineText: "Nel 2021: 124.075", baselineValue: 124075, baselineYear: 2021 });
  });

  it("obj. 19: baselines one cell right of «Risultato» (2021: 1.073, 88, 97) are still baselines", () => {
    expect([19.2, 19.3, 19.4].map((c) => [indicator(String(c)).baselineValue, indicator(String(c)).baselineYear])).toEqual([
      [1073, 2021],
      [88, 2021],
      [97, 2021],
    ]);
    expect(targetOf("19.2").text).toBe(">1.500");
  });

  it("baselines with two figures keep the text and the year only: «2021: 12 webinar 178 utenti»; «2021: 435 utenti» → 435", () => {
    expect(indicator("20.5")).toMatchObject({ baselineText: "2021: 12 webinar 178 utenti", baselineValue: null, baselineYear: 2021 });
    expect(indicator("20.8")).toMatchObject({ baselineText: "2021: 435 utenti", baselineValue: 435, baselineYear: 2021 });
    expect(indicator("18.2")).toMatchObject({ baselineValue: 270, baselineYear: 2021 });
  });

  it("obj. 6 ind. 3 carries its baseline in the target: «+20% rispetto al 2021 (29)» → 29 (2021)", () => {
    expect(indicator("6.3")).toMatchObject({ baselineText: "rispetto al 2021 (29)", baselineValue: 29, baselineYear: 2021 });
    expect(targetOf("6.3").text).toBe("+20% rispetto al 2021 (29)");
  });

  it("feeds the target grammar: +20% of 29 = 34,8; +20% of 3.769 = 4.522,8; +5% of 124.075 = 130.278,75; no qualitative target", () => {
    const resolved = PlanBundle.parse(resolveTargets(bundle));
    const resolvedValue = (code: string) => {
      const parsed = resolved.targets.find((t) => t.id === `${indicator(code).id}:t-2022`)!.parsed;
      return parsed?.kind === "relative" ? parsed.resolvedValue : null;
    };
    expect(resolvedValue("6.3")).toBeCloseTo(34.8, 9);
    expect(resolvedValue("14.2")).toBeCloseTo(4522.8, 9);
    expect(resolvedValue("15.1")).toBeCloseTo(130278.75, 9);
    expect(resolved.targets.filter((t) => t.parsed?.kind === "qualitative")).toEqual([]);
  });

  it("sets directions: 24 date targets → deadline, 2 «riduzione…» → decrease, 54 increase", () => {
    expect(indicator("5.1").direction).toBe("deadline"); // entro luglio 2022
    expect(indicator("15.3").direction).toBe("deadline"); // 15 dicembre 2022
    expect(indicator("20.1").direction).toBe("deadline"); // settembre 2022
    expect(indicator("6.2").direction).toBe("deadline"); // invio entro luglio 2022
    expect(indicator("16.3").direction).toBe("decrease");
    expect(indicator("16.5").direction).toBe("decrease");
    expect(indicator("14.3").direction).toBe("increase");
    const counts = bundle.indicators.reduce<Record<string, number>>((acc, i) => ({ ...acc, [i.direction]: (acc[i.direction] ?? 0) + 1 }), {});
    expect(counts).toEqual({ increase: 54, deadline: 24, decrease: 2 });
  });

  it("keeps «in corresponsabilità con …» of indicators 6.2 and 7.4 in notes", () => {
    expect(indicator("6.2").notes).toBe("In corresponsabilità con l'Ufficio Comunicazione");
    expect(indicator("7.4").notes).toBe("In corresponsabilità con gli Area Managers");
    expect(bundle.indicators.filter((i) => i.notes !== null)).toHaveLength(2);
  });

  it("makes the final period «Rendicontazione 2022» at 31/12/2022 and no measurements (the Risultato column is empty)", () => {
    expect(bundle.periods).toEqual([
      { id: "afol-2022:rendicontazione", planId: "afol-2022", label: "Rendicontazione 2022", cutoffDate: "2022-12-31", kind: "final" },
    ]);
    expect(bundle.measurements).toEqual([]);
  });

  it("reads the Pesature: dg 35/50/15, dirigenti 35/50/15, PO 30/45/25 (×2), personale 15/45/40, each summing to 100", () => {
    expect(bundle.roleWeightings.map((w) => [w.role, w.organisational, w.individual, w.behaviour, w.statedTotal])).toEqual([
      ["dg", 35, 50, 15, 100],
      ["dirigenti", 35, 50, 15, 100],
      ["PO divisioni", 30, 45, 25, 100],
      ["PO amministrazione", 30, 45, 25, 100],
      ["personale", 15, 45, 40, 100],
    ]);
    for (const w of bundle.roleWeightings) expect(w.organisational + w.individual + w.behaviour).toBe(100);
    expect(bundle.roleWeightings[2]!.id).toBe("afol-2022:pesatura-po-divisioni");
  });

  it("warns only for real gaps: no stakeholder (obj. 4 riga 62, obj. 9 riga 123), the stray step, a year assumed, «<valore 2021» without the 2021 value", () => {
    expect(bundle.warnings.map((w) => [w.code, w.itemId, w.location])).toEqual([
      ["missing-stakeholder", "afol-2022:obj-4", "riga 62"],
      ["step-in-result-column", "afol-2022:obj-5:step-3", "riga 75"],
      ["missing-stakeholder", "afol-2022:obj-9", "riga 123"],
      ["timing-year-assumed", "afol-2022:obj-12:step-2", "riga 164"],
      ["missing-baseline", "afol-2022:obj-16:ind-3", "riga 224"],
    ]);
    expect(bundle.warnings[0]!.message).toBe("Obiettivo 4: manca lo «Stakeholder finale».");
  });

  it("is idempotent: the same file gives the same bundle, with unique ids", () => {
    expect(importText(SEED)).toEqual(bundle);
    for (const collection of [bundle.objectives, bundle.steps, bundle.indicators, bundle.targets, bundle.nodes, bundle.roleWeightings]) {
      const ids = collection.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe("AFOL importer on altered copies of seed 000", () => {
  it("reads the same plan from Windows line endings with a UTF-8 BOM", () => {
    expect(importText("\uFEFF" + SEED.replace(/\n/g, "\r\n"))).toEqual(bundle);
  });

  it("finds a target moved one cell left of its header (obj. 12 riga 167)", () => {
    const text = withLines((ls) => {
      ls[166] = ls[166]!.replace("\t\t>7.920\t", "\t>7.920\t\t");
      return ls;
    });
    const moved = importText(text);
    expect(moved.targets.find((t) => t.indicatorId === "afol-2022:obj-12:ind-1")!.text).toBe(">7.920");
  });

  it("turns a filled «Risultato» cell into a measurement of Rendicontazione 2022: obj. 12 ind. 1 «8.104» → 8104", () => {
    const text = withLines((ls) => {
      ls[166] = ls[166]!.replace(/\t$/, "\t8.104");
      return ls;
    });
    const reported = importText(text);
    expect(reported.measurements).toEqual([
      expect.objectContaining({
        id: "afol-2022:obj-12:ind-1:rendicontazione",
        indicatorId: "afol-2022:obj-12:ind-1",
        periodId: "afol-2022:rendicontazione",
        value: 8104,
        valueText: "8.104",
      }),
    ]);
  });

  it("warns when a Pesature row does not add up: dg 35 + 50 + 20 ≠ 100", () => {
    const text = withLines((ls) => {
      ls[330] = "dg\t35\t50\t20\t100";
      return ls;
    });
    expect(importText(text).warnings.at(-1)).toMatchObject({ code: "weights-sum", location: "riga 331" });
  });

  it("warns when the Pesature section is missing, and still imports the objectives", () => {
    const withoutPesature = importText(lines.slice(0, 327).join("\n"));
    expect(withoutPesature.roleWeightings).toEqual([]);
    expect(withoutPesature.objectives).toHaveLength(23);
    expect(withoutPesature.warnings.at(-1)!.code).toBe("missing-role-weightings");
  });

  it("fails on a file truncated inside obj. 12's indicators (after riga 168): the table is not closed", () => {
    const errors = errorsOf(afolPianoImporter.parse(lines.slice(0, 168).join("\n"), FILE));
    expect(errors).toEqual([
      {
        location: "riga 168",
        message: "Obiettivo 12: la tabella non termina con la riga «Relazione sulla performance»: il file sembra troncato.",
      },
    ]);
  });

  it("fails on a file truncated before obj. 12's indicator table (after riga 165), naming riga 160", () => {
    const errors = errorsOf(afolPianoImporter.parse(lines.slice(0, 165).join("\n"), FILE));
    expect(errors).toContainEqual({
      location: "riga 160",
      message: "Obiettivo 12: manca la tabella «Indicatore di risultato» (riga di intestazione assente o file troncato).",
    });
  });

  it("fails when the «Indicatore di risultato» header of obj. 13 (riga 181) is removed", () => {
    const text = withLines((ls) => ls.filter((_, i) => i !== 180));
    const errors = errorsOf(afolPianoImporter.parse(text, FILE));
    expect(errors.map((e) => e.location)).toEqual(["riga 173"]);
    expect(errors[0]!.message).toContain("Obiettivo 13: manca la tabella «Indicatore di risultato»");
  });

  it("fails when the «Stakeholder finale» header of obj. 3 (riga 51) is removed", () => {
    const text = withLines((ls) => ls.filter((_, i) => i !== 50));
    const errors = errorsOf(afolPianoImporter.parse(text, FILE));
    expect(errors).toContainEqual({
      location: "riga 49",
      message: "Obiettivo 3: manca la riga di intestazione «Stakeholder finale / Risultato atteso / Modalità di attuazione / Tempi».",
    });
  });

  it("fails when no objective is found (file cut after the Premessa)", () => {
    const errors = errorsOf(afolPianoImporter.parse(lines.slice(0, 29).join("\n"), FILE));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^Nessun obiettivo trovato/);
  });

  it("fails on a repeated objective number and on a Pesature cell that is not a number", () => {
    const edited = withLines((ls) => {
      ls[40] = ls[40]!.replace("Obiettivo 2", "Obiettivo 1"); // riga 41: obj. 2 renumbered as 1
      ls[333] = "PO amministrazione\ttrenta\t45\t25\t100"; // riga 334
      return ls;
    });
    const errors = errorsOf(afolPianoImporter.parse(edited, FILE));
    expect(errors).toEqual([
      { location: "riga 41", message: "Obiettivo 1 ripetuto (già alla riga 32)." },
      {
        location: "riga 334",
        message: "Pesature, ruolo «PO amministrazione»: «trenta» nella colonna «performance aziendali» non è un numero.",
      },
    ]);
  });

  it("fails when the title has no year", () => {
    const text = withLines((ls) => {
      ls[2] = "# Piano Performance";
      return ls;
    });
    expect(errorsOf(afolPianoImporter.parse(text, FILE))).toEqual([
      { location: "riga 3", message: "Il titolo «Piano Performance» non indica l'anno del piano." },
    ]);
  });
});
