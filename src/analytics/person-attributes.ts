// A person's attributes packed into one integer, copied onto each of the person's events at ingestion
// (events.person_attrs, with the person's CPI in events.person_cpi and its integer key, offices.office_key, in
// events.person_cpi_key). The per-person passes group events by
// person anyway: carrying min(person_attrs) through that GROUP BY gives every person's attributes without
// joining the ten-million-row persons table, which at national scale was the costliest join of the indicator
// set (measured at 100M events: 2,6 s of CPU to probe 10M persons, another 1,5 s for the events counted by
// target group). Persons are never updated once loaded (a repeated person is "already present"), so the copy
// cannot go stale.
//
// Layout, from the lowest bit: sex (2 bits), citizenship (2), education (3), the five flags (1 each),
// birth year (11 bits: 0…2047). A code is stored as its position in the list + 1, 0 meaning no value.
import { CITIZENSHIPS, EDUCATION_LEVELS, FILTERABLE_PERSON_FIELDS, SEXES, type CodeList } from "./event-model";
import type { FieldResolver } from "./generate/compile-filter";
import { codeValue, join, sql, value, type SqlFragment } from "./sql/fragment";
import { CODE_TYPE_BY_COLUMN } from "./warehouse-schema";

type PackedField =
  | { name: string; kind: "code"; list: CodeList; shift: number; bits: number }
  | { name: string; kind: "flag"; shift: number; bits: 1 }
  | { name: string; kind: "year"; shift: number; bits: number };

const FIELDS: PackedField[] = [
  { name: "sex", kind: "code", list: SEXES, shift: 0, bits: 2 },
  { name: "citizenship", kind: "code", list: CITIZENSHIPS, shift: 2, bits: 2 },
  { name: "education", kind: "code", list: EDUCATION_LEVELS, shift: 4, bits: 3 },
  { name: "disadvantaged", kind: "flag", shift: 7, bits: 1 },
  { name: "disability", kind: "flag", shift: 8, bits: 1 },
  { name: "rdc", kind: "flag", shift: 9, bits: 1 },
  { name: "adi", kind: "flag", shift: 10, bits: 1 },
  { name: "naspi", kind: "flag", shift: 11, bits: 1 },
  { name: "birth_year", kind: "year", shift: 12, bits: 11 },
];

/** The packed integer of a person, from the columns of a row of persons (or of the checked persons) `column`. */
export function packPersonAttributes(column: (name: string) => SqlFragment): SqlFragment {
  const parts = FIELDS.map((f) => {
    const scale = value(2 ** f.shift);
    const c = column(f.name);
    if (f.kind === "flag") return sql`(CASE WHEN ${c} THEN ${scale} ELSE 0 END)`;
    if (f.kind === "year") return sql`(CAST(${c} AS INTEGER) * ${scale})`;
    const codes = Object.keys(f.list).map((code, i) => sql`WHEN ${c} = ${codeValue(code, CODE_TYPE_BY_COLUMN[f.name]!)} THEN ${value((i + 1) * 2 ** f.shift)}`);
    return sql`(CASE ${join(codes, "space")} ELSE 0 END)`;
  });
  return sql`(${join(parts, "plus")})`;
}

/** One attribute read back from the packed integer, with the type of the persons' column. */
export function unpackPersonAttribute(name: string, packed: SqlFragment): SqlFragment {
  const f = FIELDS.find((x) => x.name === name);
  if (!f) throw new Error(`attributo della persona non compresso: ${name}`);
  const bits = sql`((${packed} >> ${value(f.shift)}) & ${value(2 ** f.bits - 1)})`;
  if (f.kind === "flag") return sql`(${bits} = 1)`;
  if (f.kind === "year") return sql`CAST(${bits} AS SMALLINT)`;
  const codes = Object.keys(f.list).map((code, i) => sql`WHEN ${value(i + 1)} THEN ${codeValue(code, CODE_TYPE_BY_COLUMN[f.name]!)}`);
  return sql`(CASE ${bits} ${join(codes, "space")} END)`;
}

/**
 * Person fields read from a packed integer and a CPI column (events.person_attrs and events.person_cpi, or
 * the same carried by the timeline), for filters and target groups; age is computed for `ageYear`.
 */
export function packedPersonFieldResolver(packed: SqlFragment, cpi: SqlFragment, ageYear: number): FieldResolver {
  return (field) => {
    const spec = FILTERABLE_PERSON_FIELDS[field];
    if (!spec) throw new Error(`campo delle persone inesistente: ${field}`);
    if (field === "age") return { expression: sql`(${value(ageYear)} - ${unpackPersonAttribute("birth_year", packed)})`, spec, isNullable: false };
    const isNullable = !spec.isRequired && spec.type.kind !== "boolean";
    const expression = field === "cpi_code" ? cpi : unpackPersonAttribute(field, packed);
    return { expression, spec, isNullable, codeType: CODE_TYPE_BY_COLUMN[field] };
  };
}
