// The monitoring grid's rows while the user types: what each cell holds as text, how it is checked (Italian
// numbers "37.787", dates "15/07/2022"), the measurement it becomes, and the plan with the drafts applied so
// that the engine can show achievement and status before anything is saved.
import type { Indicator, Measurement, PlanBundle, Target } from "@domain/model";
import { formatItalianNumber, parseItalianNumber, parseNumericDate, parseTimingText } from "@domain/italian";
import { formatNumber, formatPercent } from "../format/figures";

/** How a row is entered: a number, numerator and denominator, a completion date, yes/no, or figures in text. */
export type InputKind = "number" | "ratio" | "date" | "yes-no" | "text";

export interface DraftRow {
  value: string;
  numerator: string;
  denominator: string;
  note: string;
  source: string;
}

export type DraftField = keyof DraftRow;

export interface FieldError {
  field: DraftField;
  /** i18n key under monitoring.errors. */
  code: "notANumber" | "negative" | "zeroDenominator" | "ratioIncomplete" | "notADate" | "tooLong";
  /** the text that is wrong, for the message. */
  text: string;
}

export const NOTE_MAX_LENGTH = 2000;

export function inputKindOf(indicator: Indicator, target: Target | null): InputKind {
  const kind = target?.parsed?.kind;
  if (kind === "deadline") return "date";
  if (kind === "qualitative") return "yes-no";
  if (kind === "composite") return "text";
  const isRatio = (indicator.numeratorLabel !== null && indicator.denominatorLabel !== null) || (indicator.method ?? "").includes("/");
  return isRatio ? "ratio" : "number";
}

/** A number as the user should see it in an input: Italian, without thousands dots to retype ("37787", "85,38"). */
function editable(value: number | null): string {
  if (value === null) return "";
  return formatItalianNumber(value, Math.min((`${value}`.split(".")[1] ?? "").length, 6)).replace(/\./g, "");
}

export function draftFromMeasurement(measurement: Measurement | null, kind: InputKind): DraftRow {
  const m = measurement;
  const written = m?.valueText?.trim() ?? "";
  let value = "";
  if (kind === "date" || kind === "yes-no" || kind === "text") value = written === "-" ? "" : written;
  else if (m?.value !== null && m?.value !== undefined) value = editable(m.value);
  return {
    value,
    numerator: editable(m?.numerator ?? null),
    denominator: editable(m?.denominator ?? null),
    note: m?.note ?? "",
    source: m?.source ?? "",
  };
}

export function isSameDraft(a: DraftRow, b: DraftRow): boolean {
  return a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator && a.note === b.note && a.source === b.source;
}

/** The measurement fields a draft gives, or the errors that stop it. */
export interface CheckedDraft {
  errors: FieldError[];
  fields: Pick<Measurement, "value" | "valueText" | "numerator" | "denominator" | "note" | "source"> | null;
}

function readNumber(field: DraftField, text: string, errors: FieldError[]): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const value = parseItalianNumber(trimmed);
  if (value === null) {
    errors.push({ field, code: "notANumber", text: trimmed });
    return null;
  }
  if (value < 0) {
    errors.push({ field, code: "negative", text: trimmed });
    return null;
  }
  return value;
}

const emptyToNull = (text: string) => (text.trim() === "" ? null : text.trim());

export function checkDraft(draft: DraftRow, kind: InputKind, indicator: Indicator): CheckedDraft {
  const errors: FieldError[] = [];
  if (draft.note.length > NOTE_MAX_LENGTH) errors.push({ field: "note", code: "tooLong", text: String(NOTE_MAX_LENGTH) });
  const common = { note: emptyToNull(draft.note), source: emptyToNull(draft.source) };
  let fields: CheckedDraft["fields"] = null;

  if (kind === "ratio") {
    const numerator = readNumber("numerator", draft.numerator, errors);
    const denominator = readNumber("denominator", draft.denominator, errors);
    const hasNumerator = draft.numerator.trim() !== "";
    const hasDenominator = draft.denominator.trim() !== "";
    if (hasNumerator !== hasDenominator) errors.push({ field: hasNumerator ? "denominator" : "numerator", code: "ratioIncomplete", text: "" });
    if (denominator === 0) errors.push({ field: "denominator", code: "zeroDenominator", text: draft.denominator.trim() });
    const value = numerator !== null && denominator !== null && denominator !== 0 ? (indicator.unit?.trim() === "%" ? (numerator * 100) / denominator : numerator / denominator) : null;
    const valueText = value === null ? null : indicator.unit?.trim() === "%" ? formatPercent(value) : formatNumber(value);
    fields = { value, valueText, numerator, denominator, ...common };
  } else if (kind === "number") {
    const value = readNumber("value", draft.value, errors);
    fields = { value, valueText: emptyToNull(draft.value), numerator: null, denominator: null, ...common };
  } else if (kind === "date") {
    const text = draft.value.trim();
    const isYesNo = /^(s[iì]|no)$/i.test(text);
    if (text !== "" && !isYesNo && !parseNumericDate(text) && !parseTimingText(text)) errors.push({ field: "value", code: "notADate", text });
    fields = { value: null, valueText: emptyToNull(text), numerator: null, denominator: null, ...common };
  } else {
    fields = { value: null, valueText: emptyToNull(draft.value), numerator: null, denominator: null, ...common };
  }
  return { errors, fields: errors.length ? null : fields };
}

/** Id of a measurement created from the grid: one per indicator and period, so a second save replaces it. */
export function newMeasurementId(indicatorId: string, periodId: string): string {
  return `${indicatorId}:${periodId}`;
}

export function toMeasurement(existing: Measurement | null, indicatorId: string, periodId: string, fields: NonNullable<CheckedDraft["fields"]>): Measurement {
  return {
    id: existing?.id ?? newMeasurementId(indicatorId, periodId),
    indicatorId,
    periodId,
    assessmentLevel: existing?.assessmentLevel ?? null,
    assessmentText: existing?.assessmentText ?? null,
    assigneeId: null,
    // a computed figure stays on record beside the value a person typed over it
    provenance: existing?.provenance ?? null,
    ...fields,
    origin: "manual",
  };
}

/** The plan with the given measurements in place of the saved ones (same indicator, period and owner). */
export function withMeasurements(bundle: PlanBundle, replacements: readonly Measurement[]): PlanBundle {
  if (replacements.length === 0) return bundle;
  const key = (m: Measurement) => `${m.indicatorId}|${m.periodId}|${m.assigneeId ?? ""}`;
  const replaced = new Map(replacements.map((m) => [key(m), m]));
  const kept = bundle.measurements.filter((m) => !replaced.has(key(m)));
  return { ...bundle, measurements: [...kept, ...replacements] };
}
