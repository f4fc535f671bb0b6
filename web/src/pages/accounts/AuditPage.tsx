// The audit trail: every change, sign-in and refusal, newest first, filtered by plan, period, item, user, action
// and dates (kept in the address, so a filtered trail can be linked), before and after shown as a readable
// difference, and the same selection as CSV for Excel.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { usePlan, usePlans } from "../../api/hooks";
import { useSession } from "../../api/session";
import { links } from "../../app/routes";
import { ErrorMessage, Loading } from "../../components/QueryState";
import { ScrollRegion } from "../../components/ScrollRegion";
import { PageHeading } from "../../layout/PageHeading";
import { formatDateTime, personName } from "../workflow/stamps";
import { diffValues } from "../workflow/value-diff";
import { ValueDiff } from "../workflow/ValueDiff";
import { auditQuery, useAccounts, useAuditEvents, type AuditEvent, type AuditFilter } from "./accounts-api";
import "../workflow/workflow.css";

const FILTER_KEYS = ["planId", "periodId", "itemType", "itemId", "actorId", "action", "from", "to"] as const;
const ACTIONS = ["submit", "validate", "return", "close", "reopen", "open", "create", "update", "delete", "import", "replace", "approve", "revise", "publish", "sign-in", "sign-in-failed", "denied"];
const ITEM_TYPES = ["measurement", "workflow", "plan", "objective", "indicator", "target", "period", "account", "assignment", "individual-score"];

function filterFrom(params: URLSearchParams): AuditFilter {
  const filter: AuditFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const [draft, setDraft] = useState<AuditFilter>(filter);
  const account = useSession().data?.account ?? null;
  const isAdministrator = account?.role === "administrator";
  const plans = usePlans();
  const plan = usePlan(draft.planId);
  const accounts = useAccounts(isAdministrator);
  const events = useAuditEvents(filter);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) if (draft[key]) next.set(key, draft[key]!);
    setParams(next);
  };
  const set = (key: keyof AuditFilter, value: string) => setDraft((d) => ({ ...d, [key]: value || undefined, ...(key === "planId" ? { periodId: undefined } : {}) }));
  const list = events.data?.pages.flat() ?? [];

  return (
    <>
      <PageHeading
        title={t("audit.title")}
        crumbs={[{ label: t("nav.home"), to: links.plans() }, { label: t("audit.title") }]}
        actions={
          <a className="btn btn-outline-primary" href={`/api/audit.csv${auditQuery(filter)}`} download data-testid="audit-csv">
            {t("audit.csv")}
          </a>
        }
      />
      <div className="container-xxl pb-5">
        <p className="text-muted">{t("audit.intro")}</p>
        <form className="filter-bar row g-3 align-items-end mb-3" aria-label={t("audit.filters")} onSubmit={apply} data-testid="audit-filters">
          <div className="col-md-4">
            <div className="select-wrapper">
              <label htmlFor="audit-plan">{t("audit.plan")}</label>
              <select id="audit-plan" value={draft.planId ?? ""} onChange={(e) => set("planId", e.target.value)}>
                <option value="">{t("audit.any")}</option>
                {plans.data?.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="col-md-4">
            <div className="select-wrapper">
              <label htmlFor="audit-period">{t("audit.period")}</label>
              <select id="audit-period" value={draft.periodId ?? ""} onChange={(e) => set("periodId", e.target.value)} disabled={!draft.planId}>
                <option value="">{t("audit.any")}</option>
                {plan.data?.periods.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="col-md-4">
            <div className="select-wrapper">
              <label htmlFor="audit-action">{t("audit.action")}</label>
              <select id="audit-action" value={draft.action ?? ""} onChange={(e) => set("action", e.target.value)}>
                <option value="">{t("audit.any")}</option>
                {ACTIONS.map((a) => (
                  <option key={a} value={a}>
                    {t(`audit.actions.${a}`, { defaultValue: a })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="col-md-3">
            <div className="select-wrapper">
              <label htmlFor="audit-item-type">{t("audit.item")}</label>
              <select id="audit-item-type" value={draft.itemType ?? ""} onChange={(e) => set("itemType", e.target.value)}>
                <option value="">{t("audit.any")}</option>
                {ITEM_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`audit.itemTypes.${type}`, { defaultValue: type })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="col-md-3">
            <div className="form-group mb-0">
              <label htmlFor="audit-item-id" className="active">
                {t("audit.itemId")}
              </label>
              <input id="audit-item-id" type="text" className="form-control" value={draft.itemId ?? ""} onChange={(e) => set("itemId", e.target.value)} />
            </div>
          </div>
          {isAdministrator && (
            <div className="col-md-3">
              <div className="select-wrapper">
                <label htmlFor="audit-actor">{t("audit.actor")}</label>
                <select id="audit-actor" value={draft.actorId ?? ""} onChange={(e) => set("actorId", e.target.value)}>
                  <option value="">{t("audit.any")}</option>
                  {accounts.data?.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.displayName} ({a.email})
                    </option>
                  ))}
                </select>
              </div>
            </div>
          )}
          <div className="col-md-2">
            <div className="form-group mb-0">
              <label htmlFor="audit-from" className="active">
                {t("audit.from")}
              </label>
              <input id="audit-from" type="date" className="form-control" value={draft.from ?? ""} onChange={(e) => set("from", e.target.value)} />
            </div>
          </div>
          <div className="col-md-2">
            <div className="form-group mb-0">
              <label htmlFor="audit-to" className="active">
                {t("audit.to")}
              </label>
              <input id="audit-to" type="date" className="form-control" value={draft.to ?? ""} onChange={(e) => set("to", e.target.value)} />
            </div>
          </div>
          <div className="col-md-auto d-flex gap-2">
            <button type="submit" className="btn btn-primary" data-testid="audit-apply">
              {t("audit.apply")}
            </button>
            <button
              type="button"
              className="btn btn-outline-secondary"
              onClick={() => {
                setDraft({});
                setParams(new URLSearchParams());
              }}
            >
              {t("audit.reset")}
            </button>
          </div>
        </form>

        {events.isPending ? (
          <Loading />
        ) : events.isError ? (
          <ErrorMessage error={events.error} />
        ) : list.length === 0 ? (
          <div className="alert alert-info" role="status">
            {t("audit.none")}
          </div>
        ) : (
          <>
            <p className="small text-muted" aria-live="polite" data-testid="audit-count">
              {t("audit.count", { count: list.length })}
            </p>
            <ScrollRegion label={t("audit.caption")}>
              <table className="table wf-table data-table" data-testid="audit-table">
                <caption className="visually-hidden">{t("audit.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("audit.columns.at")}</th>
                    <th scope="col">{t("audit.columns.actor")}</th>
                    <th scope="col">{t("audit.columns.action")}</th>
                    <th scope="col">{t("audit.columns.item")}</th>
                    <th scope="col">{t("audit.columns.where")}</th>
                    <th scope="col">{t("audit.columns.change")}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((event) => (
                    <AuditRow key={event.id} event={event} />
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            {events.hasNextPage && (
              <button type="button" className="btn btn-outline-primary" disabled={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
                {t("audit.more")}
              </button>
            )}
          </>
        )}
      </div>
    </>
  );
}

function AuditRow({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const fieldLabel = (field: string) => t(`workflow.fieldNames.${field}`, { defaultValue: field }) as string;
  return (
    <tr data-testid="audit-row" data-action={event.action}>
      <td className="wf-stamp text-nowrap">{formatDateTime(event.at)}</td>
      <td className="wf-stamp">
        {personName(event.actorLabel)}
        {event.ip && <span className="wf-when">{t("audit.ip", { ip: event.ip })}</span>}
      </td>
      <td>
        <span className="fw-semibold">{t(`audit.actions.${event.action}`, { defaultValue: event.action })}</span>
        {event.note && <span className="d-block small wf-reason">{event.note}</span>}
      </td>
      <td className="wf-stamp">
        {t(`audit.itemTypes.${event.itemType}`, { defaultValue: event.itemType })}
        {event.itemId && <span className="wf-when text-break">{event.itemId}</span>}
      </td>
      <td className="wf-stamp">
        {event.planId ?? "—"}
        {event.periodId && <span className="wf-when">{event.periodId}</span>}
      </td>
      <td>
        <ValueDiff diffs={diffValues(event.before, event.after)} fieldLabel={fieldLabel} />
      </td>
    </tr>
  );
}
