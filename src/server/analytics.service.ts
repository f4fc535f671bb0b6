// Service data in monitoring: which plan indicators take their value from an analytics definition, computing
// them for a period from the DuckDB warehouse, and a person's decision on a computed value that differs from a
// manual one. Rights are checked by the routes (planAccess); every change is audited in its transaction.
import { existsSync } from "node:fs";
import type { Database } from "../db/connect";
import {
  deleteAnalyticsBinding,
  findAnalyticsBindings,
  findPlanAssignees,
  getAnalyticsBinding,
  saveAnalyticsBinding,
  type AnalyticsBinding,
} from "../db/analytics-bindings";
import { acceptComputed, keepManual, mergeComputedValue, type ComputedChange, type ComputedValue } from "../domain/computed-values";
import { getItem, insertItem, listItems, updateItem } from "../db/plan-items";
import type { DatasetSummary, Measurement, MonitoringPeriod } from "../domain/model";
import { recordAudit, type Actor } from "../audit/audit-log";
import { ConflictError } from "../auth/errors";
import type { LoadedDefinition } from "../analytics/definition/load-definition";
import { describePeriodBasis } from "../analytics/definition/period-basis";
import { readShippedDefinitions } from "../analytics/definition/read-definitions";
import { createPlanHook } from "../analytics/plan-hook";
import type { DateWindow } from "../analytics/plan/computation-plan";
import { openWarehouse, readCpiOffices, readDatasetSummary, type CpiOffice } from "../analytics/warehouse";
import { findWorkflows, ensureWorkflow, stateOf, updateWorkflow } from "../workflow/monitoring-store";
import { measurementScope } from "../workflow/measurement-scope";
import { loadOwnership, type PlanOwnership } from "../workflow/ownership";
import { InvalidRequestError, NotFoundError } from "./errors";

/** Where the analytics warehouse lives: `<data dir>/analytics.duckdb`, as for `traguardo analytics`. */
export interface ServiceDataSettings {
  warehousePath: string;
  definitions?: readonly LoadedDefinition[];
  /** the clock of provenance; tests pass a fixed one. */
  now?: () => Date;
}

export interface DefinitionSummary {
  id: string;
  title: string;
  description: string | null;
  source: string;
  unit: "persons" | "events";
  measure: "count" | "rate" | "duration";
  periodBasis: string;
}

let shipped: LoadedDefinition[] | null = null;
function definitionsOf(settings: Pick<ServiceDataSettings, "definitions">): readonly LoadedDefinition[] {
  if (settings.definitions) return settings.definitions;
  shipped ??= readShippedDefinitions();
  return shipped;
}

export function summariseDefinitions(settings: Pick<ServiceDataSettings, "definitions">): DefinitionSummary[] {
  return definitionsOf(settings).map(({ definition }) => ({
    id: definition.id,
    title: definition.title,
    description: definition.description?.trim() ?? null,
    source: definition.source,
    unit: definition.unit,
    measure: definition.measure,
    periodBasis: describePeriodBasis(definition),
  }));
}

async function requirePlan(db: Database, planId: string): Promise<PlanOwnership> {
  const ownership = await loadOwnership(db, planId);
  if (!ownership) throw new NotFoundError(`Piano "${planId}" non trovato`);
  return ownership;
}

export interface BindingView extends AnalyticsBinding {
  indicatorCode: string | null;
  indicatorDefinition: string | null;
  definitionTitle: string | null;
}

/** Who a CPI can count for besides the organisation: its structures, and the organisations the plan is assigned to. */
async function mapTargets(db: Database, o: PlanOwnership): Promise<{ id: string; name: string }[]> {
  const structures = o.structures.map((st) => ({ id: st.id, name: st.name }));
  return [...structures, ...(await findPlanAssignees(db, o.planId))];
}

/** What the warehouse holds now: its CPI (to map onto structures) and the files loaded. */
export interface WarehouseOverview {
  offices: CpiOffice[];
  dataset: DatasetSummary | null;
}

async function readWarehouseOverview(warehousePath: string): Promise<WarehouseOverview> {
  // Reading never creates the warehouse file: before any load there is nothing to map.
  if (warehousePath !== ":memory:" && !existsSync(warehousePath)) return { offices: [], dataset: null };
  return serialised(warehousePath, async () => {
    const warehouse = await openWarehouse({ path: warehousePath });
    try {
      return { offices: await readCpiOffices(warehouse), dataset: await readDatasetSummary(warehouse) };
    } finally {
      await warehouse.close();
    }
  });
}

export async function listServiceData(db: Database, planId: string, settings: Pick<ServiceDataSettings, "definitions" | "warehousePath">) {
  const o = await requirePlan(db, planId);
  const indicators = new Map((await listItems(db, "indicators", planId)).map((i) => [String(i.id), i]));
  const definitions = summariseDefinitions(settings);
  const bindings: BindingView[] = (await findAnalyticsBindings(db, planId)).map((b) => ({
    ...b,
    indicatorCode: (indicators.get(b.indicatorId)?.code as string | null | undefined) ?? null,
    indicatorDefinition: (indicators.get(b.indicatorId)?.definition as string | null | undefined) ?? null,
    definitionTitle: definitions.find((d) => d.id === b.definitionId)?.title ?? null,
  }));
  const measurements = (await listItems(db, "measurements", planId)).filter((m) => m.provenance !== null && m.provenance !== undefined);
  const overview = await readWarehouseOverview(settings.warehousePath);
  const structures = await mapTargets(db, o);
  return {
    definitions,
    bindings,
    measurements: measurements as (Measurement & { updatedAt: string })[],
    ...overview,
    organisationId: o.organisationId,
    structures,
  };
}

/** Refuses a CPI → structure map naming something that is not the organisation, one of its structures or an assignee. */
async function checkStructureMap(db: Database, o: PlanOwnership, structureMap: Record<string, string>, offices: CpiOffice[] | null): Promise<void> {
  const known = offices ? new Set(offices.map((office) => office.code)) : null;
  const targets = new Set([o.organisationId, ...(await mapTargets(db, o)).map((target) => target.id)]);
  const fields = Object.entries(structureMap).flatMap(([cpi, target]) => [
    ...(!targets.has(target) ? [{ path: `body.structureMap.${cpi}`, message: `«${target}» non è una struttura del piano né l'ente` }] : []),
    ...(known && !known.has(cpi) ? [{ path: `body.structureMap.${cpi}`, message: `«${cpi}» non è un CPI dei dati caricati` }] : []),
  ]);
  if (fields.length > 0) throw new InvalidRequestError("Corrispondenza CPI → struttura non valida", fields);
}

/**
 * One CPI → structure map for every bound indicator of the plan (the plan's CPI network is the same for all),
 * in one transaction with an audit record per binding. CPI codes are checked against the loaded data.
 */
export async function putStructureMap(
  db: Database,
  actor: Actor,
  planId: string,
  structureMap: Record<string, string>,
  settings: Pick<ServiceDataSettings, "warehousePath">,
): Promise<AnalyticsBinding[]> {
  const o = await requirePlan(db, planId);
  const { offices } = await readWarehouseOverview(settings.warehousePath);
  await checkStructureMap(db, o, structureMap, offices.length > 0 ? offices : null);
  return db.transaction(async (tx) => {
    const saved: AnalyticsBinding[] = [];
    for (const before of await findAnalyticsBindings(tx, planId)) {
      const after = await saveAnalyticsBinding(tx, { ...before, structureMap, createdBy: actor.label });
      await recordAudit(tx, actor, {
        action: "update",
        itemType: "analytics-binding",
        itemId: before.indicatorId,
        organisationId: o.organisationId,
        planId,
        before,
        after,
        note: "corrispondenza CPI → strutture",
      });
      saved.push(after);
    }
    return saved;
  });
}

export async function putBinding(
  db: Database,
  actor: Actor,
  planId: string,
  indicatorId: string,
  body: { definitionId: string; structureMap?: Record<string, string> },
  settings: Pick<ServiceDataSettings, "definitions">,
): Promise<AnalyticsBinding> {
  const o = await requirePlan(db, planId);
  if (!o.indicators.has(indicatorId)) throw new NotFoundError(`Indicatore "${indicatorId}" non trovato nel piano «${planId}»`);
  if (!definitionsOf(settings).some((d) => d.definition.id === body.definitionId)) {
    throw new InvalidRequestError("Definizione analitica inesistente", [
      { path: "body.definitionId", message: `«${body.definitionId}» non è tra le definizioni disponibili` },
    ]);
  }
  const structureMap = body.structureMap ?? {};
  await checkStructureMap(db, o, structureMap, null);
  return db.transaction(async (tx) => {
    const before = await getAnalyticsBinding(tx, planId, indicatorId);
    const saved = await saveAnalyticsBinding(tx, {
      organisationId: o.organisationId,
      planId,
      indicatorId,
      definitionId: body.definitionId,
      structureMap,
      createdBy: actor.label,
    });
    await recordAudit(tx, actor, {
      action: before ? "update" : "create",
      itemType: "analytics-binding",
      itemId: indicatorId,
      organisationId: o.organisationId,
      planId,
      before,
      after: saved,
    });
    return saved;
  });
}

export async function removeBinding(db: Database, actor: Actor, planId: string, indicatorId: string): Promise<void> {
  const o = await requirePlan(db, planId);
  await db.transaction(async (tx) => {
    const before = await getAnalyticsBinding(tx, planId, indicatorId);
    if (!before) throw new NotFoundError(`L'indicatore "${indicatorId}" non è collegato a dati di servizio`);
    await deleteAnalyticsBinding(tx, planId, indicatorId);
    await recordAudit(tx, actor, { action: "delete", itemType: "analytics-binding", itemId: indicatorId, organisationId: o.organisationId, planId, before });
  });
}

/**
 * The dates a monitoring period covers: from 1 January of its cut-off year to the cut-off date, because the
 * seeds' monitoring values are year-to-date (ARTI at 30/06, AFOL's Rendicontazione at 31/12).
 */
export function periodWindow(period: Pick<MonitoringPeriod, "cutoffDate" | "label">): DateWindow {
  if (!period.cutoffDate) {
    throw new InvalidRequestError(`Il periodo «${period.label}» non ha una data di riferimento`, [
      { path: "query.periodId", message: "serve la data di riferimento del periodo per sapere quali eventi contare" },
    ]);
  }
  return { from: `${period.cutoffDate.slice(0, 4)}-01-01`, to: period.cutoffDate };
}

export interface ComputeSummary {
  periodId: string;
  period: DateWindow;
  datasetId: string | null;
  created: number;
  updated: number;
  awaitingReview: number;
  unchanged: number;
  skipped: { indicatorId: string; reason: string }[];
}

// One computation at a time per warehouse file: DuckDB takes a write lock on it.
const queues = new Map<string, Promise<unknown>>();
function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  queues.set(key, next);
  return next;
}

/** Computes every bound indicator of the plan for the period and writes the values (see mergeComputedValue). */
export async function computePlanServiceData(
  db: Database,
  actor: Actor,
  planId: string,
  periodId: string,
  settings: ServiceDataSettings,
): Promise<ComputeSummary> {
  const o = await requirePlan(db, planId);
  const period = (await getItem(db, "periods", planId, periodId)) as MonitoringPeriod | null;
  if (!period) throw new NotFoundError(`Periodo "${periodId}" non trovato nel piano «${planId}»`);
  const window = periodWindow(period);
  const bindings = await findAnalyticsBindings(db, planId);
  const now = settings.now ?? (() => new Date());
  const definitions = definitionsOf(settings);
  const names = Object.fromEntries((await mapTargets(db, o)).map((target) => [target.id, target.name]));
  const computed = await serialised(settings.warehousePath, () => computeValues(o, names, bindings, periodId, window, settings.warehousePath, definitions, now));

  const summary: ComputeSummary = { periodId, period: window, datasetId: computed.datasetId, created: 0, updated: 0, awaitingReview: 0, unchanged: 0, skipped: computed.skipped };
  await db.transaction(async (tx) => {
    const states = new Map((await findWorkflows(tx, planId, [periodId])).map((w) => [w.structureId, stateOf(w)]));
    const existing = (await listItems(tx, "measurements", planId)) as (Measurement & { updatedAt: string })[];
    for (const value of computed.values) {
      const scope = measurementScope(o, { indicatorId: value.indicatorId });
      if (states.get(scope.key) === "closed") {
        summary.skipped.push({ indicatorId: value.indicatorId, reason: "i valori del periodo sono chiusi: serve una riapertura motivata" });
        continue;
      }
      const current =
        existing.find((m) => m.indicatorId === value.indicatorId && m.periodId === periodId && (m.assigneeId ?? null) === value.assigneeId) ?? null;
      const change = mergeComputedValue(current, value);
      await writeChange(tx, actor, o, change);
      if (change.kind === "create") summary.created++;
      else if (change.kind === "update") summary.updated++;
      else if (change.kind === "flag") summary[change.after.provenance?.awaitingReview ? "awaitingReview" : "unchanged"]++;
      else summary.unchanged++;
      if (change.kind !== "unchanged") {
        const key = { organisationId: o.organisationId, planId, periodId, structureId: scope.key };
        const row = await ensureWorkflow(tx, key);
        if (stateOf(row) === "open") await updateWorkflow(tx, key, { state: "draft" });
      }
    }
  });
  return summary;
}

async function computeValues(
  o: PlanOwnership,
  structureNames: Record<string, string>,
  bindings: AnalyticsBinding[],
  periodId: string,
  window: DateWindow,
  warehousePath: string,
  definitions: readonly LoadedDefinition[],
  now: () => Date,
): Promise<{ datasetId: string | null; values: ComputedValue[]; skipped: { indicatorId: string; reason: string }[] }> {
  const values: ComputedValue[] = [];
  const skipped: { indicatorId: string; reason: string }[] = [];
  if (bindings.length === 0) return { datasetId: null, values, skipped };
  const warehouse = await openWarehouse({ path: warehousePath, forIndicators: true });
  let datasetId: string | null = null;
  try {
    const hook = createPlanHook(warehouse, { definitions, now });
    for (const binding of bindings) {
      const loaded = definitions.find((d) => d.definition.id === binding.definitionId);
      if (!loaded) {
        skipped.push({ indicatorId: binding.indicatorId, reason: `definizione «${binding.definitionId}» non più disponibile` });
        continue;
      }
      const map = binding.structureMap;
      const result = await hook.computeIndicatorForPlan(binding.definitionId, { period: window, structureMap: map, structureNames });
      datasetId = result.provenance.datasetId;
      const provenanceBase = {
        definitionId: loaded.definition.id,
        definitionTitle: loaded.definition.title,
        dataset: result.provenance.datasetId,
        datasetSummary: result.dataset,
        computedAt: result.provenance.computedAt,
        periodBasis: describePeriodBasis(loaded.definition),
        awaitingReview: false,
      };
      // An empty map, or CPI mapped to the organisation itself, give the plan's own value; CPI mapped to
      // structures give one value per structure (the Lombardia Provinces are measured one by one).
      const toOwner = Object.keys(map).length === 0 || Object.values(map).every((target) => target === o.organisationId);
      const rows = toOwner
        ? [{ assigneeId: null, ...(Object.keys(map).length === 0 ? result.total : result.byStructure.find((s) => s.structureId === o.organisationId) ?? emptyRow()) }]
        : result.byStructure.map((s) => ({ assigneeId: s.structureId, ...s }));
      for (const row of rows) {
        const value = row.value.kind === "value" ? row.value.value : null;
        values.push({
          indicatorId: binding.indicatorId,
          periodId,
          assigneeId: row.assigneeId,
          value,
          numerator: row.numerator,
          denominator: row.denominator,
          reason: row.value.kind === "not-computable" ? row.value.reason : null,
          provenance: { ...provenanceBase, computedValue: value, numerator: row.numerator, denominator: row.denominator },
        });
      }
    }
  } finally {
    await warehouse.close();
  }
  return { datasetId, values, skipped };
}

function emptyRow() {
  return { value: { kind: "not-computable" as const, reason: "nessun CPI della corrispondenza ha dati nel periodo" }, numerator: null, denominator: null };
}

async function writeChange(tx: Database, actor: Actor, o: PlanOwnership, change: ComputedChange): Promise<void> {
  if (change.kind === "unchanged") return;
  const scope = { organisationId: o.organisationId, planId: o.planId };
  const after = change.after;
  const audit = {
    itemType: "measurement",
    itemId: after.id,
    organisationId: o.organisationId,
    planId: o.planId,
    periodId: after.periodId,
    structureId: measurementScope(o, after).structureId,
  };
  const definition = after.provenance?.definitionTitle ?? after.provenance?.definitionId;
  if (change.kind === "create") {
    const created = await insertItem(tx, "measurements", scope, after);
    await recordAudit(tx, actor, { action: "create", ...audit, after: created, note: `valore calcolato dai dati di servizio: ${definition}` });
    return;
  }
  const { updatedAt: _version, ...fields } = after;
  const updated = await updateItem(tx, "measurements", scope, fields);
  const note =
    change.kind === "update"
      ? `valore ricalcolato dai dati di servizio: ${definition}`
      : after.provenance?.awaitingReview
        ? `valore manuale mantenuto; valore calcolato ${after.provenance.computedValue ?? "non calcolabile"} in attesa di revisione (${definition})`
        : `valore manuale confermato dal calcolo (${definition})`;
  await recordAudit(tx, actor, { action: "update", ...audit, before: change.before, after: updated, note });
}

export type ReviewDecision = "accept" | "keep-manual";

/** A person's decision on a computed value awaiting review. */
export async function reviewComputedValue(
  db: Database,
  actor: Actor,
  planId: string,
  measurementId: string,
  decision: ReviewDecision,
) {
  const o = await requirePlan(db, planId);
  return db.transaction(async (tx) => {
    const before = (await getItem(tx, "measurements", planId, measurementId, { forUpdate: true })) as (Measurement & { updatedAt: string }) | null;
    if (!before) throw new NotFoundError(`Misurazione "${measurementId}" non trovata`);
    if (!before.provenance?.awaitingReview) throw new ConflictError("Il valore non ha un valore calcolato in attesa di revisione");
    const scope = measurementScope(o, before);
    const [workflow] = await findWorkflows(tx, planId, [before.periodId]).then((rows) => rows.filter((r) => r.structureId === scope.key));
    if (workflow && stateOf(workflow) === "closed") throw new ConflictError("I valori del periodo sono chiusi: serve una riapertura motivata");
    const next = decision === "accept" ? acceptComputed(before) : keepManual(before);
    const { updatedAt: _version, ...fields } = next;
    const after = await updateItem(tx, "measurements", { organisationId: o.organisationId, planId }, fields);
    await recordAudit(tx, actor, {
      action: "update",
      itemType: "measurement",
      itemId: measurementId,
      organisationId: o.organisationId,
      planId,
      periodId: before.periodId,
      structureId: scope.structureId,
      before,
      after,
      note:
        decision === "accept"
          ? `valore calcolato accettato al posto di quello manuale (${before.value ?? before.valueText ?? "vuoto"} → ${next.value ?? "non calcolabile"})`
          : "valore manuale mantenuto dopo la revisione del valore calcolato",
    });
    return after as Measurement & { updatedAt: string };
  });
}
