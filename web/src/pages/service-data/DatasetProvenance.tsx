// The data set a computed value came from: its fingerprint, and — when the computation recorded them — the
// files loaded and the span of events, which is what a head of structure recognises ("eventi-2022.parquet").
import { useTranslation } from "react-i18next";
import type { MeasurementProvenance } from "@domain/model";
import { formatDate, formatNumber } from "../../format/figures";
import { formatInstant } from "./provenance-format";

export function DatasetProvenance({ provenance }: { provenance: MeasurementProvenance }) {
  const { t } = useTranslation();
  const summary = provenance.datasetSummary;
  return (
    <>
      <span className="d-block">{t("serviceData.provenance.dataset", { dataset: provenance.dataset ?? "—" })}</span>
      {summary && (
        <>
          <span className="d-block">
            {t("serviceData.provenance.files", { count: summary.files, lastFile: summary.lastFile, loadedAt: formatInstant(summary.lastLoadedAt) })}
          </span>
          {summary.firstEventDate && summary.lastEventDate && (
            <span className="d-block">
              {t("serviceData.provenance.events", {
                events: formatNumber(summary.events),
                from: formatDate(summary.firstEventDate),
                to: formatDate(summary.lastEventDate),
              })}
            </span>
          )}
        </>
      )}
    </>
  );
}
