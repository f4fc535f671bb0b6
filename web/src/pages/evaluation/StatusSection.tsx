// "Stati": per indicator, the status computed at the period's date beside the one the document states and the
// evaluator's override with its reason. Evaluators and administrators set or remove an override (a level of the
// plan's scale and a compulsory reason); the others see the table only.
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { IndicatorEvaluation } from "@domain/evaluation/indicator-evaluation";
import type { AssessmentScale, PlanBundle } from "@domain/model";
import { ApiError } from "../../api/client";
import { links } from "../../app/routes";
import { ErrorMessage } from "../../components/QueryState";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatDate } from "../../format/figures";
import { useStatusOverride } from "./evaluation-api";
import { WithEvaluation } from "./use-plan-evaluation";

function LevelBadge({ scale, level, testId }: { scale: AssessmentScale; level: number | null; testId?: string }) {
  const { t } = useTranslation();
  const found = level === null ? null : scale.levels.find((l) => l.level === level);
  if (!found) return <span className="status-badge tone-grey" data-testid={testId}>{t("status.none")}</span>;
  return (
    <span className={`status-badge tone-${found.tone}`} data-testid={testId} data-level={found.level}>
      {found.label}
    </span>
  );
}

export function StatusSection({ bundle, periodId, canOverride }: { bundle: PlanBundle; periodId: string | null; canOverride: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const { remove } = useStatusOverride(bundle.plan.id);
  const scale = bundle.plan.assessmentScale;
  const objectiveOf = (indicatorId: string) => bundle.indicators.find((i) => i.id === indicatorId)?.objectiveId ?? null;
  const definitionOf = (indicatorId: string) => bundle.indicators.find((i) => i.id === indicatorId)?.definition ?? "";
  const columns = canOverride ? 6 : 5;
  return (
    <WithEvaluation planId={bundle.plan.id} periodId={periodId}>
      {(evaluation) => {
        const overridden = evaluation.indicators.filter((i) => i.status.override).length;
        return (
          <section className="card shadow-sm" aria-labelledby="statuses-title">
            <div className="card-body">
              <h2 id="statuses-title" className="h5">
                {t("evaluation.statuses.title", { date: formatDate(evaluation.cutoffDate) })}
              </h2>
              <p className="small text-muted">{canOverride ? t("evaluation.statuses.introEvaluator") : t("evaluation.statuses.introReader")}</p>
              <p className="small" data-testid="override-count">{t("evaluation.statuses.overrideCount", { count: overridden })}</p>
              {remove.isError && <ErrorMessage error={remove.error} />}
              <ScrollRegion label={t("evaluation.statuses.title", { date: formatDate(evaluation.cutoffDate) })}>
                <table className="table data-table align-middle" data-testid="status-table">
                  <caption className="visually-hidden">{t("evaluation.statuses.title", { date: formatDate(evaluation.cutoffDate) })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("indicator.code")}</th>
                      <th scope="col">{t("indicator.definition")}</th>
                      <th scope="col">{t("evaluation.statuses.computed")}</th>
                      <th scope="col">{t("evaluation.statuses.stated")}</th>
                      <th scope="col">{t("evaluation.statuses.override")}</th>
                      {canOverride && <th scope="col">{t("evaluation.statuses.actions")}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {evaluation.indicators.map((result) => {
                      const objectiveId = objectiveOf(result.indicatorId);
                      const computed = result.status.computed;
                      const override = result.status.override;
                      return [
                        <tr key={result.indicatorId} data-testid={`status-row-${result.code}`}>
                          <th scope="row" className="text-nowrap">
                            {objectiveId ? <Link to={`${links.objective(bundle.plan.id, objectiveId)}#ind-${result.indicatorId}`}>{result.label}</Link> : result.label}
                          </th>
                          <td className="small">{definitionOf(result.indicatorId)}</td>
                          <td>
                            <LevelBadge scale={scale} level={computed.kind === "computed" ? computed.level : null} testId={`computed-${result.code}`} />
                            {computed.kind === "computed" ? (
                              <details className="small mt-1">
                                <summary>{t("dashboard.how")}</summary>
                                <span className="text-muted">{computed.explanation.text}</span>
                              </details>
                            ) : (
                              <div className="small text-muted">{computed.reason}</div>
                            )}
                          </td>
                          <td>{result.stated.level !== null ? <LevelBadge scale={scale} level={result.stated.level} /> : <span className="text-muted">—</span>}</td>
                          <td data-testid={`override-${result.code}`}>
                            {override ? (
                              <>
                                <LevelBadge scale={scale} level={override.level} />
                                <p className="small mb-0 mt-1">{override.reason}</p>
                                <p className="small text-muted mb-0">{t("evaluation.statuses.decidedBy", { by: override.by, date: formatDate(override.at) })}</p>
                              </>
                            ) : (
                              <span className="text-muted small">{t("evaluation.statuses.noOverride")}</span>
                            )}
                          </td>
                          {canOverride && (
                            <td className="text-nowrap">
                              <button type="button" className="btn btn-sm btn-outline-primary me-2" onClick={() => setEditing(editing === result.indicatorId ? null : result.indicatorId)} aria-expanded={editing === result.indicatorId} data-testid={`override-edit-${result.code}`}>
                                {override ? t("evaluation.statuses.change") : t("evaluation.statuses.set")}
                                <span className="visually-hidden"> — {result.label}</span>
                              </button>
                              {override && (
                                <button
                                  type="button"
                                  className="btn btn-sm btn-outline-danger"
                                  disabled={remove.isPending}
                                  onClick={() => remove.mutate({ periodId: evaluation.periodId, indicatorId: result.indicatorId })}
                                  data-testid={`override-remove-${result.code}`}
                                >
                                  {t("evaluation.statuses.remove")}
                                  <span className="visually-hidden"> — {result.label}</span>
                                </button>
                              )}
                            </td>
                          )}
                        </tr>,
                        editing === result.indicatorId && (
                          <tr key={`${result.indicatorId}-form`} className="override-form-row">
                            <td colSpan={columns}>
                              <OverrideForm bundle={bundle} periodId={evaluation.periodId} result={result} onDone={() => setEditing(null)} />
                            </td>
                          </tr>
                        ),
                      ];
                    })}
                  </tbody>
                </table>
              </ScrollRegion>
            </div>
          </section>
        );
      }}
    </WithEvaluation>
  );
}

function OverrideForm({ bundle, periodId, result, onDone }: { bundle: PlanBundle; periodId: string; result: IndicatorEvaluation; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { save } = useStatusOverride(bundle.plan.id);
  const scale = bundle.plan.assessmentScale;
  const current = result.status.override?.level ?? result.status.effective?.level ?? scale.levels[0]!.level;
  const [level, setLevel] = useState<number>(current);
  const [reason, setReason] = useState(result.status.override?.reason ?? "");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const serverField = (path: string) => (save.error instanceof ApiError ? save.error.problems.find((p) => p.path === path)?.message ?? null : null);
  const reasonProblem = reasonError ?? serverField("body.reason");
  const levelProblem = serverField("body.level");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(t("evaluation.statuses.reasonRequired"));
      return;
    }
    setReasonError(null);
    save.mutate({ periodId, indicatorId: result.indicatorId, level, reason: reason.trim() }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate className="override-form p-3" aria-labelledby={`${id}-title`} data-testid="override-form">
      <h3 id={`${id}-title`} className="h6">
        {t("evaluation.statuses.formTitle", { label: result.label })}
      </h3>
      <div className="row g-3">
        <div className="col-md-5">
          <div className="select-wrapper">
            <label htmlFor={`${id}-level`}>{t("evaluation.statuses.level")}</label>
            <select id={`${id}-level`} value={level} onChange={(e) => setLevel(Number(e.target.value))} aria-invalid={levelProblem ? true : undefined} aria-describedby={levelProblem ? `${id}-level-error` : undefined}>
              {scale.levels.map((l) => (
                <option key={l.level} value={l.level}>
                  {l.label}
                </option>
              ))}
            </select>
          </div>
          {levelProblem && (
            <div id={`${id}-level-error`} className="invalid-feedback d-block">
              {levelProblem}
            </div>
          )}
        </div>
        <div className="col-md-7">
          <label htmlFor={`${id}-reason`} className="form-label fw-semibold">
            {t("evaluation.statuses.reason")} <span aria-hidden="true">*</span>
          </label>
          <textarea
            id={`${id}-reason`}
            className={`form-control${reasonProblem ? " is-invalid" : ""}`}
            rows={3}
            value={reason}
            required
            aria-required="true"
            aria-invalid={reasonProblem ? true : undefined}
            aria-describedby={reasonProblem ? `${id}-reason-error` : `${id}-reason-help`}
            onChange={(e) => setReason(e.target.value)}
          />
          {reasonProblem ? (
            <div id={`${id}-reason-error`} className="invalid-feedback d-block" data-testid="override-reason-error">
              {reasonProblem}
            </div>
          ) : (
            <div id={`${id}-reason-help`} className="form-text">
              {t("evaluation.statuses.reasonHelp")}
            </div>
          )}
        </div>
      </div>
      {save.isError && !reasonProblem && !levelProblem && <ErrorMessage error={save.error} />}
      <div className="d-flex gap-2 mt-3">
        <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending} data-testid="override-save">
          {t("evaluation.statuses.save")}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onDone}>
          {t("evaluation.statuses.cancel")}
        </button>
      </div>
    </form>
  );
}
