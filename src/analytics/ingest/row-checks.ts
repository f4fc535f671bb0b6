// What makes a staged row unacceptable, per file kind, as SQL over the staging table (all columns text).
// Each check names the field and says what is wrong in Italian; the first failing check is the row's reason.
// Staged rows live in DuckDB (the warehouse), so these checks use DuckDB functions (try_strptime, md5).
import {
  CHANNELS,
  CITIZENSHIPS,
  CLOSURE_REASONS,
  CONTRACT_TYPES,
  EDUCATION_LEVELS,
  EVENT_TYPES,
  GOL_TRACKS,
  LEP_CODES,
  OFFICE_KINDS,
  POLICY_TYPES,
  REQUIRED_ATTRIBUTE_BY_EVENT_TYPE,
  SEXES,
  type CodeList,
  type FileKind,
} from "../event-model";
import { ident, join, sql, value, type SqlFragment } from "../sql/fragment";

export interface RowCheck {
  field: string;
  /** true when the row fails. */
  fails: SqlFragment;
  message: string;
  /** the offending value shown in the reject file. */
  shown: SqlFragment;
}

const col = (name: string) => ident("k", name);
const isBlank = (name: string) => sql`${col(name)} IS NULL`;

function required(field: string): RowCheck {
  return { field, fails: isBlank(field), message: "campo obbligatorio vuoto", shown: sql`NULL` };
}

function code(field: string, codes: CodeList, label: string): RowCheck {
  const list = join(Object.keys(codes).map((c) => value(c)), "comma");
  return {
    field,
    fails: sql`${col(field)} IS NOT NULL AND ${col(field)} NOT IN (${list})`,
    message: `${label} sconosciuto (ammessi: ${Object.keys(codes).join(", ")})`,
    shown: col(field),
  };
}

/** Text → DATE, accepting 2022-06-15 and 15/06/2022. */
export function parsedDate(text: SqlFragment): SqlFragment {
  return sql`CAST(coalesce(try_strptime(${text}, '%Y-%m-%d'), try_strptime(${text}, '%d/%m/%Y')) AS DATE)`;
}

/** Text → BOOLEAN for flags written as true/false, 1/0, sì/no, s/n, vero/falso, x; empty is false. */
export function parsedFlag(text: SqlFragment): SqlFragment {
  return sql`CASE WHEN ${text} IS NULL THEN FALSE WHEN lower(${text}) IN ('true', '1', 'si', 'sì', 's', 'vero', 'x', 'yes', 'y') THEN TRUE WHEN lower(${text}) IN ('false', '0', 'no', 'n', 'falso') THEN FALSE END`;
}

function flag(field: string): RowCheck {
  return {
    field,
    fails: sql`${parsedFlag(col(field))} IS NULL`,
    message: "valore non riconosciuto (usare sì/no, true/false o 1/0)",
    shown: col(field),
  };
}

export function officeChecks(): RowCheck[] {
  return [
    required("office_code"),
    required("office_kind"),
    required("province_code"),
    required("region_code"),
    code("office_kind", OFFICE_KINDS, "tipo di sede"),
  ];
}

export function personChecks(asOf: string): RowCheck[] {
  const year = Number(asOf.slice(0, 4));
  return [
    required("person_id"),
    required("birth_year"),
    required("sex"),
    required("cpi_code"),
    {
      field: "birth_year",
      fails: sql`k.birth_year_value IS NULL OR k.birth_year_value NOT BETWEEN 1900 AND ${value(year)}`,
      message: `anno di nascita non valido (atteso un anno tra 1900 e ${year})`,
      shown: col("birth_year"),
    },
    code("sex", SEXES, "sesso"),
    code("citizenship", CITIZENSHIPS, "codice di cittadinanza"),
    code("education", EDUCATION_LEVELS, "titolo di studio"),
    flag("disadvantaged"),
    flag("disability"),
    flag("rdc"),
    flag("adi"),
    flag("naspi"),
    { field: "cpi_code", fails: sql`k.cpi_kind IS NULL`, message: "CPI sconosciuto", shown: col("cpi_code") },
    {
      field: "cpi_code",
      fails: sql`k.cpi_kind <> 'cpi'`,
      message: "la sede indicata non è un CPI ma un operatore accreditato",
      shown: col("cpi_code"),
    },
  ];
}

export function eventChecks(asOf: string): RowCheck[] {
  const byType = Object.entries(REQUIRED_ATTRIBUTE_BY_EVENT_TYPE).map(([type, field]) => ({
    field: field!,
    fails: sql`k.event_type = ${value(type)} AND ${isBlank(field!)}`,
    message: `obbligatorio per gli eventi ${type}`,
    shown: sql`NULL`,
  }));
  return [
    required("person_id"),
    required("event_date"),
    required("event_type"),
    required("cpi_code"),
    { field: "event_date", fails: sql`k.event_date_value IS NULL`, message: "data non valida (atteso AAAA-MM-GG o GG/MM/AAAA)", shown: col("event_date") },
    {
      field: "event_date",
      fails: sql`k.event_date_value > ${sqlDate(asOf)}`,
      message: `data futura (successiva al ${asOf.split("-").reverse().join("/")})`,
      shown: col("event_date"),
    },
    code("event_type", EVENT_TYPES, "tipo di evento"),
    code("channel", CHANNELS, "canale"),
    code("lep_code", LEP_CODES, "codice LEP"),
    code("gol_track", GOL_TRACKS, "percorso GOL"),
    code("policy_type", POLICY_TYPES, "tipo di misura"),
    code("closure_reason", CLOSURE_REASONS, "motivo di chiusura"),
    code("contract_type", CONTRACT_TYPES, "tipo di contratto"),
    {
      field: "contract_months",
      fails: sql`k.contract_months IS NOT NULL AND (k.contract_months_value IS NULL OR k.contract_months_value NOT BETWEEN 0 AND 600)`,
      message: "durata in mesi non valida (atteso un intero tra 0 e 600)",
      shown: col("contract_months"),
    },
    ...byType,
    { field: "person_id", fails: sql`k.person_key IS NULL`, message: "persona sconosciuta (caricare prima il file delle persone)", shown: col("person_id") },
    { field: "cpi_code", fails: sql`k.cpi_kind IS NULL`, message: "CPI sconosciuto", shown: col("cpi_code") },
    {
      field: "cpi_code",
      fails: sql`k.cpi_kind <> 'cpi'`,
      message: "la sede indicata non è un CPI ma un operatore accreditato",
      shown: col("cpi_code"),
    },
    { field: "operator_code", fails: sql`k.operator_kind IS NULL`, message: "sede che eroga sconosciuta", shown: col("operator_code") },
  ];
}

export function checksFor(kind: FileKind, asOf: string): RowCheck[] {
  if (kind === "offices") return officeChecks();
  if (kind === "persons") return personChecks(asOf);
  return eventChecks(asOf);
}

/** The index (1-based) of the first failing check, checks.length + 1 for a duplicate, NULL for a good row. */
export function problemIndex(checks: RowCheck[], duplicateOf: SqlFragment): SqlFragment {
  const whens = checks.map((c, i) => sql`WHEN ${c.fails} THEN ${value(i + 1)}`);
  return sql`CASE ${join(whens, "line")}\n    WHEN ${duplicateOf} IS NOT NULL THEN ${value(checks.length + 1)} END`;
}

/**
 * Field, message and offending value of a rejected row, from its problem index (column `problem` of alias c)
 * and its staged text (alias k). Evaluated for rejected rows only.
 */
export function problemDescription(checks: RowCheck[]): SqlFragment {
  const duplicate = value(checks.length + 1);
  const pick = (choose: (c: RowCheck) => SqlFragment, onDuplicate: SqlFragment) =>
    sql`CASE c.problem ${join(checks.map((c, i) => sql`WHEN ${value(i + 1)} THEN ${choose(c)}`), "line")} WHEN ${duplicate} THEN ${onDuplicate} END`;
  return join(
    [
      sql`${pick((c) => value(c.field), sql`'riga'`)} AS field`,
      sql`${pick((c) => value(c.message), sql`'riga duplicata: stessa chiave della riga ' || CAST(c.duplicate_of AS VARCHAR)`)} AS reason`,
      sql`${pick((c) => sql`CAST(${c.shown} AS VARCHAR)`, sql`NULL`)} AS shown`,
    ],
    "commaLine",
  );
}

function sqlDate(iso: string): SqlFragment {
  return sql`CAST(${value(iso)} AS DATE)`;
}
