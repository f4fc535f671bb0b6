// "Rilievi": what the evaluation body would write in the margin, grouped by kind, each with a link to the item
// and the figure the document states beside the one recomputed (ARTI: objective weights 77%, cronoprogramma ARTI 2
// 15% against the 30% declared, four statuses that differ from the document).
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { PlanBundle } from "@domain/model";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatNumber } from "../../format/figures";
import { groupFindings } from "./findings-view";
import { WithEvaluation } from "./use-plan-evaluation";

export function FindingsSection({ bundle, periodId }: { bundle: PlanBundle; periodId: string | null }) {
  const { t } = useTranslation();
  return (
    <WithEvaluation planId={bundle.plan.id} periodId={periodId}>
      {(evaluation) => {
        const groups = groupFindings(bundle, evaluation.findings);
        if (groups.length === 0) {
          return (
            <div className="alert alert-success" role="status">
              {t("evaluation.findings.none")}
            </div>
          );
        }
        return (
          <>
            <p className="text-muted">{t("evaluation.findings.intro", { count: evaluation.findings.length, date: evaluation.periodLabel })}</p>
            {groups.map((group) => (
              <section key={group.code} className={`card shadow-sm mb-4 finding-group finding-group-${group.severity}`} aria-labelledby={`findings-${group.code}`} data-testid={`findings-${group.code}`}>
                <div className="card-body">
                  <h2 id={`findings-${group.code}`} className="h5 d-flex flex-wrap align-items-center gap-2">
                    <span className={`badge finding-badge finding-badge-${group.severity}`}>{t(`severity.${group.severity}`)}</span>
                    {t(`evaluation.findingKinds.${group.code}`)}
                    <span className="text-muted fw-normal small">({formatNumber(group.rows.length)})</span>
                  </h2>
                  <ScrollRegion label={t(`evaluation.findingKinds.${group.code}`)}>
                    <table className="table table-sm data-table align-middle">
                      <caption className="visually-hidden">{t(`evaluation.findingKinds.${group.code}`)}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t("evaluation.findings.item")}</th>
                          <th scope="col" className="num">
                            {t("evaluation.findings.stated")}
                          </th>
                          <th scope="col" className="num">
                            {t("evaluation.findings.computed")}
                          </th>
                          <th scope="col">{t("evaluation.findings.message")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {group.rows.map((row, i) => (
                          <tr key={`${row.finding.itemId}-${i}`}>
                            <th scope="row" className={row.finding.item.length <= 24 ? "text-nowrap" : undefined}>
                              {row.to ? <Link to={row.to}>{row.finding.item}</Link> : row.finding.item}
                            </th>
                            <td className="num">{row.stated}</td>
                            <td className="num fw-semibold">{row.computed}</td>
                            <td className="small">{row.finding.message}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </ScrollRegion>
                </div>
              </section>
            ))}
          </>
        );
      }}
    </WithEvaluation>
  );
}
