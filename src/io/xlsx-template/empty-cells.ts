// What an empty cell, or a missing column, means for a field — read from the zod schema itself, so the
// workbook's rules never drift from the model's: a field with a default takes it ("Posizione" 0, "Stato"
// bozza), a nullable field is null, a plain text field that accepts "" is "", anything else is required.
import type { z } from "zod";
import type { ColumnDefinition, SheetDefinition } from "./columns";

export type EmptyCellMeaning =
  | { kind: "default" } // leave the field out: the schema fills its default
  | { kind: "value"; value: null | "" | [] }
  | { kind: "required" };

export function fieldSchema(sheet: SheetDefinition, field: string): z.ZodType {
  const schema = sheet.schema.shape[field];
  if (!schema) throw new Error(`Il foglio ${sheet.name} dichiara il campo ${field}, che lo schema non ha`);
  return schema as z.ZodType;
}

export function emptyCellMeaning(sheet: SheetDefinition, column: ColumnDefinition): EmptyCellMeaning {
  const schema = fieldSchema(sheet, column.field);
  if (schema.safeParse(undefined).success) return { kind: "default" };
  if (schema.safeParse(null).success) return { kind: "value", value: null };
  // An empty list cell is an empty list, when the field allows one ("Colonne" of a reported table).
  if (column.type === "list") return schema.safeParse([]).success ? { kind: "value", value: [] } : { kind: "required" };
  if (schema.safeParse("").success) return { kind: "value", value: "" };
  return { kind: "required" };
}

/** A column whose field has no default must be in the sheet, even when its cells may be empty. */
export function isColumnRequired(sheet: SheetDefinition, column: ColumnDefinition): boolean {
  return !fieldSchema(sheet, column.field).safeParse(undefined).success;
}
