// The phases of a cronoprogramma with their weights: the running total after each phase, and a warning when the
// weights do not make 100% (progress at a date is the weight of the phases done). The total follows the weight
// being typed, before saving.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CronoprogrammaPhase, type Cronoprogramma, type PlanBundle } from "@domain/model";
import { parseItalianNumber } from "@domain/italian";
import { formatOptionalDate, formatWeight } from "../../format/figures";
import { EditableList } from "./EditableList";
import { newItemId } from "./editor-api";
import { phaseFields } from "./field-specs";
import { sumPhaseWeights } from "./phase-weights";
import type { useEditorWrites } from "./use-editor-writes";

interface PhasesEditorProps {
  bundle: PlanBundle;
  cronoprogramma: Cronoprogramma;
  writes: ReturnType<typeof useEditorWrites>;
}

export function PhasesEditor({ bundle, cronoprogramma, writes }: PhasesEditorProps) {
  const { t } = useTranslation();
  const phases = bundle.phases.filter((p) => p.cronoprogrammaId === cronoprogramma.id).sort((a, b) => a.number - b.number);
  const [typing, setTyping] = useState<{ id: string; weight: number | null } | null>(null);
  // the weights as they would be saved, with the one being typed in place of its stored value
  const rows = phases.map((p) => ({ id: p.id, weight: typing?.id === p.id ? typing.weight : p.weight }));
  if (typing && !phases.some((p) => p.id === typing.id)) rows.push({ id: typing.id, weight: typing.weight });
  const sums = sumPhaseWeights(rows);
  const prefix = `phase-${cronoprogramma.code.replace(/[^A-Za-z0-9]/g, "_")}`;
  const nextNumber = Math.max(0, ...phases.map((p) => p.number)) + 1;

  return (
    <>
    {!sums.complete && rows.length > 0 && (
      <div className="alert alert-warning" role="status" data-testid={`${prefix}-warning`}>
        {t("editor.phases.notHundred", { total: formatWeight(sums.total) })}
        {sums.missing > 0 && ` ${t("editor.phases.missingWeights", { count: sums.missing })}`}
      </div>
    )}
    <EditableList
      idPrefix={prefix}
      collection="phases"
      caption={t("editor.phases.caption", { code: cronoprogramma.code })}
      items={phases}
      specs={phaseFields(bundle)}
      schema={CronoprogrammaPhase}
      describe={(p) => t("editor.phases.what", { number: p.number })}
      addLabel={t("editor.phases.add")}
      emptyText={t("editor.phases.none")}
      newItem={() => ({ id: newItemId(bundle.plan.id, "fase"), cronoprogrammaId: cronoprogramma.id, number: nextNumber, description: "", output: null, plannedStart: null, plannedEnd: null, responsibleStructure: null, weight: null, actualEnd: null, actualEndText: null, monitoringNote: null, dataSource: null })}
      columns={[
        { header: "#", cell: (p) => p.number },
        { header: t("editor.fields.phaseDescription"), cell: (p) => p.description },
        { header: t("editor.phases.planned"), cell: (p) => `${formatOptionalDate(p.plannedStart)} – ${formatOptionalDate(p.plannedEnd)}` },
        { header: t("editor.fields.responsibleStructure"), cell: (p) => p.responsibleStructure ?? "—" },
        { header: t("editor.fields.phaseWeight"), numeric: true, cell: (p) => formatWeight(typing?.id === p.id ? typing.weight : p.weight) },
        { header: t("editor.phases.runningTotal"), numeric: true, cell: (_p, i) => formatWeight(sums.running[i] ?? null) },
      ]}
      footer={
        <tfoot>
          <tr>
            <th scope="row" colSpan={5}>
              {t("editor.phases.total")}
            </th>
            <td className={`num fw-semibold${sums.complete ? "" : " text-danger"}`} data-testid={`${prefix}-total`}>
              {formatWeight(sums.total)}
            </td>
            <td />
          </tr>
        </tfoot>
      }
      onEditing={(id, values) => {
        if (id === null) setTyping(null);
        else if (values) setTyping({ id, weight: parseItalianNumber(values.weight ?? "") });
      }}
      onSave={(phase, isNew) => writes.saveItem("phases", phase, isNew)}
      onDelete={(phase) => writes.deleteWithDependents({ collection: "phases", id: phase.id })}
      deleting={writes.deleting}
      deleteError={writes.deleteError}
    />
    </>
  );
}
