// The "calcolato" badge of a monitoring value computed from service data, with its provenance (definition,
// data set with its files, time, which date places an event in the period) shown on hover and on keyboard focus.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Measurement } from "@domain/model";
import { formatNumber } from "../../format/figures";
import { DatasetProvenance } from "./DatasetProvenance";
import { formatInstant } from "./provenance-format";
import "./service-data.css";

export function ComputedBadge({ measurement }: { measurement: Measurement | null | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const provenance = measurement?.provenance;
  if (!measurement || !provenance) return null;
  const isComputed = measurement.origin === "computed";
  const label = isComputed ? t("serviceData.badge.computed") : provenance.awaitingReview ? t("serviceData.badge.awaitingReview") : null;
  if (!label) return null;
  return (
    <span className="computed-badge-wrap">
      <button type="button" className={`badge computed-badge${isComputed ? "" : " review"}`} aria-describedby={id} data-testid="computed-badge">
        {label}
      </button>
      <span role="tooltip" id={id} className="computed-tooltip">
        <strong>{provenance.definitionTitle ?? provenance.definitionId}</strong>
        <span className="d-block">{t("serviceData.provenance.basis", { basis: provenance.periodBasis ?? "—" })}</span>
        <DatasetProvenance provenance={provenance} />
        <span className="d-block">{t("serviceData.provenance.computedAt", { at: formatInstant(provenance.computedAt) })}</span>
        {!isComputed && (
          <span className="d-block">
            {t("serviceData.provenance.computedValue", { value: provenance.computedValue === null ? "—" : formatNumber(provenance.computedValue) })}
          </span>
        )}
      </span>
    </span>
  );
}
