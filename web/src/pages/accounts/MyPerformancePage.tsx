// "Le mie performance": what the signed-in person is assessed on, read-only — the objectives assigned to them in
// each plan, the weighting of their role (pesatura), the scale's legend, and the individual score once validated.
import { useTranslation } from "react-i18next";
import { links } from "../../app/routes";
import { ErrorMessage, Loading } from "../../components/QueryState";
import { formatPercent, formatWeight } from "../../format/figures";
import { PageHeading } from "../../layout/PageHeading";
import { formatDateTime, personName } from "../workflow/stamps";
import { useMyPerformance, type MyPlanPerformance } from "./accounts-api";
import "../workflow/workflow.css";

export function MyPerformancePage() {
  const { t } = useTranslation();
  const mine = useMyPerformance();
  return (
    <>
      <PageHeading title={t("myPerformance.title")} crumbs={[{ label: t("nav.home"), to: links.plans() }, { label: t("myPerformance.title") }]} />
      <div className="container-xxl pb-5">
        <p className="text-muted">{t("myPerformance.intro")}</p>
        {mine.isPending ? (
          <Loading />
        ) : mine.isError ? (
          <ErrorMessage error={mine.error} />
        ) : mine.data.length === 0 ? (
          <div className="alert alert-info" role="status">
            {t("myPerformance.none")}
          </div>
        ) : (
          mine.data.map((plan) => <PlanPerformance key={plan.planId} plan={plan} />)
        )}
      </div>
    </>
  );
}

function PlanPerformance({ plan }: { plan: MyPlanPerformance }) {
  const { t } = useTranslation();
  const w = plan.roleWeighting;
  return (
    <section className="mb-5" aria-labelledby={`plan-${plan.planId}`} data-testid={`my-plan-${plan.planId}`}>
      <h2 className="h4" id={`plan-${plan.planId}`}>
        {plan.planTitle}
      </h2>
      <div className="row g-4 mb-3">
        <div className="col-lg-4">
          <div className="card card-bg h-100">
            <div className="card-body">
              <h3 className="h6">{t("myPerformance.scores")}</h3>
              {plan.scores.length === 0 ? (
                <p className="mb-0" data-testid="no-score">
                  {t("myPerformance.noScore")}
                </p>
              ) : (
                plan.scores.map((s) => (
                  <div key={s.periodId} className="mb-2" data-testid={`score-${s.periodId}`}>
                    <div className="wf-score">{formatPercent(s.value)}</div>
                    <p className="mb-1">{s.periodLabel}</p>
                    <p className="small mb-1">{s.text}</p>
                    <p className="small text-muted mb-0">{t("myPerformance.validatedBy", { who: personName(s.validatedBy), when: formatDateTime(s.validatedAt) })}</p>
                  </div>
                ))
              )}
            </div>
          </div>
        </div>
        {w && (
          <div className="col-lg-4">
            <div className="card card-bg h-100">
              <div className="card-body">
                <h3 className="h6">{t("myPerformance.weighting", { role: w.role })}</h3>
                <dl className="row mb-0" data-testid="weighting">
                  <dt className="col-8 fw-normal">{t("myPerformance.organisational")}</dt>
                  <dd className="col-4 text-end fw-semibold">{formatWeight(w.organisational)}</dd>
                  <dt className="col-8 fw-normal">{t("myPerformance.individual")}</dt>
                  <dd className="col-4 text-end fw-semibold">{formatWeight(w.individual)}</dd>
                  <dt className="col-8 fw-normal">{t("myPerformance.behaviour")}</dt>
                  <dd className="col-4 text-end fw-semibold">{formatWeight(w.behaviour)}</dd>
                </dl>
              </div>
            </div>
          </div>
        )}
        <div className="col-lg-4">
          <div className="card card-bg h-100">
            <div className="card-body">
              <h3 className="h6">{t("myPerformance.scale")}</h3>
              <p className="small text-muted mb-2">{plan.scale.name}</p>
              <ul className="wf-scale" data-testid="scale-legend">
                {plan.scale.levels.map((level) => (
                  <li key={level.level}>
                    <span className={`status-badge tone-${level.tone}`}>{level.label}</span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      </div>
      <h3 className="h5">{t("myPerformance.objectives")}</h3>
      <div className="table-responsive">
        <table className="table data-table" data-testid="my-objectives">
          <caption className="visually-hidden">{t("myPerformance.objectivesCaption", { plan: plan.planTitle })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("myPerformance.code")}</th>
              <th scope="col">{t("myPerformance.objective")}</th>
              <th scope="col" className="text-end">
                {t("myPerformance.weight")}
              </th>
              <th scope="col">{t("myPerformance.expected")}</th>
              <th scope="col">{t("myPerformance.indicators")}</th>
            </tr>
          </thead>
          <tbody>
            {plan.objectives.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.code}</th>
                <td>{o.title}</td>
                <td className="text-end">{formatWeight(o.weight)}</td>
                <td>{o.expectedResult ?? "—"}</td>
                <td>
                  <ul className="list-unstyled mb-0 small">
                    {o.indicators.map((i) => (
                      <li key={i.id} className="mb-1">
                        <strong>{i.code}</strong> {i.definition}
                        {i.targets.length > 0 && <span className="d-block text-muted">{t("myPerformance.targets", { list: i.targets.join(" · ") })}</span>}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
