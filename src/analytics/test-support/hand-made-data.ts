// A small data set written by hand, whose indicator values are worked out by hand in the tests
// (shipped-definitions.test.ts). Eight persons in three CPI (two in Milano, one in Firenze) and one
// accredited operator; events mostly in 2022, a few in 2021 (outside the period) and 2023 (outcomes).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const HAND_MADE_OFFICES = [
  { office_code: "C01", office_kind: "cpi", office_name: "CPI Milano", province_code: "MI", province_name: "Milano", region_code: "LOM", region_name: "Lombardia" },
  { office_code: "C02", office_kind: "cpi", office_name: "CPI Rho", province_code: "MI", province_name: "Milano", region_code: "LOM", region_name: "Lombardia" },
  { office_code: "C03", office_kind: "cpi", office_name: "CPI Firenze", province_code: "FI", province_name: "Firenze", region_code: "TOS", region_name: "Toscana" },
  { office_code: "A01", office_kind: "accredited", office_name: "Agenzia Lavoro Uno", province_code: "MI", province_name: "Milano", region_code: "LOM", region_name: "Lombardia" },
];

type Flags = { disadvantaged?: boolean; disability?: boolean; rdc?: boolean; adi?: boolean; naspi?: boolean };
const person = (person_id: string, birth_year: number, sex: "F" | "M", citizenship: string, cpi_code: string, flags: Flags = {}) => ({
  person_id,
  birth_year,
  sex,
  citizenship,
  education: "upper_secondary",
  disadvantaged: flags.disadvantaged ?? false,
  disability: flags.disability ?? false,
  rdc: flags.rdc ?? false,
  adi: flags.adi ?? false,
  naspi: flags.naspi ?? false,
  cpi_code,
});

export const HAND_MADE_PERSONS = [
  person("P1", 1990, "F", "IT", "C01", { rdc: true }),
  person("P2", 1985, "M", "IT", "C01", { naspi: true }),
  person("P3", 2000, "M", "EXTRA_EU", "C02"),
  person("P4", 1965, "F", "IT", "C02", { disadvantaged: true }),
  person("P5", 1995, "M", "IT", "C03"),
  person("P6", 1970, "M", "IT", "C03", { naspi: true }),
  person("P7", 1998, "F", "EU", "C01", { adi: true }), // no events: counts only in population denominators
  person("P8", 1960, "M", "IT", "C03", { rdc: true }), // events in 2021 only
];

interface EventRow {
  event_id: string;
  person_id: string;
  event_date: string;
  event_type: string;
  cpi_code: string;
  operator_code?: string;
  channel?: string;
  lep_code?: string;
  gol_track?: string;
  policy_type?: string;
  closure_reason?: string;
  contract_type?: string;
  contract_months?: number;
}

let counter = 0;
const event = (person_id: string, cpi_code: string, event_date: string, event_type: string, extra: Partial<EventRow> = {}): EventRow => ({
  event_id: `E${String(++counter).padStart(3, "0")}`,
  person_id,
  event_date,
  event_type,
  cpi_code,
  ...extra,
});

export const HAND_MADE_EVENTS: EventRow[] = [
  // P1, CPI Milano: PSP 1 Feb, guidance, training at the accredited operator 73 days later, hired 120 days later.
  event("P1", "C01", "2022-01-10", "did"),
  event("P1", "C01", "2022-01-10", "access", { channel: "in_person" }),
  event("P1", "C01", "2022-02-01", "psp_signed"),
  event("P1", "C01", "2022-02-01", "lep_service", { lep_code: "C", channel: "in_person" }),
  event("P1", "C01", "2022-03-01", "lep_service", { lep_code: "E", channel: "remote" }),
  event("P1", "C01", "2022-03-01", "access", { channel: "remote" }),
  event("P1", "C01", "2022-04-15", "policy_start", { policy_type: "training", operator_code: "A01" }),
  event("P1", "C01", "2022-06-01", "hiring", { contract_type: "fixed_term", contract_months: 12 }),
  // P2, CPI Milano: GOL from June, matching, digital training from September, permanent job in November.
  event("P2", "C01", "2022-06-10", "gol_assessment", { gol_track: "1" }),
  event("P2", "C01", "2022-06-15", "psp_signed"),
  event("P2", "C01", "2022-06-15", "lep_service", { lep_code: "C", channel: "remote" }),
  event("P2", "C01", "2022-06-15", "access", { channel: "in_person" }),
  event("P2", "C01", "2022-07-01", "matching"),
  event("P2", "C01", "2022-09-20", "policy_start", { policy_type: "digital_training" }),
  event("P2", "C01", "2022-11-02", "hiring", { contract_type: "permanent" }),
  // P3, CPI Rho: GOL in July, basic guidance only, drops out, short job.
  event("P3", "C02", "2022-07-01", "gol_assessment", { gol_track: "2" }),
  event("P3", "C02", "2022-07-01", "psp_signed"),
  event("P3", "C02", "2022-07-05", "lep_service", { lep_code: "C", channel: "in_person" }),
  event("P3", "C02", "2022-09-01", "closure", { closure_reason: "dropout" }),
  event("P3", "C02", "2022-10-01", "hiring", { contract_type: "fixed_term", contract_months: 3 }),
  // P4, CPI Rho: a pact in 2021 and a new one in September 2022 with GOL, training and an internship.
  event("P4", "C02", "2021-11-10", "psp_signed"),
  event("P4", "C02", "2022-09-01", "gol_assessment", { gol_track: "4" }),
  event("P4", "C02", "2022-09-05", "psp_signed"),
  event("P4", "C02", "2022-09-05", "lep_service", { lep_code: "C", channel: "in_person" }),
  event("P4", "C02", "2022-09-06", "referral"),
  event("P4", "C02", "2022-10-10", "policy_start", { policy_type: "training", operator_code: "A01" }),
  event("P4", "C02", "2022-11-01", "policy_start", { policy_type: "internship", operator_code: "A01" }),
  event("P4", "C02", "2023-02-01", "hiring", { contract_type: "apprenticeship", contract_months: 36 }),
  // P5, CPI Firenze: remote reception and guidance, LEP H at the accredited operator, late incentive and job.
  event("P5", "C03", "2022-03-10", "psp_signed"),
  event("P5", "C03", "2022-03-10", "lep_service", { lep_code: "A", channel: "remote" }),
  event("P5", "C03", "2022-03-10", "lep_service", { lep_code: "C", channel: "remote" }),
  event("P5", "C03", "2022-03-10", "access", { channel: "remote" }),
  event("P5", "C03", "2022-05-02", "lep_service", { lep_code: "H", operator_code: "A01" }),
  event("P5", "C03", "2022-12-01", "hiring", { contract_type: "fixed_term", contract_months: 6 }),
  event("P5", "C03", "2023-01-20", "policy_start", { policy_type: "incentive" }),
  // P6, CPI Firenze: pact on 20 December at the accredited operator, hired in March 2023.
  event("P6", "C03", "2022-12-20", "psp_signed", { operator_code: "A01" }),
  event("P6", "C03", "2022-12-20", "lep_service", { lep_code: "C", channel: "in_person" }),
  event("P6", "C03", "2023-03-01", "hiring", { contract_type: "permanent" }),
  event("P6", "C03", "2023-03-01", "closure", { closure_reason: "hired" }),
  // P8, CPI Firenze: only 2021.
  event("P8", "C03", "2021-05-05", "psp_signed"),
  event("P8", "C03", "2021-06-01", "policy_start", { policy_type: "training" }),
];

export const EVENT_COLUMNS = [
  "event_id",
  "person_id",
  "event_date",
  "event_type",
  "cpi_code",
  "operator_code",
  "channel",
  "lep_code",
  "gol_track",
  "policy_type",
  "closure_reason",
  "contract_type",
  "contract_months",
] as const;

/** Rows → CSV text with ";" (as Italian Excel writes it). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[], separator = ";"): string {
  const cell = (v: unknown) => {
    if (v === undefined || v === null) return "";
    const text = String(v);
    return /[";\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(separator), ...rows.map((r) => columns.map((c) => cell(r[c])).join(separator))].join("\n") + "\n";
}

export interface HandMadeFiles {
  offices: string;
  persons: string;
  events: string;
}

export function writeHandMadeCsv(dir: string): HandMadeFiles {
  mkdirSync(dir, { recursive: true });
  const files = {
    offices: join(dir, "sedi.csv"),
    persons: join(dir, "persone.csv"),
    events: join(dir, "eventi.csv"),
  };
  writeFileSync(files.offices, toCsv(Object.keys(HAND_MADE_OFFICES[0]!), HAND_MADE_OFFICES));
  writeFileSync(files.persons, toCsv(Object.keys(HAND_MADE_PERSONS[0]!), HAND_MADE_PERSONS));
  writeFileSync(files.events, toCsv(EVENT_COLUMNS, HAND_MADE_EVENTS as unknown as Record<string, unknown>[]));
  return files;
}
