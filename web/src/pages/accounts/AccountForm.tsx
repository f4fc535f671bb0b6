// Creating or editing an account: name, role, organisation and — for a head of structure — the structures they
// answer for, shown as a tree (a structure includes its sub-structures). The server checks everything again.
import { useId, useMemo, useState, type FormEvent } from "react";
import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { PlanBundle } from "@domain/model";
import { apiGet } from "../../api/client";
import { queryKeys, usePlans } from "../../api/hooks";
import { apiPaths } from "../../api/paths";
import type { Role } from "../../api/session";
import { ErrorMessage } from "../../components/QueryState";
import type { AccountInput, AccountRow } from "./accounts-api";

export const ROLES: Role[] = ["administrator", "planning_office", "structure_head", "evaluator", "reader"];

export interface StructureOption {
  organisationId: string;
  id: string;
  name: string;
  depth: number;
}

/** The structures of an organisation, from its plans, in tree order with their depth. */
export function structureTree(bundles: PlanBundle[], organisationId: string): StructureOption[] {
  const byId = new Map<string, { id: string; parentId: string | null; name: string; organisationId: string }>();
  for (const bundle of bundles) for (const s of bundle.structures) if (s.organisationId === organisationId && !byId.has(s.id)) byId.set(s.id, s);
  const children = new Map<string | null, string[]>();
  for (const s of byId.values()) {
    const parent = s.parentId && byId.has(s.parentId) ? s.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), s.id]);
  }
  const result: StructureOption[] = [];
  const walk = (parent: string | null, depth: number, seen: Set<string>) => {
    for (const id of children.get(parent) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      const s = byId.get(id)!;
      result.push({ organisationId, id, name: s.name, depth });
      walk(id, depth + 1, seen);
    }
  };
  walk(null, 0, new Set());
  return result;
}

function useOrganisationStructures(organisationId: string | null): StructureOption[] {
  const plans = usePlans();
  const ofOrganisation = (plans.data ?? []).filter((p) => p.organisationId === organisationId);
  const bundles = useQueries({
    queries: ofOrganisation.map((p) => ({
      queryKey: queryKeys.plan(p.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => apiGet<PlanBundle>(apiPaths.plan(p.id), signal),
    })),
  });
  const loaded = bundles.map((b) => b.data).filter((b): b is PlanBundle => Boolean(b));
  const key = loaded.map((b) => b.plan.id).join("|");
  return useMemo(() => (organisationId ? structureTree(loaded, organisationId) : []), [key, organisationId]);
}

interface AccountFormProps {
  /** null: a new account. */
  account: AccountRow | null;
  busy: boolean;
  error: unknown;
  onSubmit: (input: AccountInput & { email: string }) => void;
  onCancel: () => void;
}

export function AccountForm({ account, busy, error, onSubmit, onCancel }: AccountFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const plans = usePlans();
  const [email, setEmail] = useState(account?.email ?? "");
  const [displayName, setDisplayName] = useState(account?.displayName ?? "");
  const [role, setRole] = useState<Role>(account?.role ?? "reader");
  const [organisationId, setOrganisationId] = useState<string | null>(account?.organisationId ?? null);
  const [chosen, setChosen] = useState<Set<string>>(new Set(account?.structures.map((s) => s.structureId) ?? []));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const structures = useOrganisationStructures(organisationId);
  const organisations = useMemo(() => {
    const seen = new Map<string, string>();
    for (const p of plans.data ?? []) if (!seen.has(p.organisationId)) seen.set(p.organisationId, p.organisationName);
    return [...seen.entries()].sort((a, b) => a[1].localeCompare(b[1], "it"));
  }, [plans.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!account && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) found.email = t("users.errors.email");
    if (!displayName.trim()) found.name = t("users.errors.name");
    if (role === "structure_head" && chosen.size === 0) found.structures = t("users.errors.structures");
    setProblems(found);
    if (Object.keys(found).length) return;
    onSubmit({
      email: email.trim(),
      displayName: displayName.trim(),
      role,
      organisationId,
      // a structure chosen under another organisation does not follow the account to this one
      structures: role === "structure_head" ? structures.filter((s) => chosen.has(s.id)).map((s) => ({ organisationId: s.organisationId, structureId: s.id })) : [],
    });
  };
  const invalid = (key: string) => (problems[key] ? { "aria-invalid": true, "aria-describedby": `${id}-${key}-error` } : {});
  const errorLine = (key: string) =>
    problems[key] ? (
      <div id={`${id}-${key}-error`} className="invalid-feedback d-block">
        {problems[key]}
      </div>
    ) : null;

  return (
    <form className="wf-reason-panel" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate data-testid="account-form">
      <h2 className="h5" id={`${id}-title`}>
        {account ? t("users.editTitle", { name: account.displayName }) : t("users.createTitle")}
      </h2>
      {error !== null && error !== undefined && <ErrorMessage error={error} title={t("users.failed")} />}
      <div className="row g-3">
        <div className="col-md-6">
          <div className="form-group mb-0">
            <label htmlFor={`${id}-email`} className="active">
              {t("users.email")}
            </label>
            <input id={`${id}-email`} type="email" className="form-control" value={email} disabled={account !== null} onChange={(e) => setEmail(e.target.value)} {...invalid("email")} />
            {errorLine("email")}
          </div>
        </div>
        <div className="col-md-6">
          <div className="form-group mb-0">
            <label htmlFor={`${id}-name`} className="active">
              {t("users.name")}
            </label>
            <input id={`${id}-name`} type="text" className="form-control" value={displayName} onChange={(e) => setDisplayName(e.target.value)} {...invalid("name")} />
            {errorLine("name")}
          </div>
        </div>
        <div className="col-md-6">
          <div className="select-wrapper">
            <label htmlFor={`${id}-role`}>{t("users.role")}</label>
            <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="col-md-6">
          <div className="select-wrapper">
            <label htmlFor={`${id}-organisation`}>{t("users.organisation")}</label>
            <select id={`${id}-organisation`} value={organisationId ?? ""} onChange={(e) => setOrganisationId(e.target.value || null)}>
              <option value="">{t("users.allOrganisations")}</option>
              {organisations.map(([orgId, name]) => (
                <option key={orgId} value={orgId}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {role === "structure_head" && (
          <div className="col-12">
            <fieldset {...invalid("structures")}>
              <legend className="form-label fs-6 fw-semibold">{t("users.structures")}</legend>
              <p className="small text-muted mb-2">{t("users.structuresHelp")}</p>
              {structures.length === 0 ? (
                <p className="small">{t("users.noStructures")}</p>
              ) : (
                <div className="wf-structure-tree" data-testid="structure-tree">
                  {structures.map((s) => (
                    <div className="form-check" key={s.id} style={{ marginLeft: `${s.depth * 1.5}rem` }}>
                      <input
                        id={`${id}-s-${s.id}`}
                        type="checkbox"
                        className="form-check-input"
                        checked={chosen.has(s.id)}
                        onChange={() =>
                          setChosen((current) => {
                            const next = new Set(current);
                            if (next.has(s.id)) next.delete(s.id);
                            else next.add(s.id);
                            return next;
                          })
                        }
                      />
                      <label className="form-check-label" htmlFor={`${id}-s-${s.id}`}>
                        {s.name}
                      </label>
                    </div>
                  ))}
                </div>
              )}
              {errorLine("structures")}
            </fieldset>
          </div>
        )}
      </div>
      <div className="d-flex gap-2 mt-3">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="account-save">
          {t("users.save")}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          {t("users.cancel")}
        </button>
      </div>
    </form>
  );
}
