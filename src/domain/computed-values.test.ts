import { describe, expect, it } from "vitest";
import { acceptComputed, computedMeasurementId, keepManual, mergeComputedValue, type ComputedValue } from "./computed-values";
import type { Measurement } from "./model";

// AFOL 13.1, PSP sottoscritti nel 2022: the plan's target is 20.000; the data give 6.430.
const provenance = {
  definitionId: "afol-13-psp-sottoscritti",
  definitionTitle: "Patti di servizio personalizzati sottoscritti dai CPI",
  dataset: "ds-0123456789ab",
  datasetSummary: null,
  computedAt: "2024-03-01T09:00:00Z",
  periodBasis: "data dell'evento",
  computedValue: 6430,
  numerator: 6430,
  denominator: null,
  awaitingReview: false,
};
const computed: ComputedValue = {
  indicatorId: "afol-2022:obj-13:ind-1",
  periodId: "rendicontazione-2022",
  assigneeId: null,
  value: 6430,
  numerator: 6430,
  denominator: null,
  reason: null,
  provenance,
};

function measurement(fields: Partial<Measurement>): Measurement {
  return {
    id: "m-13-1",
    indicatorId: computed.indicatorId,
    periodId: computed.periodId,
    value: null,
    valueText: null,
    numerator: null,
    denominator: null,
    note: null,
    source: null,
    assessmentLevel: null,
    assessmentText: null,
    origin: "manual",
    assigneeId: null,
    provenance: null,
    ...fields,
  };
}

describe("mergeComputedValue", () => {
  it("with nothing there, creates the computed value under its own id", () => {
    const change = mergeComputedValue(null, computed);
    expect(change.kind).toBe("create");
    if (change.kind !== "create") return;
    expect(change.after).toMatchObject({ id: "afol-2022:obj-13:ind-1:rendicontazione-2022:calcolato", value: 6430, origin: "computed" });
    expect(computedMeasurementId({ ...computed, assigneeId: "provincia-bergamo" })).toBe(
      "afol-2022:obj-13:ind-1:rendicontazione-2022:calcolato:provincia-bergamo",
    );
  });

  it("a computed value replaces an earlier computed one, and the same figure from the same data is unchanged", () => {
    const earlier = measurement({ origin: "computed", value: 6000, numerator: 6000, provenance });
    expect(mergeComputedValue(earlier, computed)).toMatchObject({ kind: "update", after: { value: 6430, origin: "computed" } });
    const same = measurement({ origin: "computed", value: 6430, numerator: 6430, provenance });
    expect(mergeComputedValue(same, computed).kind).toBe("unchanged");
  });

  it("a value computed before provenance named the data set's files gets them once, as an update", () => {
    const summary = { files: 3, lastFile: "eventi.parquet", events: 203967, firstEventDate: "2021-01-01", lastEventDate: "2023-12-31", lastLoadedAt: "2024-01-01T00:00:00Z" };
    const older = measurement({ origin: "computed", value: 6430, numerator: 6430, provenance });
    const withFiles = { ...computed, provenance: { ...provenance, datasetSummary: summary } };
    expect(mergeComputedValue(older, withFiles)).toMatchObject({ kind: "update", after: { value: 6430, provenance: { datasetSummary: summary } } });
    const current = measurement({ origin: "computed", value: 6430, numerator: 6430, provenance: withFiles.provenance });
    expect(mergeComputedValue(current, withFiles).kind).toBe("unchanged");
  });

  it("an imported value left empty is filled", () => {
    const empty = measurement({ origin: "imported", value: null, valueText: " " });
    expect(mergeComputedValue(empty, computed)).toMatchObject({ kind: "update", after: { value: 6430, origin: "computed" } });
  });

  it("a manual 20.000 stays: the computed 6.430 goes beside it, awaiting review; computing again changes nothing", () => {
    const manual = measurement({ value: 20000 });
    const change = mergeComputedValue(manual, computed);
    expect(change).toMatchObject({ kind: "flag", after: { value: 20000, origin: "manual", provenance: { computedValue: 6430, awaitingReview: true } } });
    if (change.kind !== "flag") return;
    expect(mergeComputedValue(change.after, computed).kind).toBe("unchanged");

    expect(acceptComputed(change.after)).toMatchObject({ value: 6430, numerator: 6430, origin: "computed", provenance: { awaitingReview: false } });
    expect(keepManual(change.after)).toMatchObject({ value: 20000, origin: "manual", provenance: { computedValue: 6430, awaitingReview: false } });
  });

  it("a manual value equal to the computed one records the computation without asking for a review", () => {
    const manual = measurement({ value: 6430 });
    expect(mergeComputedValue(manual, computed)).toMatchObject({ kind: "flag", after: { value: 6430, provenance: { awaitingReview: false } } });
  });

  it("a value that cannot be computed says why in the note", () => {
    const change = mergeComputedValue(null, { ...computed, value: null, numerator: 0, denominator: 0, reason: "nessun patto nel periodo" });
    expect(change).toMatchObject({ kind: "create", after: { value: null, note: "Non calcolabile: nessun patto nel periodo" } });
  });
});
