// The branches of the plan tree: a node (area, section, structure block) with what it holds, an objective with
// its figures and, once opened, the table of its indicators.
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { links } from "../../app/routes";
import { AchievementBar } from "../../components/AchievementBar";
import { ScrollRegion } from "../../components/ScrollRegion";
import { StatusBadge } from "../../components/StatusBadge";
import { formatWeight } from "../../format/figures";
import { countTree, type IndicatorLeaf, type NodeBranch, type ObjectiveBranch, type TreeBranch } from "../../model/plan-tree";

export interface BranchProps {
  branch: TreeBranch;
  planId: string;
  depth: number;
  isOpen: (id: string) => boolean;
  toggle: (id: string) => void;
  /** objectives and indicators under each node of the whole tree (the branch drawn may be its first screenful). */
  counts: ReadonlyMap<string, { objectives: number; indicators: number }>;
}

export function Branch(props: BranchProps) {
  const { branch } = props;
  if (branch.kind === "node") return <NodeItem {...props} branch={branch} />;
  return <ObjectiveItem branch={branch} planId={props.planId} open={props.isOpen(branch.id)} toggle={props.toggle} />;
}

function NodeItem({ branch, planId, depth, isOpen, toggle, counts: allCounts }: BranchProps & { branch: NodeBranch }) {
  const { t } = useTranslation();
  const open = isOpen(branch.id);
  const panelId = `panel-${branch.id}`;
  const counts = allCounts.get(branch.id) ?? countTree([branch]);
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
        {open && branch.indicators.length > 0 && <IndicatorTable leaves={branch.indicators} caption={t("tree.nodeIndicators", { title: branch.node.title })} />}
        {open && branch.children.length > 0 && (
          <ul className="list-unstyled tree-children">
            {branch.children.map((child) => (
              <Branch key={child.id} branch={child} planId={planId} depth={depth + 1} isOpen={isOpen} toggle={toggle} counts={allCounts} />
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

interface ObjectiveItemProps {
  branch: ObjectiveBranch;
  planId: string;
  open: boolean;
  toggle: (id: string) => void;
}

/**
 * Memoised: opening one objective, or drawing the rest of the tree after the first screenful, leaves the other
 * objectives alone (their props are the same objects).
 */
const ObjectiveItem = memo(function ObjectiveItem({ branch, planId, open, toggle }: ObjectiveItemProps) {
  const { t } = useTranslation();
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
      {/* a closed panel is not rendered at all: a 500-indicator plan would draw 500 table rows */}
      <div id={panelId} hidden={!open} className="objective-panel">
        {open &&
          (branch.indicators.length > 0 ? (
            <IndicatorTable leaves={branch.indicators} caption={t("tree.objectiveIndicators", { code: objective.code })} />
          ) : (
            <p className="small text-muted mb-0">{t("tree.noIndicators")}</p>
          ))}
      </div>
    </li>
  );
});

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
