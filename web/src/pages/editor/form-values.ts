// Form fields ↔ plan items. Inputs hold text; numbers are typed the Italian way ("7.920", "6,5"). The item is then
// checked with the same zod schema the API uses (src/domain/model.ts), so the form refuses what the server would.
import type { z } from "zod";
import { parseItalianNumber } from "@domain/italian";

export type FieldKind = "text" | "textarea" | "number" | "integer" | "date" | "select" | "checkbox";

export interface FieldSpec {
  name: string;
  /** i18n key of the label. */
  label: string;
  kind: FieldKind;
  required?: boolean;
  /** i18n key of a help line under the field. */
  hint?: string;
  options?: { value: string; label: string }[];
  /** width on large screens, in Bootstrap columns (12 = full). */
  width?: number;
}

export type FormValues = Record<string, string>;

/** Why a field is refused: a message key (with its values) for the screen language. */
export interface FieldProblem {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

/** The text of each field for an item (new item: its defaults). */
export function valuesFromItem(specs: readonly FieldSpec[], item: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const spec of specs) {
    const value = item[spec.name];
    if (value === null || value === undefined) values[spec.name] = "";
    else if (spec.kind === "number" || spec.kind === "integer") values[spec.name] = String(value).replace(".", ",");
    else if (spec.kind === "checkbox") values[spec.name] = value ? "true" : "";
    else values[spec.name] = String(value);
  }
  return values;
}

/** The item the form describes: the fields over `base` (id, planId, parents and fields the form does not show). */
export function itemFromValues(specs: readonly FieldSpec[], values: FormValues, base: Record<string, unknown>): { item: Record<string, unknown>; problems: FieldProblem[] } {
  const item: Record<string, unknown> = { ...base };
  const problems: FieldProblem[] = [];
  for (const spec of specs) {
    const raw = (values[spec.name] ?? "").trim();
    switch (spec.kind) {
      case "number":
      case "integer": {
        if (raw === "") {
          item[spec.name] = null;
          break;
        }
        const number = parseItalianNumber(raw);
        if (number === null) problems.push({ field: spec.name, key: "editor.errors.notANumber", values: { text: raw } });
        else if (spec.kind === "integer" && !Number.isInteger(number)) problems.push({ field: spec.name, key: "editor.errors.notAnInteger", values: { text: raw } });
        item[spec.name] = number;
        break;
      }
      case "checkbox":
        item[spec.name] = raw === "true";
        break;
      default:
        // an empty optional text is absent (null), as the model wants; a required one stays "" for zod to refuse
        item[spec.name] = raw === "" && !spec.required ? null : raw;
    }
    if (spec.required && raw === "" && !problems.some((p) => p.field === spec.name)) problems.push({ field: spec.name, key: "editor.errors.required" });
  }
  return { item, problems };
}

/** The zod schema's objections, one per field, as message keys (zod's own text as fallback). */
export function schemaProblems(schema: z.ZodType, item: Record<string, unknown>): FieldProblem[] {
  const result = schema.safeParse(item);
  if (result.success) return [];
  const problems: FieldProblem[] = [];
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (problems.some((p) => p.field === field)) continue;
    if (issue.code === "too_small" && issue.origin === "string") problems.push({ field, key: "editor.errors.required" });
    else if (issue.code === "invalid_format") problems.push({ field, key: "editor.errors.date" });
    else if (issue.code === "invalid_type") problems.push({ field, key: "editor.errors.invalid" });
    else problems.push({ field, key: "editor.errors.message", values: { message: issue.message } });
  }
  return problems;
}

/** Both checks: the form's own (numbers), then the model's; the first problem of each field. */
export function checkItem(specs: readonly FieldSpec[], schema: z.ZodType, values: FormValues, base: Record<string, unknown>) {
  const { item, problems } = itemFromValues(specs, values, base);
  const all = [...problems];
  for (const p of schemaProblems(schema, item)) if (!all.some((q) => q.field === p.field)) all.push(p);
  return { item, problems: all };
}

/** "body.weight" (the server's 400) → "weight", when the form has that field. */
export function fieldOfServerPath(path: string, specs: readonly FieldSpec[]): string | null {
  const name = path.replace(/^body\./, "").split(".")[0] ?? "";
  return specs.some((s) => s.name === name) ? name : null;
}
