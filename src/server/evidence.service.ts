// Evidence files support a monitoring value, so they follow its rights: whoever may write the value (the office,
// the head of the indicator's structure) may attach and remove files, as long as the period and structure still
// accept changes (never once closed); whoever may read the value — drafts included — may list and download them.
// Every upload and deletion goes to the audit trail in the same transaction.
import type { Database } from "../db/connect";
import { getItem } from "../db/plan-items";
import { deleteEvidenceFile, findEvidenceFiles, getEvidenceFile, insertEvidenceFile, readEvidenceContent, type EvidenceFile } from "../db/evidence-files";
import { check, type Access } from "../auth/authorize";
import { can } from "../auth/policies";
import { ConflictError } from "../auth/errors";
import { isManager } from "../auth/policies/user";
import { recordAudit } from "../audit/audit-log";
import { measurementScope } from "../workflow/measurement-scope";
import { canEditValues, isDraftValue, WORKFLOW_STATE_LABELS } from "../workflow/monitoring-states";
import { getWorkflow, stateOf } from "../workflow/monitoring-store";
import { loadOwnership, structureName, type PlanOwnership } from "../workflow/ownership";
import { checkEvidenceType } from "./evidence-types";
import { InvalidRequestError, NotFoundError } from "./errors";

export interface EvidenceTarget {
  indicatorId: string;
  periodId: string;
  assigneeId?: string | null;
}

async function requirePlan(db: Database, planId: string): Promise<PlanOwnership> {
  const o = await loadOwnership(db, planId);
  if (!o) throw new NotFoundError(`Piano "${planId}" non trovato`);
  return o;
}

/** Indicator and period must be of the plan: a 400 naming the field otherwise. */
async function checkTarget(db: Database, planId: string, target: EvidenceTarget) {
  const fields = [];
  if (!(await getItem(db, "indicators", planId, target.indicatorId))) {
    fields.push({ path: "body.indicatorId", message: `l'indicatore «${target.indicatorId}» non esiste nel piano` });
  }
  const period = await getItem(db, "periods", planId, target.periodId);
  if (!period) fields.push({ path: "body.periodId", message: `il periodo «${target.periodId}» non esiste nel piano` });
  if (fields.length) throw new InvalidRequestError("Allegato non valido", fields);
  return { periodLabel: String(period!.label) };
}

/** Where the value stands: structure scope and workflow state of its period. */
async function valueStanding(db: Database, o: PlanOwnership, target: EvidenceTarget) {
  const scope = measurementScope(o, { indicatorId: target.indicatorId, periodId: target.periodId });
  const row = await getWorkflow(db, { organisationId: o.organisationId, planId: o.planId, periodId: target.periodId, structureId: scope.key });
  return { scope, state: stateOf(row) };
}

const denial = (o: PlanOwnership, target: EvidenceTarget, id: string | null, structureId: string | null) => ({
  itemType: "evidence",
  itemId: id,
  organisationId: o.organisationId,
  planId: o.planId,
  periodId: target.periodId,
  structureId,
});

async function checkWrite(db: Database, access: Access, o: PlanOwnership, target: EvidenceTarget, id: string | null, periodLabel: string) {
  const { scope, state } = await valueStanding(db, o, target);
  await check(db, access, "write", { type: "measurement", organisationId: o.organisationId, structureChain: scope.chain, isDraft: true }, {
    message: `non può allegare né eliminare documenti per i valori di «${structureName(o, scope.key)}»`,
    ...denial(o, target, id, scope.structureId),
  });
  if (!canEditValues(state, isManager(access.user, o.organisationId))) {
    const remedy = state === "closed" ? "è necessaria una riapertura motivata" : "l'ufficio deve prima rinviarli";
    throw new ConflictError(`I valori di «${structureName(o, scope.key)}» per «${periodLabel}» sono in stato «${WORKFLOW_STATE_LABELS[state]}»: gli allegati non si possono cambiare (${remedy})`);
  }
  return scope;
}

async function checkRead(db: Database, access: Access, o: PlanOwnership, target: EvidenceTarget, id: string | null) {
  const { scope, state } = await valueStanding(db, o, target);
  // files are attached through the application, like a typed value: hidden from other heads and readers until validated
  await check(db, access, "read", { type: "measurement", organisationId: o.organisationId, structureChain: scope.chain, isDraft: isDraftValue("manual", state) }, {
    message: `non può leggere gli allegati dei valori in bozza di «${structureName(o, scope.key)}»`,
    ...denial(o, target, id, scope.structureId),
  });
}

export async function uploadEvidence(
  db: Database,
  access: Access,
  planId: string,
  target: EvidenceTarget,
  file: { fileName: string; content: Uint8Array },
): Promise<EvidenceFile> {
  const o = await requirePlan(db, planId);
  const { periodLabel } = await checkTarget(db, planId, target);
  const scope = await checkWrite(db, access, o, target, null, periodLabel);
  const type = checkEvidenceType(file.fileName, file.content);
  if (!type.ok) throw new InvalidRequestError(type.message, [{ path: "body.file", message: type.message }]);
  return db.transaction(async (tx) => {
    const stored = await insertEvidenceFile(tx, {
      organisationId: o.organisationId,
      planId,
      indicatorId: target.indicatorId,
      periodId: target.periodId,
      assigneeId: target.assigneeId ?? null,
      fileName: file.fileName,
      mediaType: type.mediaType,
      content: file.content,
      uploadedBy: access.actor.accountId ?? "sistema",
      uploadedByLabel: access.actor.label,
    });
    await recordAudit(tx, access.actor, {
      action: "create",
      itemType: "evidence",
      itemId: stored.id,
      organisationId: o.organisationId,
      planId,
      periodId: target.periodId,
      structureId: scope.structureId,
      after: stored,
      note: `allegato «${stored.fileName}» (${stored.sizeBytes} byte, SHA-256 ${stored.sha256})`,
    });
    return stored;
  });
}

export async function listEvidence(db: Database, access: Access, planId: string, filter: { indicatorId?: string; periodId?: string }): Promise<EvidenceFile[]> {
  const o = await requirePlan(db, planId);
  const files = await findEvidenceFiles(db, { planId, ...filter });
  // one check per value, not per file; files of values the person may not read are left out of a list
  const readable = new Map<string, boolean>();
  const visible: EvidenceFile[] = [];
  for (const file of files) {
    const key = `${file.indicatorId}|${file.periodId}`;
    if (!readable.has(key)) {
      const { scope, state } = await valueStanding(db, o, file);
      const resource = { type: "measurement" as const, organisationId: o.organisationId, structureChain: scope.chain, isDraft: isDraftValue("manual", state) };
      readable.set(key, can(access.user, "read", resource));
    }
    if (readable.get(key)) visible.push(file);
  }
  return visible;
}

async function requireFile(db: Database, id: string): Promise<{ file: EvidenceFile; o: PlanOwnership }> {
  const file = await getEvidenceFile(db, id);
  if (!file) throw new NotFoundError(`Allegato «${id}» non trovato`);
  return { file, o: await requirePlan(db, file.planId) };
}

export async function downloadEvidence(db: Database, access: Access, id: string): Promise<{ file: EvidenceFile; content: Uint8Array }> {
  const { file, o } = await requireFile(db, id);
  await check(db, access, "read", { type: "plan", organisationId: o.organisationId }, {
    message: `non può leggere il piano «${o.planId}»`,
    ...denial(o, file, id, null),
  });
  await checkRead(db, access, o, file, id);
  const content = await readEvidenceContent(db, id);
  if (!content) throw new NotFoundError(`Allegato «${id}» non trovato`);
  return { file, content };
}

export async function removeEvidence(db: Database, access: Access, id: string): Promise<void> {
  const { file, o } = await requireFile(db, id);
  await check(db, access, "read", { type: "plan", organisationId: o.organisationId }, {
    message: `non può leggere il piano «${o.planId}»`,
    ...denial(o, file, id, null),
  });
  const period = await getItem(db, "periods", o.planId, file.periodId);
  const scope = await checkWrite(db, access, o, file, id, String(period?.label ?? file.periodId));
  await db.transaction(async (tx) => {
    if (!(await deleteEvidenceFile(tx, o.organisationId, id))) throw new NotFoundError(`Allegato «${id}» non trovato`);
    await recordAudit(tx, access.actor, {
      action: "delete",
      itemType: "evidence",
      itemId: id,
      organisationId: o.organisationId,
      planId: o.planId,
      periodId: file.periodId,
      structureId: scope.structureId,
      before: file,
      note: `allegato «${file.fileName}» eliminato`,
    });
  });
}
