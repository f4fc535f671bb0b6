// "Performance individuale": the pesature of each role (AFOL, seed 000: dg 35/50/15 … personale 15/45/40, each
// adding up to 100) and what the organisational performance of the period is worth in each role's score. Individual
// objectives and behaviours are scored per person when the evaluator validates the score.
import { useTranslation } from "react-i18next";
import { checkRoleWeighting } from "@domain/evaluation/individual";
import { isNotComputable } from "@domain/evaluation/result";
import type { PlanEvaluation } from "@domain/evaluation/evaluate-plan";
import type { PlanBundle } from "@domain/model";
import { useEvaluation } from "../../api/hooks";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatNumber, formatPercent } from "../../format/figures";

export function IndividualSection({ bundle, periodId }: { bundle: PlanBundle; periodId: string | null }) {
  const { t } = useTranslation();
  const server = useEvaluation(bundle.plan.id, periodId);
  const evaluation: PlanEvaluation | null = server.data ?? null;
  const planScore = evaluation && !isNotComputable(evaluation.plan.score) ? evaluation.plan.score.value : null;
  const scoreReason = evaluation && isNotComputable(evaluation.plan.score) ? evaluation.plan.score.reason : null;
  const weightings = [...bundle.roleWeightings].sort((a, b) => a.position - b.position);
  const caption = t("evaluation.individual.title");
  return (
    <>
      <section className="card shadow-sm mb-4" aria-labelledby="weightings-title">
        <div className="card-body">
          <h2 id="weightings-title" className="h5">
            {caption}
          </h2>
          <p className="small text-muted">{t("evaluation.individual.intro")}</p>
          <ScrollRegion label={caption}>
            <table className="table data-table align-middle" data-testid="weightings-table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("evaluation.individual.role")}</th>
                  <th scope="col" className="num">{t("evaluation.individual.organisational")}</th>
                  <th scope="col" className="num">{t("evaluation.individual.individual")}</th>
                  <th scope="col" className="num">{t("evaluation.individual.behaviour")}</th>
                  <th scope="col" className="num">{t("evaluation.individual.total")}</th>
                  <th scope="col">{t("evaluation.individual.check")}</th>
                  <th scope="col" className="num">{t("evaluation.individual.organisationalPoints")}</th>
                </tr>
              </thead>
              <tbody>
                {weightings.map((w) => {
                  const check = checkRoleWeighting(w);
                  return (
                    <tr key={w.id} data-testid={`weighting-${w.role}`}>
                      <th scope="row">{w.role}</th>
                      <td className="num">{formatPercent(w.organisational, 0)}</td>
                      <td className="num">{formatPercent(w.individual, 0)}</td>
                      <td className="num">{formatPercent(w.behaviour, 0)}</td>
                      <td className="num fw-semibold">{check.total === null ? "—" : formatNumber(check.total)}</td>
                      <td>
                        {check.kind === "valid" ? (
                          <span className="status-badge tone-green">{t("evaluation.individual.valid")}</span>
                        ) : (
                          <span className="status-badge tone-red" title={check.message}>
                            {check.message}
                          </span>
                        )}
                      </td>
                      <td className="num">{planScore === null ? "—" : formatNumber((w.organisational * Math.min(planScore, 100)) / 100)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
          <div className="small mt-3" data-testid="organisational-score">
            {planScore !== null ? (
              t("evaluation.individual.planScore", { score: formatPercent(planScore), period: evaluation!.periodLabel })
            ) : scoreReason ? (
              <details>
                <summary>{t("evaluation.individual.noPlanScore", { period: evaluation!.periodLabel })}</summary>
                <p className="text-muted mb-0 mt-1">{scoreReason}</p>
              </details>
            ) : periodId ? (
              t("common.loading")
            ) : (
              t("figures.noPeriods")
            )}
          </div>
        </div>
      </section>
      <div className="alert alert-info" role="note">
        {t("evaluation.individual.perPerson")}
      </div>
    </>
  );
}
