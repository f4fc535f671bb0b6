// The cronoprogramma as a table: the Gantt chart's alternative, with outputs, responsible and the total of weights.
import { useTranslation } from "react-i18next";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatDate, formatOptionalDate, formatPercent } from "../../format/figures";
import type { GanttView } from "../../model/gantt";

export function PhaseTable({ view }: { view: GanttView }) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={t("objective.phasesCaption", { code: view.cronoprogramma.code })}>
      <table className="table table-sm data-table align-top">
        <caption className="visually-hidden">{t("objective.phasesCaption", { code: view.cronoprogramma.code })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("objective.phase")}</th>
            <th scope="col">{t("objective.stepDescription")}</th>
            <th scope="col">{t("objective.output")}</th>
            <th scope="col">{t("objective.planned")}</th>
            <th scope="col" className="num">
              {t("objective.weight")}
            </th>
            <th scope="col">{t("objective.actualEnd")}</th>
            <th scope="col">{t("objective.stepState")}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr key={r.phaseId}>
              <th scope="row">{r.number}</th>
              <td>
                {r.description}
                {r.responsible && <span className="d-block small text-muted">{r.responsible}</span>}
              </td>
              <td className="small">{r.output ?? "—"}</td>
              <td className="text-nowrap">
                {formatOptionalDate(r.plannedStart)} – {formatOptionalDate(r.plannedEnd)}
              </td>
              <td className="num">{r.weight === null ? "—" : formatPercent(r.weight)}</td>
              <td className="text-nowrap">{r.actualEnd ? formatDate(r.actualEnd) : (r.actualEndText ?? "—")}</td>
              <td>
                <span className={`status-badge tone-${PHASE_TONES[r.state]}`}>{t(`phaseState.${r.state}`)}</span>
              </td>
            </tr>
          ))}
          <tr className="total-row">
            <th scope="row" colSpan={4}>
              {t("objective.totalWeight")}
            </th>
            <td className="num">{formatPercent(view.rows.reduce((s, r) => s + (r.weight ?? 0), 0))}</td>
            <td colSpan={2} />
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const PHASE_TONES: Record<string, string> = {
  "done-on-time": "green",
  "done-late": "orange",
  overdue: "red",
  "in-progress": "blue",
  "not-started": "grey",
  undated: "grey",
};
