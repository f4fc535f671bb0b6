// The monitoring workflow as a service: the state of every structure for a period, opening a period, the
// transitions (submit, validate, return, close, reopen, one or many at once) with their checks, and the changes
// made after validation. Each transition is audited in its transaction.
import type { Database } from "../db/connect";
import { loadEvaluationSettings, settingsForPeriod, type EvaluationSettings } from "../db/evaluation-settings";
import { loadPlanBundle } from "../db/plan-store";
import type { Measurement, PlanBundle } from "../domain/model";
import { evaluatePlan } from "../domain/evaluation/evaluate-plan";
import { check, type Access } from "../auth/authorize";
import { ConflictError } from "../auth/errors";
import type { WorkflowAction } from "../auth/policies";
import { findAuditEvents, recordAudit, type AuditEvent } from "../audit/audit-log";
import { InvalidRequestError, NotFoundError } from "../server/errors";
import { measurementScope } from "./measurement-scope";
import { canTransition, TRANSITIONS, WORKFLOW_STATE_LABELS, type Transition, type WorkflowState } from "./monitoring-states";
import { ensureWorkflow, findWorkflows, stateOf, updateWorkflow, type WorkflowKey, type WorkflowRow } from "./monitoring-store";
import { ownershipFromBundle, structureChain, structureName, workflowKeys, PLAN_WIDE_SCOPE, type PlanOwnership } from "./ownership";
import { changedFields } from "./plan-lock";
import { valuesNeedingNote } from "./red-values";

export interface WorkflowView {
  structureId: string;
  structureName: string;
  state: WorkflowState;
  stateLabel: string;
  version: number;
  /** values entered for the period, and indicators of the structure still without one. */
  values: number;
  missing: number;
  submittedAt: string | null;
  submittedBy: string | null;
  validatedAt: string | null;
  validatedBy: string | null;
  returnedAt: string | null;
  returnedBy: string | null;
  returnReason: string | null;
  closedAt: string | null;
  closedBy: string | null;
  reopenedAt: string | null;
  reopenedBy: string | null;
  reopenReason: string | null;
}

/** A plan and period as the workflow needs them; 404 for an unknown plan or period. */
export async function loadPeriodContext(db: Database, planId: string, periodId: string) {
  const bundle = await loadPlanBundle(db, planId);
  if (!bundle) throw new NotFoundError(`Piano "${planId}" non trovato`);
  const period = bundle.periods.find((p) => p.id === periodId);
  if (!period) throw new NotFoundError(`Periodo di monitoraggio "${periodId}" non trovato nel piano "${planId}"`);
  return { bundle, period, ownership: ownershipFromBundle(bundle) };
}

function iso(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

function valuesOf(bundle: PlanBundle, o: PlanOwnership, periodId: string, key: string): Measurement[] {
  return bundle.measurements.filter((m) => m.periodId === periodId && measurementScope(o, m).key === key);
}

function indicatorsOf(bundle: PlanBundle, o: PlanOwnership, key: string) {
  return bundle.indicators.filter((i) => measurementScope(o, { indicatorId: i.id }).key === key);
}

export function workflowView(bundle: PlanBundle, o: PlanOwnership, periodId: string, key: string, row: WorkflowRow | null): WorkflowView {
  const values = valuesOf(bundle, o, periodId, key);
  const measured = new Set(values.filter((m) => m.value !== null || m.valueText !== null).map((m) => m.indicatorId));
  const state = stateOf(row);
  return {
    structureId: key,
    structureName: structureName(o, key),
    state,
    stateLabel: WORKFLOW_STATE_LABELS[state],
    version: row?.version ?? 0,
    values: values.length,
    missing: indicatorsOf(bundle, o, key).filter((i) => !measured.has(i.id)).length,
    submittedAt: iso(row?.submittedAt ?? null),
    submittedBy: row?.submittedBy ?? null,
    validatedAt: iso(row?.validatedAt ?? null),
    validatedBy: row?.validatedBy ?? null,
    returnedAt: iso(row?.returnedAt ?? null),
    returnedBy: row?.returnedBy ?? null,
    returnReason: row?.returnReason ?? null,
    closedAt: iso(row?.closedAt ?? null),
    closedBy: row?.closedBy ?? null,
    reopenedAt: iso(row?.reopenedAt ?? null),
    reopenedBy: row?.reopenedBy ?? null,
    reopenReason: row?.reopenReason ?? null,
  };
}

/** Every structure of the plan for the period (those with indicators, and any with a workflow row). */
export async function listPeriodWorkflows(db: Database, planId: string, periodId: string): Promise<WorkflowView[]> {
  const { bundle, ownership } = await loadPeriodContext(db, planId, periodId);
  const rows = await findWorkflows(db, planId, [periodId]);
  const keys = [...new Set([...workflowKeys(ownership), ...rows.map((r) => r.structureId)])];
  return keys.map((key) => workflowView(bundle, ownership, periodId, key, rows.find((r) => r.structureId === key) ?? null));
}

function resourceFor(o: PlanOwnership, key: string) {
  return {
    type: "workflow" as const,
    organisationId: o.organisationId,
    structureChain: key === PLAN_WIDE_SCOPE ? [] : structureChain(o, key),
  };
}

export async function checkWorkflowRight(db: Database, access: Access, o: PlanOwnership, periodId: string, key: string, action: WorkflowAction) {
  const label = action in TRANSITIONS ? TRANSITIONS[action as Transition].label : action === "open" ? "aprire" : "leggere";
  await check(db, access, action, resourceFor(o, key), {
    message: `non può ${label} il monitoraggio di «${structureName(o, key)}»`,
    itemType: "workflow",
    itemId: `${periodId}|${key}`,
    organisationId: o.organisationId,
    planId: o.planId,
    periodId,
    structureId: key,
  });
}

/**
 * Reading the values of a structure's monitoring (its changes since validation): as for measurements, the drafts
 * of a structure are for its head, the office and the evaluators.
 */
export async function checkValuesRead(db: Database, access: Access, o: PlanOwnership, periodId: string, key: string) {
  const [row] = (await findWorkflows(db, o.planId, [periodId])).filter((r) => r.structureId === key);
  const state = stateOf(row ?? null);
  const resource = {
    type: "measurement" as const,
    organisationId: o.organisationId,
    structureChain: key === PLAN_WIDE_SCOPE ? [] : structureChain(o, key),
    isDraft: state !== "validated" && state !== "closed",
  };
  await check(db, access, "read", resource, {
    message: `non può leggere i valori in bozza di «${structureName(o, key)}»`,
    itemType: "workflow",
    itemId: `${periodId}|${key}`,
    organisationId: o.organisationId,
    planId: o.planId,
    periodId,
    structureId: key,
  });
}

/** Opens the period for every structure: each gets its row in state "open" (existing rows keep their state). */
export async function openPeriod(db: Database, access: Access, planId: string, periodId: string): Promise<WorkflowView[]> {
  const { ownership } = await loadPeriodContext(db, planId, periodId);
  await checkWorkflowRight(db, access, ownership, periodId, PLAN_WIDE_SCOPE, "open");
  await db.transaction(async (tx) => {
    for (const key of workflowKeys(ownership)) {
      await ensureWorkflow(tx, { organisationId: ownership.organisationId, planId, periodId, structureId: key });
    }
    await recordAudit(tx, access.actor, {
      action: "open",
      itemType: "workflow",
      itemId: periodId,
      organisationId: ownership.organisationId,
      planId,
      periodId,
      after: { structures: workflowKeys(ownership) },
    });
  });
  return listPeriodWorkflows(db, planId, periodId);
}

export interface TransitionRequest {
  transition: Transition;
  reason?: string | null;
  /** the version the client read; a different one means someone acted in between (409). */
  version?: number | null;
}

function snapshot(values: readonly Measurement[]): Record<string, unknown>[] {
  return values.map((m) => ({ ...m }));
}

/** Why a transition is refused by the state of the values, or null. */
function transitionProblem(
  bundle: PlanBundle,
  settings: EvaluationSettings,
  o: PlanOwnership,
  periodId: string,
  key: string,
  request: TransitionRequest,
): string | null {
  if ((request.transition === "return" || request.transition === "reopen") && !request.reason?.trim()) {
    return request.transition === "return" ? "il rinvio richiede una motivazione" : "la riapertura richiede una motivazione";
  }
  if (request.transition === "submit") {
    const values = valuesOf(bundle, o, periodId, key);
    // the plan's stored rules and overrides: a status the evaluator corrected is the status that counts
    const evaluation = evaluatePlan(bundle, { periodId, ...settingsForPeriod(settings, periodId) });
    const needing = valuesNeedingNote(bundle, values, evaluation);
    if (needing.length) {
      return `valori in stato critico senza nota: ${needing.map((n) => `${n.label} (${n.levelLabel}, misurazione «${n.measurementId}»)`).join("; ")}`;
    }
  }
  return null;
}

async function applyTransition(
  tx: Database,
  access: Access,
  bundle: PlanBundle,
  o: PlanOwnership,
  periodId: string,
  key: string,
  request: TransitionRequest,
): Promise<void> {
  const workflowKey: WorkflowKey = { organisationId: o.organisationId, planId: o.planId, periodId, structureId: key };
  const row = await ensureWorkflow(tx, workflowKey);
  const state = stateOf(row);
  const name = structureName(o, key);
  if (request.version != null && request.version !== row.version) {
    throw new ConflictError(`Il monitoraggio di «${name}» è cambiato nel frattempo (versione ${row.version}, non ${request.version}): ricaricare`);
  }
  const rule = TRANSITIONS[request.transition];
  if (!canTransition(state, request.transition)) {
    throw new ConflictError(
      `Impossibile ${rule.label} il monitoraggio di «${name}»: è ${WORKFLOW_STATE_LABELS[state]} (si può da: ${rule.from.map((s) => WORKFLOW_STATE_LABELS[s]).join(", ")})`,
    );
  }
  const problem = transitionProblem(bundle, await loadEvaluationSettings(tx, o.planId), o, periodId, key, request);
  if (problem) throw new InvalidRequestError(`Impossibile ${rule.label} il monitoraggio di «${name}»: ${problem}`);
  const now = new Date();
  const by = access.actor.label;
  const reason = request.reason?.trim() || null;
  const changes: Partial<WorkflowRow> = { state: rule.to };
  if (request.transition === "submit") Object.assign(changes, { submittedAt: now, submittedBy: by });
  if (request.transition === "validate") {
    Object.assign(changes, { validatedAt: now, validatedBy: by, validatedValues: snapshot(valuesOf(bundle, o, periodId, key)) });
  }
  if (request.transition === "return") Object.assign(changes, { returnedAt: now, returnedBy: by, returnReason: reason });
  if (request.transition === "close") Object.assign(changes, { closedAt: now, closedBy: by });
  if (request.transition === "reopen") Object.assign(changes, { reopenedAt: now, reopenedBy: by, reopenReason: reason, closedAt: null, closedBy: null });
  const updated = await updateWorkflow(tx, workflowKey, changes);
  await recordAudit(tx, access.actor, {
    action: request.transition,
    itemType: "workflow",
    itemId: `${periodId}|${key}`,
    organisationId: o.organisationId,
    planId: o.planId,
    periodId,
    structureId: key,
    before: { state, version: row.version },
    after: { state: updated.state, version: updated.version },
    note: reason,
  });
}

const TRANSITION_ACTION: Record<Transition, WorkflowAction> = {
  submit: "submit",
  validate: "validate",
  return: "return",
  close: "close",
  reopen: "reopen",
};

/** One transition for one structure. */
export async function transitionWorkflow(
  db: Database,
  access: Access,
  planId: string,
  periodId: string,
  key: string,
  request: TransitionRequest,
): Promise<WorkflowView> {
  const { bundle, ownership } = await loadPeriodContext(db, planId, periodId);
  if (key !== PLAN_WIDE_SCOPE && !workflowKeys(ownership).includes(key)) {
    throw new NotFoundError(`Nessun monitoraggio per la struttura «${key}» nel piano «${planId}»`);
  }
  await checkWorkflowRight(db, access, ownership, periodId, key, TRANSITION_ACTION[request.transition]);
  await db.transaction((tx) => applyTransition(tx, access, bundle, ownership, periodId, key, request));
  const [row] = (await findWorkflows(db, planId, [periodId])).filter((r) => r.structureId === key);
  return workflowView(bundle, ownership, periodId, key, row ?? null);
}

/**
 * The same transition (validate, close) for many structures in one transaction: all or none. Without a list,
 * every structure the transition applies to (all submitted ones for validate, all validated ones for close).
 */
export async function transitionMany(
  db: Database,
  access: Access,
  planId: string,
  periodId: string,
  transition: "validate" | "close",
  keys: string[] | null,
): Promise<WorkflowView[]> {
  const { bundle, ownership } = await loadPeriodContext(db, planId, periodId);
  const rows = await findWorkflows(db, planId, [periodId]);
  const chosen = keys ?? rows.filter((r) => canTransition(stateOf(r), transition)).map((r) => r.structureId);
  if (chosen.length === 0) {
    throw new ConflictError(`Nessuna struttura da ${TRANSITIONS[transition].label} per il periodo «${periodId}»`);
  }
  for (const key of chosen) await checkWorkflowRight(db, access, ownership, periodId, key, transition);
  await db.transaction(async (tx) => {
    for (const key of chosen) await applyTransition(tx, access, bundle, ownership, periodId, key, { transition });
  });
  const after = await findWorkflows(db, planId, [periodId]);
  return chosen.map((key) => workflowView(bundle, ownership, periodId, key, after.find((r) => r.structureId === key) ?? null));
}

export interface ValueChange {
  measurementId: string;
  indicatorId: string;
  kind: "added" | "removed" | "changed";
  fields: { field: string; before: unknown; after: unknown }[];
}

/** What changed in the values of a structure since they were validated, with the audit records of those changes. */
export async function changesSinceValidation(
  db: Database,
  planId: string,
  periodId: string,
  key: string,
): Promise<{ validatedAt: string | null; validatedBy: string | null; changes: ValueChange[]; events: AuditEvent[] }> {
  const { bundle, ownership } = await loadPeriodContext(db, planId, periodId);
  const [row] = (await findWorkflows(db, planId, [periodId])).filter((r) => r.structureId === key);
  if (!row?.validatedAt || !row.validatedValues) return { validatedAt: null, validatedBy: null, changes: [], events: [] };
  const validated = new Map(row.validatedValues.map((m) => [String(m.id), m]));
  const current = new Map(valuesOf(bundle, ownership, periodId, key).map((m) => [m.id, m as unknown as Record<string, unknown>]));
  const changes: ValueChange[] = [];
  for (const [id, now] of current) {
    const then = validated.get(id);
    if (!then) {
      changes.push({ measurementId: id, indicatorId: String(now.indicatorId), kind: "added", fields: [] });
      continue;
    }
    const fields = changedFields(then, now).map((field) => ({ field, before: then[field] ?? null, after: now[field] ?? null }));
    if (fields.length) changes.push({ measurementId: id, indicatorId: String(now.indicatorId), kind: "changed", fields });
  }
  for (const [id, then] of validated) {
    if (!current.has(id)) changes.push({ measurementId: id, indicatorId: String(then.indicatorId), kind: "removed", fields: [] });
  }
  const events = (await findAuditEvents(db, { planId, periodId, itemType: "measurement", from: row.validatedAt.toISOString(), limit: 1000 })).filter(
    (e) => e.structureId === (key === PLAN_WIDE_SCOPE ? null : key),
  );
  return { validatedAt: row.validatedAt.toISOString(), validatedBy: row.validatedBy, changes, events };
}
