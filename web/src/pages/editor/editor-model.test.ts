// The editor's pure parts on the seeds: form values ↔ items with the API's zod schemas, the reading of targets
// with the import grammar, phase weights, what goes with a deletion, ids in a new version.
import { beforeAll, describe, expect, it } from "vitest";
import i18next from "i18next";
import { CronoprogrammaPhase, Objective } from "@domain/model";
import { initI18n } from "../../i18n/setup";
import { seedBundle } from "../../model/seed-bundles";
import { dependentCounts, deletionPlan } from "./dependents";
import { objectiveFields, phaseFields } from "./field-specs";
import { checkItem, fieldOfServerPath, valuesFromItem } from "./form-values";
import { sumPhaseWeights } from "./phase-weights";
import { idInVersion, itemInVersion } from "./revision";
import { parseTargetFor, readParsedTarget } from "./target-reading";

const arti = seedBundle("arti");
const reading = (text: string, indicatorId?: string) => {
  const r = readParsedTarget(parseTargetFor(arti.indicators.find((i) => i.id === indicatorId), { id: "t", indicatorId: indicatorId ?? "nuovo", text, yearFrom: 2022 }));
  return i18next.t(r.key, { ...r.values, comparison: r.values.comparison ? i18next.t(`editor.reading.comparison.${r.values.comparison}`) : "" });
};

describe("plan editor model", () => {
  beforeAll(() => initI18n("it"));

  it("an objective's weight is typed the Italian way: «6,5» → 6.5; «sei» and an empty code are refused naming the field", () => {
    const specs = objectiveFields(arti);
    const objective = arti.objectives.find((o) => o.code === "1.5")!;
    const values = valuesFromItem(specs, objective);
    expect(values.code).toBe("1.5");
    const ok = checkItem(specs, Objective, { ...values, weight: "6,5" }, objective);
    expect(ok.problems).toEqual([]);
    expect(ok.item).toMatchObject({ id: objective.id, planId: "arti-2021", weight: 6.5, code: "1.5" });
    const bad = checkItem(specs, Objective, { ...values, weight: "sei", code: " " }, objective);
    expect(bad.problems).toEqual([
      { field: "code", key: "editor.errors.required" },
      { field: "weight", key: "editor.errors.notANumber", values: { text: "sei" } },
    ]);
    expect(i18next.t(bad.problems[1]!.key, { ...bad.problems[1]!.values, field: "Peso (%)" })).toBe("Peso (%): «sei» non è un numero (scrivere ad esempio 7.920 o 6,5)");
    expect(fieldOfServerPath("body.weight", specs)).toBe("weight");
    expect(fieldOfServerPath("body.planId", specs)).toBeNull();
  });

  it("a phase's dates must be dates and its number a whole number (the API's CronoprogrammaPhase schema)", () => {
    const phase = arti.phases[0]!;
    const specs = phaseFields(arti);
    const { problems } = checkItem(specs, CronoprogrammaPhase, { ...valuesFromItem(specs, phase), number: "2,5", plannedStart: "31/12/2021" }, phase);
    expect(problems.map((p) => [p.field, p.key])).toEqual([
      ["number", "editor.errors.notAnInteger"],
      ["plannedStart", "editor.errors.date"],
    ]);
  });

  it("targets are read with the import grammar: «> 7.920» → più di 7.920, «>= 35%» → almeno 35%, «entro luglio 2022» → entro il 31/07/2022", () => {
    expect(reading("> 7.920")).toBe("più di 7.920");
    expect(reading(">= 35%")).toBe("almeno 35%");
    expect(reading("20.000")).toBe("almeno 20.000");
    expect(reading("entro luglio 2022")).toBe("entro il 31/07/2022");
    expect(reading("+20% rispetto al 2021 (29)")).toBe("+20% rispetto a 29 (2021) = almeno 34,8");
    expect(reading("<valore 2021")).toBe("meno del valore del 2021");
    expect(reading(">= dato finale anno precedente")).toBe("almeno pari al valore dell'anno precedente");
    // ARTI 1.5.2 is a percentage (colloqui / previsti): the same figure reads as a percent there
    expect(reading("90", "arti-2021:obj-1.5:ind-2")).toBe("almeno 90%");
    expect(reading("migliorare la qualità")).toMatch(/^non misurabile \(testo non riconosciuto/);
  });

  it("ARTI crono 1: the seed's phase weights make 100%; changing one to 30 gives a running total that ends at 110%", () => {
    const crono = arti.cronoprogrammi[0]!;
    const phases = arti.phases.filter((p) => p.cronoprogrammaId === crono.id).sort((a, b) => a.number - b.number);
    expect(sumPhaseWeights(phases).complete).toBe(true);
    const first = phases[0]!;
    const changed = sumPhaseWeights(phases.map((p) => (p.id === first.id ? { ...p, weight: (first.weight ?? 0) + 10 } : p)));
    expect(changed.total).toBe(110);
    expect(changed.complete).toBe(false);
    expect(changed.running.at(-1)).toBe(110);
    expect(sumPhaseWeights([{ id: "a", weight: 12.5 }, { id: "b", weight: 87.5 }, { id: "c", weight: null }])).toMatchObject({ total: 100, missing: 1, complete: false });
  });

  it("deleting ARTI objective 1.5 takes its 2 indicators, their targets and values, deepest first", () => {
    const root = { collection: "objectives" as const, id: "arti-2021:obj-1.5" };
    const plan = deletionPlan(arti, root);
    expect(plan.at(-1)).toEqual(root);
    expect(plan[0]!.collection).toBe("measurements");
    const counts = dependentCounts(plan, root);
    expect(counts.indicators).toBe(2);
    expect(counts.measurements).toBe(arti.measurements.filter((m) => m.indicatorId.startsWith("arti-2021:obj-1.5:")).length);
    expect(counts.targets).toBe(arti.targets.filter((t) => t.indicatorId.startsWith("arti-2021:obj-1.5:")).length);
  });

  it("in a new version ids and references are renamed as the server's copy does", () => {
    expect(idInVersion("afol-2022:obj-13", "afol-2022", "afol-2022-v2")).toBe("afol-2022-v2:obj-13");
    expect(idInVersion("senza-prefisso", "afol-2022", "afol-2022-v2")).toBe("afol-2022-v2:senza-prefisso");
    expect(itemInVersion("indicators", { id: "afol-2022:obj-13:ind-1", planId: "afol-2022", objectiveId: "afol-2022:obj-13", nodeId: null }, "afol-2022", "afol-2022-v2")).toEqual({
      id: "afol-2022-v2:obj-13:ind-1",
      planId: "afol-2022-v2",
      objectiveId: "afol-2022-v2:obj-13",
      nodeId: null,
    });
  });
});
