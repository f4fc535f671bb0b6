// "Dati di servizio": the plan indicators that take their monitoring value from service data (DID, PSP, LEP,
// GOL… computed by src/analytics), the definition and the date that places an event in the period, the value
// of the chosen period with its provenance, "Ricalcola", and the computed values that differ from a manual one,
// each waiting for a person to accept it or keep the manual value.
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { Indicator, Measurement, PlanBundle } from "@domain/model";
import { usePlan } from "../../api/hooks";
import { useSession } from "../../api/session";
import { links } from "../../app/routes";
import { usePeriodParam } from "../../app/use-period";
import { PeriodSelect } from "../../components/PeriodSelect";
import { PlanHeading } from "../../components/PlanHeading";
import { ErrorMessage, Loading, PageError } from "../../components/QueryState";
import { formatDate, formatNumber } from "../../format/figures";
import { choosePeriod } from "../../model/plan-lookup";
import { ComputedBadge } from "./ComputedBadge";
import { CpiStructureMap } from "./CpiStructureMap";
import { DatasetProvenance } from "./DatasetProvenance";
import { formatInstant } from "./provenance-format";
import { canManageServiceData } from "./rights";
import { useServiceData, useServiceDataActions, type Binding, type ComputeSummary, type DefinitionSummary } from "./service-data-api";
import "./service-data.css";

export function ServiceDataPage() {
  const { planId } = useParams();
  const plan = usePlan(planId);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <PageError error={plan.error} />;
  return <ServiceData bundle={plan.data} />;
}

function ServiceData({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const planId = bundle.plan.id;
  const session = useSession();
  const canManage = canManageServiceData(session.data?.account, bundle);
  const data = useServiceData(planId);
  const actions = useServiceDataActions(planId);
  const [periodId, setPeriod] = usePeriodParam();
  const period = choosePeriod(bundle, periodId);
  const [summary, setSummary] = useState<ComputeSummary | null>(null);

  const indicators = useMemo(() => new Map(bundle.indicators.map((i) => [i.id, i])), [bundle.indicators]);
  if (data.isPending) return <Loading />;
  if (data.isError) return <PageError error={data.error} />;
  const { definitions, bindings, measurements } = data.data;
  const valuesOf = (indicatorId: string) => measurements.filter((m) => m.indicatorId === indicatorId && m.periodId === period?.id);
  const awaiting = measurements.filter((m) => m.provenance?.awaitingReview && m.periodId === period?.id);

  return (
    <>
      <PlanHeading
        bundle={bundle}
        title={t("serviceData.title")}
        trail={[{ label: t("serviceData.title") }]}
        actions={
          <Link className="btn btn-outline-primary" to={links.monitoring(planId, period?.id)}>
            {t("serviceData.toMonitoring")}
          </Link>
        }
      />
      <div className="container-xxl pb-5">
        <p className="lead">{t("serviceData.intro")}</p>
        <form
          className="filter-bar row g-3 align-items-end mb-4"
          aria-label={t("serviceData.recompute.label")}
          onSubmit={(e) => {
            e.preventDefault();
            if (period) actions.compute.mutate(period.id, { onSuccess: setSummary });
          }}
        >
          <div className="col-md-6">
            <PeriodSelect periods={bundle.periods} value={period?.id ?? null} onChange={setPeriod} id="service-data-period" />
          </div>
          {canManage && (
            <div className="col-md-4">
              <button type="submit" className="btn btn-primary" disabled={!period || actions.compute.isPending || bindings.length === 0} data-testid="recompute">
                {actions.compute.isPending ? t("serviceData.recompute.running") : t("serviceData.recompute.button")}
              </button>
            </div>
          )}
        </form>
        {actions.compute.isError && <ErrorMessage error={actions.compute.error} />}
        {summary && <ComputeResult summary={summary} indicators={indicators} />}

        {awaiting.length > 0 && (
          <ReviewSection awaiting={awaiting} indicators={indicators} canManage={canManage} actions={actions} />
        )}

        <section aria-labelledby="bindings-heading" className="mb-5">
          <h2 id="bindings-heading" className="h4">
            {t("serviceData.bindings.heading")}
          </h2>
          {bindings.length === 0 ? (
            <p className="text-muted">{t("serviceData.bindings.none")}</p>
          ) : (
            <div className="table-responsive">
              <table className="table service-data-table" data-testid="bindings-table">
                <caption className="visually-hidden">{t("serviceData.bindings.caption", { period: period?.label ?? "—" })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("serviceData.bindings.indicator")}</th>
                    <th scope="col">{t("serviceData.bindings.definition")}</th>
                    <th scope="col" className="text-end">
                      {t("serviceData.bindings.value", { period: period?.label ?? "—" })}
                    </th>
                    <th scope="col">{t("serviceData.bindings.provenance")}</th>
                    {canManage && <th scope="col">{t("serviceData.bindings.actions")}</th>}
                  </tr>
                </thead>
                <tbody>
                  {bindings.map((binding) => (
                    <BindingRow
                      key={binding.indicatorId}
                      binding={binding}
                      definition={definitions.find((d) => d.id === binding.definitionId)}
                      values={valuesOf(binding.indicatorId)}
                      target={bundle.targets.find((tg) => tg.indicatorId === binding.indicatorId)?.text ?? null}
                      canManage={canManage}
                      onRemove={() => actions.unbind.mutate(binding.indicatorId)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {actions.unbind.isError && <ErrorMessage error={actions.unbind.error} />}
        </section>

        <CpiStructureMap data={data.data} canManage={canManage} actions={actions} />

        {canManage && (
          <AddBinding bundle={bundle} bindings={bindings} definitions={definitions} actions={actions} />
        )}
      </div>
    </>
  );
}

function BindingRow({
  binding,
  definition,
  values,
  target,
  canManage,
  onRemove,
}: {
  binding: Binding;
  definition: DefinitionSummary | undefined;
  values: Measurement[];
  target: string | null;
  canManage: boolean;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const cpiCount = Object.keys(binding.structureMap).length;
  return (
    <tr data-testid={`binding-${binding.indicatorCode ?? binding.indicatorId}`}>
      <th scope="row">
        <span className="d-block">{binding.indicatorCode ?? binding.indicatorId}</span>
        <span className="fw-normal small">{binding.indicatorDefinition}</span>
      </th>
      <td>
        <span className="d-block fw-semibold">{definition?.title ?? binding.definitionId}</span>
        {definition?.description && <span className="d-block small">{definition.description}</span>}
        {definition && <span className="d-block basis mt-1">{t("serviceData.provenance.basis", { basis: definition.periodBasis })}</span>}
        <span className="d-block basis">{cpiCount === 0 ? t("serviceData.bindings.allCpi") : t("serviceData.bindings.someCpi", { count: cpiCount })}</span>
      </td>
      <td className="text-end text-nowrap" data-testid="binding-value">
        {values.length === 0 ? (
          <span className="text-muted">{t("serviceData.bindings.notComputed")}</span>
        ) : (
          values.map((m) => (
            <span key={m.id} className="d-block">
              <strong className="fs-5">{m.value === null ? "—" : formatNumber(m.value)}</strong>{" "}
              <ComputedBadge measurement={m} />
            </span>
          ))
        )}
        {target && <span className="d-block small text-muted">{t("serviceData.bindings.target", { target })}</span>}
      </td>
      <td className="small">
        {values.map((m) =>
          m.provenance ? (
            <span key={m.id} className="d-block">
              <DatasetProvenance provenance={m.provenance} />
              {t("serviceData.provenance.computedAt", { at: formatInstant(m.provenance.computedAt) })}
              {m.provenance.denominator !== null && (
                <>
                  <br />
                  {t("serviceData.provenance.ratio", { numerator: formatNumber(m.provenance.numerator ?? 0), denominator: formatNumber(m.provenance.denominator) })}
                </>
              )}
            </span>
          ) : null,
        )}
      </td>
      {canManage && (
        <td>
          <button type="button" className="btn btn-sm btn-outline-danger" onClick={onRemove}>
            {t("serviceData.bindings.remove")}
            <span className="visually-hidden"> {binding.indicatorCode ?? binding.indicatorId}</span>
          </button>
        </td>
      )}
    </tr>
  );
}

function ComputeResult({ summary, indicators }: { summary: ComputeSummary; indicators: Map<string, Indicator> }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-success" role="status" data-testid="compute-summary">
      {t("serviceData.recompute.done", {
        from: formatDate(summary.period.from),
        to: formatDate(summary.period.to),
        created: summary.created,
        updated: summary.updated,
        unchanged: summary.unchanged,
        review: summary.awaitingReview,
      })}
      {summary.skipped.length > 0 && (
        <ul className="mb-0 mt-2">
          {summary.skipped.map((s) => (
            <li key={s.indicatorId}>
              {indicators.get(s.indicatorId)?.code ?? s.indicatorId}: {s.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ReviewSection({
  awaiting,
  indicators,
  canManage,
  actions,
}: {
  awaiting: Measurement[];
  indicators: Map<string, Indicator>;
  canManage: boolean;
  actions: ReturnType<typeof useServiceDataActions>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="review-heading" className="mb-5">
      <h2 id="review-heading" className="h4">
        {t("serviceData.review.heading")}
      </h2>
      <p>{t("serviceData.review.intro")}</p>
      <table className="table service-data-table" data-testid="review-table">
        <thead>
          <tr>
            <th scope="col">{t("serviceData.bindings.indicator")}</th>
            <th scope="col" className="text-end">{t("serviceData.review.manual")}</th>
            <th scope="col" className="text-end">{t("serviceData.review.computed")}</th>
            {canManage && <th scope="col">{t("serviceData.bindings.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {awaiting.map((m) => {
            const code = indicators.get(m.indicatorId)?.code ?? m.indicatorId;
            return (
              <tr key={m.id}>
                <th scope="row">{code}</th>
                <td className="text-end">{m.value === null ? m.valueText ?? "—" : formatNumber(m.value)}</td>
                <td className="text-end">{m.provenance?.computedValue == null ? "—" : formatNumber(m.provenance.computedValue)}</td>
                {canManage && (
                  <td className="text-nowrap">
                    <button type="button" className="btn btn-sm btn-primary me-2" onClick={() => actions.review.mutate({ measurementId: m.id, decision: "accept" })}>
                      {t("serviceData.review.accept")}
                      <span className="visually-hidden"> {code}</span>
                    </button>
                    <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => actions.review.mutate({ measurementId: m.id, decision: "keep-manual" })}>
                      {t("serviceData.review.keep")}
                      <span className="visually-hidden"> {code}</span>
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {actions.review.isError && <ErrorMessage error={actions.review.error} />}
    </section>
  );
}

function AddBinding({
  bundle,
  bindings,
  definitions,
  actions,
}: {
  bundle: PlanBundle;
  bindings: Binding[];
  definitions: DefinitionSummary[];
  actions: ReturnType<typeof useServiceDataActions>;
}) {
  const { t } = useTranslation();
  const bound = new Set(bindings.map((b) => b.indicatorId));
  const free = bundle.indicators.filter((i) => !bound.has(i.id));
  const [indicatorId, setIndicatorId] = useState("");
  const [definitionId, setDefinitionId] = useState("");
  const chosen = definitions.find((d) => d.id === definitionId);
  // The plan's CPI network is the same for every indicator: a new binding takes the map of an existing one.
  const structureMap = bindings[0]?.structureMap ?? {};
  return (
    <section aria-labelledby="add-binding-heading" className="card card-bg p-4">
      <h2 id="add-binding-heading" className="h4">
        {t("serviceData.add.heading")}
      </h2>
      <form
        className="row g-3 align-items-end"
        onSubmit={(e) => {
          e.preventDefault();
          if (!indicatorId || !definitionId) return;
          actions.bind.mutate({ indicatorId, definitionId, structureMap }, { onSuccess: () => setIndicatorId("") });
        }}
      >
        <div className="col-md-5">
          <div className="select-wrapper">
            <label htmlFor="add-indicator">{t("serviceData.add.indicator")}</label>
            <select id="add-indicator" value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)} required>
              <option value="">{t("serviceData.add.choose")}</option>
              {free.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.code} — {(i.definition ?? "").slice(0, 90)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="col-md-5">
          <div className="select-wrapper">
            <label htmlFor="add-definition">{t("serviceData.add.definition")}</label>
            <select id="add-definition" value={definitionId} onChange={(e) => setDefinitionId(e.target.value)} required aria-describedby="add-definition-help">
              <option value="">{t("serviceData.add.choose")}</option>
              {definitions.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="col-md-2">
          <button type="submit" className="btn btn-primary w-100" disabled={actions.bind.isPending}>
            {t("serviceData.add.submit")}
          </button>
        </div>
        <div id="add-definition-help" className="col-12 small" aria-live="polite">
          {chosen && (
            <>
              <span className="d-block">{chosen.description ?? chosen.source}</span>
              <span className="d-block basis">{t("serviceData.provenance.basis", { basis: chosen.periodBasis })}</span>
            </>
          )}
        </div>
      </form>
      {actions.bind.isError && <ErrorMessage error={actions.bind.error} />}
    </section>
  );
}
