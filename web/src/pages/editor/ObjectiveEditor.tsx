// An objective: its fields (code, title, expected result, stakeholders, weight, owner structure), and for an
// existing one its indicators, implementation steps and cronoprogrammi with their phases.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { Cronoprogramma, ImplementationStep, Objective, type PlanBundle } from "@domain/model";
import { links } from "../../app/routes";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatOptionalDate } from "../../format/figures";
import { NotFoundPage } from "../NotFoundPage";
import { DeleteButton } from "./DeleteButton";
import { deletionPlan, dependentCounts, indicatorsUsingCronoprogramma } from "./dependents";
import { EditableList } from "./EditableList";
import { newItemId } from "./editor-api";
import { editorPaths } from "./editor-paths";
import { CRONOPROGRAMMA_FIELDS, objectiveFields, STEP_FIELDS } from "./field-specs";
import { ItemForm } from "./ItemForm";
import { PhasesEditor } from "./PhasesEditor";
import { useEditorWrites } from "./use-editor-writes";

export function ObjectiveEditor({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const { objectiveId } = useParams();
  const [params] = useSearchParams();
  const writes = useEditorWrites(bundle);
  const planId = bundle.plan.id;
  // one id for the new objective while its form is open (a new one each render would reset the form)
  const [newId] = useState(() => newItemId(planId, "obiettivo"));
  const existing = objectiveId ? bundle.objectives.find((o) => o.id === objectiveId) : undefined;
  if (objectiveId && !existing) return <NotFoundPage />;
  const item: Objective = existing ?? Objective.parse({ id: newId, planId, nodeId: params.get("area"), code: "x", title: "x", position: bundle.objectives.length });
  const initial = existing ? item : { ...item, code: "", title: "" };
  const title = existing ? t("objective.label", { code: existing.code }) + ` — ${existing.title}` : t("editor.objective.new");

  return (
    <>
      <section aria-labelledby="objective-form-title" className="card card-body shadow-sm">
        <div className="d-flex flex-wrap justify-content-between gap-2">
          <h2 id="objective-form-title" className="h4">
            {title}
          </h2>
          {existing && (
            <Link to={links.objective(planId, existing.id)} className="btn btn-link btn-sm">
              {t("editor.objective.view")}
            </Link>
          )}
        </div>
        <ItemForm
          key={item.id}
          idPrefix="objective"
          specs={objectiveFields(bundle)}
          schema={Objective}
          item={initial}
          title={title}
          submitLabel={existing ? t("common.save") : t("editor.objective.create")}
          onSave={(objective) => writes.saveItem("objectives", objective as Objective, !existing, (plan, rename) => editorPaths.objective(plan, rename(item.id)))}
        />
      </section>
      {existing && <ObjectiveParts bundle={bundle} objective={existing} writes={writes} />}
      {existing && (
        <DeleteButton
          bundle={bundle}
          root={{ collection: "objectives", id: existing.id }}
          what={t("editor.objective.what", { code: existing.code })}
          busy={writes.deleting}
          error={writes.deleteError}
          onReset={writes.resetDelete}
          onDelete={() => writes.deleteWithDependents({ collection: "objectives", id: existing.id }, (plan) => editorPaths.overview(plan))}
        />
      )}
    </>
  );
}

function ObjectiveParts({ bundle, objective, writes }: { bundle: PlanBundle; objective: Objective; writes: ReturnType<typeof useEditorWrites> }) {
  const { t } = useTranslation();
  const planId = bundle.plan.id;
  const indicators = bundle.indicators.filter((i) => i.objectiveId === objective.id).sort((a, b) => a.position - b.position);
  const steps = bundle.steps.filter((s) => s.objectiveId === objective.id).sort((a, b) => a.position - b.position);
  const cronoprogrammi = bundle.cronoprogrammi.filter((c) => c.objectiveId === objective.id);
  return (
    <>
      <section className="mt-5" aria-labelledby="objective-indicators">
        <div className="d-flex flex-wrap justify-content-between align-items-baseline gap-2">
          <h2 id="objective-indicators" className="h4">
            {t("editor.objective.indicators", { count: indicators.length })}
          </h2>
          <Link className="btn btn-outline-primary btn-sm" to={editorPaths.newIndicator(planId, objective.id)} data-testid="new-indicator">
            + {t("editor.indicator.new")}
          </Link>
        </div>
        {indicators.length === 0 ? (
          <p className="text-muted">{t("tree.noIndicators")}</p>
        ) : (
          <ScrollRegion label={t("tree.objectiveIndicators", { code: objective.code })}>
            <table className="table data-table align-middle">
              <caption className="visually-hidden">{t("tree.objectiveIndicators", { code: objective.code })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("indicator.code")}</th>
                  <th scope="col">{t("indicator.definition")}</th>
                  <th scope="col">{t("indicator.target")}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((i) => (
                  <tr key={i.id}>
                    <th scope="row">{i.code}</th>
                    <td>
                      <Link to={editorPaths.indicator(planId, i.id)}>{i.definition}</Link>
                    </td>
                    <td className="small">
                      {bundle.targets
                        .filter((x) => x.indicatorId === i.id)
                        .map((x) => `${x.yearFrom ?? ""} ${x.text}`.trim())
                        .join(" · ") || "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      <section className="mt-5" aria-labelledby="objective-steps-title">
        <h2 id="objective-steps-title" className="h4">
          {t("objective.steps")}
        </h2>
        <EditableList
          idPrefix="step"
          collection="steps"
          caption={t("objective.stepsCaption", { code: objective.code })}
          items={steps}
          specs={STEP_FIELDS}
          schema={ImplementationStep}
          describe={(s) => t("editor.steps.what", { number: steps.indexOf(s) + 1 })}
          addLabel={t("editor.steps.add")}
          emptyText={t("editor.steps.none")}
          newItem={() => ({ id: newItemId(planId, "fase-attuazione"), objectiveId: objective.id, position: steps.length, description: "", plannedTiming: null, plannedDate: null, actualTiming: null, actualDate: null })}
          columns={[
            { header: "#", cell: (_s, i) => i + 1 },
            { header: t("objective.stepDescription"), cell: (s) => s.description },
            { header: t("objective.plannedTiming"), cell: (s) => [s.plannedTiming, s.plannedDate && formatOptionalDate(s.plannedDate)].filter(Boolean).join(" · ") || "—" },
            { header: t("objective.actualTiming"), cell: (s) => [s.actualTiming, s.actualDate && formatOptionalDate(s.actualDate)].filter(Boolean).join(" · ") || "—" },
          ]}
          onSave={(step, isNew) => writes.saveItem("steps", step, isNew)}
          onDelete={(step) => writes.deleteWithDependents({ collection: "steps", id: step.id })}
          deleting={writes.deleting}
          deleteError={writes.deleteError}
        />
      </section>

      <section className="mt-5" aria-labelledby="objective-crono-title">
        <h2 id="objective-crono-title" className="h4">
          {t("editor.crono.title")}
        </h2>
        {cronoprogrammi.map((c) => (
          <div key={c.id} className="card card-body shadow-sm mt-3" data-testid={`crono-${c.code}`}>
            <h3 className="h5">{t("objective.cronoprogramma", { code: c.code })}</h3>
            <p className="text-muted mb-2">
              {c.title}
              {c.targetText && ` · ${c.targetText}`}
            </p>
            <PhasesEditor bundle={bundle} cronoprogramma={c} writes={writes} />
          </div>
        ))}
        <div className="mt-3">
          <EditableList
            idPrefix="crono"
            collection="cronoprogrammi"
            caption={t("editor.crono.caption", { code: objective.code })}
            items={cronoprogrammi}
            specs={CRONOPROGRAMMA_FIELDS}
            schema={Cronoprogramma}
            describe={(c) => t("objective.cronoprogramma", { code: c.code })}
            addLabel={t("editor.crono.add")}
            emptyText={t("editor.crono.none")}
            newItem={() => ({ id: newItemId(planId, "cronoprogramma"), objectiveId: objective.id, code: "", title: "", targetText: null, dueDate: null })}
            columns={[
              { header: t("indicator.code"), cell: (c) => c.code },
              { header: t("editor.fields.title"), cell: (c) => c.title },
              { header: t("editor.fields.dueDate"), cell: (c) => formatOptionalDate(c.dueDate) },
            ]}
            onSave={(c, isNew) => writes.saveItem("cronoprogrammi", c, isNew)}
            onDelete={(c) => writes.deleteWithDependents({ collection: "cronoprogrammi", id: c.id })}
            consequencesOf={(c) => {
              const root = { collection: "cronoprogrammi" as const, id: c.id };
              const readers = indicatorsUsingCronoprogramma(bundle, c.id).map((i) => i.code);
              return {
                counts: dependentCounts(deletionPlan(bundle, root), root),
                notes: readers.length ? [t("editor.delete.losesCronoprogramma", { count: readers.length, codes: readers.join(", ") })] : [],
              };
            }}
            deleting={writes.deleting}
            deleteError={writes.deleteError}
          />
        </div>
      </section>
    </>
  );
}
