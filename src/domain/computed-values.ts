// The rule that turns a value computed from service data into a monitoring value: a computed value replaces an
// earlier computed one or fills an empty slot, but never a value somebody typed or imported — that one stays,
// flagged for review with the computed value beside it (issue #7: "a manual value is never overwritten
// silently"). Pure: the caller reads the measurement there and writes what the rule returns.
import type { Measurement, MeasurementProvenance } from "./model";

/** A value computed for one indicator, period and assignee (null = the plan's owner). */
export interface ComputedValue {
  indicatorId: string;
  periodId: string;
  assigneeId: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** why there is no value (no denominator…), written in the note when value is null. */
  reason: string | null;
  provenance: MeasurementProvenance;
}

type StoredMeasurement = Measurement & { updatedAt?: string };

export type ComputedChange =
  | { kind: "create"; after: StoredMeasurement }
  | { kind: "update"; before: StoredMeasurement; after: StoredMeasurement }
  | { kind: "flag"; before: StoredMeasurement; after: StoredMeasurement }
  | { kind: "unchanged"; before: StoredMeasurement };

/** The id of a computed measurement that has no earlier value to take the place of. */
export function computedMeasurementId(value: Pick<ComputedValue, "indicatorId" | "periodId" | "assigneeId">): string {
  return `${value.indicatorId}:${value.periodId}:calcolato${value.assigneeId ? `:${value.assigneeId}` : ""}`;
}

const hasValue = (m: StoredMeasurement) => m.value !== null || (m.valueText ?? "").trim() !== "";

/**
 * What a computed value does to the measurement already there (if any). Pure: the caller writes the result.
 * A person's value (manual or imported, not empty) is kept: the computed one goes into its provenance with
 * awaitingReview, unless both agree.
 */
export function mergeComputedValue(existing: StoredMeasurement | null, computed: ComputedValue): ComputedChange {
  const computedFields = {
    value: computed.value,
    valueText: null,
    numerator: computed.numerator,
    denominator: computed.denominator,
    note: computed.value === null ? `Non calcolabile: ${computed.reason ?? "dati insufficienti"}` : null,
    source: computed.provenance.definitionTitle ?? computed.provenance.definitionId,
    origin: "computed" as const,
    provenance: { ...computed.provenance, awaitingReview: false },
  };
  if (!existing) {
    const after: StoredMeasurement = {
      id: computedMeasurementId(computed),
      indicatorId: computed.indicatorId,
      periodId: computed.periodId,
      assigneeId: computed.assigneeId,
      assessmentLevel: null,
      assessmentText: null,
      ...computedFields,
    };
    return { kind: "create", after };
  }
  if (existing.origin === "computed" || !hasValue(existing)) {
    const after = { ...existing, ...computedFields, assessmentLevel: existing.assessmentLevel, assessmentText: existing.assessmentText };
    if (sameComputed(existing, after)) return { kind: "unchanged", before: existing };
    return { kind: "update", before: existing, after };
  }
  const agrees = existing.value !== null && computed.value !== null && Math.abs(existing.value - computed.value) < 1e-9;
  const provenance = { ...computed.provenance, awaitingReview: !agrees };
  const previous = existing.provenance;
  if (previous && previous.awaitingReview === provenance.awaitingReview && previous.computedValue === provenance.computedValue) {
    return { kind: "unchanged", before: existing };
  }
  return { kind: "flag", before: existing, after: { ...existing, provenance } };
}

function sameComputed(before: StoredMeasurement, after: StoredMeasurement): boolean {
  return (
    before.origin === "computed" &&
    before.value === after.value &&
    before.numerator === after.numerator &&
    before.denominator === after.denominator &&
    before.provenance?.definitionId === after.provenance?.definitionId &&
    before.provenance?.dataset === after.provenance?.dataset &&
    // a value computed before provenance named the data set's files gets them once, as an update
    !(before.provenance?.datasetSummary == null && after.provenance?.datasetSummary != null)
  );
}

/** A person accepts the computed value in place of the manual one: the measurement becomes computed. */
export function acceptComputed(existing: StoredMeasurement): StoredMeasurement {
  const provenance = existing.provenance!;
  return {
    ...existing,
    value: provenance.computedValue,
    valueText: null,
    numerator: provenance.numerator,
    denominator: provenance.denominator,
    source: provenance.definitionTitle ?? provenance.definitionId,
    origin: "computed",
    provenance: { ...provenance, awaitingReview: false },
  };
}

/** A person keeps the manual value: the computed one stays in the provenance, no longer awaiting review. */
export function keepManual(existing: StoredMeasurement): StoredMeasurement {
  return { ...existing, provenance: { ...existing.provenance!, awaitingReview: false } };
}
