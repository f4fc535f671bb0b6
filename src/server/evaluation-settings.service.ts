// The evaluation body's decisions on a stored plan: status overrides (level of the plan's scale + compulsory
// reason) and the plan's scoring rules. Each write checks the plan's data, runs in one transaction with its audit
// record, and answers bad input with an Italian message naming the field.
import type { Access } from "../auth/authorize";
import { recordAudit } from "../audit/audit-log";
import type { Database } from "../db/connect";
import { deleteScoringRules, getScoringRules, putScoringRules, type StoredScoringRules } from "../db/evaluation-settings";
import { loadPlanBundle } from "../db/plan-store";
import { deleteStatusOverride, findStatusOverrides, getStatusOverride, putStatusOverride, type OverrideKey, type StoredStatusOverride } from "../db/status-overrides";
import { parseScoringRules, type ScoringRules, type ScoringRulesInput } from "../domain/evaluation/scoring-rules";
import type { PlanBundle } from "../domain/model";
import { InvalidRequestError, NotFoundError } from "./errors";

async function requireBundle(db: Database, planId: string): Promise<PlanBundle> {
  const bundle = await loadPlanBundle(db, planId);
  if (!bundle) throw new NotFoundError(`Piano "${planId}" non trovato`);
  return bundle;
}

export interface OverrideAddress {
  planId: string;
  periodId: string;
  indicatorId: string;
  assigneeId?: string | null;
}

/** The key of an override, after checking that period, indicator and assignee belong to the plan. */
function overrideKey(bundle: PlanBundle, address: OverrideAddress): OverrideKey {
  const fields: { path: string; message: string }[] = [];
  if (!bundle.periods.some((p) => p.id === address.periodId)) fields.push({ path: "params.periodId", message: `periodo «${address.periodId}» non presente nel piano` });
  if (!bundle.indicators.some((i) => i.id === address.indicatorId)) fields.push({ path: "params.indicatorId", message: `indicatore «${address.indicatorId}» non presente nel piano` });
  const assigneeId = address.assigneeId || null;
  if (assigneeId && !bundle.relatedOrganisations.some((o) => o.id === assigneeId) && !bundle.structures.some((s) => s.id === assigneeId)) {
    fields.push({ path: "querystring.assigneeId", message: `destinatario «${assigneeId}» non presente nel piano` });
  }
  if (fields.length) throw new InvalidRequestError(`Correzione dello stato non valida: ${fields.map((f) => f.message).join("; ")}`, fields);
  return { organisationId: bundle.plan.organisationId, planId: bundle.plan.id, periodId: address.periodId, indicatorId: address.indicatorId, assigneeId };
}

const overrideItemId = (key: OverrideKey) => `${key.periodId}|${key.indicatorId}${key.assigneeId ? `|${key.assigneeId}` : ""}`;

export async function listStatusOverrides(db: Database, planId: string, periodId?: string): Promise<StoredStatusOverride[]> {
  await requireBundle(db, planId);
  return findStatusOverrides(db, { planId, periodId });
}

export async function setStatusOverride(
  db: Database,
  access: Access,
  address: OverrideAddress,
  input: { level: number; reason: string },
): Promise<StoredStatusOverride> {
  const bundle = await requireBundle(db, address.planId);
  const key = overrideKey(bundle, address);
  const scale = bundle.plan.assessmentScale;
  const fields: { path: string; message: string }[] = [];
  if (!scale.levels.some((l) => l.level === input.level)) {
    fields.push({ path: "body.level", message: `il livello ${input.level} non è nella scala «${scale.name}» (livelli ${scale.levels.map((l) => l.level).join(", ")})` });
  }
  const reason = input.reason.trim();
  if (!reason) fields.push({ path: "body.reason", message: "la motivazione della correzione è obbligatoria" });
  if (fields.length) throw new InvalidRequestError(`Correzione dello stato non valida: ${fields.map((f) => f.message).join("; ")}`, fields);
  return db.transaction(async (tx) => {
    const before = await getStatusOverride(tx, key);
    const saved = await putStatusOverride(tx, key, { level: input.level, reason, createdBy: access.user.id, createdByLabel: access.user.displayName });
    const indicator = bundle.indicators.find((i) => i.id === key.indicatorId)!;
    await recordAudit(tx, access.actor, {
      action: before ? "update" : "create",
      itemType: "status-override",
      itemId: overrideItemId(key),
      organisationId: key.organisationId,
      planId: key.planId,
      periodId: key.periodId,
      before: before && { level: before.level, reason: before.reason },
      after: { level: saved.level, reason: saved.reason },
      note: `stato dell'indicatore ${indicator.code} corretto a «${scale.levels.find((l) => l.level === saved.level)!.label}»`,
    });
    return saved;
  });
}

export async function removeStatusOverride(db: Database, access: Access, address: OverrideAddress): Promise<void> {
  const bundle = await requireBundle(db, address.planId);
  const key = overrideKey(bundle, address);
  await db.transaction(async (tx) => {
    const before = await getStatusOverride(tx, key);
    if (!before) throw new NotFoundError(`Nessuna correzione dello stato per l'indicatore «${key.indicatorId}» nel periodo «${key.periodId}»`);
    await deleteStatusOverride(tx, key);
    await recordAudit(tx, access.actor, {
      action: "delete",
      itemType: "status-override",
      itemId: overrideItemId(key),
      organisationId: key.organisationId,
      planId: key.planId,
      periodId: key.periodId,
      before: { level: before.level, reason: before.reason },
      after: null,
    });
  });
}

export interface ScoringRulesView {
  /** false: no rules adopted, the defaults apply. */
  adopted: boolean;
  /** as adopted (empty when the defaults apply). */
  rules: ScoringRulesInput;
  /** with every default filled in: what the engine applies. */
  effective: ScoringRules;
  updatedAt: string | null;
  updatedBy: string | null;
}

function view(stored: StoredScoringRules | null): ScoringRulesView {
  const parsed = parseScoringRules(stored?.rules ?? {});
  // stored rules were validated when saved; the defaults stand in should a later version refuse them
  const effective = parsed.ok ? parsed.rules : (parseScoringRules({}) as { ok: true; rules: ScoringRules }).rules;
  return { adopted: stored !== null, rules: stored?.rules ?? {}, effective, updatedAt: stored?.updatedAt ?? null, updatedBy: stored?.updatedBy ?? null };
}

export async function readScoringRules(db: Database, planId: string): Promise<ScoringRulesView> {
  await requireBundle(db, planId);
  return view(await getScoringRules(db, planId));
}

export async function adoptScoringRules(db: Database, access: Access, planId: string, input: unknown): Promise<ScoringRulesView> {
  const bundle = await requireBundle(db, planId);
  const parsed = parseScoringRules(input);
  if (!parsed.ok) {
    throw new InvalidRequestError(`Regole di calcolo non valide: ${parsed.errors.join("; ")}`, parsed.errors.map((message) => ({ path: `body.${/«([^»]*)»/.exec(message)?.[1] ?? ""}`, message })));
  }
  const unknownIndicators = Object.keys(parsed.rules.indicators).filter((id) => !bundle.indicators.some((i) => i.id === id));
  if (unknownIndicators.length) {
    throw new InvalidRequestError(
      `Regole di calcolo non valide: indicatori non presenti nel piano (${unknownIndicators.join(", ")})`,
      unknownIndicators.map((id) => ({ path: `body.indicators.${id}`, message: `indicatore «${id}» non presente nel piano` })),
    );
  }
  const rules = input as ScoringRulesInput;
  return db.transaction(async (tx) => {
    const before = await getScoringRules(tx, planId);
    const saved = await putScoringRules(tx, { organisationId: bundle.plan.organisationId, planId }, rules, access.actor.label);
    await recordAudit(tx, access.actor, {
      action: before ? "update" : "create",
      itemType: "scoring-rules",
      itemId: planId,
      organisationId: bundle.plan.organisationId,
      planId,
      before: before?.rules ?? null,
      after: rules,
    });
    return view(saved);
  });
}

export async function resetScoringRules(db: Database, access: Access, planId: string): Promise<ScoringRulesView> {
  const bundle = await requireBundle(db, planId);
  await db.transaction(async (tx) => {
    const before = await getScoringRules(tx, planId);
    if (!before) return;
    await deleteScoringRules(tx, planId);
    await recordAudit(tx, access.actor, { action: "delete", itemType: "scoring-rules", itemId: planId, organisationId: bundle.plan.organisationId, planId, before: before.rules, after: null, note: "ripristinate le regole predefinite" });
  });
  return view(null);
}
