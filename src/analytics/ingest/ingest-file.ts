// Loads one CSV or Parquet file of offices, persons or events into the warehouse:
//   fingerprint → stage (all text, with line numbers) → check every row in SQL → write rejects → insert.
// A file already loaded (same fingerprint) is not loaded again; rows already present from another file
// (same natural key: event_id, person_id, office_code) are counted and skipped, so re-runs never duplicate.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { DuckDBDataChunk, INTEGER, VARCHAR } from "@duckdb/node-api";
import { FIELDS_BY_FILE_KIND, type FileKind } from "../event-model";
import type { DuckDbRunner } from "../fetch/duckdb-runner";
import { packPersonAttributes } from "../person-attributes";
import { ident, join, sql, value, type SqlFragment } from "../sql/fragment";
import { readCsvBatches } from "./csv-records";
import { checksFor, parsedDate, parsedFlag, problemDescription, problemIndex } from "./row-checks";

const STAGE = "analytics_stage";
const STAGE_REJECTS = "analytics_stage_rejects";
const CHECKED = "analytics_checked";

export type IngestPhase = "impronta" | "lettura" | "controllo" | "caricamento";

export interface IngestProgress {
  phase: IngestPhase;
  done: number;
  total: number;
}

export interface IngestOptions {
  /** the day data are loaded: events after it are rejected as future dates. */
  asOf: string;
  /** when the load happens, recorded in ingest_batches; now by default. */
  loadedAt?: Date;
  /** forced file kind; detected from the columns otherwise. */
  kind?: FileKind;
  /** where rejected rows are written; default "<file>.scarti.csv"; null for none. */
  rejectFile?: string | null;
  onProgress?: (progress: IngestProgress) => void;
}

export interface Rejection {
  field: string;
  reason: string;
  count: number;
}

export interface IngestReport {
  fileName: string;
  kind: FileKind;
  fingerprint: string;
  status: "loaded" | "already-loaded";
  batchId: number | null;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  rowsAlreadyPresent: number;
  rejections: Rejection[];
  rejectFile: string | null;
  ignoredColumns: string[];
  minEventDate: string | null;
  maxEventDate: string | null;
}

export async function ingestFile(runner: DuckDbRunner, path: string, options: IngestOptions): Promise<IngestReport> {
  const progress = options.onProgress ?? (() => {});
  const fingerprint = await fingerprintFile(path, (done, total) => progress({ phase: "impronta", done, total }));
  const isParquet = extname(path).toLowerCase() === ".parquet";
  const columns = isParquet ? await parquetColumns(runner, path) : null;

  const previous = await runner.query(
    sql`SELECT batch_id, file_kind FROM ingest_batches WHERE fingerprint = ${value(fingerprint)} ORDER BY batch_id LIMIT 1`,
  );
  if (previous[0]) {
    return {
      ...emptyReport(basename(path), previous[0].file_kind as FileKind, fingerprint),
      status: "already-loaded",
      batchId: Number(previous[0].batch_id),
    };
  }

  await runner.execute(sql`DROP TABLE IF EXISTS ${ident(STAGE_REJECTS)}`);
  await runner.execute(sql`CREATE TEMP TABLE ${ident(STAGE_REJECTS)} (line INTEGER, field VARCHAR, reason VARCHAR, shown VARCHAR)`);
  try {
    const staged = isParquet
      ? await stageParquet(runner, path, columns!, options.kind, progress)
      : await stageCsv(runner, path, options.kind, progress);
    return await checkAndLoad(runner, path, fingerprint, staged, options, progress);
  } finally {
    for (const table of [STAGE, STAGE_REJECTS, CHECKED]) await runner.execute(sql`DROP TABLE IF EXISTS ${ident(table)}`);
  }
}

interface Staged {
  kind: FileKind;
  rowsRead: number;
  ignoredColumns: string[];
}

// ---- kinds and columns -----------------------------------------------------------------------------------

/** The file kind its columns say: events have event_type, persons birth_year, offices office_kind. */
export function detectKind(columns: string[]): FileKind {
  const names = new Set(columns.map(normaliseColumn));
  if (names.has("event_type")) return "events";
  if (names.has("birth_year")) return "persons";
  if (names.has("office_kind")) return "offices";
  throw new Error(
    `tipo di file non riconosciuto dalle colonne (${columns.join(", ")}): servono event_type (eventi), birth_year (persone) o office_kind (sedi)`,
  );
}

function normaliseColumn(name: string): string {
  return name.trim().toLowerCase().replace(/^\ufeff/, "");
}

function mapColumns(kind: FileKind, columns: string[]): { positions: Map<string, number>; ignored: string[] } {
  const fields = FIELDS_BY_FILE_KIND[kind];
  const positions = new Map<string, number>();
  const ignored: string[] = [];
  columns.forEach((column, i) => {
    const name = normaliseColumn(column);
    if (name in fields && !positions.has(name)) positions.set(name, i);
    else ignored.push(column);
  });
  const missing = Object.entries(fields)
    .filter(([name, spec]) => spec.isRequired && !positions.has(name))
    .map(([name]) => name);
  if (missing.length > 0) throw new Error(`colonne obbligatorie mancanti: ${missing.join(", ")}`);
  return { positions, ignored };
}

async function createStage(runner: DuckDbRunner, kind: FileKind): Promise<string[]> {
  const fields = Object.keys(FIELDS_BY_FILE_KIND[kind]);
  const columns = [sql`line INTEGER`, ...fields.map((f) => sql`${ident(f)} VARCHAR`)];
  await runner.execute(sql`DROP TABLE IF EXISTS ${ident(STAGE)}`);
  await runner.execute(sql`CREATE TEMP TABLE ${ident(STAGE)} (${join(columns, "comma")})`);
  return fields;
}

// ---- staging CSV ------------------------------------------------------------------------------------------

async function stageCsv(
  runner: DuckDbRunner,
  path: string,
  forcedKind: FileKind | undefined,
  progress: (p: IngestProgress) => void,
): Promise<Staged> {
  const { size } = await stat(path);
  let fields: string[] | null = null;
  let positions: Map<string, number> | null = null;
  let ignoredColumns: string[] = [];
  let kind: FileKind | null = forcedKind ?? null;
  let rowsRead = 0;
  let appender: Awaited<ReturnType<DuckDbRunner["connection"]["createAppender"]>> | null = null;
  const structural: { line: number; reason: string }[] = [];

  for await (const batch of readCsvBatches(createReadStream(path, { highWaterMark: 1 << 20 }))) {
    if (!fields) {
      kind ??= detectKind(batch.header);
      const mapped = mapColumns(kind, batch.header);
      positions = mapped.positions;
      ignoredColumns = mapped.ignored;
      fields = await createStage(runner, kind);
      // Staging tables are temporary: they live in memory (spilling to disk if needed), never in the database file.
      appender = await runner.connection.createAppender(STAGE, "main", "temp");
    }
    const width = batch.header.length;
    const good = batch.records.filter((record) => {
      if (record.fields.length === width) return true;
      structural.push({ line: record.line, reason: `${record.fields.length} colonne invece di ${width}` });
      return false;
    });
    rowsRead += batch.records.length;
    for (let start = 0; start < good.length; start += 2048) {
      const slice = good.slice(start, start + 2048);
      const chunk = DuckDBDataChunk.create([INTEGER, ...fields.map(() => VARCHAR)], slice.length);
      chunk.setColumns([
        slice.map((r) => r.line),
        ...fields.map((f) => {
          const at = positions!.get(f);
          return slice.map((r) => {
            if (at === undefined) return null;
            const cell = r.fields[at]!.trim();
            return cell === "" ? null : cell;
          });
        }),
      ]);
      appender!.appendDataChunk(chunk);
    }
    progress({ phase: "lettura", done: batch.bytesRead, total: size });
  }
  appender!.closeSync();
  for (let start = 0; start < structural.length; start += 1000) {
    const rows = structural
      .slice(start, start + 1000)
      .map((s) => sql`(${value(s.line)}, 'riga', ${value(s.reason)}, NULL)`);
    await runner.execute(sql`INSERT INTO ${ident(STAGE_REJECTS)} VALUES ${join(rows, "comma")}`);
  }
  return { kind: kind!, rowsRead, ignoredColumns };
}

// ---- staging Parquet -------------------------------------------------------------------------------------

async function parquetColumns(runner: DuckDbRunner, path: string): Promise<string[]> {
  const rows = await runner.query(sql`DESCRIBE SELECT * FROM read_parquet(${value(path)})`);
  return rows.map((r) => String(r.column_name));
}

const PARQUET_CHUNK_ROWS = 4_000_000;

async function stageParquet(
  runner: DuckDbRunner,
  path: string,
  columns: string[],
  forcedKind: FileKind | undefined,
  progress: (p: IngestProgress) => void,
): Promise<Staged> {
  const kind = forcedKind ?? detectKind(columns);
  const { positions, ignored } = mapColumns(kind, columns);
  const fields = await createStage(runner, kind);
  const [{ total }] = (await runner.query(sql`SELECT count(*) AS total FROM read_parquet(${value(path)})`)) as [{ total: number }];
  const projections = fields.map((f) => {
    const at = positions.get(f);
    return at === undefined ? sql`NULL` : sql`NULLIF(trim(CAST(${ident(columns[at]!)} AS VARCHAR)), '')`;
  });
  // Parquet has no lines: the row number (1 = first row) stands for it, and chunks of rows drive the progress bar.
  for (let start = 0; start < total || start === 0; start += PARQUET_CHUNK_ROWS) {
    await runner.execute(
      sql`INSERT INTO ${ident(STAGE)} SELECT CAST(file_row_number + 1 AS INTEGER), ${join(projections, "comma")} FROM read_parquet(${value(path)}, file_row_number = true) WHERE file_row_number >= ${value(start)} AND file_row_number < ${value(start + PARQUET_CHUNK_ROWS)}`,
    );
    progress({ phase: "lettura", done: Math.min(total, start + PARQUET_CHUNK_ROWS), total });
    if (total === 0) break;
  }
  return { kind, rowsRead: total, ignoredColumns: ignored };
}

// ---- checks and load --------------------------------------------------------------------------------------

async function checkAndLoad(
  runner: DuckDbRunner,
  path: string,
  fingerprint: string,
  staged: Staged,
  options: IngestOptions,
  progress: (p: IngestProgress) => void,
): Promise<IngestReport> {
  const { kind } = staged;
  progress({ phase: "controllo", done: 0, total: 1 });
  const [{ batch_id: nextBatch }] = (await runner.query(
    sql`SELECT coalesce(max(batch_id), 0) + 1 AS batch_id FROM ingest_batches`,
  )) as [{ batch_id: number }];
  await runner.execute(await checkedTableStatement(runner, kind, options.asOf));
  await runner.execute(
    sql`INSERT INTO ${ident(STAGE_REJECTS)} SELECT c.line, ${problemDescription(checksFor(kind, options.asOf))}
FROM ${ident(CHECKED)} c JOIN ${ident(STAGE)} k ON k.line = c.line WHERE c.problem IS NOT NULL`,
  );
  progress({ phase: "controllo", done: 1, total: 1 });

  const rejections = (
    await runner.query(
      sql`SELECT field, reason, count(*) AS n FROM ${ident(STAGE_REJECTS)} GROUP BY field, reason ORDER BY n DESC, field, reason`,
    )
  ).map((r) => ({ field: String(r.field), reason: String(r.reason), count: Number(r.n) }));
  const rowsRejected = rejections.reduce((sum, r) => sum + r.count, 0);
  const [{ n: alreadyPresent }] = (await runner.query(
    sql`SELECT count(*) AS n FROM ${ident(CHECKED)} WHERE problem IS NULL AND existing IS NOT NULL`,
  )) as [{ n: number }];

  const rejectFile = options.rejectFile === undefined ? `${path}.scarti.csv` : options.rejectFile;
  if (rejectFile && rowsRejected > 0) {
    await runner.execute(
      sql`COPY (SELECT line AS riga, field AS campo, reason AS motivo, shown AS valore FROM ${ident(STAGE_REJECTS)} ORDER BY line) TO ${value(rejectFile)} (HEADER, DELIMITER ';')`,
    );
  }

  progress({ phase: "caricamento", done: 0, total: 1 });
  const loaded = await runner.transaction(async () => {
    await runner.execute(await insertStatement(runner, kind, nextBatch));
    const [stats] = (await runner.query(
      kind === "events"
        ? sql`SELECT count(*) AS n, CAST(min(event_date) AS VARCHAR) AS min_date, CAST(max(event_date) AS VARCHAR) AS max_date FROM events WHERE batch_id = ${value(nextBatch)}`
        : sql`SELECT count(*) AS n, NULL AS min_date, NULL AS max_date FROM ${ident(kind)} WHERE batch_id = ${value(nextBatch)}`,
    )) as [{ n: number; min_date: string | null; max_date: string | null }];
    await runner.execute(
      sql`INSERT INTO ingest_batches (batch_id, file_name, file_kind, fingerprint, rows_read, rows_loaded, rows_rejected, rows_already_present, min_event_date, max_event_date, loaded_at) VALUES (${value(nextBatch)}, ${value(basename(path))}, ${value(kind)}, ${value(fingerprint)}, ${value(staged.rowsRead)}, ${value(stats.n)}, ${value(rowsRejected)}, ${value(alreadyPresent)}, CAST(${value(stats.min_date)} AS DATE), CAST(${value(stats.max_date)} AS DATE), CAST(${value((options.loadedAt ?? new Date()).toISOString().slice(0, 19).replace("T", " "))} AS TIMESTAMP))`,
    );
    return stats;
  });
  progress({ phase: "caricamento", done: 1, total: 1 });

  return {
    fileName: basename(path),
    kind,
    fingerprint,
    status: "loaded",
    batchId: nextBatch,
    rowsRead: staged.rowsRead,
    rowsLoaded: loaded.n,
    rowsRejected,
    rowsAlreadyPresent: alreadyPresent,
    rejections,
    rejectFile: rejectFile && rowsRejected > 0 ? rejectFile : null,
    ignoredColumns: staged.ignoredColumns,
    minEventDate: loaded.min_date,
    maxEventDate: loaded.max_date,
  };
}

/** The column of the warehouse table matched against each staged row's `stored_key`. */
const NATURAL_KEY: Record<FileKind, string> = { offices: "office_code", persons: "person_id", events: "event_key" };

const FLAGS = ["disadvantaged", "disability", "rdc", "adi", "naspi"] as const;

/** What the checked table keeps of each row: only what the insert needs (the staged text stays in STAGE). */
const CHECKED_OUTPUT: Record<FileKind, SqlFragment> = {
  offices: sql`k.office_code, k.office_kind, k.office_name, k.province_code, k.province_name, k.region_code, k.region_name`,
  persons: sql`k.person_id, k.birth_year_value, k.sex, k.citizenship, k.education, ${join(FLAGS.map((f) => sql`${parsedFlag(ident("k", f))} AS ${ident(f)}`), "comma")}, k.cpi_code`,
  events: sql`k.stored_key, k.person_key, k.person_attrs, k.person_cpi, k.person_cpi_key, k.event_date_value, k.event_type, k.cpi_code, k.operator_code_value, k.operator_kind, k.channel, k.lep_code, k.gol_track, k.policy_type, k.closure_reason, k.contract_type, k.contract_months_value`,
};

async function checkedTableStatement(runner: DuckDbRunner, kind: FileKind, asOf: string): Promise<SqlFragment> {
  const typed: Record<FileKind, SqlFragment> = {
    offices: sql`s.*, s.office_code AS natural_key`,
    persons: sql`s.*, TRY_CAST(s.birth_year AS INTEGER) AS birth_year_value, s.person_id AS natural_key`,
    events: sql`s.*, ${parsedDate(sql`s.event_date`)} AS event_date_value, TRY_CAST(s.contract_months AS INTEGER) AS contract_months_value,
    coalesce(s.operator_code, s.cpi_code) AS operator_code_value,
    coalesce(s.event_id, md5(concat_ws('|', s.person_id, s.event_date, s.event_type, s.cpi_code, s.operator_code, s.channel, s.lep_code, s.gol_track, s.policy_type, s.closure_reason, s.contract_type, s.contract_months))) AS natural_key`,
  };
  const joins: Record<FileKind, SqlFragment> = {
    offices: sql``,
    persons: sql`\n  LEFT JOIN offices c ON c.office_code = k0.cpi_code`,
    events: sql`\n  LEFT JOIN persons p ON p.person_id = k0.person_id\n  LEFT JOIN offices pc ON pc.office_code = p.cpi_code\n  LEFT JOIN offices c ON c.office_code = k0.cpi_code\n  LEFT JOIN offices o ON o.office_code = k0.operator_code_value`,
  };
  const lookups: Record<FileKind, SqlFragment> = {
    offices: sql``,
    persons: sql`, c.office_kind AS cpi_kind`,
    events: sql`, p.person_key, ${packPersonAttributes((name) => ident("p", name))} AS person_attrs, p.cpi_code AS person_cpi, pc.office_key AS person_cpi_key, c.office_kind AS cpi_kind, o.office_kind AS operator_kind`,
  };
  // The lookup of rows already in the warehouse is skipped on an empty table: the first national load
  // would otherwise join a hundred million new keys against nothing.
  const [{ n: existingRows }] = (await runner.query(sql`SELECT count(*) AS n FROM ${ident(kind)}`)) as [{ n: number }];
  const existing =
    existingRows > 0
      ? {
          column: sql`, x.${ident(NATURAL_KEY[kind])} AS existing`,
          join: sql`\n  LEFT JOIN ${ident(kind)} x ON x.${ident(NATURAL_KEY[kind])} = k0.stored_key`,
        }
      : { column: sql`, NULL AS existing`, join: sql`` };
  const storedKey = kind === "events" ? sql`CAST(hash(natural_key) >> 1 AS BIGINT)` : sql`natural_key`;
  return sql`CREATE OR REPLACE TEMP TABLE ${ident(CHECKED)} AS
WITH typed AS (
  SELECT ${typed[kind]}
  FROM ${ident(STAGE)} s
),
k0 AS (
  SELECT typed.*, ${storedKey} AS stored_key FROM typed
),
-- Duplicates are found on a 64-bit hash of the key first (a hundred million strings make a slow hash table),
-- then confirmed on the key itself among the few candidates.
candidates AS (
  SELECT hash(natural_key) AS key_hash FROM k0 GROUP BY key_hash HAVING count(*) > 1
),
duplicates AS (
  SELECT natural_key, min(line) AS first_line FROM k0
  WHERE hash(natural_key) IN (SELECT key_hash FROM candidates)
  GROUP BY natural_key HAVING count(*) > 1
),
k AS (
  SELECT k0.*${lookups[kind]}, CASE WHEN k0.line > d.first_line THEN d.first_line END AS duplicate_of${existing.column}
  FROM k0
  LEFT JOIN duplicates d ON d.natural_key = k0.natural_key${joins[kind]}${existing.join}
)
SELECT k.line, ${CHECKED_OUTPUT[kind]}, k.duplicate_of, k.existing,
  ${problemIndex(checksFor(kind, asOf), sql`k.duplicate_of`)} AS problem
FROM k`;
}

async function insertStatement(runner: DuckDbRunner, kind: FileKind, batchId: number): Promise<SqlFragment> {
  const batch = value(batchId);
  const accepted = sql`FROM ${ident(CHECKED)} WHERE problem IS NULL AND existing IS NULL`;
  if (kind === "offices") {
    const key = await newKeys(runner, "offices", "office_key");
    return sql`INSERT INTO offices (office_code, office_key, office_kind, office_name, province_code, province_name, region_code, region_name, batch_id) SELECT office_code, ${key}, office_kind, office_name, province_code, province_name, region_code, region_name, ${batch} ${accepted}`;
  }
  if (kind === "persons") {
    const key = await newKeys(runner, "persons", "person_key");
    return sql`INSERT INTO persons (person_key, person_id, birth_year, sex, citizenship, education, disadvantaged, disability, rdc, adi, naspi, cpi_code, batch_id) SELECT ${key}, person_id, CAST(birth_year_value AS SMALLINT), sex, citizenship, education, ${join(FLAGS.map((f) => ident(f)), "comma")}, cpi_code, ${batch} ${accepted}`;
  }
  // Events are clustered by month, then type, then person: DuckDB keeps min/max per row group, so a pass over
  // "PSP and LEP services in 2022" skips the row groups of other months and of other types (accesses are 40% of
  // the events), and rows of one person stay together for the GROUP BY person (measured: −35% CPU at 10M events).
  // Within a type, the codes the definitions test come before the person: long runs of one LEP letter, policy
  // type or channel are stored as constants, and DuckDB evaluates a filter or a CASE on a constant vector once
  // for all its rows (measured at 100M events: −12% CPU on the indicator set; sorting by person first: +60%).
  return sql`INSERT INTO events (event_key, person_key, event_date, event_type, cpi_code, operator_code, operator_kind, channel, lep_code, gol_track, policy_type, closure_reason, contract_type, contract_months, person_attrs, person_cpi, person_cpi_key, batch_id) SELECT stored_key, person_key, event_date_value, event_type, cpi_code, operator_code_value, operator_kind, channel, lep_code, gol_track, policy_type, closure_reason, contract_type, CAST(contract_months_value AS SMALLINT), person_attrs, person_cpi, person_cpi_key, ${batch} ${accepted}
ORDER BY date_trunc('month', event_date_value), event_type, lep_code, policy_type, closure_reason, contract_type, operator_kind, channel, person_key, event_date_value`;
}

// ---- helpers ------------------------------------------------------------------------------------------------

/**
 * The dense integer key of each new row: keys continue after the largest one, and the file's line numbers keep
 * them unique without sorting the file.
 */
async function newKeys(runner: DuckDbRunner, table: string, column: string): Promise<SqlFragment> {
  const [{ next }] = (await runner.query(sql`SELECT coalesce(max(${ident(column)}), 0) AS next FROM ${ident(table)}`)) as [{ next: number }];
  return sql`CAST(${value(next)} + line AS INTEGER)`;
}

export async function fingerprintFile(path: string, onProgress?: (done: number, total: number) => void): Promise<string> {
  const { size } = await stat(path);
  const hash = createHash("sha256");
  let done = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 4 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    done += chunk.length;
    onProgress?.(done, size);
  }
  return hash.digest("hex");
}

function emptyReport(fileName: string, kind: FileKind, fingerprint: string): IngestReport {
  return {
    fileName,
    kind,
    fingerprint,
    status: "loaded",
    batchId: null,
    rowsRead: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rowsAlreadyPresent: 0,
    rejections: [],
    rejectFile: null,
    ignoredColumns: [],
    minEventDate: null,
    maxEventDate: null,
  };
}
