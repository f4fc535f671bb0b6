// The editor's first screen: the plan's areas/sections and their objectives, each with a link to its form, and
// the buttons to add an area or an objective.
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { Objective, PlanBundle, PlanNode } from "@domain/model";
import { links } from "../../app/routes";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatWeight } from "../../format/figures";
import { editorPaths } from "./editor-paths";

export function EditorOverview({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const planId = bundle.plan.id;
  const byParent = new Map<string | null, PlanNode[]>();
  for (const node of [...bundle.nodes].sort((a, b) => a.position - b.position)) {
    const key = node.parentId && bundle.nodes.some((n) => n.id === node.parentId) ? node.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), node]);
  }
  const objectivesOf = (nodeId: string | null) =>
    bundle.objectives.filter((o) => (nodeId === null ? !o.nodeId || !bundle.nodes.some((n) => n.id === o.nodeId) : o.nodeId === nodeId)).sort((a, b) => a.position - b.position);
  const totalWeight = bundle.objectives.reduce((sum, o) => sum + (o.weight ?? 0), 0);

  const renderNode = (node: PlanNode, depth: number) => {
    const Heading = depth === 0 ? "h2" : "h3";
    return (
      <section key={node.id} className={`editor-node depth-${depth} mt-4`} aria-labelledby={`node-${node.id}`}>
        <div className="d-flex flex-wrap justify-content-between align-items-baseline gap-2">
          <Heading id={`node-${node.id}`} className={depth === 0 ? "h5 mb-0" : "h6 mb-0"}>
            <span className="text-muted me-2">{t(`nodeKind.${node.kind}`)}</span>
            {node.code && <span className="tree-code">{node.code}</span>} {node.title}
          </Heading>
          <div className="d-flex gap-2">
            <Link className="btn btn-sm btn-outline-primary" to={editorPaths.node(planId, node.id)} aria-label={t("editor.overview.editNode", { title: node.title })}>
              {t("editor.list.edit")}
            </Link>
            <Link className="btn btn-sm btn-outline-primary" to={editorPaths.newObjective(planId, node.id)} aria-label={t("editor.overview.addObjectiveTo", { title: node.title })}>
              + {t("editor.overview.addObjective")}
            </Link>
          </div>
        </div>
        <ObjectiveTable bundle={bundle} objectives={objectivesOf(node.id)} caption={t("editor.overview.objectivesOf", { title: node.title })} />
        {(byParent.get(node.id) ?? []).map((child) => renderNode(child, depth + 1))}
      </section>
    );
  };

  const loose = objectivesOf(null);
  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2">
        <p className="mb-0" data-testid="editor-summary">
          {t("editor.overview.summary", { nodes: bundle.nodes.length, objectives: bundle.objectives.length, indicators: bundle.indicators.length, weight: formatWeight(totalWeight) })}
        </p>
        <div className="d-flex gap-2">
          <Link className="btn btn-primary" to={editorPaths.newObjective(planId)} data-testid="new-objective">
            + {t("editor.overview.addObjective")}
          </Link>
          <Link className="btn btn-outline-primary" to={editorPaths.newNode(planId)}>
            + {t("editor.overview.addNode")}
          </Link>
          <Link className="btn btn-link" to={links.planTree(planId)}>
            {t("editor.backToTree")}
          </Link>
        </div>
      </div>
      {(byParent.get(null) ?? []).map((node) => renderNode(node, 0))}
      {loose.length > 0 && (
        <section className="mt-4" aria-labelledby="loose-objectives">
          <h2 id="loose-objectives" className="h5">
            {t("editor.overview.withoutNode")}
          </h2>
          <ObjectiveTable bundle={bundle} objectives={loose} caption={t("editor.overview.withoutNode")} />
        </section>
      )}
    </>
  );
}

function ObjectiveTable({ bundle, objectives, caption }: { bundle: PlanBundle; objectives: Objective[]; caption: string }) {
  const { t } = useTranslation();
  if (objectives.length === 0) return <p className="small text-muted mt-2 mb-0">{t("editor.overview.noObjectives")}</p>;
  const structures = new Map(bundle.structures.map((s) => [s.id, s.name]));
  return (
    <ScrollRegion label={caption}>
      <table className="table table-sm data-table align-middle mt-2 mb-0">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("indicator.code")}</th>
            <th scope="col">{t("editor.fields.title")}</th>
            <th scope="col">{t("editor.fields.ownerStructure")}</th>
            <th scope="col" className="num">
              {t("editor.fields.weight")}
            </th>
            <th scope="col" className="num">
              {t("editor.overview.indicators")}
            </th>
          </tr>
        </thead>
        <tbody>
          {objectives.map((o) => (
            <tr key={o.id} data-testid={`editor-objective-${o.code}`}>
              <th scope="row" className="text-nowrap">
                {o.code}
              </th>
              <td>
                <Link to={editorPaths.objective(bundle.plan.id, o.id)}>{o.title}</Link>
              </td>
              <td className="small">{(o.structureId && structures.get(o.structureId)) ?? "—"}</td>
              <td className="num">{formatWeight(o.weight)}</td>
              <td className="num">{bundle.indicators.filter((i) => i.objectiveId === o.id).length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
