// One row of the monitoring grid: the indicator, its inputs (number, numerator and denominator, date, yes/no),
// the achievement and status computed as the user types, note and source.
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { AchievementBar } from "../../components/AchievementBar";
import { StatusBadge } from "../../components/StatusBadge";
import type { DraftField, DraftRow, FieldError } from "../../model/measurement-draft";
import type { MonitoringRow } from "../../model/monitoring-rows";
import type { IndicatorFigure } from "../../model/plan-figures";
import { EvidenceCell } from "./evidence/EvidenceCell";
import { ComputedBadge } from "../service-data/ComputedBadge";

/** Ids from plan ids ("arti-2021:obj-1.6:ind-1") usable in HTML id and href="#…". */
export function cssId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, "_");
}

export interface GridRowProps {
  row: MonitoringRow;
  index: number;
  /** the person may read these values but not change them (rights of src/auth/policies). */
  readOnly: boolean;
  draft: DraftRow;
  dirty: boolean;
  figure: IndicatorFigure;
  errorFor: (field: DraftField) => FieldError | undefined;
  errorText: (error: FieldError) => string;
  onChange: (field: DraftField, value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>, field: DraftField) => void;
}

export function GridRow({ row, index, readOnly, draft, dirty, figure, errorFor, errorText, onChange, onKeyDown }: GridRowProps) {
  const { t } = useTranslation();
  const { indicator, kind, target } = row;
  const base = cssId(indicator.id);

  const input = (field: DraftField, label: string, options: { placeholder?: string; wide?: boolean; numeric?: boolean } = {}) => {
    const error = errorFor(field);
    const id = `cell-${base}-${field}`;
    return (
      <div className={`grid-field${options.wide ? " wide" : ""}`}>
        <label htmlFor={id} className="grid-label">
          {label}
        </label>
        <input
          id={id}
          type="text"
          inputMode={options.numeric ? "decimal" : undefined}
          autoComplete="off"
          className={`form-control form-control-sm${error ? " is-invalid" : ""}`}
          value={draft[field]}
          readOnly={readOnly}
          placeholder={options.placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-row={index}
          data-field={field}
          data-testid={`input-${indicator.code}-${field}`}
          onChange={(e) => onChange(field, e.target.value)}
          onKeyDown={(e) => onKeyDown(e, field)}
        />
        {error && (
          <div id={`${id}-error`} className="invalid-feedback d-block">
            {errorText(error)}
          </div>
        )}
      </div>
    );
  };

  const srLabel = (field: DraftField) => `${t(`monitoring.fields.${field}`)} — ${indicator.code}`;

  return (
    <tr className={dirty ? "row-dirty" : undefined} data-testid={`row-${indicator.code}`}>
      <th scope="row" className="text-nowrap">
        {indicator.code}
        {dirty && <span className="badge dirty-badge d-block mt-1">{t("monitoring.modified")}</span>}
        <ComputedBadge measurement={row.measurement} />
      </th>
      <td className="indicator-cell">
        <span className="indicator-definition">{indicator.definition}</span>
        <span className="d-block small text-muted mt-1">
          {t("indicator.target")}: <strong>{target?.text ?? "—"}</strong>
          {indicator.unit && ` · ${indicator.unit}`}
          {indicator.cronoprogrammaId && ` · ${t("monitoring.fromCronoprogramma")}`}
        </span>
      </td>
      <td className="entry-cell">
        {kind === "ratio" && (
          <>
            {input("numerator", t("monitoring.fields.numerator"), { numeric: true })}
            {input("denominator", t("monitoring.fields.denominator"), { numeric: true })}
            <span className="visually-hidden">
              {indicator.numeratorLabel} / {indicator.denominatorLabel}
            </span>
          </>
        )}
        {kind === "number" && input("value", indicator.cronoprogrammaId ? t("monitoring.fields.statedValue") : t("monitoring.fields.value"), { numeric: true })}
        {kind === "date" && input("value", t("monitoring.fields.date"), { placeholder: t("monitoring.datePlaceholder") })}
        {kind === "text" && input("value", t("monitoring.fields.value"), { placeholder: target?.text })}
        {kind === "yes-no" && (
          <div className="grid-field">
            <label htmlFor={`cell-${base}-value`} className="grid-label">
              {t("monitoring.fields.done")}
            </label>
            <select
              id={`cell-${base}-value`}
              className="form-select form-select-sm"
              value={draft.value}
              disabled={readOnly}
              data-row={index}
              data-field="value"
              onChange={(e) => onChange("value", e.target.value)}
              onKeyDown={(e) => onKeyDown(e, "value")}
            >
              <option value="">—</option>
              <option value="sì">{t("common.yes")}</option>
              <option value="no">{t("common.no")}</option>
            </select>
          </div>
        )}
      </td>
      <td className="figure-cell" data-testid={`achievement-${indicator.code}`}>
        <AchievementBar value={figure.achievement} />
        {figure.achievementText && <span className="d-block small text-muted mt-1 explanation-short">{figure.achievementText}</span>}
      </td>
      <td data-testid={`status-${indicator.code}`}>
        <StatusBadge status={figure.status} />
        {figure.statedStatus && <span className="d-block small text-muted mt-1">{t("monitoring.stated", { label: figure.statedStatus.label })}</span>}
      </td>
      <td className="note-cell">
        <label htmlFor={`cell-${base}-note`} className="visually-hidden">
          {srLabel("note")}
        </label>
        <textarea
          id={`cell-${base}-note`}
          className={`form-control form-control-sm${errorFor("note") ? " is-invalid" : ""}`}
          rows={2}
          value={draft.note}
          readOnly={readOnly}
          data-row={index}
          data-field="note"
          data-testid={`input-${indicator.code}-note`}
          aria-invalid={errorFor("note") ? true : undefined}
          onChange={(e) => onChange("note", e.target.value)}
        />
        {errorFor("note") && <div className="invalid-feedback d-block">{errorText(errorFor("note")!)}</div>}
      </td>
      <td className="source-cell">
        <label htmlFor={`cell-${base}-source`} className="visually-hidden">
          {srLabel("source")}
        </label>
        <input
          id={`cell-${base}-source`}
          type="text"
          className="form-control form-control-sm"
          value={draft.source}
          readOnly={readOnly}
          data-row={index}
          data-field="source"
          onChange={(e) => onChange("source", e.target.value)}
          onKeyDown={(e) => onKeyDown(e, "source")}
        />
        <EvidenceCell indicator={indicator} readOnly={readOnly} />
      </td>
    </tr>
  );
}
