// After validation: the values that changed since (validated snapshot vs current values), with who changed them.
import { useTranslation } from "react-i18next";
import type { PlanBundle } from "@domain/model";
import { ErrorMessage, Loading } from "../../components/QueryState";
import { formatDateTime, personName } from "./stamps";
import { formatValue } from "./value-diff";
import { ValueDiff } from "./ValueDiff";
import { useValidationChanges, type WorkflowView } from "./workflow-api";

interface ValidationChangesProps {
  bundle: PlanBundle;
  periodId: string;
  workflow: WorkflowView;
}

export function ValidationChanges({ bundle, periodId, workflow }: ValidationChangesProps) {
  const { t } = useTranslation();
  const changes = useValidationChanges(bundle.plan.id, periodId, workflow.structureId, workflow.validatedAt !== null);
  const fieldLabel = (field: string) => (t(`workflow.fieldNames.${field}`, { defaultValue: field }) as string);
  if (changes.isPending) return <Loading />;
  if (changes.isError) return <ErrorMessage error={changes.error} />;
  const data = changes.data;
  const codeOf = (indicatorId: string) => bundle.indicators.find((i) => i.id === indicatorId)?.code ?? indicatorId;
  return (
    <section className="mb-4" aria-labelledby={`changes-${workflow.structureId}`} data-testid={`changes-${workflow.structureId}`}>
      <h3 className="h6" id={`changes-${workflow.structureId}`}>
        {workflow.structureName}
      </h3>
      <p className="small text-muted mb-2">
        {t("workflow.changes.intro", { who: personName(data.validatedBy), when: formatDateTime(data.validatedAt) })}
      </p>
      {data.changes.length === 0 ? (
        <p className="mb-0">{t("workflow.changes.none")}</p>
      ) : (
        <table className="table table-sm wf-table">
          <caption className="visually-hidden">{t("workflow.changes.caption", { name: workflow.structureName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("workflow.changes.indicator")}</th>
              <th scope="col">{t("workflow.changes.field")}</th>
              <th scope="col">
                {t("workflow.changes.before")} → {t("workflow.changes.after")}
              </th>
              <th scope="col">{t("audit.columns.actor")}</th>
            </tr>
          </thead>
          <tbody>
            {data.changes.map((change) => {
              const last = data.events.find((e) => e.itemId === change.measurementId);
              return (
                <tr key={change.measurementId}>
                  <th scope="row">{codeOf(change.indicatorId)}</th>
                  <td>{t(`workflow.changes.kinds.${change.kind}`)}</td>
                  <td>
                    <ValueDiff
                      diffs={change.fields.map((f) => ({ field: f.field, before: f.before === null ? null : formatValue(f.before), after: f.after === null ? null : formatValue(f.after) }))}
                      fieldLabel={fieldLabel}
                    />
                  </td>
                  <td className="wf-stamp">
                    {last ? (
                      <>
                        {personName(last.actorLabel)}
                        <span className="wf-when">{formatDateTime(last.at)}</span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
