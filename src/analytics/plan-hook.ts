// The bridge to the performance plan: an indicator of the plan bound to an analytics definition gets its value
// per structure, from the materialised results (recomputed first if stale), with its provenance.
import type { DatasetSummary } from "../domain/model";
import type { BreakdownValue, IndicatorValue } from "./compute/compute-results";
import type { LoadedDefinition } from "./definition/load-definition";
import { readShippedDefinitions } from "./definition/read-definitions";
import type { DuckDbRunner } from "./fetch/duckdb-runner";
import type { DateWindow } from "./plan/computation-plan";
import { readMaterialisedResult, refreshResults, type Provenance } from "./store/materialise-results";
import { readDatasetSummary } from "./warehouse";

export interface PlanIndicatorRequest {
  period: DateWindow;
  /** CPI code → structure id. To get an organisation's value, map all its CPI to its root structure. */
  structureMap: Record<string, string>;
  /** structure id → name, for labels. */
  structureNames?: Record<string, string>;
}

export interface StructureValue {
  structureId: string;
  label: string | null;
  value: IndicatorValue;
  numerator: number | null;
  denominator: number | null;
}

export interface PlanIndicatorValues {
  definitionId: string;
  title: string;
  measure: LoadedDefinition["definition"]["measure"];
  period: DateWindow;
  /** over all the CPI in the data set, mapped or not. */
  total: Omit<StructureValue, "structureId" | "label">;
  byStructure: StructureValue[];
  provenance: Provenance;
  /** the files and events the values were computed from (the batches up to the provenance's watermark). */
  dataset: DatasetSummary | null;
}

export interface PlanHookOptions {
  /** the definitions the plan may refer to; the shipped set by default. */
  definitions?: readonly LoadedDefinition[];
  /** the clock for provenance; injected so tests are repeatable. */
  now?: () => Date;
}

export function createPlanHook(warehouse: DuckDbRunner, options: PlanHookOptions = {}) {
  const definitions = options.definitions ?? readShippedDefinitions();
  const now = options.now ?? (() => new Date());

  async function computeIndicatorForPlan(definitionId: string, request: PlanIndicatorRequest): Promise<PlanIndicatorValues> {
    const loaded = definitions.find((d) => d.definition.id === definitionId);
    if (!loaded) throw new Error(`definizione analitica «${definitionId}» inesistente`);
    const structureMap = { cpiToStructure: request.structureMap, structureNames: request.structureNames };
    await refreshResults(warehouse, { definitions: [loaded], periods: [request.period], structureMap, now: now() });
    const stored = await readMaterialisedResult(warehouse, loaded, request.period, structureMap);
    if (!stored) throw new Error(`nessun risultato memorizzato per ${definitionId}`);
    const toValue = (row: BreakdownValue) => ({ value: row.value, numerator: row.numerator, denominator: row.denominator });
    return {
      definitionId,
      title: loaded.definition.title,
      measure: loaded.definition.measure,
      period: request.period,
      total: toValue(stored.result.total),
      byStructure: stored.result.breakdowns
        .filter((b) => b.breakdown === "structure")
        .map((b) => ({ structureId: b.key, label: b.label, ...toValue(b) })),
      provenance: stored.provenance,
      dataset: await readDatasetSummary(warehouse, stored.provenance.batchWatermark),
    };
  }

  return { computeIndicatorForPlan };
}
