// Dashboard per plan and period: the plan's score, scores by area and by structure, the status distribution,
// the objectives most behind and the evaluation body's findings. Every chart has its table.
// Figures come from GET /api/plans/:planId/evaluation; if the server cannot answer, the same engine runs in the
// browser (default rules) and the page says so.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { PlanBundle } from "@domain/model";
import type { PlanEvaluation } from "@domain/evaluation/evaluate-plan";
import { useEvaluation, useEvaluationSettings, usePlan } from "../api/hooks";
import { links } from "../app/routes";
import { usePeriodParam } from "../app/use-period";
import { ChartFigure } from "../charts/ChartFigure";
import { ScoreBarChart } from "../charts/ScoreBarChart";
import { StatusDonutChart } from "../charts/StatusDonutChart";
import { AchievementBar } from "../components/AchievementBar";
import { PeriodSelect } from "../components/PeriodSelect";
import { PlanHeading } from "../components/PlanHeading";
import { ScrollRegion } from "../components/ScrollRegion";
import { Loading, PageError } from "../components/QueryState";
import { formatDate, formatNumber, formatPercent } from "../format/figures";
import { buildDashboard, type ScoreRow, type StatusSlice } from "../model/dashboard";
import { computePlanFigures } from "../model/plan-figures";
import { choosePeriod } from "../model/plan-lookup";

export function DashboardPage() {
  const { planId } = useParams();
  const plan = usePlan(planId);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <PageError error={plan.error} />;
  return <Dashboard bundle={plan.data} />;
}

function isPlanEvaluation(value: unknown): value is PlanEvaluation {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "computed" && Array.isArray((value as { objectives?: unknown }).objectives);
}

function Dashboard({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const [periodId, setPeriod] = usePeriodParam();
  const period = choosePeriod(bundle, periodId);
  const server = useEvaluation(bundle.plan.id, period?.id ?? null);
  const settings = useEvaluationSettings(bundle.plan.id).data;
  const local = useMemo(() => (period ? computePlanFigures(bundle, period.id, settings).evaluation : null), [bundle, period, settings]);
  const evaluation = isPlanEvaluation(server.data) ? server.data : server.isPending && server.fetchStatus !== "idle" ? null : local;
  const view = useMemo(() => (evaluation ? buildDashboard(bundle, evaluation) : null), [bundle, evaluation]);

  const heading = (
    <PlanHeading
      bundle={bundle}
      title={t("dashboard.title")}
      trail={[{ label: t("dashboard.title") }]}
      actions={
        <Link className="btn btn-outline-primary" to={links.monitoring(bundle.plan.id, period?.id)}>
          {t("nav.monitoring")}
        </Link>
      }
    />
  );
  if (!period) {
    return (
      <>
        {heading}
        <div className="container-xxl pb-5">
          <div className="alert alert-info" role="status">
            {t("monitoring.noPeriod")}
          </div>
        </div>
      </>
    );
  }
  if (server.isPending && server.fetchStatus !== "idle") return (<>{heading}<Loading /></>);
  if (server.isError && !local) return (<>{heading}<PageError error={server.error} /></>);
  if (!view) return heading;

  const scoreTable = (rows: ScoreRow[], caption: string, testId: string) => (
    <ScrollRegion label={caption}>
      <table className="table table-sm data-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.item")}</th>
            <th scope="col" className="num">
              {t("dashboard.objectives")}
            </th>
            <th scope="col">{t("figures.score")}</th>
            <th scope="col">{t("dashboard.how")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              <td className="num">{formatNumber(r.objectives)}</td>
              <td>
                <AchievementBar value={r.score} />
              </td>
              <td className="small text-muted">{r.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
  const statusTable = (slices: StatusSlice[], caption: string) => (
    <table className="table table-sm data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("indicator.status")}</th>
          <th scope="col" className="num">
            {t("dashboard.count")}
          </th>
          <th scope="col" className="num">
            {t("dashboard.share")}
          </th>
        </tr>
      </thead>
      <tbody>
        {slices.map((s) => (
          <tr key={`${s.level}`}>
            <th scope="row">
              <span className={`status-badge tone-${s.tone}`}>{s.label}</span>
            </th>
            <td className="num">{formatNumber(s.count)}</td>
            <td className="num">{formatPercent(s.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const distributionSummary = (slices: StatusSlice[], what: string) =>
    t("dashboard.distributionSummary", { what, parts: slices.map((s) => `${s.label}: ${s.count}`).join("; ") });

  return (
    <>
      {heading}
      <div className="container-xxl pb-5">
        <div className="filter-bar row g-3 align-items-end">
          <div className="col-md-6">
            <PeriodSelect periods={bundle.periods} value={period.id} onChange={setPeriod} id="dashboard-period" />
          </div>
          <div className="col-md-6 text-md-end small text-muted">
            {isPlanEvaluation(server.data) ? t("dashboard.fromServer") : t("dashboard.fromBrowser")} · {t("dashboard.cutoff", { date: formatDate(view.cutoffDate) })}
          </div>
        </div>

        <div className="row g-3 mt-2 kpi-row">
          <div className="col-lg-4 col-md-6">
            <div className="card shadow-sm kpi kpi-main h-100" data-testid="plan-score">
              <div className="card-body">
                <p className="kpi-label">{t("dashboard.planScore")}</p>
                <p className="kpi-value">{view.plan.score === null ? "—" : formatPercent(view.plan.score)}</p>
                <AchievementBar value={view.plan.score} label={t("dashboard.planScore")} />
                <details className="mt-2 small">
                  <summary>{t("dashboard.how")}</summary>
                  <p className="mb-0 mt-1 text-muted">{view.plan.text}</p>
                </details>
              </div>
            </div>
          </div>
          <div className="col-lg-8 col-md-6">
            <div className="row g-3 h-100">
              {[
                { label: t("dashboard.objectives"), value: formatNumber(view.counts.objectives) },
                { label: t("dashboard.indicatorsScored"), value: `${formatNumber(view.counts.scored)} / ${formatNumber(view.counts.indicators)}` },
                { label: t("dashboard.indicatorsLate"), value: formatNumber(view.counts.late), alert: view.counts.late > 0 },
                { label: t("dashboard.findings"), value: formatNumber(view.findings.filter((f) => f.severity !== "info").length) },
              ].map((k) => (
                <div className="col-6 col-lg-3" key={k.label}>
                  <div className={`card shadow-sm kpi h-100${k.alert ? " kpi-alert" : ""}`}>
                    <div className="card-body">
                      <p className="kpi-label">{k.label}</p>
                      <p className="kpi-value kpi-value-small">{k.value}</p>
                    </div>
                  </div>
                </div>
              ))}
            </div>
          </div>
        </div>

        <div className="row g-4 mt-1">
          {view.areas.length > 0 && (
            <div className="col-xl-6">
              <ChartFigure
                title={t("dashboard.byArea")}
                testId="chart-areas"
                chart={<ScoreBarChart rows={view.areas} summary={t("dashboard.barSummary", { what: t("dashboard.byArea"), parts: view.areas.map((a) => `${a.label}: ${a.score === null ? "—" : formatPercent(a.score)}`).join("; ") })} />}
                table={scoreTable(view.areas, t("dashboard.byArea"), "table-areas")}
              />
            </div>
          )}
          {view.structures.length > 0 && (
            <div className="col-xl-6">
              <ChartFigure
                title={t("dashboard.byStructure")}
                testId="chart-structures"
                chart={<ScoreBarChart rows={view.structures} summary={t("dashboard.barSummary", { what: t("dashboard.byStructure"), parts: view.structures.map((a) => `${a.label}: ${a.score === null ? "—" : formatPercent(a.score)}`).join("; ") })} />}
                table={scoreTable(view.structures, t("dashboard.byStructure"), "table-structures")}
              />
            </div>
          )}
          <div className="col-xl-6">
            <ChartFigure
              title={t("dashboard.indicatorStatus")}
              testId="chart-indicator-status"
              chart={<StatusDonutChart slices={view.indicatorStatuses} summary={distributionSummary(view.indicatorStatuses, t("dashboard.indicatorStatus"))} />}
              table={statusTable(view.indicatorStatuses, t("dashboard.indicatorStatus"))}
            />
          </div>
          <div className="col-xl-6">
            <ChartFigure
              title={t("dashboard.objectiveStatus")}
              testId="chart-objective-status"
              chart={<StatusDonutChart slices={view.objectiveStatuses} summary={distributionSummary(view.objectiveStatuses, t("dashboard.objectiveStatus"))} />}
              table={statusTable(view.objectiveStatuses, t("dashboard.objectiveStatus"))}
            />
          </div>
        </div>

        <section className="card shadow-sm mt-4" aria-labelledby="behind-title">
          <div className="card-body">
            <h2 id="behind-title" className="h5">
              {t("dashboard.behind")}
            </h2>
            <ScrollRegion label={t("dashboard.behind")}>
              <table className="table data-table align-middle" data-testid="objectives-behind">
                <caption className="visually-hidden">{t("dashboard.behind")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("indicator.code")}</th>
                    <th scope="col">{t("dashboard.objective")}</th>
                    <th scope="col">{t("figures.score")}</th>
                    <th scope="col">{t("indicator.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.behind.map((o) => (
                    <tr key={o.objectiveId}>
                      <th scope="row">{o.code}</th>
                      <td>
                        <Link to={links.objective(bundle.plan.id, o.objectiveId)}>{o.title}</Link>
                      </td>
                      <td>
                        <AchievementBar value={o.score} />
                      </td>
                      <td>{o.label ? <span className={`status-badge tone-${o.tone}`}>{o.label}</span> : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </div>
        </section>

        {view.findings.length > 0 && (
          <section className="card shadow-sm mt-4" aria-labelledby="findings-title">
            <div className="card-body">
              <h2 id="findings-title" className="h5">
                {t("dashboard.findingsTitle", { count: view.findings.length })}
              </h2>
              <p className="small text-muted">{t("dashboard.findingsIntro")}</p>
              <ul className="findings-list">
                {view.findings.map((f, i) => (
                  <li key={`${f.code}-${f.itemId}-${i}`} className={`finding finding-${f.severity}`}>
                    <span className="finding-severity">{t(`severity.${f.severity}`)}</span> {f.message}
                  </li>
                ))}
              </ul>
            </div>
          </section>
        )}
      </div>
    </>
  );
}
