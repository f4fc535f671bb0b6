// "Ripartizione risorse" (Lombardia, seed 003): the share of the transfer tied to each objective within its limits
// ("minimo 40%", "massimo 20%", "minimo 20%"), what each Province has earned of its transfer, and the Provinces
// compared on each indicator measured per Province (chart and the same data as a table).
import { useTranslation } from "react-i18next";
import type { PlanEvaluation } from "@domain/evaluation/evaluate-plan";
import type { PlanBundle } from "@domain/model";
import { useEvaluation } from "../../api/hooks";
import { ChartFigure } from "../../charts/ChartFigure";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatMeasuredValue, formatPercent } from "../../format/figures";
import { compareProvinces, provinceAllocations, sharesView } from "./allocation-view";
import { ProvinceBarChart } from "./ProvinceBarChart";

export function AllocationSection({ bundle, periodId }: { bundle: PlanBundle; periodId: string | null }) {
  const { t } = useTranslation();
  const server = useEvaluation(bundle.plan.id, periodId);
  const evaluation: PlanEvaluation | null = server.data ?? null;
  const shares = sharesView(bundle, evaluation);
  const provinces = provinceAllocations(bundle, evaluation, shares);
  const comparisons = compareProvinces(bundle, periodId);
  const percent = (v: number | null) => (v === null ? "—" : formatPercent(v));
  return (
    <>
      <section className="card shadow-sm mb-4" aria-labelledby="shares-title">
        <div className="card-body">
          <h2 id="shares-title" className="h5">
            {t("evaluation.allocation.sharesTitle")}
          </h2>
          <p className="small text-muted">{t("evaluation.allocation.sharesIntro")}</p>
          <ScrollRegion label={t("evaluation.allocation.sharesTitle")}>
            <table className="table data-table align-middle" data-testid="shares-table">
              <caption className="visually-hidden">{t("evaluation.allocation.sharesTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("evaluation.allocation.objective")}</th>
                  <th scope="col">{t("evaluation.allocation.limit")}</th>
                  <th scope="col" className="num">{t("evaluation.allocation.min")}</th>
                  <th scope="col" className="num">{t("evaluation.allocation.max")}</th>
                  <th scope="col" className="num">{t("evaluation.allocation.share")}</th>
                </tr>
              </thead>
              <tbody>
                {shares.rows.map((r) => (
                  <tr key={r.objectiveId} data-testid={`share-${r.code}`}>
                    <th scope="row">
                      {r.code}. {r.title}
                    </th>
                    <td>{r.limitText ?? "—"}</td>
                    <td className="num">{percent(r.min)}</td>
                    <td className="num">{percent(r.max)}</td>
                    <td className="num fw-semibold">{percent(r.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="small mt-2 mb-0 text-muted">{shares.explanation}</p>
        </div>
      </section>

      {provinces.length > 0 && (
        <section className="card shadow-sm mb-4" aria-labelledby="provinces-title">
          <div className="card-body">
            <h2 id="provinces-title" className="h5">
              {t("evaluation.allocation.provincesTitle")}
            </h2>
            <p className="small text-muted">{t("evaluation.allocation.provincesIntro")}</p>
            <ScrollRegion label={t("evaluation.allocation.provincesTitle")}>
              <table className="table table-sm data-table align-middle" data-testid="provinces-table">
                <caption className="visually-hidden">{t("evaluation.allocation.provincesTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("evaluation.allocation.province")}</th>
                    {shares.rows.map((r) => (
                      <th scope="col" className="num" key={r.objectiveId}>
                        {t("evaluation.allocation.objectiveShort", { code: r.code, share: percent(r.share) })}
                      </th>
                    ))}
                    <th scope="col" className="num">{t("evaluation.allocation.earned")}</th>
                    <th scope="col" className="num">{t("evaluation.allocation.pending")}</th>
                  </tr>
                </thead>
                <tbody>
                  {provinces.map((p) => (
                    <tr key={p.assigneeId}>
                      <th scope="row" title={p.explanation}>
                        {p.label}
                      </th>
                      {shares.rows.map((r) => (
                        <td className="num" key={r.objectiveId}>
                          {p.achievements[r.objectiveId] === null ? <span className="text-muted">{t("evaluation.allocation.waiting")}</span> : percent(p.achievements[r.objectiveId]!)}
                        </td>
                      ))}
                      <td className="num fw-semibold">{formatPercent(p.earned)}</td>
                      <td className="num">{formatPercent(p.pending)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </div>
        </section>
      )}

      <h2 className="h4 mt-4">{t("evaluation.allocation.comparisonTitle")}</h2>
      {comparisons.length === 0 ? (
        <div className="alert alert-info" role="status" data-testid="no-province-values">
          {periodId ? t("evaluation.allocation.noValues") : t("evaluation.allocation.noPeriod")}
        </div>
      ) : (
        <div className="row g-4">
          {comparisons.map((c) => {
            const title = `${c.code} — ${c.definition}`;
            const summary = t("evaluation.allocation.chartSummary", {
              title,
              parts: c.rows.map((r) => `${r.rank ?? "—"}. ${r.label}: ${r.value === null ? "—" : formatMeasuredValue(r.value, c.unit)}`).join("; "),
            });
            return (
              <div className="col-xl-6" key={c.indicatorId}>
                <ChartFigure
                  title={title}
                  testId={`comparison-${c.code}`}
                  chart={<ProvinceBarChart comparison={c} summary={summary} />}
                  table={
                    <ScrollRegion label={title}>
                      <table className="table table-sm data-table">
                        <caption className="visually-hidden">{title}</caption>
                        <thead>
                          <tr>
                            <th scope="col" className="num">{t("evaluation.allocation.rank")}</th>
                            <th scope="col">{t("evaluation.allocation.province")}</th>
                            <th scope="col" className="num">{t("indicator.value")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {c.rows.map((r) => (
                            <tr key={r.assigneeId}>
                              <td className="num">{r.rank ?? "—"}</td>
                              <th scope="row">{r.label}</th>
                              <td className="num">{r.value === null ? "—" : formatMeasuredValue(r.value, c.unit)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </ScrollRegion>
                  }
                />
                <p className="small text-muted mt-1">{c.lowerIsBetter ? t("evaluation.allocation.lowerBetter") : t("evaluation.allocation.higherBetter")}</p>
              </div>
            );
          })}
        </div>
      )}
    </>
  );
}
