// A seeded synthetic data set of offices, persons and events, generated inside DuckDB: persons are
// range(N), every person has a fixed list of event "slots" (DID, profiling, pact, GOL assessment, LEP services,
// policies, closure, hiring, accesses), and each slot is kept or dropped by a hash of (seed, person, slot) —
// no row is built in JavaScript, so 100 million events take seconds, and the same seed gives the same data
// (on the same DuckDB version: hash() is DuckDB's own). Proportions: volumes.ts.
import { mkdirSync } from "node:fs";
import { join as joinPath } from "node:path";
import type { DuckDbRunner } from "../fetch/duckdb-runner";
import { join, sql, value, type SqlFragment } from "../sql/fragment";
import { REGIONS, VOLUMES, defaultCpiCount } from "./volumes";

export interface SyntheticOptions {
  persons: number;
  seed: number;
  outDir: string;
  format: "parquet" | "csv";
  /** CPI in the network; default defaultCpiCount(persons). */
  cpiCount?: number;
  /** events after this date are not generated (they would be rejected as future dates). */
  lastDate?: string;
  /**
   * A named network in one province (the demo's Città metropolitana di Milano) instead of numbered provinces
   * spread over the twenty regions: one CPI per name, codes C0000, C0001… in the order given.
   */
  network?: SyntheticNetwork;
}

export interface SyntheticNetwork {
  cpiNames: string[];
  province: { code: string; name: string };
  region: { code: string; name: string };
}

export interface SyntheticFiles {
  offices: string;
  persons: string;
  events: string;
  counts: { offices: number; persons: number; events: number };
}

const FIRST_DATE = "2021-01-01";
const SLOT_COUNT = 13 + VOLUMES.accessSlots;

export async function generateSyntheticData(runner: DuckDbRunner, options: SyntheticOptions): Promise<SyntheticFiles> {
  mkdirSync(options.outDir, { recursive: true });
  const cpiCount = options.network?.cpiNames.length ?? options.cpiCount ?? defaultCpiCount(options.persons);
  const accreditedCount = cpiCount * 2;
  const extension = options.format === "parquet" ? "parquet" : "csv";
  const files = {
    offices: joinPath(options.outDir, `sedi.${extension}`),
    persons: joinPath(options.outDir, `persone.${extension}`),
    events: joinPath(options.outDir, `eventi.${extension}`),
  };
  const copyOptions = options.format === "parquet" ? sql`(FORMAT parquet, COMPRESSION zstd)` : sql`(HEADER, DELIMITER ';')`;
  const write = async (select: SqlFragment, file: string) => {
    await runner.execute(sql`COPY (${select}) TO ${value(file)} ${copyOptions}`);
    const [{ n }] = (await runner.query(
      options.format === "parquet"
        ? sql`SELECT count(*) AS n FROM read_parquet(${value(file)})`
        : sql`SELECT count(*) AS n FROM read_csv(${value(file)}, delim = ';', header = true, all_varchar = true)`,
    )) as [{ n: number }];
    return n;
  };
  const context = {
    seed: options.seed,
    persons: options.persons,
    cpiCount,
    accreditedCount,
    lastDate: options.lastDate ?? "2023-12-31",
    network: options.network ?? null,
  };
  return {
    ...files,
    counts: {
      offices: await write(officesSelect(context), files.offices),
      persons: await write(personsSelect(context), files.persons),
      events: await write(eventsSelect(context), files.events),
    },
  };
}

interface Context {
  seed: number;
  persons: number;
  cpiCount: number;
  accreditedCount: number;
  lastDate: string;
  network: SyntheticNetwork | null;
}

/** A uniform number in [0, 1) from a hash of the seed and the given columns. */
function uniform(seed: number, ...parts: SqlFragment[]): SqlFragment {
  return sql`(CAST(hash(${value(seed)}, ${join(parts, "comma")}) % 1000003 AS DOUBLE) / 1000003.0)`;
}

/** Picks a key by cumulative probability: {a: 0.2, b: 0.8} → CASE WHEN u < 0.2 THEN 'a' ELSE 'b' END. */
function choose(u: SqlFragment, weights: Record<string, number>): SqlFragment {
  const entries = Object.entries(weights);
  let cumulative = 0;
  const branches = entries.slice(0, -1).map(([key, weight]) => {
    cumulative += weight;
    return sql`WHEN ${u} < ${value(Math.round(cumulative * 1e6) / 1e6)} THEN ${value(key)}`;
  });
  return sql`CASE ${join(branches, "line")} ELSE ${value(entries.at(-1)![0])} END`;
}

function code(prefix: string, number: SqlFragment, width: number): SqlFragment {
  return sql`${value(prefix)} || lpad(CAST(${number} AS VARCHAR), ${value(width)}, '0')`;
}

function regionsTable(): SqlFragment {
  const rows = REGIONS.map(([code, name], i) => sql`(${value(i)}, ${value(code)}, ${value(name)})`);
  return sql`(VALUES ${join(rows, "comma")}) AS r(region_index, region_code, region_name)`;
}

function officesSelect(c: Context): SqlFragment {
  if (c.network) return networkOfficesSelect(c, c.network);
  // Five CPI to a province, provinces spread over the twenty regions; accredited operators spread at random.
  const cpi = sql`SELECT ${code("C", sql`i`, 4)} AS office_code, 'cpi' AS office_kind, 'CPI ' || ${code("C", sql`i`, 4)} AS office_name,
    CAST(i // 5 AS INTEGER) AS province_index FROM range(${value(c.cpiCount)}) t(i)`;
  const accredited = sql`SELECT ${code("A", sql`i`, 4)}, 'accredited', 'Operatore accreditato ' || ${code("A", sql`i`, 4)},
    CAST(floor(${uniform(c.seed, sql`'office'`, sql`i`)} * ${value(Math.ceil(c.cpiCount / 5))}) AS INTEGER) FROM range(${value(c.accreditedCount)}) t(i)`;
  return sql`SELECT o.office_code, o.office_kind, o.office_name,
  ${code("PR", sql`o.province_index`, 3)} AS province_code, 'Provincia ' || ${code("PR", sql`o.province_index`, 3)} AS province_name,
  r.region_code, r.region_name
FROM (${cpi}\nUNION ALL\n${accredited}) o
JOIN ${regionsTable()} ON r.region_index = o.province_index % ${value(REGIONS.length)}
ORDER BY o.office_code`;
}

function networkOfficesSelect(c: Context, network: SyntheticNetwork): SqlFragment {
  const names = network.cpiNames.map((name, i) => sql`(${value(i)}, ${value(name)})`);
  const place = sql`${value(network.province.code)} AS province_code, ${value(network.province.name)} AS province_name, ${value(network.region.code)} AS region_code, ${value(network.region.name)} AS region_name`;
  return sql`SELECT ${code("C", sql`i`, 4)} AS office_code, 'cpi' AS office_kind, name AS office_name, ${place}
FROM (VALUES ${join(names, "comma")}) AS n(i, name)
UNION ALL
SELECT ${code("A", sql`i`, 4)}, 'accredited', 'Operatore accreditato ' || ${code("A", sql`i`, 4)}, ${place}
FROM range(${value(c.accreditedCount)}) t(i)
ORDER BY office_code`;
}

function peopleSelect(c: Context): SqlFragment {
  const u = (salt: string) => uniform(c.seed, sql`n`, value(salt));
  const V = VOLUMES;
  const flag = (salt: string, p: number) => sql`${u(salt)} < ${value(p)}`;
  return sql`SELECT n,
    printf('P%09d', n) AS person_id,
    CAST(CASE WHEN ${u("young")} < ${value(V.under30)} THEN 1993 + floor(${u("age")} * 12) ELSE 1958 + floor(${u("age")} * 35) END AS INTEGER) AS birth_year,
    CASE WHEN ${u("sex")} < ${value(V.women)} THEN 'F' ELSE 'M' END AS sex,
    ${choose(u("citizenship"), V.citizenship)} AS citizenship,
    ${choose(u("education"), V.education)} AS education,
    ${flag("disadvantaged", V.disadvantaged)} AS disadvantaged,
    ${flag("disability", V.disability)} AS disability,
    ${flag("rdc", V.rdc)} AS rdc,
    ${flag("adi", V.adi)} AS adi,
    ${flag("naspi", V.naspi)} AS naspi,
    ${code("C", sql`CAST(floor(${u("cpi")} * ${value(c.cpiCount)}) AS INTEGER)`, 4)} AS cpi_code,
    CAST(${value(FIRST_DATE)} AS DATE) + CAST(floor(${u("did")} * ${value(V.didSpreadDays)}) AS INTEGER) AS did_date,
    ${flag("pact", V.pact)} AS has_pact,
    CAST(3 + floor(${u("pact_delay")} * 42) AS INTEGER) AS pact_delay
  FROM range(${value(c.persons)}) t(n)`;
}

function personsSelect(c: Context): SqlFragment {
  return sql`SELECT person_id, birth_year, sex, citizenship, education, disadvantaged, disability, rdc, adi, naspi, cpi_code
FROM (${peopleSelect(c)}) people ORDER BY n`;
}

function eventsSelect(c: Context): SqlFragment {
  const V = VOLUMES;
  const u = (salt: number) => uniform(c.seed, sql`n`, sql`slot`, value(salt));
  const keep = u(0);
  const pick = u(1);
  const days = u(2);
  const extra = u(3);
  const pact = sql`(did_date + pact_delay)`;
  const after = (base: SqlFragment, min: number, spread: number) => sql`${base} + CAST(${value(min)} + floor(${days} * ${value(spread)}) AS INTEGER)`;
  const accredited = sql`${code("A", sql`CAST(floor(${u(4)} * ${value(c.accreditedCount)}) AS INTEGER)`, 4)}`;
  const slot = (n: number) => value(n);
  const accessSlots = join(
    Array.from({ length: V.accessSlots }, (_, i) => slot(13 + i)),
    "comma",
  );
  const golTracks = Object.fromEntries(V.golTracks.map((p, i) => [String(i + 1), p]));
  const remote = (p: number) => sql`CASE WHEN ${extra} < ${value(p)} THEN 'remote' ELSE 'in_person' END`;
  const otherLep = sql`['B', 'D', 'G', 'I', 'J', 'K', 'L'][1 + CAST(floor(${pick} * 7) AS INTEGER)]`;

  return sql`WITH slots AS (
  SELECT p.*, s.slot FROM (${peopleSelect(c)}) p CROSS JOIN range(${value(SLOT_COUNT)}) s(slot)
),
drawn AS (
  SELECT n, slot, person_id, cpi_code,
    CASE slot
      WHEN 0 THEN TRUE
      WHEN 1 THEN ${keep} < ${value(V.profiling)}
      WHEN 2 THEN has_pact
      WHEN 3 THEN has_pact AND ${pact} >= CAST(${value(V.golStart)} AS DATE) AND ${keep} < ${value(V.golAssessmentFromPact)}
      WHEN 4 THEN ${keep} < ${value(V.receptionLepA)}
      WHEN 5 THEN has_pact AND ${keep} < ${value(V.basicGuidanceLepCOfPact)}
      WHEN 6 THEN has_pact AND ${keep} < ${value(V.furtherLepOfPact)}
      WHEN 7 THEN has_pact AND ${keep} < ${value(V.otherLepOfPact)}
      WHEN 8 THEN has_pact AND ${keep} < ${value(V.matchingOfPact)}
      WHEN 9 THEN has_pact AND ${keep} < ${value(V.referralOfPact)}
      WHEN 10 THEN has_pact AND ${keep} < ${value(V.policyOfPact)}
      WHEN 11 THEN has_pact AND ${keep} < ${value(V.closureOfPact)}
      WHEN 12 THEN ${keep} < ${value(V.hiring)}
      ELSE ${keep} < ${value(V.access)}
    END AS is_kept,
    CASE slot
      WHEN 0 THEN 'did' WHEN 1 THEN 'profiling' WHEN 2 THEN 'psp_signed' WHEN 3 THEN 'gol_assessment'
      WHEN 4 THEN 'lep_service' WHEN 5 THEN 'lep_service' WHEN 6 THEN 'lep_service' WHEN 7 THEN 'lep_service'
      WHEN 8 THEN 'matching' WHEN 9 THEN 'referral' WHEN 10 THEN 'policy_start' WHEN 11 THEN 'closure'
      WHEN 12 THEN 'hiring' ELSE 'access'
    END AS event_type,
    CASE slot
      WHEN 0 THEN did_date
      WHEN 1 THEN ${after(sql`did_date`, 0, 7)}
      WHEN 2 THEN ${pact}
      WHEN 3 THEN ${pact} - CAST(floor(${days} * 6) AS INTEGER)
      WHEN 4 THEN did_date
      WHEN 5 THEN ${after(pact, 0, 21)}
      WHEN 6 THEN ${after(pact, 5, 116)}
      WHEN 7 THEN ${after(pact, 10, 190)}
      WHEN 8 THEN ${after(pact, 10, 140)}
      WHEN 9 THEN ${after(pact, 5, 55)}
      WHEN 10 THEN ${pact} + CAST(15 + floor(${days} * ${days} * 285) AS INTEGER)
      WHEN 11 THEN ${after(pact, 30, 370)}
      WHEN 12 THEN ${after(sql`did_date`, 20, 520)}
      ELSE ${after(sql`did_date`, 0, 400)}
    END AS event_date,
    CASE
      WHEN slot IN (6, 7) AND ${extra} < ${value(V.lepAtAccredited)} THEN ${accredited}
      WHEN slot = 10 AND ${extra} < ${value(V.policyAtAccredited)} THEN ${accredited}
    END AS operator_code,
    CASE WHEN slot IN (4, 5) THEN ${remote(V.remoteService)} WHEN slot IN (${accessSlots}) THEN ${remote(V.remoteAccess)} END AS channel,
    CASE slot WHEN 4 THEN 'A' WHEN 5 THEN 'C' WHEN 6 THEN ${choose(pick, V.furtherLepLetters)} WHEN 7 THEN ${otherLep} END AS lep_code,
    CASE WHEN slot = 3 THEN ${choose(pick, golTracks)} END AS gol_track,
    CASE WHEN slot = 10 THEN ${choose(pick, V.policyTypes)} END AS policy_type,
    CASE WHEN slot = 11 THEN ${choose(pick, V.closureReasons)} END AS closure_reason,
    CASE WHEN slot = 12 THEN ${choose(pick, V.contractTypes)} END AS contract_type,
    ${extra} AS duration_draw
  FROM slots
)
SELECT 'E' || CAST(n AS VARCHAR) || '-' || CAST(slot AS VARCHAR) AS event_id, person_id, event_date, event_type, cpi_code,
  operator_code, channel, lep_code, gol_track, policy_type, closure_reason, contract_type,
  CASE contract_type
    WHEN 'fixed_term' THEN CAST(1 + floor(duration_draw * 24) AS INTEGER)
    WHEN 'apprenticeship' THEN 36
    WHEN 'temporary_agency' THEN CAST(1 + floor(duration_draw * 12) AS INTEGER)
    WHEN 'intermittent' THEN CAST(1 + floor(duration_draw * 6) AS INTEGER)
  END AS contract_months
FROM drawn
WHERE is_kept AND event_date <= CAST(${value(c.lastDate)} AS DATE)`;
}
