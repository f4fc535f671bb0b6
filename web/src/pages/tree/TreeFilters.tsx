// The tree's search and filters (text, period, structure, status, kind of target, owner) and the buttons that
// open or close every branch.
import { useTranslation } from "react-i18next";
import type { PlanBundle } from "@domain/model";
import { PeriodSelect } from "../../components/PeriodSelect";
import { EMPTY_FILTER, ownersOf, type TargetKindFilter, type TreeFilter } from "../../model/plan-tree";

const TARGET_KINDS: TargetKindFilter[] = ["threshold", "deadline", "relative", "previous-value", "composite", "qualitative", "none"];

interface TreeFiltersProps {
  bundle: PlanBundle;
  filter: TreeFilter;
  setFilter: (filter: TreeFilter) => void;
  filtering: boolean;
  period: { id: string } | null;
  setPeriod: (periodId: string) => void;
  expandAll: () => void;
  collapseAll: () => void;
}

export function TreeFilters({ bundle, filter, setFilter, filtering, period, setPeriod, expandAll, collapseAll }: TreeFiltersProps) {
  const { t } = useTranslation();
  return (
    <form className="filter-bar row g-3 align-items-end" role="search" aria-label={t("tree.filters")} onSubmit={(e) => e.preventDefault()}>
      <div className="col-lg-5 col-md-6">
        <div className="form-group mb-0">
          <label htmlFor="tree-search" className="active">
            {t("tree.search")}
          </label>
          <input
            id="tree-search"
            type="search"
            className="form-control"
            value={filter.text}
            placeholder={t("tree.searchPlaceholder")}
            onChange={(e) => setFilter({ ...filter, text: e.target.value })}
          />
        </div>
      </div>
      <div className="col-lg-4 col-md-6">
        <PeriodSelect periods={bundle.periods} value={period?.id ?? null} onChange={setPeriod} id="tree-period" />
      </div>
      <div className="col-lg-3 col-md-6">
        <div className="select-wrapper">
          <label htmlFor="tree-structure">{t("tree.structure")}</label>
          <select id="tree-structure" value={filter.structureId ?? ""} onChange={(e) => setFilter({ ...filter, structureId: e.target.value || null })}>
            <option value="">{t("common.all")}</option>
            {bundle.structures.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="col-lg-3 col-md-6">
        <div className="select-wrapper">
          <label htmlFor="tree-status">{t("tree.status")}</label>
          <select
            id="tree-status"
            value={filter.status === null ? "" : String(filter.status)}
            onChange={(e) => setFilter({ ...filter, status: e.target.value === "" ? null : e.target.value === "none" ? "none" : Number(e.target.value) })}
          >
            <option value="">{t("common.all")}</option>
            {bundle.plan.assessmentScale.levels.map((l) => (
              <option key={l.level} value={l.level}>
                {l.label}
              </option>
            ))}
            <option value="none">{t("status.none")}</option>
          </select>
        </div>
      </div>
      <div className="col-lg-3 col-md-6">
        <div className="select-wrapper">
          <label htmlFor="tree-target-kind">{t("tree.targetKind")}</label>
          <select id="tree-target-kind" value={filter.targetKind ?? ""} onChange={(e) => setFilter({ ...filter, targetKind: (e.target.value || null) as TargetKindFilter | null })}>
            <option value="">{t("common.all")}</option>
            {TARGET_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`targetKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="col-lg-3 col-md-6">
        <div className="select-wrapper">
          <label htmlFor="tree-owner">{t("tree.owner")}</label>
          <select id="tree-owner" value={filter.owner ?? ""} onChange={(e) => setFilter({ ...filter, owner: e.target.value || null })}>
            <option value="">{t("common.all")}</option>
            {ownersOf(bundle).map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="col-lg-3 col-md-6 d-flex flex-wrap gap-2 justify-content-lg-end align-items-end">
        {filtering && (
          <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setFilter(EMPTY_FILTER)}>
            {t("tree.clearFilters")}
          </button>
        )}
        <button type="button" className="btn btn-sm btn-outline-primary" onClick={expandAll} disabled={filtering}>
          {t("tree.expandAll")}
        </button>
        <button type="button" className="btn btn-sm btn-outline-primary" onClick={collapseAll} disabled={filtering}>
          {t("tree.collapseAll")}
        </button>
      </div>
    </form>
  );
}
