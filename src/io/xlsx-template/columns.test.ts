import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PlanBundle } from "../../domain/model";
import { SHEETS } from "./columns";
import { emptyCellMeaning, fieldSchema } from "./empty-cells";

/** The enum inside defaults and nullables, or null when the field is not an enum. */
function enumOptions(schema: z.ZodType): string[] | null {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : null;
}

describe("the workbook's column tables", () => {
  it("have one sheet for every property of PlanBundle", () => {
    expect(SHEETS.map((sheet) => sheet.bundleKey).sort()).toEqual(Object.keys(PlanBundle.shape).sort());
  });

  for (const sheet of SHEETS) {
    describe(`foglio ${sheet.name}`, () => {
      it("has a column for every field of its schema, except the ones omitted on purpose", () => {
        const covered = [...sheet.columns.map((c) => c.field), ...sheet.omitted.map((o) => o.field)];
        expect(covered.sort()).toEqual(Object.keys(sheet.schema.shape).sort());
        expect(new Set(covered).size).toBe(covered.length);
      });

      it("has unique headers and a name Excel accepts (at most 31 characters, no []:*?/\\)", () => {
        const headers = sheet.columns.map((c) => c.header.toLowerCase());
        expect(new Set(headers).size).toBe(headers.length);
        expect(sheet.name.length).toBeLessThanOrEqual(31);
        expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
      });

      it("declares column types the schema agrees with", () => {
        for (const column of sheet.columns) {
          const schema = fieldSchema(sheet, column.field);
          const accepts = (value: unknown) => schema.safeParse(value).success;
          const where = `${sheet.name} «${column.header}»`;
          switch (column.type) {
            case "integer":
              expect(accepts(2021), where).toBe(true);
              expect(accepts(2021.5), where).toBe(false);
              break;
            case "number":
              expect(accepts(6.25), where).toBe(true);
              break;
            case "date":
              expect(accepts("2021-06-30"), where).toBe(true);
              expect(accepts("30/06/2021"), where).toBe(false);
              break;
            case "boolean":
              expect(accepts(true), where).toBe(true);
              break;
            case "enum":
              expect(Object.keys(column.labels ?? {}).sort(), where).toEqual(enumOptions(schema)?.sort());
              break;
            case "list":
              expect(accepts(["Efficacia"]), where).toBe(true);
              break;
            case "id":
            case "text":
            case "longText":
              expect(accepts("Colloqui di orientamento"), where).toBe(true);
              break;
            case "json":
              expect(accepts("testo"), where).toBe(false);
              break;
          }
        }
      });
    });
  }

  it("enum labels are unique, comma-free (Excel's drop-down list) and never another value's code", () => {
    for (const sheet of SHEETS) {
      for (const column of sheet.columns.filter((c) => c.type === "enum")) {
        const labels = Object.values(column.labels ?? {});
        expect(new Set(labels.map((l) => l.toLowerCase())).size).toBe(labels.length);
        for (const [code, label] of Object.entries(column.labels ?? {})) {
          expect(label).not.toContain(",");
          const clash = Object.keys(column.labels ?? {}).find((other) => other !== code && other === label.toLowerCase());
          expect(clash).toBeUndefined();
        }
      }
    }
  });

  it("an empty cell means the schema's default, null, or a required value: Obiettivi", () => {
    const objectives = SHEETS.find((sheet) => sheet.name === "Obiettivi")!;
    const meaning = (field: string) => emptyCellMeaning(objectives, objectives.columns.find((c) => c.field === field)!);
    expect(meaning("code")).toEqual({ kind: "required" });
    expect(meaning("weight")).toEqual({ kind: "default" });
    expect(meaning("position")).toEqual({ kind: "default" });
    expect(meaning("dimensions")).toEqual({ kind: "default" });
    const reported = SHEETS.find((sheet) => sheet.name === "Tabelle riportate")!;
    expect(emptyCellMeaning(reported, reported.columns.find((c) => c.field === "columns")!)).toEqual({ kind: "value", value: [] });
    const warnings = SHEETS.find((sheet) => sheet.name === "Avvisi")!;
    expect(emptyCellMeaning(warnings, warnings.columns.find((c) => c.field === "message")!)).toEqual({ kind: "value", value: "" });
  });
});
