// Above the monitoring grid: the state of the structure's values for the period, who acted and when, and
// "Invia per la validazione" for whoever may submit. The server's refusal (a red value without a note) is shown
// as it says it, naming the indicator. A closed period makes the grid read-only (useValueLocks).
import { useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { MonitoringPeriod, PlanBundle } from "@domain/model";
import { ApiError } from "../../api/client";
import { useSession } from "../../api/session";
import { links } from "../../app/routes";
import { ErrorMessage } from "../../components/QueryState";
import { formatDateTime, personName } from "./stamps";
import { useTransition, useWorkflows, type WorkflowView } from "./workflow-api";
import { canWorkflow, isManagerOf, valuesEditable, workflowKeyOf } from "./workflow-rights";
import { WorkflowStateBadge } from "./WorkflowStateBadge";
import "./workflow.css";

interface WorkflowBarProps {
  bundle: PlanBundle;
  period: MonitoringPeriod;
  /** the structure the grid is filtered on; null: every structure. */
  structureId: string | null;
  /** rows typed and not saved: submitting would send the saved values only. */
  unsaved: boolean;
}

export function WorkflowBar({ bundle, period, structureId, unsaved }: WorkflowBarProps) {
  const { t } = useTranslation();
  const account = useSession().data?.account ?? null;
  const workflows = useWorkflows(bundle.plan.id, period.id);
  const submit = useTransition(bundle.plan.id, period.id);
  const [done, setDone] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  if (!workflows.data) return null;
  const own = workflows.data.filter((r) => canWorkflow(account, bundle, r.structureId, "submit"));
  const rows = structureId ? workflows.data.filter((r) => r.structureId === workflowKeyOf(structureId)) : own.length ? own : workflows.data;
  if (rows.length === 0) return null;
  const manager = isManagerOf(account, bundle);
  const closed = rows.some((r) => r.state === "closed");

  const send = (row: WorkflowView) => {
    setDone(null);
    submit.mutate(
      { structureId: row.structureId, transition: "submit", version: row.version },
      {
        onSuccess: () => setDone(t("workflow.done.submit", { name: row.structureName })),
        onSettled: () => requestAnimationFrame(() => messageRef.current?.focus()),
      },
    );
  };

  return (
    <section className={`wf-bar${closed ? " wf-bar-closed" : ""}`} aria-label={t("workflow.bar.label")} data-testid="workflow-bar">
      {rows.map((row) => {
        const mayEdit = valuesEditable(row.state, manager);
        const maySubmit = canWorkflow(account, bundle, row.structureId, "submit") && ["open", "draft", "returned"].includes(row.state);
        return (
          <div className="wf-bar-line" key={row.structureId} data-testid={`workflow-bar-${row.structureId}`}>
            <strong>{row.structureName}</strong>
            <WorkflowStateBadge state={row.state} testId={`workflow-bar-state-${row.structureId}`} />
            <span className="wf-bar-meta">
              {row.submittedAt && row.state !== "open" && row.state !== "draft" && t("workflow.bar.submittedBy", { who: personName(row.submittedBy), when: formatDateTime(row.submittedAt) })}
              {row.validatedAt && (row.state === "validated" || row.state === "closed") && ` · ${t("workflow.bar.validatedBy", { who: personName(row.validatedBy), when: formatDateTime(row.validatedAt) })}`}
              {row.closedAt && row.state === "closed" && ` · ${t("workflow.bar.closedBy", { who: personName(row.closedBy), when: formatDateTime(row.closedAt) })}`}
            </span>
            {row.state === "returned" && row.returnReason && (
              <span className="wf-bar-meta text-danger fw-semibold">{t("workflow.bar.returned", { who: personName(row.returnedBy), reason: row.returnReason })}</span>
            )}
            {maySubmit && (
              <button
                type="button"
                className="btn btn-primary btn-sm ms-auto"
                disabled={submit.isPending || unsaved}
                title={unsaved ? t("workflow.bar.unsaved") : undefined}
                onClick={() => send(row)}
                data-testid={`submit-${row.structureId}`}
              >
                {t("workflow.actions.submit")}
              </button>
            )}
            {!mayEdit && (
              <span className="wf-bar-meta w-100">{row.state === "closed" ? t("workflow.bar.closedReadOnly") : t("workflow.bar.submittedReadOnly")}</span>
            )}
          </div>
        );
      })}
      <div className="wf-bar-line">
        {unsaved && rows.some((r) => canWorkflow(account, bundle, r.structureId, "submit")) && <span className="wf-bar-meta">{t("workflow.bar.unsaved")}</span>}
        <Link to={links.workflow(bundle.plan.id, period.id)} className="ms-auto small">
          {t("workflow.bar.toApproval")}
        </Link>
      </div>
      <div ref={messageRef} tabIndex={-1} aria-live="polite">
        {done && (
          <div className="alert alert-success mt-2 mb-0" role="status" data-testid="submit-done">
            {done}
          </div>
        )}
        {submit.isError && (
          <div className="mt-2" data-testid="submit-refused">
            <ErrorMessage error={submit.error} title={t("workflow.bar.submitRefused")} />
            {submit.error instanceof ApiError && submit.error.status === 409 && <p className="mb-0">{t("workflow.conflict")}</p>}
          </div>
        )}
      </div>
    </section>
  );
}

/**
 * Whether the values of a structure are locked for this person in the period: closed for everybody, submitted or
 * validated for a head of structure. Unknown (still loading, or no answer) locks nothing: the server decides anyway.
 */
export function useValueLocks(bundle: PlanBundle, periodId: string): (structureId: string | null) => boolean {
  const account = useSession().data?.account ?? null;
  const workflows = useWorkflows(bundle.plan.id, periodId);
  const manager = isManagerOf(account, bundle);
  const data = workflows.data;
  return useCallback(
    (structureId: string | null) => {
      const row = data?.find((r) => r.structureId === workflowKeyOf(structureId));
      return row ? !valuesEditable(row.state, manager) : false;
    },
    [data, manager],
  );
}
