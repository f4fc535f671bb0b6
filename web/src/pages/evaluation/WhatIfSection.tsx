// "Simulazione": change objective weights or target texts and see, before saving anything, how indicator,
// objective and plan scores move (POST …/evaluation/what-if evaluates the plan as it is and as changed, with the
// plan's stored rules and overrides). Nothing is saved: the plan is changed in the editor.
import { useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isNotComputable } from "@domain/evaluation/result";
import type { FigureChange, WhatIfResult } from "@domain/evaluation/what-if";
import { parseItalianNumber } from "@domain/italian";
import type { PlanBundle } from "@domain/model";
import { ApiError } from "../../api/client";
import { ErrorMessage } from "../../components/QueryState";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatNumber, formatPercent } from "../../format/figures";
import { formatPoints } from "@domain/evaluation/explain";
import { targetForYear } from "../../model/plan-lookup";
import { useWhatIf } from "./evaluation-api";

const show = (v: number | null) => (v === null ? "—" : formatPercent(v));

export function WhatIfSection({ bundle, periodId }: { bundle: PlanBundle; periodId: string | null }) {
  const { t } = useTranslation();
  const whatIf = useWhatIf(bundle.plan.id);
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const period = bundle.periods.find((p) => p.id === periodId) ?? null;
  const year = period ? Number(period.cutoffDate.slice(0, 4)) : null;
  const objectives = useMemo(() => [...bundle.objectives].sort((a, b) => a.code.localeCompare(b.code, "it", { numeric: true })), [bundle]);
  const targetRows = useMemo(
    () =>
      bundle.indicators
        .map((indicator) => ({ indicator, target: targetForYear(bundle.targets.filter((x) => x.indicatorId === indicator.id), year) }))
        .filter((r) => r.target !== null),
    [bundle, year],
  );

  if (!periodId) return <div className="alert alert-info" role="status">{t("figures.noPeriods")}</div>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const objectiveWeights: Record<string, number | null> = {};
    const errors: Record<string, string> = {};
    for (const [id, text] of Object.entries(weights)) {
      if (text.trim() === "") continue;
      const value = parseItalianNumber(text.replace("%", ""));
      if (value === null || value < 0 || value > 100) errors[`weight:${id}`] = t("evaluation.whatIf.badWeight");
      else objectiveWeights[id] = value;
    }
    const changedTargets = Object.fromEntries(Object.entries(targets).filter(([, text]) => text.trim() !== ""));
    setProblems(errors);
    if (Object.keys(errors).length) return;
    whatIf.mutate({ periodId, objectiveWeights, targets: changedTargets });
  };
  const serverProblem = (path: string) => (whatIf.error instanceof ApiError ? whatIf.error.problems.find((p) => p.path === path)?.message : undefined);
  const reset = () => {
    setWeights({});
    setTargets({});
    setProblems({});
    whatIf.reset();
  };

  return (
    <form onSubmit={submit} noValidate aria-describedby="what-if-intro">
      <p id="what-if-intro" className="text-muted">
        {t("evaluation.whatIf.intro")}
      </p>
      <div className="row g-4">
        <div className="col-xl-6">
          <section className="card shadow-sm h-100" aria-labelledby="what-if-weights">
            <div className="card-body">
              <h2 id="what-if-weights" className="h5">
                {t("evaluation.whatIf.weightsTitle")}
              </h2>
              <ScrollRegion label={t("evaluation.whatIf.weightsTitle")}>
                <table className="table table-sm data-table align-middle">
                  <caption className="visually-hidden">{t("evaluation.whatIf.weightsTitle")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("evaluation.allocation.objective")}</th>
                      <th scope="col" className="num">{t("evaluation.whatIf.current")}</th>
                      <th scope="col">{t("evaluation.whatIf.newWeight")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {objectives.map((o) => {
                      const key = `weight:${o.id}`;
                      const problem = problems[key];
                      return (
                        <tr key={o.id}>
                          <th scope="row" className="fw-normal">
                            <span className="fw-semibold">{o.code}</span> {o.title.length > 90 ? `${o.title.slice(0, 90)}…` : o.title}
                          </th>
                          <td className="num">{o.weight === null ? "—" : formatPercent(o.weight)}</td>
                          <td>
                            <input
                              type="text"
                              inputMode="decimal"
                              className={`form-control form-control-sm what-if-input${problem ? " is-invalid" : ""}`}
                              aria-label={t("evaluation.whatIf.weightFor", { code: o.code })}
                              aria-invalid={problem ? true : undefined}
                              aria-describedby={problem ? `${key}-error` : undefined}
                              value={weights[o.id] ?? ""}
                              onChange={(e) => setWeights({ ...weights, [o.id]: e.target.value })}
                              data-testid={`what-if-weight-${o.code}`}
                            />
                            {problem && (
                              <div id={`${key}-error`} className="invalid-feedback d-block">
                                {problem}
                              </div>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollRegion>
            </div>
          </section>
        </div>
        <div className="col-xl-6">
          <section className="card shadow-sm h-100" aria-labelledby="what-if-targets">
            <div className="card-body">
              <h2 id="what-if-targets" className="h5">
                {t("evaluation.whatIf.targetsTitle")}
              </h2>
              <ScrollRegion label={t("evaluation.whatIf.targetsTitle")}>
                <table className="table table-sm data-table align-middle">
                  <caption className="visually-hidden">{t("evaluation.whatIf.targetsTitle")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("indicator.code")}</th>
                      <th scope="col">{t("evaluation.whatIf.current")}</th>
                      <th scope="col">{t("evaluation.whatIf.newTarget")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {targetRows.map(({ indicator, target }) => {
                      const problem = serverProblem(`body.targets.${target!.id}`);
                      return (
                        <tr key={indicator.id}>
                          <th scope="row" title={indicator.definition}>
                            {indicator.code}
                          </th>
                          <td className="small">{target!.text}</td>
                          <td>
                            <input
                              type="text"
                              className={`form-control form-control-sm what-if-input${problem ? " is-invalid" : ""}`}
                              aria-label={t("evaluation.whatIf.targetFor", { code: indicator.code })}
                              value={targets[target!.id] ?? ""}
                              onChange={(e) => setTargets({ ...targets, [target!.id]: e.target.value })}
                              data-testid={`what-if-target-${indicator.code}`}
                            />
                            {problem && <div className="invalid-feedback d-block">{problem}</div>}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollRegion>
            </div>
          </section>
        </div>
      </div>
      <div className="d-flex gap-2 mt-3">
        <button type="submit" className="btn btn-primary" disabled={whatIf.isPending} data-testid="what-if-run">
          {t("evaluation.whatIf.run")}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={reset}>
          {t("evaluation.whatIf.reset")}
        </button>
      </div>
      {whatIf.isError && <div className="mt-3"><ErrorMessage error={whatIf.error} /></div>}
      {whatIf.data && <WhatIfResults result={whatIf.data} />}
    </form>
  );
}

function Delta({ change }: { change: FigureChange }) {
  if (change.delta === null) return <span className="text-muted">—</span>;
  const tone = !change.changed ? "text-muted" : change.delta > 0 ? "delta-up" : "delta-down";
  return <span className={`fw-semibold ${tone}`}>{formatPoints(change.delta)}</span>;
}

function WhatIfResults({ result }: { result: WhatIfResult }) {
  const { t } = useTranslation();
  const changedGroups = [...result.nodes, ...result.structures].filter((g) => g.changed);
  const changedObjectives = result.objectives.filter((o) => o.changed);
  const changedIndicators = result.after.indicators
    .map((after) => {
      const before = result.before.indicators.find((b) => b.indicatorId === after.indicatorId)!;
      const score = (r: typeof after) => (r.score && !isNotComputable(r.score) ? r.score.value : null);
      return { label: after.label, before: score(before), after: score(after), targetBefore: before.targetText, targetAfter: after.targetText };
    })
    .filter((r) => r.before !== r.after || r.targetBefore !== r.targetAfter);
  return (
    <section className="card shadow-sm mt-4 what-if-results" aria-labelledby="what-if-results" aria-live="polite" data-testid="what-if-results">
      <div className="card-body">
        <h2 id="what-if-results" className="h5">
          {t("evaluation.whatIf.resultsTitle")}
        </h2>
        <div className="d-flex flex-wrap align-items-baseline gap-3 mb-3" data-testid="what-if-plan">
          <span className="kpi-label mb-0">{t("dashboard.planScore")}</span>
          <span className="fs-4">{show(result.plan.before)}</span>
          <span aria-hidden="true">→</span>
          <span className="visually-hidden">{t("evaluation.whatIf.becomes")}</span>
          <span className="fs-4 fw-bold">{show(result.plan.after)}</span>
          <Delta change={result.plan} />
        </div>
        {changedGroups.length === 0 && changedObjectives.length === 0 && changedIndicators.length === 0 ? (
          <p className="mb-0">{t("evaluation.whatIf.noChange")}</p>
        ) : (
          <ScrollRegion label={t("evaluation.whatIf.resultsTitle")}>
            <table className="table table-sm data-table" data-testid="what-if-objectives">
              <caption className="visually-hidden">{t("evaluation.whatIf.resultsTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("evaluation.whatIf.item")}</th>
                  <th scope="col" className="num">{t("evaluation.whatIf.before")}</th>
                  <th scope="col" className="num">{t("evaluation.whatIf.after")}</th>
                  <th scope="col" className="num">{t("evaluation.whatIf.delta")}</th>
                </tr>
              </thead>
              <tbody>
                {[...changedGroups, ...changedObjectives].map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.label}</th>
                    <td className="num">{show(c.before)}</td>
                    <td className="num">{show(c.after)}</td>
                    <td className="num"><Delta change={c} /></td>
                  </tr>
                ))}
                {changedIndicators.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">
                      {r.label}
                      {r.targetBefore !== r.targetAfter && <span className="small text-muted"> ({r.targetBefore ?? "—"} → {r.targetAfter ?? "—"})</span>}
                    </th>
                    <td className="num">{show(r.before)}</td>
                    <td className="num">{show(r.after)}</td>
                    <td className="num">{r.before !== null && r.after !== null ? formatPoints(r.after - r.before) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <p className="small text-muted mt-2 mb-0">{t("evaluation.whatIf.notSaved")}</p>
      </div>
    </section>
  );
}
