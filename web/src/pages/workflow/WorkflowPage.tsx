// Approval of a plan's monitoring: for a period, each structure's state (open → draft → submitted → validated /
// returned → closed), who acted and when, the counts of values, and the actions this person may take — one
// structure at a time or many at once (validate, close). Return and reopen need a reason. After validation, the
// changes since are listed. Every action sends the version read: a 409 says someone acted in between.
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import type { MonitoringPeriod, PlanBundle } from "@domain/model";
import { ApiError } from "../../api/client";
import { useEvaluationSettings, usePlan } from "../../api/hooks";
import { useSession } from "../../api/session";
import { usePeriodParam } from "../../app/use-period";
import { PeriodSelect } from "../../components/PeriodSelect";
import { PlanHeading } from "../../components/PlanHeading";
import { ErrorMessage, Loading, PageError } from "../../components/QueryState";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatDate, formatNumber } from "../../format/figures";
import { computePlanFigures } from "../../model/plan-figures";
import { choosePeriod } from "../../model/plan-lookup";
import { ReasonPanel } from "./ReasonPanel";
import { redValuesWithoutNote } from "./red-values";
import { formatDateTime, personName } from "./stamps";
import { ValidationChanges } from "./ValidationChanges";
import { useBulkTransition, useOpenPeriod, useTransition, useWorkflows, type Transition, type WorkflowView } from "./workflow-api";
import { availableTransitions, isManagerOf } from "./workflow-rights";
import { WorkflowStateBadge } from "./WorkflowStateBadge";
import "./workflow.css";

export function WorkflowPage() {
  const { planId } = useParams();
  const plan = usePlan(planId);
  const { t } = useTranslation();
  const [periodId, setPeriod] = usePeriodParam();
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <PageError error={plan.error} />;
  const bundle = plan.data;
  const period = choosePeriod(bundle, periodId);
  return (
    <>
      <PlanHeading bundle={bundle} title={t("workflow.pageTitle")} trail={[{ label: t("workflow.pageTitle") }]} />
      <div className="container-xxl pb-5">
        <form className="filter-bar row g-3 align-items-end" aria-label={t("workflow.choosePeriod")} onSubmit={(e) => e.preventDefault()}>
          <div className="col-md-6">
            <PeriodSelect periods={bundle.periods} value={period?.id ?? null} onChange={setPeriod} id="workflow-period" />
          </div>
        </form>
        {period ? (
          <PeriodWorkflow key={period.id} bundle={bundle} period={period} />
        ) : (
          <div className="alert alert-info mt-4" role="status">
            {t("workflow.noPeriod")}
          </div>
        )}
      </div>
    </>
  );
}

type Pending = { structureId: string; transition: "return" | "reopen" } | null;

function PeriodWorkflow({ bundle, period }: { bundle: PlanBundle; period: MonitoringPeriod }) {
  const { t } = useTranslation();
  const planId = bundle.plan.id;
  const account = useSession().data?.account ?? null;
  const workflows = useWorkflows(planId, period.id);
  const transition = useTransition(planId, period.id);
  const bulk = useBulkTransition(planId, period.id);
  const open = useOpenPeriod(planId, period.id);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState<Pending>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const settings = useEvaluationSettings(bundle.plan.id).data;
  const figures = useMemo(() => computePlanFigures(bundle, period.id, settings), [bundle, period.id, settings]);
  const redByKey = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const red of redValuesWithoutNote(bundle, figures)) map.set(red.key, [...(map.get(red.key) ?? []), red.code]);
    return map;
  }, [bundle, figures]);

  if (workflows.isPending) return <Loading />;
  if (workflows.isError) return <ErrorMessage error={workflows.error} />;
  const rows = workflows.data;
  const manager = isManagerOf(account, bundle);
  const actionsOf = (row: WorkflowView) => availableTransitions(account, bundle, row.structureId, row.state);
  const selectable = rows.filter((r) => actionsOf(r).some((a) => a === "validate" || a === "close"));
  const chosen = rows.filter((r) => selected.has(r.structureId));
  const bulkValidate = chosen.filter((r) => actionsOf(r).includes("validate"));
  const bulkClose = chosen.filter((r) => actionsOf(r).includes("close"));
  const notOpened = manager && rows.some((r) => r.version === 0);

  const announce = (message: string) => {
    setFailure(null);
    setDone(message);
    requestAnimationFrame(() => messageRef.current?.focus());
  };
  const refuse = (error: unknown) => {
    setDone(null);
    setFailure(error);
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  const run = (row: WorkflowView, action: Transition, reason?: string) => {
    transition.mutate(
      { structureId: row.structureId, transition: action, reason, version: row.version },
      {
        onSuccess: () => {
          setPending(null);
          announce(t(`workflow.done.${action}`, { name: row.structureName }));
        },
        onError: (error) => {
          // the state changed under this person: the reason was for a state that is gone
          if (error instanceof ApiError && error.status === 409) setPending(null);
          refuse(error);
        },
      },
    );
  };

  const runBulk = (action: "validate" | "close", targets: WorkflowView[]) => {
    bulk.mutate(
      { transition: action, structureIds: targets.map((r) => r.structureId) },
      {
        onSuccess: (result) => {
          setSelected(new Set());
          announce(t(action === "validate" ? "workflow.done.bulkValidate" : "workflow.done.bulkClose", { count: result.length }));
        },
        onError: refuse,
      },
    );
  };

  const toggle = (structureId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(structureId)) next.delete(structureId);
      else next.add(structureId);
      return next;
    });
  const allSelected = selectable.length > 0 && selectable.every((r) => selected.has(r.structureId));
  const busy = transition.isPending || bulk.isPending || open.isPending;
  const pendingRow = pending ? rows.find((r) => r.structureId === pending.structureId) : undefined;
  const validatedRows = rows.filter((r) => r.validatedAt !== null && (r.state === "validated" || r.state === "closed"));

  return (
    <>
      <p className="mt-4 text-muted">{t("workflow.intro", { period: period.label, date: formatDate(period.cutoffDate) })}</p>

      {notOpened && (
        <div className="d-flex flex-wrap align-items-center gap-3 mb-3">
          <button
            type="button"
            className="btn btn-outline-primary"
            disabled={busy}
            onClick={() => open.mutate(undefined, { onSuccess: () => announce(t("workflow.done.open")), onError: refuse })}
          >
            {t("workflow.openPeriod")}
          </button>
          <span className="small text-muted">{t("workflow.openPeriodHelp")}</span>
        </div>
      )}

      <div ref={messageRef} tabIndex={-1} aria-live="polite">
        {done && (
          <div className="alert alert-success" role="status" data-testid="workflow-done">
            {done}
          </div>
        )}
        {failure !== null && (
          <div data-testid="workflow-failed">
            <ErrorMessage error={failure} title={t("workflow.failed")} />
            {failure instanceof ApiError && failure.status === 409 && (
              <p className="alert alert-warning" role="status">
                {t("workflow.conflict")}
              </p>
            )}
          </div>
        )}
      </div>

      {selectable.length > 0 && (
        <div className="wf-bulk" role="group" aria-label={t("workflow.bulk.label")}>
          <button type="button" className="btn btn-primary btn-sm" disabled={busy || bulkValidate.length === 0} onClick={() => runBulk("validate", bulkValidate)} data-testid="bulk-validate">
            {t("workflow.bulk.validate", { count: bulkValidate.length })}
          </button>
          <button type="button" className="btn btn-outline-primary btn-sm" disabled={busy || bulkClose.length === 0} onClick={() => runBulk("close", bulkClose)} data-testid="bulk-close">
            {t("workflow.bulk.close", { count: bulkClose.length })}
          </button>
          {chosen.length === 0 && <span className="small text-muted">{t("workflow.bulk.none")}</span>}
        </div>
      )}

      {pending && pendingRow && (
        <ReasonPanel
          title={t(pending.transition === "return" ? "workflow.reason.returnTitle" : "workflow.reason.reopenTitle", { name: pendingRow.structureName })}
          confirmLabel={t(pending.transition === "return" ? "workflow.reason.confirmReturn" : "workflow.reason.confirmReopen")}
          busy={busy}
          onCancel={() => setPending(null)}
          onConfirm={(reason) => run(pendingRow, pending.transition, reason)}
        />
      )}

      <ScrollRegion label={t("workflow.caption", { period: period.label })}>
        <table className="table wf-table" data-testid="workflow-table">
          <caption className="visually-hidden">{t("workflow.caption", { period: period.label })}</caption>
          <thead>
            <tr>
              {selectable.length > 0 && (
                <th scope="col">
                  <input
                    type="checkbox"
                    className="form-check-input"
                    aria-label={t("workflow.selectAll")}
                    checked={allSelected}
                    onChange={() => setSelected(allSelected ? new Set() : new Set(selectable.map((r) => r.structureId)))}
                  />
                </th>
              )}
              <th scope="col">{t("workflow.columns.structure")}</th>
              <th scope="col">{t("workflow.columns.state")}</th>
              <th scope="col" className="wf-count">{t("workflow.columns.values")}</th>
              <th scope="col" className="wf-count">{t("workflow.columns.missing")}</th>
              <th scope="col" className="wf-count">{t("workflow.columns.redWithoutNote")}</th>
              <th scope="col">{t("workflow.columns.submitted")}</th>
              <th scope="col">{t("workflow.columns.validated")}</th>
              <th scope="col">{t("workflow.columns.closed")}</th>
              <th scope="col">{t("workflow.columns.reason")}</th>
              <th scope="col">{t("workflow.columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const actions = actionsOf(row);
              const red = redByKey.get(row.structureId) ?? [];
              const canSelect = selectable.includes(row);
              return (
                <tr key={row.structureId} data-testid={`workflow-row-${row.structureId}`}>
                  {selectable.length > 0 && (
                    <td>
                      {canSelect && (
                        <input
                          type="checkbox"
                          className="form-check-input"
                          aria-label={t("workflow.selectStructure", { name: row.structureName })}
                          checked={selected.has(row.structureId)}
                          onChange={() => toggle(row.structureId)}
                        />
                      )}
                    </td>
                  )}
                  <th scope="row">{row.structureName}</th>
                  <td>
                    <WorkflowStateBadge state={row.state} testId={`workflow-state-${row.structureId}`} />
                  </td>
                  <td className="wf-count">{formatNumber(row.values)}</td>
                  <td className="wf-count">{formatNumber(row.missing)}</td>
                  <td className={`wf-count${red.length ? " wf-count-alert" : ""}`} title={red.join(", ") || undefined}>
                    {formatNumber(red.length)}
                    {red.length > 0 && <span className="d-block small fw-normal">{red.join(", ")}</span>}
                  </td>
                  <Stamp who={row.submittedBy} when={row.submittedAt} />
                  <Stamp who={row.validatedBy} when={row.validatedAt} />
                  <Stamp who={row.closedBy} when={row.closedAt} />
                  <td className="wf-reason">
                    {row.state === "returned" && row.returnReason && (
                      <span className="d-block">{t("workflow.returnedBecause", { who: personName(row.returnedBy), when: formatDateTime(row.returnedAt), reason: row.returnReason })}</span>
                    )}
                    {row.reopenReason && (
                      <span className="d-block">{t("workflow.reopenedBecause", { who: personName(row.reopenedBy), when: formatDateTime(row.reopenedAt), reason: row.reopenReason })}</span>
                    )}
                  </td>
                  <td>
                    <div className="wf-actions">
                      {actions.map((action) => (
                        <button
                          key={action}
                          type="button"
                          className={`btn ${action === "validate" || action === "submit" ? "btn-primary" : "btn-outline-primary"}`}
                          disabled={busy}
                          aria-label={t("workflow.actionFor", { action: t(`workflow.actions.${action}`), name: row.structureName })}
                          data-testid={`action-${action}-${row.structureId}`}
                          onClick={() => (action === "return" || action === "reopen" ? setPending({ structureId: row.structureId, transition: action }) : run(row, action))}
                        >
                          {t(`workflow.actions.${action}`)}
                        </button>
                      ))}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>

      {validatedRows.length > 0 && (
        <section className="mt-4" aria-labelledby="changes-since-validation">
          <h2 className="h5" id="changes-since-validation">
            {t("workflow.changes.title")}
          </h2>
          {validatedRows.map((row) => (
            <ValidationChanges key={row.structureId} bundle={bundle} periodId={period.id} workflow={row} />
          ))}
        </section>
      )}
    </>
  );
}

function Stamp({ who, when }: { who: string | null; when: string | null }) {
  if (!when) return <td className="wf-stamp">—</td>;
  return (
    <td className="wf-stamp">
      {personName(who)}
      <span className="wf-when">{formatDateTime(when)}</span>
    </td>
  );
}
