import { describe, expect, it } from "vitest";
import { buildRelazioneReport } from "./relazione-model";
import { afolWithResults, evaluated, SEED_PERIODS, seedBundle } from "./seed-plans.fixture";

describe("Relazione of ARTI at 30/06/2021 (seed 004)", () => {
  const bundle = seedBundle("arti");
  const report = buildRelazioneReport({ bundle, evaluation: evaluated(bundle, SEED_PERIODS.arti), generatedOn: "2021-07-15" });
  const indicator = (label: string) => report.objectives.flatMap((o) => o.indicators).find((i) => i.label === label)!;

  it("cover: organisation, plan, period and date in Italian", () => {
    expect(report.organisation.name).toBe("Agenzia Regionale Toscana per l'Impiego (ARTI)");
    expect(report.subtitle).toBe("Monitoraggio intermedio obiettivi 2021 - ARTI — Monitoraggio intermedio al 30/06/2021");
    expect(report.period).toEqual({ label: "Monitoraggio intermedio al 30/06/2021", cutoffDate: "30/06/2021", kind: "monitoraggio intermedio" });
    expect(report.plan.approval).toBe("atto di approvazione non indicato");
    expect(report.generatedOn).toBe("15/07/2021");
  });

  it("ARTI 1.5.2: 37.787 colloqui / 20.000 previsti = 188,94%, score capped at 100,00%, 1. in anticipo", () => {
    expect(indicator("ARTI 1.5.2")).toMatchObject({ target: "100,00%", actual: "188,94%", achievement: "188,94%", score: "100,00%", status: "1. in anticipo" });
  });

  it("ARTI 3.1.1: 85,38% against 90,00% = 94,88%; baseline as written «91,33% dato 2020»", () => {
    expect(indicator("ARTI 3.1.1")).toMatchObject({ baseline: "91,33% dato 2020", target: "90,00%", actual: "85,38%", achievement: "94,88%" });
  });

  it("ARTI 1.2.1: the document states 30,00%, the cronoprogramma ARTI 2 gives 15,00% (phase 1 of 15% done by 31/03/21)", () => {
    expect(indicator("ARTI 1.2.1")).toMatchObject({ actual: "30,00%", achievement: "15,00%" });
    const crono = report.objectives.find((o) => o.heading.startsWith("Obiettivo 1.2 "))!.cronoprogrammi[0]!;
    expect(crono.progress).toBe("Avanzamento al 30/06/2021: 15,00% (ARTI 1.2.1)");
    expect(crono.phases.map((p) => [p.number, p.weight, p.actualEnd])).toEqual([
      ["1", "15,00%", "31/03/2021"],
      ["2", "20,00%", "—"],
      ["3", "20,00%", "—"],
      ["4", "45,00%", "—"],
    ]);
    expect(crono.weightsTotal).toBe("100,00%");
  });

  it("ARTI 4.1.1 has no value yet: achievement missing, the monitoring note says why", () => {
    expect(indicator("ARTI 4.1.1")).toMatchObject({ actual: "—", achievement: "—", score: "—", status: "2. da iniziare - secondo le aspettative" });
    expect(indicator("ARTI 4.1.1").note).toContain("Il dato sarà rilevato a fine anno");
  });

  it("plan: (6×0 + 8×15 + 8×0 + 4×90,57 + 8×50 + 5×94,43 + 4×0 + 5×5 + 8×94,88 + 6×100 + 7×100) ÷ 69 = 49,83%", () => {
    expect(report.summary.score).toBe("49,83%");
    expect(report.summary.paragraphs[0]).toBe(
      "Al 30/06/2021 il punteggio complessivo del piano è 49,83% (media ponderata per i pesi indicati di 11 obiettivi valutabili su 15).",
    );
  });

  it("areas: ambito 3 = (94,88 × 8 + 100 × 6) ÷ 14 = 97,07%; structures Direzione 49,83%, RPCT 50,00%", () => {
    expect(report.areas.map((a) => [a.label, a.score])).toEqual([
      ["1 Politiche per il diritto e la dignità del lavoro", expect.any(String)],
      ["2 Progetti rivolti a determinate categorie di utenti", "35,51%"],
      ["3 Servizi alle imprese", "97,07%"],
      ["4 Gestione efficiente ed efficace delle risorse", "100,00%"],
    ]);
    expect(report.structures.map((s) => [s.label, s.score])).toEqual([
      ["Direzione", "49,83%"],
      ["Responsabile Prevenzione Corruzione e Trasparenza (RPCT)", "50,00%"],
    ]);
  });

  it("annex: the evaluation's findings (objective weights 77% ≠ 100%) and the import warnings", () => {
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.map((f) => f.message).join("\n")).toContain("77,00%");
    expect(report.importWarnings.map((w) => w.message)).toContain("Obiettivo 1.4: la riga 11 non ha il peso (colonna «Peso %»); il peso resta non indicato.");
  });
});

describe("Relazione of AFOL 2022 with its Rendicontazione (seed 000 + results entered in the test)", () => {
  const bundle = afolWithResults();
  const report = buildRelazioneReport({ bundle, evaluation: evaluated(bundle, SEED_PERIODS.afol), generatedOn: "2023-03-31" });
  const objective = (code: string) => report.objectives.find((o) => o.heading.startsWith(`Obiettivo ${code} `))!;

  it("cover: approved by the CdA of 10 June 2022", () => {
    expect(report.plan.approval).toBe("Approvato nel Cda del 10 giugno 2022");
    expect(report.organisation.details).toEqual(["Via Soderini 24 - 20146 Milano", "C.F./P.IVA 08928300964", "protocollo@afolmet.it"]);
  });

  it("Afolmet 12.1: 8.315 persone trattate / 7.920 = 104,99%, scored 100,00%", () => {
    expect(objective("12").indicators[0]).toMatchObject({ label: "Afolmet 12.1", target: ">7.920", actual: "8.315", achievement: "104,99%", score: "100,00%" });
  });

  it("Afolmet 5.3: due «entro luglio 2022», done on 20/09/2022 → 0,00%, 5. in ritardo; objective 5 = (100 + 100 + 0 + 100) ÷ 4 = 75,00%", () => {
    expect(objective("5").indicators[2]).toMatchObject({ target: "entro luglio 2022", actual: "concluso il 20/09/2022", achievement: "0,00%", status: "5. in ritardo" });
    expect(objective("5").score).toBe("75,00%");
    expect(objective("5").status).toBe("5. in ritardo");
  });

  it("steps keep planned and actual timing as written (obiettivo 12: «30 settembre 2022» → «28 settembre 2022»)", () => {
    expect(objective("12").steps[0]).toMatchObject({ planned: "30 settembre 2022", actual: "28 settembre 2022" });
    expect(objective("12").steps[1]).toMatchObject({ planned: "luglio-settembre-novembre", actual: "—" });
  });

  it("summary: 95,97% over 23 objectives at equal weights; 20 «secondo le aspettative» (86,96%), 3 «in ritardo» (13,04%: 5, 8 and 22)", () => {
    expect(report.summary.score).toBe("95,97%");
    const shares = report.summary.objectivesByStatus.filter((s) => s.count > 0).map((s) => [s.label, s.count, s.share, s.tone]);
    expect(shares).toEqual([
      ["3. secondo le aspettative", 20, "86,96%", "green"],
      ["5. in ritardo", 3, "13,04%", "red"],
    ]);
  });

  it("structures: Direzione Generale (75 + 50 + 100 × 3) ÷ 5 = 85,00%; Divisione Formazione 98,10%", () => {
    expect(report.structures.map((s) => [s.label, s.score])).toEqual([
      ["Direzione Generale", "85,00%"],
      ["Area Amministrazione", "98,33%"],
      ["Divisione Lavoro", "99,32%"],
      ["Divisione Formazione", "98,10%"],
    ]);
  });

  it("pesature: dg 35/50/15 … personale 15/45/40, each adding up to 100", () => {
    expect(report.pesature!.rows.map((r) => [r.role, r.organisational, r.individual, r.behaviour, r.check])).toEqual([
      ["dg", "35,00%", "50,00%", "15,00%", "corretta (somma 100%)"],
      ["dirigenti", "35,00%", "50,00%", "15,00%", "corretta (somma 100%)"],
      ["PO divisioni", "30,00%", "45,00%", "25,00%", "corretta (somma 100%)"],
      ["PO amministrazione", "30,00%", "45,00%", "25,00%", "corretta (somma 100%)"],
      ["personale", "15,00%", "45,00%", "40,00%", "corretta (somma 100%)"],
    ]);
    expect(report.pesature!.paragraph).toContain("(95,97%)");
  });
});

describe("Relazione without a period (Lombardia 2026 has none)", () => {
  it("reports the plan without results and says so", () => {
    const report = buildRelazioneReport({ bundle: seedBundle("lombardia"), evaluation: null, generatedOn: "2026-01-15" });
    expect(report.period).toBeNull();
    expect(report.summary.score).toBe("—");
    expect(report.summary.paragraphs[1]).toBe("Non è stato scelto un periodo di monitoraggio: il documento riporta il piano senza risultati.");
    expect(report.objectives).toHaveLength(3);
  });
});
