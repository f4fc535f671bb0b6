// Plans by organisation and year, with kind, state and approval act; each links to its tree, monitoring and dashboard.
import { useMemo, useState } from "react";
import type { ColumnDef } from "@tanstack/react-table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { usePlans } from "../api/hooks";
import { apiPaths } from "../api/paths";
import type { PlanSummary } from "../api/types";
import { links } from "../app/routes";
import { DataTable } from "../components/DataTable";
import { Loading, PageError } from "../components/QueryState";
import { formatOptionalDate, formatYears } from "../format/figures";
import { PageHeading } from "../layout/PageHeading";
import { filterPlans, groupPlansByOrganisation, planYears } from "../model/plan-list";

function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  const tone = state === "approved" ? "state-approved" : state === "revised" ? "state-revised" : "state-draft";
  return <span className={`badge state-badge ${tone}`}>{t(`planState.${state}`, { defaultValue: state })}</span>;
}

export function PlansPage() {
  const { t } = useTranslation();
  const plans = usePlans();
  const [organisationId, setOrganisationId] = useState<string>("");
  const [year, setYear] = useState<string>("");

  const columns = useMemo<ColumnDef<PlanSummary, any>[]>(
    () => [
      {
        id: "title",
        header: t("plans.columns.plan"),
        accessorFn: (p) => p.title,
        cell: ({ row }) => (
          <Link to={links.planTree(row.original.id)} className="fw-semibold">
            {row.original.title}
          </Link>
        ),
      },
      { id: "years", header: t("plans.columns.years"), accessorFn: (p) => p.yearFrom, cell: ({ row }) => formatYears(row.original.yearFrom, row.original.yearTo) },
      { id: "kind", header: t("plans.columns.kind"), accessorFn: (p) => t(`planKind.${p.kind}`, { defaultValue: p.kind }) },
      { id: "state", header: t("plans.columns.state"), accessorFn: (p) => p.state, cell: ({ row }) => <StateBadge state={row.original.state} /> },
      {
        id: "approval",
        header: t("plans.columns.approval"),
        accessorFn: (p) => p.approvalDate ?? "",
        cell: ({ row }) =>
          row.original.approvalAct ? (
            <>
              {row.original.approvalAct}
              {row.original.approvalDate && <span className="d-block small text-muted">{formatOptionalDate(row.original.approvalDate)}</span>}
            </>
          ) : (
            <span className="text-muted">{t("plans.noApproval")}</span>
          ),
      },
      { id: "version", header: t("plans.columns.version"), accessorFn: (p) => p.version, meta: { className: "text-end" } },
      {
        id: "actions",
        header: t("plans.columns.actions"),
        enableSorting: false,
        cell: ({ row }) => (
          <div className="d-flex flex-wrap gap-2 row-actions">
            <Link className="btn btn-sm btn-outline-primary" to={links.monitoring(row.original.id)}>
              {t("nav.monitoring")}
              <span className="visually-hidden"> — {row.original.title}</span>
            </Link>
            <Link className="btn btn-sm btn-outline-primary" to={links.dashboard(row.original.id)}>
              {t("nav.dashboard")}
              <span className="visually-hidden"> — {row.original.title}</span>
            </Link>
            <a className="btn btn-sm btn-outline-secondary" href={apiPaths.exportXlsx(row.original.id)} download>
              XLSX
              <span className="visually-hidden"> — {t("plans.downloadXlsx", { title: row.original.title })}</span>
            </a>
          </div>
        ),
      },
    ],
    [t],
  );

  if (plans.isPending) return <Loading />;
  if (plans.isError) return <PageError error={plans.error} />;

  const all = plans.data;
  const organisations = groupPlansByOrganisation(all);
  const filtered = filterPlans(all, { organisationId: organisationId || null, year: year ? Number(year) : null });
  const groups = groupPlansByOrganisation(filtered);

  return (
    <>
      <PageHeading
        title={t("plans.title")}
        crumbs={[{ label: t("nav.home") }]}
        subtitle={t("plans.summary", { plans: all.length, organisations: organisations.length })}
        actions={
          <Link className="btn btn-primary" to={links.import()}>
            {t("plans.importAction")}
          </Link>
        }
      />
      <div className="container-xxl pb-5">
        <form className="filter-bar row g-3 align-items-end" onSubmit={(e) => e.preventDefault()} aria-label={t("plans.filters")}>
          <div className="col-md-5">
            <div className="select-wrapper">
              <label htmlFor="filter-organisation">{t("plans.organisation")}</label>
              <select id="filter-organisation" value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
                <option value="">{t("common.all")}</option>
                {organisations.map((o) => (
                  <option key={o.organisationId} value={o.organisationId}>
                    {o.organisationName}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="col-md-3">
            <div className="select-wrapper">
              <label htmlFor="filter-year">{t("plans.year")}</label>
              <select id="filter-year" value={year} onChange={(e) => setYear(e.target.value)}>
                <option value="">{t("common.allYears")}</option>
                {planYears(all).map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="col-md-4 text-md-end">
            <p className="mb-0 text-muted" aria-live="polite">
              {t("plans.shown", { count: filtered.length })}
            </p>
          </div>
        </form>

        {groups.length === 0 && <p className="mt-4">{all.length === 0 ? t("plans.none") : t("plans.noneMatching")}</p>}
        {groups.map((group) => (
          <section key={group.organisationId} className="organisation-section card-wrapper mt-4" aria-labelledby={`org-${group.organisationId}`}>
            <div className="card shadow-sm">
              <div className="card-body">
                <h2 id={`org-${group.organisationId}`} className="h4 card-title mb-3">
                  {group.organisationName}
                </h2>
                <DataTable
                  caption={t("plans.tableCaption", { organisation: group.organisationName })}
                  captionHidden
                  columns={columns}
                  rows={group.plans}
                  rowKey={(p) => p.id}
                  testId={`plans-${group.organisationId}`}
                />
              </div>
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
