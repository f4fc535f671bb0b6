// Materialised indicator values: one row per definition × period × breakdown value (× structure map), with
// their provenance — definition hash, data set id, the last ingest batch included, computation time.
// A refresh recomputes only what is stale: never computed, definition changed, structure map changed, or a
// batch loaded since then touches the dates the indicator reads for that period (plan/data-window.ts).
import { computeRow, type IndicatorResult } from "../compute/compute-results";
import type { LoadedDefinition } from "../definition/load-definition";
import type { DuckDbRunner } from "../fetch/duckdb-runner";
import { runProgram, type RawResultRow } from "../fetch/run-program";
import { generateProgram } from "../generate/generate-program";
import type { DateWindow } from "../plan/computation-plan";
import { dataWindowOf, overlaps } from "../plan/data-window";
import { planComputation } from "../plan/plan-computation";
import { ident, join, sql, value, type SqlFragment } from "../sql/fragment";
import { readDatasetState } from "../warehouse";
import { dropStructureMap, hashStructureMap, loadStructureMap, type StructureMap } from "./structure-map";

export interface RefreshOptions {
  definitions: readonly LoadedDefinition[];
  periods: readonly DateWindow[];
  structureMap?: StructureMap | null;
  /** the computation time recorded as provenance. */
  now: Date;
}

export interface RefreshEntry {
  definitionId: string;
  period: DateWindow;
  reason: string;
}

export interface RefreshReport {
  datasetId: string;
  recomputed: RefreshEntry[];
  upToDate: RefreshEntry[];
}

export interface Provenance {
  definitionId: string;
  definitionHash: string;
  datasetId: string;
  /** the last ingest batch the values include. */
  batchWatermark: number;
  /** ISO timestamp of the computation. */
  computedAt: string;
}

export interface MaterialisedResult {
  result: IndicatorResult;
  provenance: Provenance;
}

interface StoredState {
  definitionHash: string;
  batchWatermark: number;
}

export async function refreshResults(runner: DuckDbRunner, options: RefreshOptions): Promise<RefreshReport> {
  const mapHash = options.structureMap ? hashStructureMap(options.structureMap) : "";
  const dataset = await readDatasetState(runner);
  const batches = (
    await runner.query(sql`SELECT batch_id, file_kind, CAST(min_event_date AS VARCHAR) AS min_date, CAST(max_event_date AS VARCHAR) AS max_date FROM ingest_batches`)
  ).map((b) => ({
    id: Number(b.batch_id),
    kind: String(b.file_kind),
    window: b.min_date ? { from: String(b.min_date), to: String(b.max_date) } : null,
  }));
  const report: RefreshReport = { datasetId: dataset.datasetId, recomputed: [], upToDate: [] };

  for (const period of options.periods) {
    const fullPlan = planComputation(options.definitions, period, { hasStructureMap: Boolean(options.structureMap) });
    const stale: LoadedDefinition[] = [];
    for (const loaded of options.definitions) {
      const stored = await readStoredState(runner, loaded.definition.id, period, mapHash);
      const entry = { definitionId: loaded.definition.id, period };
      const reason = staleReason(stored, loaded, batches, dataWindowOf(fullPlan, loaded.definition.id));
      if (reason) {
        stale.push(loaded);
        report.recomputed.push({ ...entry, reason });
      } else report.upToDate.push({ ...entry, reason: "aggiornato" });
    }
    if (stale.length === 0) continue;

    const plan = planComputation(stale, period, { hasStructureMap: Boolean(options.structureMap) });
    if (options.structureMap) await loadStructureMap(runner, options.structureMap);
    let raw;
    try {
      raw = await runProgram(runner, generateProgram(plan, runner.dialect));
    } finally {
      if (options.structureMap) await dropStructureMap(runner);
    }
    const rowsById = new Map(raw.map((r) => [r.definitionId, r.rows]));
    await runner.transaction(async () => {
      for (const loaded of stale) {
        const id = loaded.definition.id;
        await runner.execute(
          sql`DELETE FROM indicator_results WHERE definition_id = ${value(id)} AND period_from = CAST(${value(period.from)} AS DATE) AND period_to = CAST(${value(period.to)} AS DATE) AND structure_map_hash = ${value(mapHash)}`,
        );
        // A period outside the indicator's validity stores only its total, so the reason is kept too.
        const rows = rowsById.get(id) ?? [emptyTotal()];
        const tuples = rows.map((row) => storedRow(loaded, dataset, period, mapHash, row, options.now));
        for (let i = 0; i < tuples.length; i += 500) {
          await runner.execute(sql`INSERT INTO indicator_results (${STORED_COLUMNS}) VALUES ${join(tuples.slice(i, i + 500), "comma")}`);
        }
      }
    });
  }
  return report;
}

function staleReason(
  stored: StoredState | null,
  loaded: LoadedDefinition,
  batches: { id: number; kind: string; window: DateWindow | null }[],
  window: DateWindow | null,
): string | null {
  if (!stored) return "mai calcolato";
  if (stored.definitionHash !== loaded.hash) return "definizione cambiata";
  for (const batch of batches) {
    if (batch.id <= stored.batchWatermark) continue;
    // Offices and persons have no dates: new ones can change any period.
    if (batch.kind !== "events") return `nuovi dati (${batch.kind === "persons" ? "persone" : "sedi"}, lotto ${batch.id})`;
    if (batch.window && window && overlaps(batch.window, window)) return `nuovi eventi nel periodo letto (lotto ${batch.id})`;
  }
  return null;
}

async function readStoredState(runner: DuckDbRunner, definitionId: string, period: DateWindow, mapHash: string): Promise<StoredState | null> {
  const rows = await runner.query(
    sql`SELECT definition_hash, max(batch_watermark) AS watermark FROM indicator_results
WHERE definition_id = ${value(definitionId)} AND period_from = CAST(${value(period.from)} AS DATE) AND period_to = CAST(${value(period.to)} AS DATE) AND structure_map_hash = ${value(mapHash)}
GROUP BY definition_hash`,
  );
  const row = rows[0];
  return row ? { definitionHash: String(row.definition_hash), batchWatermark: Number(row.watermark) } : null;
}

function emptyTotal(): RawResultRow {
  return {
    breakdown: "total",
    breakdownKey: "",
    breakdownLabel: null,
    numerator: null,
    denominator: null,
    meanDays: null,
    p25Days: null,
    medianDays: null,
    p75Days: null,
    p90Days: null,
  };
}

const STORED_COLUMNS = join(
  [
    "definition_id",
    "definition_hash",
    "dataset_id",
    "batch_watermark",
    "period_from",
    "period_to",
    "structure_map_hash",
    "breakdown",
    "breakdown_key",
    "breakdown_label",
    "numerator",
    "denominator",
    "mean_days",
    "p25_days",
    "median_days",
    "p75_days",
    "p90_days",
    "computed_at",
  ].map((c) => ident(c)),
  "comma",
);

function storedRow(
  loaded: LoadedDefinition,
  dataset: { datasetId: string; lastBatchId: number },
  period: DateWindow,
  mapHash: string,
  row: RawResultRow,
  now: Date,
): SqlFragment {
  const values = [
    value(loaded.definition.id),
    value(loaded.hash),
    value(dataset.datasetId),
    value(dataset.lastBatchId),
    sql`CAST(${value(period.from)} AS DATE)`,
    sql`CAST(${value(period.to)} AS DATE)`,
    value(mapHash),
    value(row.breakdown),
    value(row.breakdownKey),
    value(row.breakdownLabel),
    value(row.numerator),
    value(row.denominator),
    value(row.meanDays),
    value(row.p25Days),
    value(row.medianDays),
    value(row.p75Days),
    value(row.p90Days),
    sql`CAST(${value(timestampText(now))} AS TIMESTAMP)`,
  ];
  return sql`(${join(values, "comma")})`;
}

export function timestampText(date: Date): string {
  return date.toISOString().slice(0, 23).replace("T", " ");
}

/** The stored values of one definition for one period, turned back into an IndicatorResult. */
export async function readMaterialisedResult(
  runner: DuckDbRunner,
  loaded: LoadedDefinition,
  period: DateWindow,
  structureMap?: StructureMap | null,
): Promise<MaterialisedResult | null> {
  const mapHash = structureMap ? hashStructureMap(structureMap) : "";
  const rows = await runner.query(
    sql`SELECT * , CAST(computed_at AS VARCHAR) AS computed_text FROM indicator_results
WHERE definition_id = ${value(loaded.definition.id)} AND period_from = CAST(${value(period.from)} AS DATE) AND period_to = CAST(${value(period.to)} AS DATE) AND structure_map_hash = ${value(mapHash)}`,
  );
  if (rows.length === 0) return null;
  const plan = planComputation([loaded], period, { hasStructureMap: Boolean(structureMap) });
  const indicator = plan.indicators[0]!;
  const values = rows.map((r) =>
    computeRow(
      indicator,
      {
        breakdown: String(r.breakdown),
        breakdownKey: String(r.breakdown_key),
        breakdownLabel: r.breakdown_label === null ? null : String(r.breakdown_label),
        numerator: numberOrNull(r.numerator),
        denominator: numberOrNull(r.denominator),
        meanDays: numberOrNull(r.mean_days),
        p25Days: numberOrNull(r.p25_days),
        medianDays: numberOrNull(r.median_days),
        p75Days: numberOrNull(r.p75_days),
        p90Days: numberOrNull(r.p90_days),
      },
      period,
    ),
  );
  let total = values.find((v) => v.breakdown === "total")!;
  if (indicator.status === "not-computable") total = { ...total, value: { kind: "not-computable", reason: indicator.reason } };
  const first = rows[0]!;
  return {
    result: {
      definitionId: loaded.definition.id,
      definitionHash: String(first.definition_hash),
      title: loaded.definition.title,
      measure: loaded.definition.measure,
      period,
      scale: indicator.scale,
      total,
      breakdowns: values.filter((v) => v.breakdown !== "total").sort((a, b) => a.breakdown.localeCompare(b.breakdown) || a.key.localeCompare(b.key)),
    },
    provenance: {
      definitionId: loaded.definition.id,
      definitionHash: String(first.definition_hash),
      datasetId: String(first.dataset_id),
      batchWatermark: Number(first.batch_watermark),
      computedAt: `${String(first.computed_text).replace(" ", "T")}Z`,
    },
  };
}

function numberOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}
