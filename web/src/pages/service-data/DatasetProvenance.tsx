// The data set a computed value came from: its fingerprint, and — when the computation recorded them — the
// files loaded and the span of events, which is what a head of structure recognises ("eventi-2022.parquet").
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { DatasetSummary, MeasurementProvenance } from "@domain/model";
import { formatDate, formatNumber } from "../../format/figures";
import { formatInstant } from "./provenance-format";

/** "3 file caricati, l'ultimo «eventi.parquet» il …" and "203.967 eventi dal … al …" (null without event dates). */
export function describeDataset(t: TFunction, summary: DatasetSummary): { files: string; events: string | null } {
  return {
    files: t("serviceData.provenance.files", { count: summary.files, lastFile: summary.lastFile, loadedAt: formatInstant(summary.lastLoadedAt) }),
    events:
      summary.firstEventDate && summary.lastEventDate
        ? t("serviceData.provenance.events", {
            events: formatNumber(summary.events),
            from: formatDate(summary.firstEventDate),
            to: formatDate(summary.lastEventDate),
          })
        : null,
  };
}

export function DatasetProvenance({ provenance }: { provenance: MeasurementProvenance }) {
  const { t } = useTranslation();
  const described = provenance.datasetSummary ? describeDataset(t, provenance.datasetSummary) : null;
  return (
    <>
      <span className="d-block">{t("serviceData.provenance.dataset", { dataset: provenance.dataset ?? "—" })}</span>
      {described && <span className="d-block">{described.files}</span>}
      {described?.events && <span className="d-block">{described.events}</span>}
    </>
  );
}
