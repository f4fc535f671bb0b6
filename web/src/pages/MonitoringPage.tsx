// Monitoring data entry: a grid per period and structure. Numbers are typed the Italian way; ratio indicators
// take numerator and denominator; deadlines a date. Achievement and status are recomputed by the domain engine
// as the user types; "Salva" writes the changed rows (PUT, or POST when new). Keyboard: Tab between cells,
// Enter / Shift+Enter to the same cell of the next / previous row, Ctrl+S to save.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useBeforeUnload, useParams, useSearchParams } from "react-router-dom";
import type { Measurement, MonitoringPeriod, PlanBundle } from "@domain/model";
import { useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/client";
import { refreshMeasurements, useEvaluationSettings, useMeasurementVersions, useSaveMeasurements, usePlan } from "../api/hooks";
import { useSession } from "../api/session";
import { links } from "../app/routes";
import { usePeriodParam } from "../app/use-period";
import { PeriodSelect } from "../components/PeriodSelect";
import { PlanHeading } from "../components/PlanHeading";
import { ScrollRegion } from "../components/ScrollRegion";
import { ErrorMessage, Loading, PageError } from "../components/QueryState";
import { formatDate } from "../format/figures";
import {
  checkDraft,
  draftFromMeasurement,
  isSameDraft,
  toMeasurement,
  withMeasurements,
  type CheckedDraft,
  type DraftField,
  type DraftRow,
  type FieldError,
} from "../model/measurement-draft";
import { monitoringGroups } from "../model/monitoring-rows";
import { computePlanFigures } from "../model/plan-figures";
import { choosePeriod } from "../model/plan-lookup";
import { canWriteMeasurements } from "../model/rights";
import { cssId, GridRow } from "./monitoring/GridRow";
import { LiveFigures } from "./monitoring/LiveFigures";
import { useValueLocks, WorkflowBar } from "./workflow/WorkflowBar";

export function MonitoringPage() {
  const { planId } = useParams();
  const plan = usePlan(planId);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <PageError error={plan.error} />;
  return <Monitoring bundle={plan.data} />;
}

function Monitoring({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const [periodId, setPeriod] = usePeriodParam();
  const [params, setParams] = useSearchParams();
  const structureId = params.get("struttura");
  const period = choosePeriod(bundle, periodId);
  return (
    <>
      <PlanHeading
        bundle={bundle}
        title={t("monitoring.title")}
        trail={[{ label: t("monitoring.title") }]}
        actions={
          <Link className="btn btn-outline-primary" to={links.dashboard(bundle.plan.id, period?.id)}>
            {t("nav.dashboard")}
          </Link>
        }
      />
      <div className="container-xxl pb-5">
        <form className="filter-bar row g-3 align-items-end" aria-label={t("monitoring.choose")} onSubmit={(e) => e.preventDefault()}>
          <div className="col-md-5">
            <PeriodSelect periods={bundle.periods} value={period?.id ?? null} onChange={setPeriod} id="monitoring-period" />
          </div>
          <div className="col-md-5">
            <div className="select-wrapper">
              <label htmlFor="monitoring-structure">{t("tree.structure")}</label>
              <select
                id="monitoring-structure"
                value={structureId ?? ""}
                onChange={(e) =>
                  setParams(
                    (current) => {
                      const next = new URLSearchParams(current);
                      if (e.target.value) next.set("struttura", e.target.value);
                      else next.delete("struttura");
                      return next;
                    },
                    { replace: true },
                  )
                }
              >
                <option value="">{t("common.all")}</option>
                {bundle.structures.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </form>
        {period ? (
          // a new period or structure starts a fresh grid (drafts belong to one period)
          <MonitoringGrid key={`${period.id}|${structureId ?? ""}`} bundle={bundle} period={period} structureId={structureId} />
        ) : (
          <div className="alert alert-info mt-4" role="status">
            {t("monitoring.noPeriod")}
          </div>
        )}
      </div>
    </>
  );
}

interface GridProps {
  bundle: PlanBundle;
  period: MonitoringPeriod;
  structureId: string | null;
}

function MonitoringGrid({ bundle, period, structureId }: GridProps) {
  const { t } = useTranslation();
  const save = useSaveMeasurements(bundle.plan.id);
  const versions = useMeasurementVersions(bundle.plan.id);
  const client = useQueryClient();
  const account = useSession().data?.account ?? null;
  const groups = useMemo(() => monitoringGroups(bundle, period, structureId), [bundle, period, structureId]);
  // a closed period (or submitted values, for their head) is read-only whatever the role allows
  const isLocked = useValueLocks(bundle, period.id);
  const writable = useMemo(
    () => new Set(groups.filter((g) => account !== null && canWriteMeasurements(account, bundle, g.structureId) && !isLocked(g.structureId)).map((g) => g.id)),
    [groups, account, bundle, isLocked],
  );
  const rows = useMemo(() => groups.flatMap((g) => g.rows), [groups]);
  const originals = useMemo(() => new Map(rows.map((r) => [r.indicator.id, draftFromMeasurement(r.measurement, r.kind)])), [rows]);
  const [drafts, setDrafts] = useState<Map<string, DraftRow>>(new Map());
  const [showErrors, setShowErrors] = useState(false);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);

  const checked = useMemo(() => {
    const result = new Map<string, CheckedDraft>();
    for (const row of rows) {
      const draft = drafts.get(row.indicator.id);
      if (draft && !isSameDraft(draft, originals.get(row.indicator.id)!)) result.set(row.indicator.id, checkDraft(draft, row.kind, row.indicator));
    }
    return result;
  }, [drafts, rows, originals]);

  const replacements = useMemo(() => {
    const list: Measurement[] = [];
    for (const row of rows) {
      const c = checked.get(row.indicator.id);
      if (c?.fields) list.push(toMeasurement(row.measurement, row.indicator.id, period.id, c.fields));
    }
    return list;
  }, [checked, rows, period.id]);
  const deferred = useDeferredValue(replacements);
  const settings = useEvaluationSettings(bundle.plan.id).data;
  const figures = useMemo(() => computePlanFigures(withMeasurements(bundle, deferred), period.id, settings), [bundle, deferred, period.id, settings]);
  const errors = [...checked.entries()].flatMap(([indicatorId, c]) => c.errors.map((e) => ({ indicatorId, error: e })));
  const changed = checked.size;

  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (changed > 0) event.preventDefault();
      },
      [changed],
    ),
  );

  const setField = (indicatorId: string, field: DraftField, value: string) => {
    setSavedCount(null);
    setDrafts((current) => {
      const next = new Map(current);
      next.set(indicatorId, { ...(current.get(indicatorId) ?? originals.get(indicatorId)!), [field]: value });
      return next;
    });
  };

  const submit = () => {
    if (errors.length > 0) {
      setShowErrors(true);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    if (replacements.length === 0 || !versions.data) return;
    const byIndicator = new Map(rows.map((r) => [r.indicator.id, r]));
    save.mutate(
      replacements.map((m) => ({
        measurement: m,
        updatedAt: byIndicator.get(m.indicatorId)?.measurement ? (versions.data.get(m.id) ?? null) : null,
      })),
      {
        onSuccess: (saved) => {
          setSavedCount(saved.length);
          setDrafts(new Map());
          setShowErrors(false);
        },
      },
    );
  };

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        submit();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  /** Enter / Shift+Enter: the same field in the next / previous row that has it. */
  const onCellKey = (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>, rowIndex: number, field: DraftField) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const step = event.shiftKey ? -1 : 1;
    for (let i = rowIndex + step; i >= 0 && i < rows.length; i += step) {
      const target = gridRef.current?.querySelector<HTMLElement>(`[data-row="${i}"][data-field="${field}"]`);
      if (target) {
        target.focus();
        if (target instanceof HTMLInputElement) target.select();
        return;
      }
    }
  };

  const errorFor = (indicatorId: string, field: DraftField): FieldError | undefined => checked.get(indicatorId)?.errors.find((e) => e.field === field);
  const fieldLabel = (field: DraftField) => t(`monitoring.fields.${field}`);
  const errorText = (code: string, error: FieldError) => t(`monitoring.errors.${error.code}`, { field: fieldLabel(error.field), text: error.text, code });

  let rowIndex = -1;
  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-3 mt-4 mb-2">
        <p className="mb-0 text-muted">
          {t("monitoring.intro", { period: period.label, date: formatDate(period.cutoffDate), rows: rows.length })}
          <span className="d-block small">{t("monitoring.keyboard")}</span>
        </p>
        <div className="d-flex align-items-center gap-2">
          <span className="small text-muted" aria-live="polite" data-testid="changed-count">
            {changed > 0 ? t("monitoring.changed", { count: changed }) : t("monitoring.noChanges")}
          </span>
          <button type="button" className="btn btn-outline-secondary" disabled={changed === 0 || save.isPending} onClick={() => setDrafts(new Map())}>
            {t("monitoring.discard")}
          </button>
          <button type="button" className="btn btn-primary" onClick={submit} disabled={changed === 0 || save.isPending || !versions.data} data-testid="save-measurements">
            {save.isPending ? t("monitoring.saving") : t("monitoring.save")}
          </button>
        </div>
      </div>

      <WorkflowBar bundle={bundle} period={period} structureId={structureId} unsaved={changed > 0} />
      {writable.size === 0 && rows.length > 0 && !groups.some((g) => isLocked(g.structureId)) && (
        <div className="alert alert-info" role="status">
          {t("monitoring.readOnly")}
        </div>
      )}
      <div aria-live="polite">
        {savedCount !== null && (
          <div className="alert alert-success" role="status" data-testid="save-success">
            {t("monitoring.saved", { count: savedCount })}
          </div>
        )}
      </div>
      {save.isError && (
        <>
          <ErrorMessage error={save.error} title={t("monitoring.saveFailed")} />
          {save.error instanceof ApiError && save.error.status === 409 && (
            // someone saved in between: read their values again; what this person typed stays on top
            <button type="button" className="btn btn-outline-primary mb-3" onClick={() => void refreshMeasurements(client, bundle.plan.id).then(() => save.reset())}>
              {t("monitoring.reloadSaved")}
            </button>
          )}
        </>
      )}
      {versions.isError && <ErrorMessage error={versions.error} />}
      {showErrors && errors.length > 0 && (
        <div className="alert alert-danger" role="alert" tabIndex={-1} ref={summaryRef} data-testid="error-summary">
          <p className="fw-semibold mb-1">{t("monitoring.fixErrors", { count: errors.length })}</p>
          <ul className="mb-0">
            {errors.map(({ indicatorId, error }) => {
              const code = rows.find((r) => r.indicator.id === indicatorId)!.indicator.code;
              return (
                <li key={`${indicatorId}-${error.field}`}>
                  <a href={`#cell-${cssId(indicatorId)}-${error.field}`}>{errorText(code, error)}</a>
                </li>
              );
            })}
          </ul>
        </div>
      )}

      {rows.length === 0 ? (
        <p className="mt-3">{t("monitoring.noRows")}</p>
      ) : (
        <ScrollRegion className="monitoring-wrapper" label={t("monitoring.caption", { period: period.label })}>
          <table className="table monitoring-grid align-top" ref={gridRef} data-testid="monitoring-grid">
            <caption className="visually-hidden">{t("monitoring.caption", { period: period.label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("indicator.code")}</th>
                <th scope="col">{t("indicator.definition")}</th>
                <th scope="col">{t("monitoring.measured")}</th>
                <th scope="col">{t("indicator.achievement")}</th>
                <th scope="col">{t("indicator.status")}</th>
                <th scope="col">{t("monitoring.fields.note")}</th>
                <th scope="col">{t("monitoring.fields.source")}</th>
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group.id}>
                <tr className="group-row">
                  <th scope="colgroup" colSpan={7}>
                    {group.objective ? (
                      <Link to={links.objective(bundle.plan.id, group.objective.id)}>
                        {t("objective.label", { code: group.objective.code })} — {group.objective.title}
                      </Link>
                    ) : (
                      group.node?.title
                    )}
                  </th>
                </tr>
                {group.rows.map((row) => {
                  rowIndex += 1;
                  const index = rowIndex;
                  const draft = drafts.get(row.indicator.id) ?? originals.get(row.indicator.id)!;
                  return (
                    <GridRow
                      key={row.indicator.id}
                      row={row}
                      index={index}
                      readOnly={!writable.has(group.id)}
                      draft={draft}
                      dirty={checked.has(row.indicator.id)}
                      figure={figures.indicators.get(row.indicator.id)!}
                      errorFor={(field) => errorFor(row.indicator.id, field)}
                      errorText={(error) => errorText(row.indicator.code, error)}
                      onChange={(field, value) => setField(row.indicator.id, field, value)}
                      onKeyDown={(event, field) => onCellKey(event, index, field)}
                    />
                  );
                })}
              </tbody>
            ))}
          </table>
        </ScrollRegion>
      )}
      <LiveFigures rows={rows} checked={checked} figures={figures.indicators} />
    </>
  );
}
