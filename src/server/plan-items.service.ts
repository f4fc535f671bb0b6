// Reads and writes of single plan items. The plan must exist; the person must have the right (src/auth/policies);
// references must point to items of the same plan; an approved plan keeps its planning items, a closed period
// its values; a measurement is changed only by a client that read its latest version. Every change goes to the
// audit trail in the same transaction.
import { randomUUID } from "node:crypto";
import type { Database } from "../db/connect";
import { deleteItem, deleteRowsOfItems, findDependents, getItem, getItems, insertItem, listItems, updateItem, type DetachedRef, type ItemRef } from "../db/plan-items";
import type { BundleCollection } from "../domain/model";
import { COLLECTION_LABELS, PLAN_REFERENCES } from "../domain/references";
import { check, refuse, type Access } from "../auth/authorize";
import { ConflictError } from "../auth/errors";
import { can, type PlanContentResource } from "../auth/policies";
import { isManager } from "../auth/policies/user";
import { ROLE_LABELS } from "../auth/roles";
import { recordAudit } from "../audit/audit-log";
import { measurementResource, measurementScope } from "../workflow/measurement-scope";
import { canEditValues, WORKFLOW_STATE_LABELS } from "../workflow/monitoring-states";
import { ensureWorkflow, findWorkflows, stateOf, updateWorkflow, workflowStateMap } from "../workflow/monitoring-store";
import { loadOwnership, ownerStructureOf, structureChain, structureName, type PlanOwnership } from "../workflow/ownership";
import { isProgressOnly, planLockProblem, PROGRESS_FIELDS } from "../workflow/plan-lock";
import { visibleMeasurements } from "../workflow/visibility";
import { InvalidRequestError, NotFoundError } from "./errors";

type Item = Record<string, unknown>;

/** Names of items in the audit trail. */
export const AUDIT_ITEM_TYPES: Record<BundleCollection, string> = {
  nodes: "node",
  objectives: "objective",
  steps: "step",
  cronoprogrammi: "cronoprogramma",
  phases: "phase",
  indicators: "indicator",
  targets: "target",
  periods: "period",
  measurements: "measurement",
  roleWeightings: "role-weighting",
  budgetTables: "budget-table",
  budgetLines: "budget-line",
  spendingProgrammes: "spending-programme",
  reportedTables: "reported-table",
};

async function requirePlan(db: Database, planId: string): Promise<PlanOwnership> {
  const ownership = await loadOwnership(db, planId);
  if (!ownership) throw new NotFoundError(`Piano "${planId}" non trovato`);
  return ownership;
}

function notFound(collection: BundleCollection, id: string) {
  return new NotFoundError(`Elemento "${id}" non trovato tra i ${COLLECTION_LABELS[collection]}`);
}

async function checkReferences(db: Database, collection: BundleCollection, planId: string, item: Item) {
  const fields = [];
  for (const [field, target] of Object.entries(PLAN_REFERENCES[collection] ?? {})) {
    const ref = item[field];
    if (typeof ref !== "string") continue;
    if (!(await getItem(db, target, planId, ref))) {
      fields.push({ path: `body.${field}`, message: `"${ref}" non esiste nel piano (${COLLECTION_LABELS[target]})` });
    }
  }
  if (fields.length) throw new InvalidRequestError("Riferimenti non validi", fields);
}

function contentResource(o: PlanOwnership, collection: BundleCollection, item: Item | null): PlanContentResource {
  return {
    type: "plan-content",
    organisationId: o.organisationId,
    collection: collection as PlanContentResource["collection"],
    structureChain: item ? structureChain(o, ownerStructureOf(o, collection, item)) : [],
  };
}

const denialContext = (o: PlanOwnership, collection: BundleCollection, id: string | null, extra: Item = {}) => ({
  itemType: AUDIT_ITEM_TYPES[collection],
  itemId: id,
  organisationId: o.organisationId,
  planId: o.planId,
  periodId: typeof extra.periodId === "string" ? extra.periodId : null,
});

/**
 * A role that may not write this collection anywhere (a reader, an evaluator, a head outside measurements, steps
 * and phases) is refused before its body is looked at; the structure is checked once the item is known.
 */
async function checkWriteRole(db: Database, access: Access, o: PlanOwnership, collection: BundleCollection, verb: "create" | "update" | "delete") {
  const ownStructures = { organisationId: o.organisationId, structureChain: access.user.structures };
  const allowed =
    collection === "measurements"
      ? can(access.user, "write", { type: "measurement", isDraft: true, ...ownStructures })
      : can(access.user, verb, contentResource(o, collection, null)) ||
        (verb === "update" && can(access.user, "record-progress", { ...contentResource(o, collection, null), ...ownStructures }));
  if (allowed) return;
  throw await refuse(db, access, `${ROLE_LABELS[access.user.role]}: non può modificare ${COLLECTION_LABELS[collection]} del piano «${o.planId}»`, denialContext(o, collection, null));
}

async function checkMeasurementWrite(db: Database, access: Access, o: PlanOwnership, item: Item) {
  const scope = measurementScope(o, item);
  await check(db, access, "write", { type: "measurement", organisationId: o.organisationId, structureChain: scope.chain, isDraft: true }, {
    message: `non può modificare i valori di «${structureName(o, scope.key)}» (misurazione «${String(item.id)}»)`,
    ...denialContext(o, "measurements", String(item.id), item),
    structureId: scope.structureId,
  });
}

/** Whether the person may write this item: role and structure scope; heads change only the progress of steps and phases. */
async function checkContentWrite(
  db: Database,
  access: Access,
  o: PlanOwnership,
  collection: BundleCollection,
  change: { kind: "create" | "delete"; item: Item } | { kind: "update"; before: Item; after: Item },
) {
  if (collection === "measurements") {
    if (change.kind === "update") {
      await checkMeasurementWrite(db, access, o, change.before);
      await checkMeasurementWrite(db, access, o, change.after);
    } else await checkMeasurementWrite(db, access, o, change.item);
    return;
  }
  const item = change.kind === "update" ? change.before : change.item;
  const resource = contentResource(o, collection, item);
  if (can(access.user, change.kind, resource)) return;
  const role = ROLE_LABELS[access.user.role];
  const context = denialContext(o, collection, String(item.id));
  if (change.kind === "update" && can(access.user, "record-progress", resource)) {
    if (isProgressOnly(collection, change.before, change.after)) return;
    throw await refuse(db, access, `${role}: può aggiornare solo ${PROGRESS_FIELDS[collection]!.join(", ")} di ${COLLECTION_LABELS[collection]}`, context);
  }
  throw await refuse(db, access, `${role}: non può modificare ${COLLECTION_LABELS[collection]} del piano «${o.planId}» (elemento «${String(item.id)}»)`, context);
}

function checkPlanLock(o: PlanOwnership, collection: BundleCollection, change: Parameters<typeof planLockProblem>[2]) {
  const problem = planLockProblem(o.planState, collection, change);
  if (problem) throw new ConflictError(`Modifica non consentita: ${problem}`);
}

/**
 * Inside the write's transaction: the period and structure of the value must still accept changes; the first
 * value typed into an open period makes it a draft.
 */
async function guardValueChange(tx: Database, access: Access, o: PlanOwnership, item: Item) {
  const scope = measurementScope(o, item);
  const periodId = String(item.periodId);
  const key = { organisationId: o.organisationId, planId: o.planId, periodId, structureId: scope.key };
  const row = await ensureWorkflow(tx, key);
  const state = stateOf(row);
  if (!canEditValues(state, isManager(access.user, o.organisationId))) {
    const period = await getItem(tx, "periods", o.planId, periodId);
    const remedy = state === "closed" ? "è necessaria una riapertura motivata" : "l'ufficio deve prima rinviarli";
    throw new ConflictError(
      `I valori di «${structureName(o, scope.key)}» per «${String(period?.label ?? periodId)}» sono in stato «${WORKFLOW_STATE_LABELS[state]}»: ${remedy}`,
    );
  }
  if (state === "open") await updateWorkflow(tx, key, { state: "draft" });
}

/** Values typed through the API are the office's or the structure's, not a document's. */
/** A value written by a person is manual, even over a computed one (whose figure stays in its provenance). */
function asManualMeasurement(item: Item): Item {
  return { ...item, origin: "manual" };
}

function auditScope(o: PlanOwnership, collection: BundleCollection, item: Item) {
  const structureId = ownerStructureOf(o, collection, item);
  return {
    itemType: AUDIT_ITEM_TYPES[collection],
    itemId: String(item.id),
    organisationId: o.organisationId,
    planId: o.planId,
    periodId: collection === "measurements" ? String(item.periodId) : collection === "periods" ? String(item.id) : null,
    structureId,
  };
}

export async function findPlanItems(db: Database, collection: BundleCollection, planId: string, access: Access) {
  const o = await requirePlan(db, planId);
  await check(db, access, "read", { type: "plan", organisationId: o.organisationId }, {
    message: `non può leggere il piano «${planId}»`,
    ...denialContext(o, collection, null),
  });
  const items = await listItems(db, collection, planId);
  return collection === "measurements" ? visibleMeasurements(db, access.user, o, items) : items;
}

export async function getPlanItem(db: Database, collection: BundleCollection, planId: string, id: string, access: Access) {
  const o = await requirePlan(db, planId);
  await check(db, access, "read", { type: "plan", organisationId: o.organisationId }, {
    message: `non può leggere il piano «${planId}»`,
    ...denialContext(o, collection, id),
  });
  const item = await getItem(db, collection, planId, id);
  if (!item) throw notFound(collection, id);
  if (collection === "measurements") {
    const states = workflowStateMap(await findWorkflows(db, planId));
    const resource = measurementResource(o, item, states);
    await check(db, access, "read", resource, {
      message: `non può leggere i valori in bozza di «${structureName(o, resource.scope.key)}» (misurazione «${id}»)`,
      ...denialContext(o, collection, id, item),
      structureId: resource.scope.structureId,
    });
  }
  return item;
}

export async function createPlanItem(
  db: Database,
  collection: BundleCollection,
  planId: string,
  body: Item & { id?: string },
  access: Access,
) {
  const o = await requirePlan(db, planId);
  await checkWriteRole(db, access, o, collection, "create");
  let item: Item = { ...body, id: body.id ?? randomUUID() };
  if (collection === "measurements") item = asManualMeasurement(item);
  await checkReferences(db, collection, planId, item);
  await checkContentWrite(db, access, o, collection, { kind: "create", item });
  checkPlanLock(o, collection, { kind: "create" });
  if (await getItem(db, collection, planId, String(item.id))) {
    throw new InvalidRequestError(`Esiste già un elemento con id "${String(item.id)}"`, [{ path: "body.id", message: "id già usato" }]);
  }
  return db.transaction(async (tx) => {
    if (collection === "measurements") await guardValueChange(tx, access, o, item);
    const created = await insertItem(tx, collection, { organisationId: o.organisationId, planId }, item as { id: string });
    await recordAudit(tx, access.actor, { action: "create", ...auditScope(o, collection, item), after: created });
    return created;
  });
}

export async function replacePlanItem(
  db: Database,
  collection: BundleCollection,
  planId: string,
  id: string,
  body: Item,
  access: Access,
) {
  const o = await requirePlan(db, planId);
  await checkWriteRole(db, access, o, collection, "update");
  let item: Item = { ...body, id };
  if (collection === "measurements") {
    item = asManualMeasurement(item);
    if (typeof body.updatedAt !== "string") {
      throw new InvalidRequestError("Versione mancante", [
        { path: "body.updatedAt", message: "obbligatorio: il valore di updatedAt letto con la misurazione" },
      ]);
    }
  }
  const before = await getItem(db, collection, planId, id);
  if (!before) throw notFound(collection, id);
  await checkReferences(db, collection, planId, item);
  await checkContentWrite(db, access, o, collection, { kind: "update", before, after: item });
  checkPlanLock(o, collection, { kind: "update", before, after: item });
  return db.transaction(async (tx) => {
    const current = await getItem(tx, collection, planId, id, { forUpdate: true });
    if (!current) throw notFound(collection, id);
    if (collection === "measurements") {
      if (current.updatedAt !== body.updatedAt) {
        throw new ConflictError(
          `La misurazione «${id}» è stata modificata da altri (versione ${String(current.updatedAt)}, non ${String(body.updatedAt)}): ricaricarla e riapplicare la modifica`,
        );
      }
      await guardValueChange(tx, access, o, current);
      if (current.periodId !== item.periodId || current.indicatorId !== item.indicatorId) await guardValueChange(tx, access, o, item);
    }
    const versioned = { ...item, id, updatedAt: current.updatedAt };
    const updated = await updateItem(tx, collection, { organisationId: o.organisationId, planId }, versioned);
    if (!updated) throw notFound(collection, id);
    await recordAudit(tx, access.actor, { action: "update", ...auditScope(o, collection, item), before: current, after: updated });
    return updated;
  });
}

/** What a delete took with it: the plan items (children first, the item itself last) and the rows beside them. */
export interface DeleteOutcome {
  removed: ItemRef[];
  /** items that stay but lost a reference (an indicator whose cronoprogramma went). */
  detached: DetachedRef[];
  /** evidence files, status overrides and analytics bindings of the removed indicators and periods. */
  related: { type: "evidence" | "status-override" | "analytics-binding"; id: string }[];
}

const sameRefs = (a: readonly ItemRef[], b: readonly ItemRef[]) =>
  a.length === b.length && a.every((ref, i) => ref.collection === b[i]!.collection && ref.id === b[i]!.id);

/** The items of a deletion, read in one query per collection. */
async function readAll(db: Database, planId: string, refs: readonly ItemRef[]) {
  const byCollection = new Map<BundleCollection, string[]>();
  for (const ref of refs) byCollection.set(ref.collection, [...(byCollection.get(ref.collection) ?? []), ref.id]);
  const items = new Map<string, Item>();
  for (const [collection, ids] of byCollection) {
    for (const [id, item] of await getItems(db, collection, planId, ids)) items.set(`${collection}|${id}`, item);
  }
  return (ref: ItemRef): Item => {
    const item = items.get(`${ref.collection}|${ref.id}`);
    if (!item) throw notFound(ref.collection, ref.id);
    return item;
  };
}

/**
 * Deletes an item with everything that hangs from it (findDependents), in one transaction, with one audit record
 * per removed or changed item. Every item is checked as if deleted on its own: rights, the plan's state, the
 * monitoring state of each value.
 */
export async function deletePlanItem(db: Database, collection: BundleCollection, planId: string, id: string, access: Access): Promise<DeleteOutcome> {
  const o = await requirePlan(db, planId);
  await checkWriteRole(db, access, o, collection, "delete");
  const root = { collection, id };
  if (!(await getItem(db, collection, planId, id))) throw notFound(collection, id);
  const planned = await findDependents(db, planId, root);
  const itemOf = await readAll(db, planId, [...planned.removed, ...planned.detached]);
  for (const ref of planned.removed) {
    await checkContentWrite(db, access, o, ref.collection, { kind: "delete", item: itemOf(ref) });
    checkPlanLock(o, ref.collection, { kind: "delete" });
  }
  for (const ref of planned.detached) {
    const before = itemOf(ref);
    const after = { ...before, [ref.field]: null };
    await checkContentWrite(db, access, o, ref.collection, { kind: "update", before, after });
    checkPlanLock(o, ref.collection, { kind: "update", before, after });
  }
  const rootLabel = `«${id}»`;
  return db.transaction(async (tx) => {
    if (!(await getItem(tx, collection, planId, id, { forUpdate: true }))) throw notFound(collection, id);
    const current = await findDependents(tx, planId, root);
    if (!sameRefs(current.removed, planned.removed) || current.detached.length !== planned.detached.length) {
      throw new ConflictError(`Il contenuto di ${rootLabel} è cambiato durante l'eliminazione: ricaricare il piano e riprovare`);
    }
    const currentOf = await readAll(tx, planId, [...current.removed, ...current.detached]);
    for (const ref of current.removed) if (ref.collection === "measurements") await guardValueChange(tx, access, o, currentOf(ref));
    for (const ref of current.detached) {
      const before = currentOf(ref);
      const updated = await updateItem(tx, ref.collection, { organisationId: o.organisationId, planId }, { ...before, id: ref.id, [ref.field]: null });
      await recordAudit(tx, access.actor, { action: "update", ...auditScope(o, ref.collection, before), before, after: updated, note: `riferimento ${ref.field} tolto: eliminato ${rootLabel}` });
    }
    for (const ref of current.removed) {
      const before = currentOf(ref);
      await deleteItem(tx, ref.collection, planId, ref.id);
      const note = ref === current.removed.at(-1) ? null : `eliminato insieme a ${rootLabel}`;
      await recordAudit(tx, access.actor, { action: "delete", ...auditScope(o, ref.collection, before), before, note });
    }
    const idsOf = (c: BundleCollection) => current.removed.filter((r) => r.collection === c).map((r) => r.id);
    const rows = await deleteRowsOfItems(tx, o.organisationId, planId, { indicatorIds: idsOf("indicators"), periodIds: idsOf("periods") });
    const related: DeleteOutcome["related"] = [];
    const common = { action: "delete", organisationId: o.organisationId, planId, note: `eliminato insieme a ${rootLabel}` };
    for (const file of rows.evidence) {
      related.push({ type: "evidence", id: file.id });
      await recordAudit(tx, access.actor, { ...common, itemType: "evidence", itemId: file.id, periodId: file.periodId, before: file });
    }
    for (const override of rows.overrides) {
      // as the status-override audit records name them (evaluation-settings.service.ts)
      const overrideId = `${override.periodId}|${override.indicatorId}${override.assigneeId ? `|${override.assigneeId}` : ""}`;
      related.push({ type: "status-override", id: overrideId });
      await recordAudit(tx, access.actor, { ...common, itemType: "status-override", itemId: overrideId, periodId: override.periodId, before: override });
    }
    for (const binding of rows.bindings) {
      related.push({ type: "analytics-binding", id: binding.indicatorId });
      await recordAudit(tx, access.actor, { ...common, itemType: "analytics-binding", itemId: binding.indicatorId, before: binding });
    }
    return { removed: current.removed, detached: current.detached, related };
  });
}
