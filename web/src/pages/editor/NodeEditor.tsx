// An area, section or other level above objectives: create or edit, delete with what hangs from it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { PlanNode, type PlanBundle } from "@domain/model";
import { NotFoundPage } from "../NotFoundPage";
import { DeleteButton } from "./DeleteButton";
import { newItemId } from "./editor-api";
import { editorPaths } from "./editor-paths";
import { nodeFields } from "./field-specs";
import { ItemForm } from "./ItemForm";
import { useEditorWrites } from "./use-editor-writes";

export function NodeEditor({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const { nodeId } = useParams();
  const writes = useEditorWrites(bundle);
  const planId = bundle.plan.id;
  const [newId] = useState(() => newItemId(planId, "area"));
  const existing = nodeId ? bundle.nodes.find((n) => n.id === nodeId) : undefined;
  if (nodeId && !existing) return <NotFoundPage />;
  const item = existing ?? { id: newId, planId, parentId: null, kind: "strategic_area", code: null, title: "", structureId: null, position: bundle.nodes.length, notes: null };
  const title = existing ? t("editor.node.edit", { title: existing.title }) : t("editor.node.new");
  return (
    <section aria-labelledby="node-form-title" className="card card-body shadow-sm">
      <h2 id="node-form-title" className="h4">
        {title}
      </h2>
      <ItemForm
        idPrefix="node"
        specs={nodeFields(bundle, t, nodeId)}
        schema={PlanNode}
        item={item}
        title={title}
        submitLabel={existing ? t("common.save") : t("editor.node.create")}
        onSave={(node) => writes.saveItem("nodes", node as typeof item, !existing, (plan) => editorPaths.overview(plan))}
      />
      {existing && (
        <DeleteButton
          bundle={bundle}
          root={{ collection: "nodes", id: existing.id }}
          what={t("editor.node.what", { title: existing.title })}
          busy={writes.deleting}
          error={writes.deleteError}
          onReset={writes.resetDelete}
          onDelete={() => writes.deleteWithDependents({ collection: "nodes", id: existing.id }, (plan) => editorPaths.overview(plan))}
        />
      )}
    </section>
  );
}
