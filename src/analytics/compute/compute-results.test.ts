import { describe, expect, it } from "vitest";
import { loadDefinition } from "../definition/load-definition";
import type { RawResultRow } from "../fetch/run-program";
import { formatFraction, formatValue } from "../format/format-results";
import { planComputation } from "../plan/plan-computation";
import { computeRow } from "./compute-results";

const PERIOD = { from: "2021-01-01", to: "2021-06-30" };

function indicatorOf(yaml: string) {
  const loaded = loadDefinition(`id: prova\ntitle: Prova\nsource: test\n${yaml}`, "prova.yaml");
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  return planComputation([loaded.loaded], PERIOD).indicators[0]!;
}

const row = (values: Partial<RawResultRow>): RawResultRow => ({
  breakdown: "total",
  breakdownKey: "",
  breakdownLabel: null,
  numerator: null,
  denominator: null,
  meanDays: null,
  p25Days: null,
  medianDays: null,
  p75Days: null,
  p90Days: null,
  ...values,
});

const rate = indicatorOf("unit: events\nmeasure: rate\ndenominator:\n  anchor: { event: lep_service }\nnumerator:\n  of: denominator\n  where: { channel: remote }\n");

describe("valori", () => {
  it("ARTI 1.5: 37.787 colloqui / 20.000 previsti = 188,94%", () => {
    const value = computeRow(rate, row({ numerator: 37_787, denominator: 20_000 }), PERIOD);
    expect(value.value).toEqual({ kind: "value", value: 188.935 });
    expect(formatValue({ measure: "rate", scale: 100 }, value.value)).toBe("188,94%");
    expect(formatFraction(value)).toBe("37.787 / 20.000");
  });

  it("un tasso senza denominatore non è calcolabile, mai NaN, e dice dove", () => {
    const value = computeRow(rate, row({ breakdown: "cpi", breakdownKey: "C02", numerator: 0, denominator: 0 }), PERIOD);
    expect(value.value).toEqual({ kind: "not-computable", reason: "denominatore zero nel periodo 01/01/2021–30/06/2021 (cpi C02)" });
  });

  it("una durata senza nessuna persona arrivata all'evento finale non è calcolabile", () => {
    const duration = indicatorOf("unit: persons\nmeasure: duration\nanchor: { event: psp_signed }\nuntil: { event: policy_start, within_days: 90 }\n");
    const value = computeRow(duration, row({ numerator: 0, denominator: 12 }), PERIOD);
    expect(value.value.kind).toBe("not-computable");
  });

  it("una durata: la statistica scelta (media 130,25 → «130,3 giorni»)", () => {
    const duration = indicatorOf("unit: persons\nmeasure: duration\nanchor: { event: psp_signed }\nuntil: { event: policy_start, within_days: 90 }\nstatistic: mean\n");
    const value = computeRow(duration, row({ numerator: 4, denominator: 6, meanDays: 130.25, medianDays: 85 }), PERIOD);
    expect(value.value).toEqual({ kind: "value", value: 130.25 });
    expect(formatValue({ measure: "duration", scale: null }, value.value)).toBe("130,3 giorni");
  });

  it("un conteggio: 7.920", () => {
    const count = indicatorOf("unit: persons\nmeasure: count\nanchor: { event: psp_signed }\n");
    expect(formatValue({ measure: "count", scale: null }, computeRow(count, row({ numerator: 7920 }), PERIOD).value)).toBe("7.920");
  });
});
