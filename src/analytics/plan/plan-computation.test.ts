import { describe, expect, it } from "vitest";
import { loadDefinition, type LoadedDefinition } from "../definition/load-definition";
import { readShippedDefinitions } from "../definition/read-definitions";
import { dataWindowOf } from "./data-window";
import { parsePeriod } from "./period";
import { planComputation } from "./plan-computation";

const YEAR_2022 = { from: "2022-01-01", to: "2022-12-31" };
const shipped = readShippedDefinitions();
const byId = (...ids: string[]) => ids.map((id) => shipped.find((d) => d.definition.id === id)!);

function definition(yaml: string): LoadedDefinition {
  const result = loadDefinition(`id: prova\ntitle: Prova\nsource: test\n${yaml}`, "prova.yaml");
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.loaded;
}

describe("condivisione delle feature", () => {
  it("le quattro definizioni AFOL 12 leggono il PSP da giugno e l'assessment GOL una volta sola", () => {
    const plan = planComputation(
      byId("afol-12-gol-persone-trattate", "afol-12-gol-vulnerabili", "afol-12-gol-formazione", "afol-12-gol-formazione-digitale"),
      YEAR_2022,
    );
    expect(plan.absoluteFeatures.map((f) => [f.name, f.window.from, f.window.to])).toEqual([
      ["first_psp_signed", "2022-06-01", "2022-12-31"],
      ["first_gol_assessment", "2022-06-01", "2022-12-31"],
      ["first_policy_start", "2022-09-01", "2022-12-31"],
      ["first_policy_start_2", "2022-09-01", "2022-12-31"],
    ]);
    expect(plan.relativeFeatures).toEqual([]);
  });

  it("l'intero insieme: 8 feature assolute, 6 relative, 6 conteggi di eventi", () => {
    const plan = planComputation(shipped, YEAR_2022);
    expect(plan.absoluteFeatures).toHaveLength(8);
    expect(plan.relativeFeatures).toHaveLength(6);
    expect(plan.eventCounts).toHaveLength(6);
    expect(plan.personPopulation).toBe("with-events");
  });

  it("«ha A, o B, o C» con lo stesso quando è una sola feature: AFOL 13 (LEP E, H, F, M o IDO o invio)", () => {
    const plan = planComputation(byId("afol-13-persone-trattate-lep"), YEAR_2022);
    expect(plan.absoluteFeatures.map((f) => f.predicate.types)).toEqual([["lep_service"], ["lep_service", "matching", "referral"]]);
    expect(plan.absoluteFeatures[1]!.predicate.where).toEqual({
      any_of: [{ all_of: [{ event_type: "lep_service" }, { lep_code: ["E", "H", "F", "M"] }] }, { event_type: "matching" }, { event_type: "referral" }],
    });
  });

  it("i percettori senza evento di riferimento si leggono dalla tabella delle persone", () => {
    const plan = planComputation(byId("lombardia-1-1-presa-in-carico-percettori"), YEAR_2022);
    const indicator = plan.indicators[0]!;
    if (indicator.status !== "planned" || indicator.unit !== "persons") throw new Error("piano inatteso");
    expect(indicator.denominator!.source).toBe("persons");
    expect(indicator.numerator.source).toBe("facts");
  });
});

describe("periodi", () => {
  it("AFOL 12 nel primo semestre 2022 conta dal 01/06 al 30/06; 'da settembre' non ha giorni: condizione falsa", () => {
    const plan = planComputation(byId("afol-12-gol-formazione"), { from: "2022-01-01", to: "2022-06-30" });
    const indicator = plan.indicators[0]!;
    expect(plan.absoluteFeatures[0]!.window).toEqual({ from: "2022-06-01", to: "2022-06-30" });
    if (indicator.status !== "planned" || indicator.unit !== "persons") throw new Error("piano inatteso");
    expect(indicator.numerator.condition).toEqual({ kind: "false" });
  });

  it("fuori dalla validità: non calcolabile, con il motivo", () => {
    const plan = planComputation(byId("afol-12-gol-persone-trattate"), { from: "2021-01-01", to: "2021-12-31" });
    expect(plan.indicators[0]).toMatchObject({
      status: "not-computable",
      reason: "l'indicatore vale dal 01/06/2022: il periodo 01/01/2021–31/12/2021 ne è fuori",
    });
  });

  it("until_period_end legge dal 1900 alla fine del periodo", () => {
    const plan = planComputation(
      [definition("unit: persons\nmeasure: count\nanchor: { event: psp_signed }\nrequire:\n  has: { event: did, when: until_period_end }\n")],
      YEAR_2022,
    );
    expect(plan.absoluteFeatures[1]!.window).toEqual({ from: "1900-01-01", to: "2022-12-31" });
  });

  it("la finestra dei dati letti si allunga di 180 giorni oltre dicembre per gli esiti a 180 giorni", () => {
    const plan = planComputation(byId("sistema-inserimento-180-giorni"), YEAR_2022);
    expect(dataWindowOf(plan, "sistema-inserimento-180-giorni")).toEqual({ from: "2022-01-01", to: "2023-06-29" });
  });

  it("parsePeriod: anno, mese (febbraio 2024 bisestile), intervallo; errori in italiano", () => {
    expect(parsePeriod("2022")).toEqual(YEAR_2022);
    expect(parsePeriod("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(parsePeriod("2022-01-01..2022-06-30")).toEqual({ from: "2022-01-01", to: "2022-06-30" });
    expect(() => parsePeriod("2022-13")).toThrow("periodo non valido «2022-13»");
  });
});
