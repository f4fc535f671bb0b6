// Before/after of a change as people read it: only the fields that changed, values in Italian formats, long
// structures summarised ("18 elementi"). Pure, shared by the audit trail and the changes since validation.
import { formatNumber } from "../../format/figures";

export interface FieldDiff {
  field: string;
  before: string | null;
  after: string | null;
}

/** Fields that say nothing to a reader (versions and stamps the system keeps). */
const HIDDEN = new Set(["updatedAt", "createdAt", "ordinal", "organisationId", "planId", "provenance"]);
const MAX_TEXT = 160;

export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "sì" : "no";
  if (typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split("-").reverse().join("/");
    return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== "object" || v === null) && value.length <= 6) return value.map(formatValue).join(", ") || "—";
    return `${value.length} elementi`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => !HIDDEN.has(k));
  if (entries.length <= 3 && entries.every(([, v]) => typeof v !== "object" || v === null)) {
    return entries.map(([k, v]) => `${k}: ${formatValue(v)}`).join(", ");
  }
  return `${entries.length} campi`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The changed fields of two records; a value that is not a record is one field named "". */
export function diffValues(before: unknown, after: unknown): FieldDiff[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (same(before, after)) return [];
    return [{ field: "", before: before == null ? null : formatValue(before), after: after == null ? null : formatValue(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !HIDDEN.has(f));
  return fields
    .filter((f) => !same(b[f], a[f]))
    .map((f) => ({
      field: f,
      before: isRecord(before) && f in b && b[f] !== null ? formatValue(b[f]) : null,
      after: isRecord(after) && f in a && a[f] !== null ? formatValue(a[f]) : null,
    }));
}
