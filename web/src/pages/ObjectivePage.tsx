// One objective: expected result, stakeholders, implementation steps with planned and actual timing, indicators
// with baseline, targets per year, values per period and achievement with its explanation; the cronoprogramma as
// a Gantt chart with a table alternative.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { Objective, PlanBundle } from "@domain/model";
import { useEvaluationSettings, usePlan } from "../api/hooks";
import { useSession } from "../api/session";
import { canOpenEditor } from "./editor/editor-rights";
import { editorPaths } from "./editor/editor-paths";
import { links } from "../app/routes";
import { usePeriodParam } from "../app/use-period";
import { ChartFigure } from "../charts/ChartFigure";
import { GanttChart } from "../charts/GanttChart";
import { AchievementBar } from "../components/AchievementBar";
import { PeriodSelect } from "../components/PeriodSelect";
import { PlanHeading } from "../components/PlanHeading";
import { ScrollRegion } from "../components/ScrollRegion";
import { Loading, PageError } from "../components/QueryState";
import { StatusBadge } from "../components/StatusBadge";
import { formatDate, formatPercent, formatWeight } from "../format/figures";
import { buildGantt, type GanttView } from "../model/gantt";
import { computePlanFigures } from "../model/plan-figures";
import { indexPlan } from "../model/plan-lookup";
import { NotFoundPage } from "./NotFoundPage";
import { Field } from "./objective/Field";
import { IndicatorCard } from "./objective/IndicatorCard";
import { PhaseTable } from "./objective/PhaseTable";

export function ObjectivePage() {
  const { planId, objectiveId } = useParams();
  const plan = usePlan(planId);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <PageError error={plan.error} />;
  const objective = plan.data.objectives.find((o) => o.id === objectiveId);
  if (!objective) return <NotFoundPage />;
  return <ObjectiveView bundle={plan.data} objective={objective} />;
}

function ObjectiveView({ bundle, objective }: { bundle: PlanBundle; objective: Objective }) {
  const { t } = useTranslation();
  const [periodId, setPeriod] = usePeriodParam();
  const settings = useEvaluationSettings(bundle.plan.id).data;
  const figures = useMemo(() => computePlanFigures(bundle, periodId, settings), [bundle, periodId, settings]);
  const index = useMemo(() => indexPlan(bundle), [bundle]);
  const period = figures.period;
  const figure = figures.objectives.get(objective.id)!;
  const indicators = index.indicatorsByObjective.get(objective.id) ?? [];
  const steps = bundle.steps.filter((s) => s.objectiveId === objective.id).sort((a, b) => a.position - b.position);
  const structure = bundle.structures.find((s) => s.id === objective.structureId) ?? null;
  const node = bundle.nodes.find((n) => n.id === objective.nodeId) ?? null;
  const cutoff = period?.cutoffDate ?? null;
  const gantts: GanttView[] = cutoff
    ? bundle.cronoprogrammi.filter((c) => c.objectiveId === objective.id).map((c) => buildGantt(c, bundle.phases, cutoff))
    : [];
  const ordered = [...bundle.objectives].sort((a, b) => (a.nodeId ?? "").localeCompare(b.nodeId ?? "") || a.position - b.position);
  const at = ordered.findIndex((o) => o.id === objective.id);
  const previous = at > 0 ? ordered[at - 1] : undefined;
  const next = at >= 0 && at < ordered.length - 1 ? ordered[at + 1] : undefined;
  const objectiveLabel = t("objective.label", { code: objective.code });
  const account = useSession().data?.account ?? null;

  return (
    <>
      <PlanHeading
        bundle={bundle}
        title={`${objectiveLabel} — ${objective.title}`}
        trail={[{ label: objectiveLabel }]}
        actions={
          <>
            <Link className="btn btn-primary" to={links.monitoring(bundle.plan.id, period?.id)}>
              {t("objective.enterValues")}
            </Link>
            {canOpenEditor(account, bundle) && (
              <Link className="btn btn-outline-primary" to={editorPaths.objective(bundle.plan.id, objective.id)} data-testid="edit-objective">
                {t("editor.openObjective")}
              </Link>
            )}
          </>
        }
      />
      <div className="container-xxl pb-5">
        <div className="row g-4">
          <div className="col-lg-8">
            <section className="card shadow-sm" aria-labelledby="objective-about">
              <div className="card-body">
                <h2 id="objective-about" className="h5">
                  {t("objective.about")}
                </h2>
                <dl className="field-list">
                  {node && <Field label={t(`nodeKind.${node.kind}`)}>{[node.code, node.title].filter(Boolean).join(" — ")}</Field>}
                  {objective.description && <Field label={t("objective.description")}>{objective.description}</Field>}
                  <Field label={t("objective.expectedResult")}>{objective.expectedResult ?? <span className="text-muted">{t("objective.notStated")}</span>}</Field>
                  <Field label={t("objective.stakeholders")}>{objective.stakeholders ?? <span className="text-muted">{t("objective.notStated")}</span>}</Field>
                  {objective.coOwners && <Field label={t("objective.coOwners")}>{objective.coOwners}</Field>}
                  {objective.programmingLinks && <Field label={t("objective.programmingLinks")}>{objective.programmingLinks}</Field>}
                  {objective.dimensions.length > 0 && (
                    <Field label={t("objective.dimensions")}>
                      <ul className="mb-0 ps-3">
                        {objective.dimensions.map((d) => (
                          <li key={d}>{d}</li>
                        ))}
                      </ul>
                    </Field>
                  )}
                  {objective.resourceShareText && <Field label={t("objective.resourceShare")}>{objective.resourceShareText}</Field>}
                  {objective.notes && objective.notes !== objective.coOwners && <Field label={t("objective.notes")}>{objective.notes}</Field>}
                </dl>
              </div>
            </section>
          </div>
          <div className="col-lg-4">
            <section className="card shadow-sm summary-card" aria-labelledby="objective-summary">
              <div className="card-body">
                <h2 id="objective-summary" className="h5">
                  {t("objective.summary")}
                </h2>
                <PeriodSelect periods={bundle.periods} value={period?.id ?? null} onChange={setPeriod} id="objective-period" />
                <dl className="field-list mt-3">
                  <Field label={t("figures.score")}>
                    <AchievementBar value={figure.score} testId="objective-score" />
                  </Field>
                  <Field label={t("indicator.status")}>
                    <StatusBadge status={figure.status} testId="objective-status" />
                  </Field>
                  <Field label={t("tree.weight")}>{formatWeight(objective.weight)}</Field>
                  <Field label={t("tree.structure")}>{structure?.name ?? "—"}</Field>
                </dl>
                {figure.scoreText && <p className="small text-muted mb-0 explanation">{figure.scoreText}</p>}
              </div>
            </section>
          </div>
        </div>

        {steps.length > 0 && (
          <section className="card shadow-sm mt-4" aria-labelledby="objective-steps">
            <div className="card-body">
              <h2 id="objective-steps" className="h5">
                {t("objective.steps")}
              </h2>
              <ScrollRegion label={t("objective.stepsCaption", { code: objective.code })}>
                <table className="table data-table align-middle">
                  <caption className="visually-hidden">{t("objective.stepsCaption", { code: objective.code })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">#</th>
                      <th scope="col">{t("objective.stepDescription")}</th>
                      <th scope="col">{t("objective.plannedTiming")}</th>
                      <th scope="col">{t("objective.actualTiming")}</th>
                      <th scope="col">{t("objective.stepState")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {steps.map((s, i) => {
                      const state = s.actualDate ? (s.plannedDate && s.actualDate > s.plannedDate ? "late" : "done") : cutoff && s.plannedDate && s.plannedDate < cutoff ? "overdue" : "open";
                      return (
                        <tr key={s.id}>
                          <th scope="row">{i + 1}</th>
                          <td>{s.description}</td>
                          <td>
                            {s.plannedTiming ?? "—"}
                            {s.plannedDate && <span className="d-block small text-muted">{t("objective.by", { date: formatDate(s.plannedDate) })}</span>}
                          </td>
                          <td>
                            {s.actualTiming ?? "—"}
                            {s.actualDate && <span className="d-block small text-muted">{formatDate(s.actualDate)}</span>}
                          </td>
                          <td>
                            <span className={`status-badge tone-${state === "done" ? "green" : state === "late" || state === "overdue" ? "orange" : "grey"}`}>{t(`stepState.${state}`)}</span>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollRegion>
            </div>
          </section>
        )}

        <h2 className="h4 mt-5 mb-3">{t("objective.indicators", { count: indicators.length })}</h2>
        {indicators.length === 0 && <p className="text-muted">{t("tree.noIndicators")}</p>}
        {indicators.map((indicator) => (
          <IndicatorCard key={indicator.id} bundle={bundle} indicator={indicator} figures={figures} />
        ))}

        {gantts.map((view) => (
          <section key={view.cronoprogramma.id} className="mt-5" aria-labelledby={`crono-${view.cronoprogramma.id}`}>
            <h2 id={`crono-${view.cronoprogramma.id}`} className="h4 mb-1">
              {t("objective.cronoprogramma", { code: view.cronoprogramma.code })}
            </h2>
            <p className="text-muted">
              {view.cronoprogramma.targetText ?? ""}
              {view.progress !== null &&
                ` · ${t("objective.progressLine", { progress: formatPercent(view.progress), expected: view.expected === null ? "—" : formatPercent(view.expected), date: formatDate(view.cutoffDate) })}`}
            </p>
            <ChartFigure title={t("objective.gantt", { code: view.cronoprogramma.code })} chart={<GanttChart view={view} />} table={<PhaseTable view={view} />} testId={`crono-figure-${view.cronoprogramma.code}`} />
            {view.progressText && <p className="small text-muted mt-2 explanation">{view.progressText}</p>}
          </section>
        ))}

        <nav className="objective-pager d-flex justify-content-between mt-5" aria-label={t("objective.pager")}>
          {previous ? (
            <Link to={links.objective(bundle.plan.id, previous.id)} className="btn btn-outline-primary">
              ← {t("objective.label", { code: previous.code })}
            </Link>
          ) : (
            <span />
          )}
          <Link to={links.planTree(bundle.plan.id)} className="btn btn-link">
            {t("nav.tree")}
          </Link>
          {next ? (
            <Link to={links.objective(bundle.plan.id, next.id)} className="btn btn-outline-primary">
              {t("objective.label", { code: next.code })} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </div>
    </>
  );
}
