// Writes of single plan items: the plan must exist, references must point to items of the same plan.
import { randomUUID } from "node:crypto";
import type { Database } from "../db/connect";
import { deleteItem, getItem, insertItem, listItems, updateItem } from "../db/plan-items";
import { planExists } from "../db/plan-store";
import type { BundleCollection } from "../domain/model";
import { COLLECTION_LABELS, PLAN_REFERENCES } from "../domain/references";
import { InvalidRequestError, NotFoundError } from "./errors";

async function requirePlan(db: Database, planId: string) {
  const plan = await planExists(db, planId);
  if (!plan) throw new NotFoundError(`Piano "${planId}" non trovato`);
  return { organisationId: plan.organisationId, planId };
}

async function checkReferences(db: Database, collection: BundleCollection, planId: string, item: Record<string, unknown>) {
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

export async function findPlanItems(db: Database, collection: BundleCollection, planId: string) {
  await requirePlan(db, planId);
  return listItems(db, collection, planId);
}

export async function getPlanItem(db: Database, collection: BundleCollection, planId: string, id: string) {
  await requirePlan(db, planId);
  const item = await getItem(db, collection, planId, id);
  if (!item) throw new NotFoundError(`Elemento "${id}" non trovato tra i ${COLLECTION_LABELS[collection]}`);
  return item;
}

export async function createPlanItem(
  db: Database,
  collection: BundleCollection,
  planId: string,
  body: Record<string, unknown> & { id?: string },
) {
  const scope = await requirePlan(db, planId);
  const item = { ...body, id: body.id ?? randomUUID() };
  await checkReferences(db, collection, planId, item);
  if (await getItem(db, collection, planId, item.id)) {
    throw new InvalidRequestError(`Esiste già un elemento con id "${item.id}"`, [{ path: "body.id", message: "id già usato" }]);
  }
  return insertItem(db, collection, scope, item);
}

export async function replacePlanItem(
  db: Database,
  collection: BundleCollection,
  planId: string,
  id: string,
  body: Record<string, unknown>,
) {
  const scope = await requirePlan(db, planId);
  const item = { ...body, id };
  await checkReferences(db, collection, planId, item);
  const updated = await updateItem(db, collection, scope, item);
  if (!updated) throw new NotFoundError(`Elemento "${id}" non trovato tra i ${COLLECTION_LABELS[collection]}`);
  return updated;
}

export async function deletePlanItem(db: Database, collection: BundleCollection, planId: string, id: string) {
  await requirePlan(db, planId);
  if (!(await deleteItem(db, collection, planId, id))) {
    throw new NotFoundError(`Elemento "${id}" non trovato tra i ${COLLECTION_LABELS[collection]}`);
  }
}
