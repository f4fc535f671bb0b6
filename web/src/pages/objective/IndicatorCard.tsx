// One indicator of an objective: definition, method, baseline, targets per year, values per period, achievement
// and status with their explanation.
import { useTranslation } from "react-i18next";
import type { Indicator, PlanBundle } from "@domain/model";
import { AchievementBar } from "../../components/AchievementBar";
import { StatusBadge } from "../../components/StatusBadge";
import { formatDate, formatMeasuredValue } from "../../format/figures";
import { describeMeasuredValue, type PlanFigures } from "../../model/plan-figures";
import { Field } from "./Field";

export function IndicatorCard({ bundle, indicator, figures }: { bundle: PlanBundle; indicator: Indicator; figures: PlanFigures }) {
  const { t } = useTranslation();
  const figure = figures.indicators.get(indicator.id)!;
  const targets = bundle.targets.filter((x) => x.indicatorId === indicator.id).sort((a, b) => a.position - b.position);
  const periods = [...bundle.periods].sort((a, b) => a.cutoffDate.localeCompare(b.cutoffDate));
  const measurements = bundle.measurements.filter((m) => m.indicatorId === indicator.id && m.assigneeId === null);
  const ratio = indicator.numeratorLabel || indicator.denominatorLabel;
  return (
    <section className="card shadow-sm indicator-card mb-4" aria-labelledby={`ind-${indicator.id}`} data-testid={`indicator-card-${indicator.code}`}>
      <div className="card-body">
        <div className="d-flex flex-wrap justify-content-between gap-3">
          <h3 id={`ind-${indicator.id}`} className="h5 mb-2">
            <span className="tree-code">{indicator.code}</span>
            {indicator.definition}
          </h3>
          <div className="d-flex align-items-center gap-3 flex-none">
            <AchievementBar value={figure.achievement} label={t("figures.achievement")} />
            <div>
              <StatusBadge status={figure.status} testId={`status-${indicator.code}`} />
              {figure.statedStatus && <span className="d-block small text-muted mt-1">{t("monitoring.stated", { label: figure.statedStatus.label })}</span>}
            </div>
          </div>
        </div>
        <dl className="field-list field-grid">
          {indicator.method && <Field label={t("indicator.method")}>{indicator.method}</Field>}
          {ratio && (
            <Field label={t("indicator.ratio")}>
              {indicator.numeratorLabel ?? "?"} / {indicator.denominatorLabel ?? "?"}
            </Field>
          )}
          <Field label={t("indicator.unit")}>{indicator.unit ?? "—"}</Field>
          <Field label={t("indicator.baseline")}>
            {indicator.baselineText ?? (indicator.baselineValue !== null ? formatMeasuredValue(indicator.baselineValue, indicator.unit) : "—")}
            {indicator.baselineYear !== null && ` (${indicator.baselineYear})`}
          </Field>
          <Field label={t("indicator.source")}>{indicator.dataSource ?? "—"}</Field>
          <Field label={t("indicator.owner")}>{indicator.responsibleStructure ?? "—"}</Field>
        </dl>

        <div className="row g-4 mt-1">
          <div className="col-lg-5">
            <h4 className="h6">{t("indicator.targets")}</h4>
            <table className="table table-sm data-table">
              <caption className="visually-hidden">{t("indicator.targetsCaption", { code: indicator.code })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("indicator.targetYears")}</th>
                  <th scope="col">{t("indicator.target")}</th>
                  <th scope="col">{t("indicator.targetKind")}</th>
                </tr>
              </thead>
              <tbody>
                {targets.length === 0 && (
                  <tr>
                    <td colSpan={3} className="text-muted">
                      {t("indicator.noTargets")}
                    </td>
                  </tr>
                )}
                {targets.map((target) => (
                  <tr key={target.id} className={target.id === figure.target?.id ? "table-active" : undefined}>
                    <th scope="row">{target.label ?? (target.yearFrom !== null ? `${target.yearFrom}${target.yearTo && target.yearTo !== target.yearFrom ? `–${target.yearTo}` : ""}` : "—")}</th>
                    <td>
                      {target.text}
                      {target.cumulative && <span className="d-block small text-muted">{t("indicator.cumulative")}</span>}
                    </td>
                    <td className="small">{t(`targetKind.${target.parsed?.kind ?? "none"}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="col-lg-7">
            <h4 className="h6">{t("indicator.values")}</h4>
            <table className="table table-sm data-table">
              <caption className="visually-hidden">{t("indicator.valuesCaption", { code: indicator.code })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("figures.period")}</th>
                  <th scope="col" className="num">
                    {t("indicator.value")}
                  </th>
                  <th scope="col">{t("indicator.note")}</th>
                  <th scope="col">{t("indicator.assessment")}</th>
                </tr>
              </thead>
              <tbody>
                {periods.length === 0 && (
                  <tr>
                    <td colSpan={4} className="text-muted">
                      {t("figures.noPeriods")}
                    </td>
                  </tr>
                )}
                {periods.map((p) => {
                  const m = measurements.find((x) => x.periodId === p.id) ?? null;
                  return (
                    <tr key={p.id}>
                      <th scope="row">
                        {p.label}
                        <span className="d-block small text-muted">{formatDate(p.cutoffDate)}</span>
                      </th>
                      <td className="num">
                        {describeMeasuredValue(indicator, m)}
                        {m?.origin === "manual" && <span className="d-block small text-muted">{t("indicator.manual")}</span>}
                      </td>
                      <td className="small">{m?.note ?? "—"}</td>
                      <td className="small">{m?.assessmentText ?? "—"}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>

        {(figure.achievementText || figure.status?.explanation) && (
          <div className="explanation-box" data-testid={`explanation-${indicator.code}`}>
            <p className="fw-semibold mb-1">{t("indicator.howComputed", { period: figures.period?.label ?? "" })}</p>
            {figure.achievementText && <p className="mb-1">{figure.achievementText}</p>}
            {figure.status?.explanation && <p className="mb-0 small">{figure.status.explanation}</p>}
          </div>
        )}
      </div>
    </section>
  );
}
