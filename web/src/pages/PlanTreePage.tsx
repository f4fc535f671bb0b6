// The plan as a tree: areas/sections/structure blocks → objectives → indicators, with weights, owners, current
// value, achievement and status; search and filters; expand and collapse; each objective links to its page.
// A 500-indicator plan must be on screen within a second (npm run bench:web): the figures are computed once per
// plan and period, the first screenful is drawn first (tree/first-screenful.ts), and opening one branch
// re-renders only that branch (tree/TreeBranch.tsx).
import { useCallback, useLayoutEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { PlanBundle } from "@domain/model";
import { useEvaluationSettings, usePlan } from "../api/hooks";
import { useSession } from "../api/session";
import { canOpenEditor } from "./editor/editor-rights";
import { links } from "../app/routes";
import { usePeriodParam } from "../app/use-period";
import { PlanHeading } from "../components/PlanHeading";
import { Loading, PageError } from "../components/QueryState";
import { computePlanFigures } from "../model/plan-figures";
import { allBranchIds, buildPlanTree, countTree, EMPTY_FILTER, filterPlanTree, isFilterActive, type TreeBranch, type TreeFilter } from "../model/plan-tree";
import { useFirstScreenful } from "./tree/first-screenful";
import { Branch } from "./tree/TreeBranch";
import { TreeFilters } from "./tree/TreeFilters";

/** Objectives and indicators under every node, counted once on the whole tree. */
function nodeCounts(tree: TreeBranch[]) {
  const counts = new Map<string, { objectives: number; indicators: number }>();
  const visit = (branches: TreeBranch[]) => {
    for (const b of branches) {
      if (b.kind !== "node") continue;
      counts.set(b.id, countTree([b]));
      visit(b.children);
    }
  };
  visit(tree);
  return counts;
}

/** Runs `compute` and records how long it took (performance.measure), read by the benchmark. */
function measured<T>(name: string, compute: () => T): T {
  const start = performance.now();
  const result = compute();
  performance.measure(name, { start, end: performance.now() });
  return result;
}

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
  const settings = useEvaluationSettings(bundle.plan.id).data;
  const figures = useMemo(() => measured("traguardo:tree-figures", () => computePlanFigures(bundle, periodId, settings)), [bundle, periodId, settings]);
  const tree = useMemo(() => buildPlanTree(bundle, figures), [bundle, figures]);
  const matching = useMemo(() => filterPlanTree(tree, filter), [tree, filter]);
  const { shown } = useFirstScreenful(matching);
  const branchCounts = useMemo(() => nodeCounts(matching), [matching]);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(tree.filter((b) => b.kind === "node").map((b) => b.id)));
  const filtering = isFilterActive(filter);
  const isOpen = useCallback((id: string) => filtering || expanded.has(id), [filtering, expanded]);
  const toggle = useCallback(
    (id: string) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const expandAll = useCallback(() => setExpanded(new Set(allBranchIds(tree))), [tree]);
  const collapseAll = useCallback(() => setExpanded(new Set()), []);
  const total = useMemo(() => countTree(tree), [tree]);
  const counts = useMemo(() => countTree(matching), [matching]);
  useLayoutEffect(() => {
    performance.mark("traguardo:tree-committed");
  }, []);
  const period = figures.period;
  const account = useSession().data?.account ?? null;

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
            {canOpenEditor(account, bundle) && (
              <Link className="btn btn-outline-primary" to={links.editor(bundle.plan.id)} data-testid="edit-plan">
                {t("editor.open")}
              </Link>
            )}
          </>
        }
      />
      <div className="container-xxl pb-5">
        <TreeFilters
          bundle={bundle}
          filter={filter}
          setFilter={setFilter}
          filtering={filtering}
          period={period}
          setPeriod={setPeriod}
          expandAll={expandAll}
          collapseAll={collapseAll}
        />

        <div className="d-flex flex-wrap justify-content-between gap-2 mt-3">
          <p className="mb-0 fw-semibold" aria-live="polite" data-testid="tree-count">
            {t("tree.count", { objectives: counts.objectives, indicators: counts.indicators, totalObjectives: total.objectives, totalIndicators: total.indicators })}
          </p>
          {period && <p className="small text-muted mb-0">{t("tree.figuresAt", { period: period.label })}</p>}
        </div>
        {matching.length === 0 ? (
          <p className="mt-4">{tree.length === 0 ? t("tree.empty") : t("tree.noneMatching")}</p>
        ) : (
          <ul className="plan-tree list-unstyled mt-3" data-testid="plan-tree">
            {shown.map((branch) => (
              <Branch key={branch.id} branch={branch} planId={bundle.plan.id} depth={0} isOpen={isOpen} toggle={toggle} counts={branchCounts} />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
