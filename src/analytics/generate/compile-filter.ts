// Filters of the definition language → SQL conditions. Every test is two-valued: a field without a value
// never matches `lep_code: C`, and does match `lep_code: {ne: C}` (an event that is not a LEP C service).
import {
  FILTERABLE_EVENT_FIELDS,
  FILTERABLE_PERSON_FIELDS,
  type FieldSpec,
} from "../event-model";
import type { FieldTest, Filter, Scalar } from "../definition/definition-schema";
import { and, codeValue, ident, join, or, sql, value, type SqlFragment } from "../sql/fragment";
import { CODE_TYPE_BY_COLUMN } from "../warehouse-schema";

export interface ResolvedField {
  expression: SqlFragment;
  spec: FieldSpec;
  isNullable: boolean;
  /** the ENUM type of a stored code column (DuckDB), so literals compare as codes. */
  codeType?: string;
}

export type FieldResolver = (field: string) => ResolvedField;

export function compileFilter(filter: Filter, resolve: FieldResolver, isNegated = false): SqlFragment {
  const conditions: SqlFragment[] = [];
  for (const [key, test] of Object.entries(filter)) {
    if (test === undefined) continue;
    if (key === "any_of") conditions.push(or((test as Filter[]).map((f) => compileFilter(f, resolve, isNegated))));
    else if (key === "all_of") conditions.push(and((test as Filter[]).map((f) => compileFilter(f, resolve, isNegated))));
    else if (key === "not") conditions.push(sql`NOT (${compileFilter(test as Filter, resolve, !isNegated)})`);
    else conditions.push(compileFieldTest(resolve(key), test as FieldTest, isNegated));
  }
  return and(conditions);
}

function compileFieldTest(field: ResolvedField, test: FieldTest, isNegated: boolean): SqlFragment {
  const column = field.expression;
  const v = (scalar: Scalar) => typedValue(scalar, field);
  const list = (scalars: Scalar[]) => join(scalars.map(v), "comma");
  // Under NOT, "x = 'C'" on a missing x would be NULL and NOT NULL stays NULL (no match): guard it.
  const present = (condition: SqlFragment) =>
    field.isNullable && isNegated ? sql`(${column} IS NOT NULL AND ${condition})` : condition;
  const absentOr = (condition: SqlFragment) => (field.isNullable ? sql`(${column} IS NULL OR ${condition})` : condition);

  // A list of codes is written as equalities joined by OR: DuckDB turns an IN list of ENUM literals into a hash
  // join against a constant table for every row scanned (measured: ~5% of the indicator set at 100M events).
  const isIn = (scalars: Scalar[]) =>
    field.codeType && scalars.length > 1 ? sql`(${or(scalars.map((s) => sql`${column} = ${v(s)}`))})` : sql`${column} IN (${list(scalars)})`;
  if (Array.isArray(test)) return present(isIn(test));
  if (typeof test !== "object") return present(sql`${column} = ${v(test)}`);
  const parts: SqlFragment[] = [];
  if (test.eq !== undefined) parts.push(present(sql`${column} = ${v(test.eq)}`));
  if (test.ne !== undefined) parts.push(absentOr(sql`${column} <> ${v(test.ne)}`));
  if (test.in !== undefined) parts.push(present(isIn(test.in)));
  if (test.not_in !== undefined) parts.push(absentOr(sql`NOT ${isIn(test.not_in)}`));
  if (test.gt !== undefined) parts.push(present(sql`${column} > ${value(test.gt)}`));
  if (test.gte !== undefined) parts.push(present(sql`${column} >= ${value(test.gte)}`));
  if (test.lt !== undefined) parts.push(present(sql`${column} < ${value(test.lt)}`));
  if (test.lte !== undefined) parts.push(present(sql`${column} <= ${value(test.lte)}`));
  if (test.is_null !== undefined) parts.push(test.is_null ? sql`${column} IS NULL` : sql`${column} IS NOT NULL`);
  return and(parts);
}

// Codes are text in the warehouse even when YAML reads them as numbers (gol_track: 1).
function typedValue(scalar: Scalar, field: ResolvedField): SqlFragment {
  switch (field.spec.type.kind) {
    case "code":
      return field.codeType ? codeValue(String(scalar), field.codeType) : value(String(scalar));
    case "text":
    case "reference":
      return value(String(scalar));
    default:
      return value(scalar);
  }
}

/** Event fields read from the events table under `alias`. */
export function eventFieldResolver(alias: string): FieldResolver {
  return (field) => {
    const spec = FILTERABLE_EVENT_FIELDS[field];
    if (!spec) throw new Error(`campo degli eventi inesistente: ${field}`);
    return { expression: ident(alias, field), spec, isNullable: !spec.isRequired && field !== "operator_kind", codeType: CODE_TYPE_BY_COLUMN[field] };
  };
}

/** Person fields read from a row carrying the persons' columns under `alias`; age is computed for `ageYear`. */
export function personFieldResolver(alias: string | null, ageYear: number): FieldResolver {
  const column = (name: string) => (alias ? ident(alias, name) : ident(name));
  return (field) => {
    const spec = FILTERABLE_PERSON_FIELDS[field];
    if (!spec) throw new Error(`campo delle persone inesistente: ${field}`);
    if (field === "age") return { expression: sql`(${value(ageYear)} - ${column("birth_year")})`, spec, isNullable: false };
    // Boolean flags are stored NOT NULL (a missing flag is loaded as false), like the required fields.
    const isNullable = !spec.isRequired && spec.type.kind !== "boolean";
    return { expression: column(field), spec, isNullable, codeType: CODE_TYPE_BY_COLUMN[field] };
  };
}
