// An indicator: name, unit, baseline and its year, kind (direction), owner, method and source; for an existing
// one its targets per year, each shown as Traguardo reads it ("> 7.920" → "più di 7.920").
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { Indicator, Target, type PlanBundle } from "@domain/model";
import { NotFoundPage } from "../NotFoundPage";
import { DeleteButton } from "./DeleteButton";
import { EditableList } from "./EditableList";
import { newItemId } from "./editor-api";
import { editorPaths } from "./editor-paths";
import { indicatorFields, TARGET_FIELDS } from "./field-specs";
import { parseItalianNumber } from "@domain/italian";
import { ItemForm } from "./ItemForm";
import { TargetReadingLine } from "./TargetReadingLine";
import { parseTargetFor } from "./target-reading";
import { useEditorWrites } from "./use-editor-writes";

export function IndicatorEditor({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const { indicatorId } = useParams();
  const [params] = useSearchParams();
  const writes = useEditorWrites(bundle);
  const planId = bundle.plan.id;
  const [newId] = useState(() => newItemId(planId, "indicatore"));
  const existing = indicatorId ? bundle.indicators.find((i) => i.id === indicatorId) : undefined;
  const objectiveId = existing?.objectiveId ?? params.get("obiettivo");
  const objective = bundle.objectives.find((o) => o.id === objectiveId) ?? null;
  if ((indicatorId && !existing) || (!existing && !objective)) return <NotFoundPage />;
  const siblings = bundle.indicators.filter((i) => i.objectiveId === objectiveId);
  const item: Indicator =
    existing ??
    Indicator.parse({ id: newId, planId, objectiveId, code: `${objective!.code}.${siblings.length + 1}`, definition: "x", position: siblings.length });
  const initial = existing ? item : { ...item, definition: "" };
  const title = existing ? t("editor.indicator.edit", { code: existing.code }) : t("editor.indicator.newFor", { code: objective!.code });
  const targets = bundle.targets.filter((x) => x.indicatorId === item.id).sort((a, b) => (a.yearFrom ?? 0) - (b.yearFrom ?? 0) || a.position - b.position);

  return (
    <>
      {objective && (
        <p>
          <Link to={editorPaths.objective(planId, objective.id)}>← {t("editor.indicator.backTo", { code: objective.code })}</Link>
        </p>
      )}
      <section aria-labelledby="indicator-form-title" className="card card-body shadow-sm">
        <h2 id="indicator-form-title" className="h4">
          {title}
        </h2>
        <ItemForm
          key={item.id}
          idPrefix="indicator"
          specs={indicatorFields(bundle, t, objectiveId)}
          schema={Indicator}
          item={initial}
          title={title}
          submitLabel={existing ? t("common.save") : t("editor.indicator.create")}
          onSave={(indicator) => writes.saveItem("indicators", indicator as Indicator, !existing, (plan, rename) => editorPaths.indicator(plan, rename(item.id)))}
        />
      </section>
      {existing && (
        <section className="mt-5" aria-labelledby="indicator-targets">
          <h2 id="indicator-targets" className="h4">
            {t("indicator.targets")}
          </h2>
          <EditableList
            idPrefix="target"
            collection="targets"
            caption={t("indicator.targetsCaption", { code: existing.code })}
            items={targets}
            specs={TARGET_FIELDS}
            schema={Target}
            describe={(x) => t("editor.targets.what", { years: x.yearFrom ?? "—" })}
            addLabel={t("editor.targets.add")}
            emptyText={t("indicator.noTargets")}
            newItem={() => ({ id: newItemId(planId, "target"), indicatorId: existing.id, position: targets.length, label: null, yearFrom: bundle.plan.yearFrom, yearTo: null, text: "", cumulative: false, parsed: null })}
            columns={[
              { header: t("indicator.targetYears"), cell: (x) => (x.yearTo && x.yearTo !== x.yearFrom ? `${x.yearFrom ?? ""}–${x.yearTo}` : (x.yearFrom ?? "—")) },
              { header: t("editor.fields.targetText"), cell: (x) => x.text },
              { header: t("editor.targets.reading"), cell: (x) => <TargetReadingLine parsed={x.parsed ?? parseTargetFor(existing, x)} compact /> },
            ]}
            after={{
              text: (text, values) =>
                text.trim() ? <TargetReadingLine parsed={parseTargetFor(existing, { id: "", indicatorId: existing.id, text, yearFrom: parseItalianNumber(values.yearFrom ?? "") })} testId="target-reading" /> : null,
            }}
            onSave={(target, isNew) => {
              // parsed with the same grammar as imports, so the evaluation computes with what the user saw
              const parsed = parseTargetFor(existing, target as unknown as Target);
              return writes.saveItem("targets", { ...target, parsed }, isNew);
            }}
            onDelete={(x) => writes.deleteWithDependents({ collection: "targets", id: x.id })}
            deleting={writes.deleting}
            deleteError={writes.deleteError}
          />
        </section>
      )}
      {existing && (
        <DeleteButton
          bundle={bundle}
          root={{ collection: "indicators", id: existing.id }}
          what={t("editor.indicator.what", { code: existing.code })}
          busy={writes.deleting}
          error={writes.deleteError}
          onReset={writes.resetDelete}
          onDelete={() => writes.deleteWithDependents({ collection: "indicators", id: existing.id }, (plan, rename) => (objective ? editorPaths.objective(plan, rename(objective.id)) : editorPaths.overview(plan)))}
        />
      )}
    </>
  );
}
