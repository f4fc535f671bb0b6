// The plan as a tree: areas/sections/structure blocks → objectives → indicators, with weights, owners, current
// value, achievement and status; search and filters; expand and collapse; each objective links to its page.
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { PlanBundle } from "@domain/model";
import { usePlan } from "../api/hooks";
import { links } from "../app/routes";
import { usePeriodParam } from "../app/use-period";
import { AchievementBar } from "../components/AchievementBar";
import { PeriodSelect } from "../components/PeriodSelect";
import { PlanHeading } from "../components/PlanHeading";
import { ScrollRegion } from "../components/ScrollRegion";
import { Loading, PageError } from "../components/QueryState";
import { StatusBadge } from "../components/StatusBadge";
import { formatWeight } from "../format/figures";
import { computePlanFigures } from "../model/plan-figures";
import {
  allBranchIds,
  buildPlanTree,
  countTree,
  EMPTY_FILTER,
  filterPlanTree,
  isFilterActive,
  ownersOf,
  type IndicatorLeaf,
  type NodeBranch,
  type ObjectiveBranch,
  type TargetKindFilter,
  type TreeBranch,
  type TreeFilter,
} from "../model/plan-tree";

const TARGET_KINDS: TargetKindFilter[] = ["threshold", "deadline", "relative", "previous-value", "composite", "qualitative", "none"];

export function PlanTreePage() {
  const { planId } = useParams();
  const plan = usePlan(planId);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <PageError error={plan.error} />;
  return <PlanTree bundle={plan.data} />;
}

function PlanTree({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const [periodId, setPeriod] = usePeriodParam();
  const [filter, setFilter] = useState<TreeFilter>(EMPTY_FILTER);
  const figures = useMemo(() => computePlanFigures(bundle, periodId), [bundle, periodId]);
  const tree = useMemo(() => buildPlanTree(bundle, figures), [bundle, figures]);
  const shown = useMemo(() => filterPlanTree(tree, filter), [tree, filter]);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(tree.filter((b) => b.kind === "node").map((b) => b.id)));
  const filtering = isFilterActive(filter);
  const isOpen = (id: string) => filtering || expanded.has(id);
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const total = countTree(tree);
  const counts = countTree(shown);
  const period = figures.period;

  return (
    <>
      <PlanHeading
        bundle={bundle}
        actions={
          <>
            <Link className="btn btn-primary" to={links.monitoring(bundle.plan.id, period?.id)}>
              {t("nav.monitoring")}
            </Link>
            <Link className="btn btn-outline-primary" to={links.dashboard(bundle.plan.id, period?.id)}>
              {t("nav.dashboard")}
            </Link>
          </>
        }
      />
      <div className="container-xxl pb-5">
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
            <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => setExpanded(new Set(allBranchIds(tree)))} disabled={filtering}>
              {t("tree.expandAll")}
            </button>
            <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => setExpanded(new Set())} disabled={filtering}>
              {t("tree.collapseAll")}
            </button>
          </div>
        </form>

        <div className="d-flex flex-wrap justify-content-between gap-2 mt-3">
          <p className="mb-0 fw-semibold" aria-live="polite" data-testid="tree-count">
            {t("tree.count", { objectives: counts.objectives, indicators: counts.indicators, totalObjectives: total.objectives, totalIndicators: total.indicators })}
          </p>
          {period && <p className="small text-muted mb-0">{t("tree.figuresAt", { period: period.label })}</p>}
        </div>
        {shown.length === 0 ? (
          <p className="mt-4">{tree.length === 0 ? t("tree.empty") : t("tree.noneMatching")}</p>
        ) : (
          <ul className="plan-tree list-unstyled mt-3" data-testid="plan-tree">
            {shown.map((branch) => (
              <Branch key={branch.id} branch={branch} planId={bundle.plan.id} depth={0} isOpen={isOpen} toggle={toggle} />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

interface BranchProps {
  branch: TreeBranch;
  planId: string;
  depth: number;
  isOpen: (id: string) => boolean;
  toggle: (id: string) => void;
}

function Branch(props: BranchProps) {
  return props.branch.kind === "node" ? <NodeItem {...props} branch={props.branch} /> : <ObjectiveItem {...props} branch={props.branch} />;
}

function NodeItem({ branch, planId, depth, isOpen, toggle }: BranchProps & { branch: NodeBranch }) {
  const { t } = useTranslation();
  const open = isOpen(branch.id);
  const panelId = `panel-${branch.id}`;
  const counts = countTree([branch]);
  const Heading = depth === 0 ? "h2" : "h3";
  return (
    <li className={`tree-node depth-${depth}`}>
      <Heading className="tree-node-heading">
        <button type="button" className="tree-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => toggle(branch.id)}>
          <span className="tree-chevron" aria-hidden="true">
            {open ? "▾" : "▸"}
          </span>
          <span className="tree-node-kind">{t(`nodeKind.${branch.node.kind}`)}</span>
          {branch.node.code && <span className="tree-code">{branch.node.code}</span>}
          <span className="tree-node-title">{branch.node.title}</span>
          <span className="tree-node-count">{t("tree.nodeCount", { objectives: counts.objectives, indicators: counts.indicators })}</span>
        </button>
      </Heading>
      <div id={panelId} hidden={!open}>
        {branch.indicators.length > 0 && <IndicatorTable leaves={branch.indicators} caption={t("tree.nodeIndicators", { title: branch.node.title })} />}
        {branch.children.length > 0 && (
          <ul className="list-unstyled tree-children">
            {branch.children.map((child) => (
              <Branch key={child.id} branch={child} planId={planId} depth={depth + 1} isOpen={isOpen} toggle={toggle} />
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

function ObjectiveItem({ branch, planId, isOpen, toggle }: BranchProps & { branch: ObjectiveBranch }) {
  const { t } = useTranslation();
  const open = isOpen(branch.id);
  const panelId = `panel-${branch.id}`;
  const { objective, figure } = branch;
  return (
    <li className="tree-objective" data-testid={`objective-${objective.code}`}>
      <div className="objective-row">
        <button
          type="button"
          className="tree-toggle tree-toggle-small"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => toggle(branch.id)}
          aria-label={t(open ? "tree.hideIndicators" : "tree.showIndicators", { code: objective.code })}
        >
          <span aria-hidden="true">{open ? "▾" : "▸"}</span>
        </button>
        <div className="objective-main">
          <span className="tree-code">{objective.code}</span>
          <Link to={links.objective(planId, objective.id)} className="objective-title">
            {objective.title}
          </Link>
          <div className="objective-meta small text-muted">
            {branch.structureName && <span>{branch.structureName}</span>}
            <span>
              {t("tree.weight")}: {formatWeight(objective.weight)}
            </span>
            <span>{t("tree.indicatorCount", { count: branch.indicators.length })}</span>
          </div>
        </div>
        <div className="objective-figures">
          <AchievementBar value={figure.score} label={t("figures.score")} />
          <StatusBadge status={figure.status} />
        </div>
      </div>
      <div id={panelId} hidden={!open} className="objective-panel">
        {branch.indicators.length > 0 ? (
          <IndicatorTable leaves={branch.indicators} caption={t("tree.objectiveIndicators", { code: objective.code })} />
        ) : (
          <p className="small text-muted mb-0">{t("tree.noIndicators")}</p>
        )}
      </div>
    </li>
  );
}

function IndicatorTable({ leaves, caption }: { leaves: IndicatorLeaf[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={caption}>
      <table className="table table-sm indicator-table align-middle mb-0">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("indicator.code")}</th>
            <th scope="col">{t("indicator.definition")}</th>
            <th scope="col">{t("indicator.owner")}</th>
            <th scope="col">{t("indicator.target")}</th>
            <th scope="col" className="num">
              {t("indicator.value")}
            </th>
            <th scope="col">{t("indicator.achievement")}</th>
            <th scope="col">{t("indicator.status")}</th>
          </tr>
        </thead>
        <tbody>
          {leaves.map(({ indicator, figure }) => (
            <tr key={indicator.id} data-testid={`indicator-${indicator.code}`}>
              <th scope="row" className="text-nowrap">
                {indicator.code}
              </th>
              <td>{indicator.definition}</td>
              <td className="small">{indicator.responsibleStructure ?? "—"}</td>
              <td className="text-nowrap">{figure.target?.text ?? "—"}</td>
              <td className="num">{figure.valueText}</td>
              <td title={figure.achievementText ?? undefined}>
                <AchievementBar value={figure.achievement} />
              </td>
              <td>
                <StatusBadge status={figure.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
