// Pubblicazione: every file the server produces for the plan and the chosen period (Relazione DOCX/PDF, the
// monitoring workbook in the plan's own layout, the XLSX template, open data with dictionary and schema,
// DCAT-AP_IT metadata), the publish action, and the plan's publications with their public pages.
// The downloads are the same functions the command line calls (src/io/reports/render-report.ts).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import type { PlanBundle } from "@domain/model";
import { usePlan } from "../../api/hooks";
import { useSession } from "../../api/session";
import { usePeriodParam } from "../../app/use-period";
import { PeriodSelect } from "../../components/PeriodSelect";
import { PlanHeading } from "../../components/PlanHeading";
import { ErrorMessage, Loading, PageError } from "../../components/QueryState";
import { choosePeriod } from "../../model/plan-lookup";
import { DownloadList, type DownloadItem } from "./DownloadList";
import { PublicationsTable } from "./PublicationsTable";
import { PublishPanel } from "./PublishPanel";
import { publishingPaths, usePlanPublications, useReportCatalogue, type PlanPublication, type ReportCatalogue } from "./publishing-api";
import { canPublish } from "./publishing-rights";
import "./publishing.css";

export function PublishingPage() {
  const { planId } = useParams();
  const plan = usePlan(planId);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <PageError error={plan.error} />;
  return <Publishing bundle={plan.data} />;
}

function Publishing({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const [periodId, setPeriod] = usePeriodParam();
  const period = choosePeriod(bundle, periodId);
  const account = useSession().data?.account ?? null;
  const catalogue = useReportCatalogue(bundle.plan.id);
  const publications = usePlanPublications(bundle.plan.id);
  return (
    <>
      <PlanHeading bundle={bundle} title={t("publishing.title")} trail={[{ label: t("publishing.title") }]} />
      <div className="container-xxl pb-5" data-testid="publishing-page">
        <p className="lead pub-intro">{t("publishing.intro")}</p>
        <form className="filter-bar row g-3 align-items-end" aria-label={t("publishing.choosePeriod")} onSubmit={(e) => e.preventDefault()}>
          <div className="col-md-6">
            {bundle.periods.length > 0 ? (
              <PeriodSelect periods={bundle.periods} value={period?.id ?? null} onChange={setPeriod} id="publishing-period" />
            ) : (
              <p className="mb-0">{t("publishing.noPeriods")}</p>
            )}
          </div>
        </form>
        {catalogue.isPending ? (
          <Loading />
        ) : catalogue.isError ? (
          <ErrorMessage error={catalogue.error} />
        ) : (
          <Downloads bundle={bundle} periodId={period?.id ?? null} catalogue={catalogue.data} latest={publications.data?.[0] ?? null} />
        )}
        <PublishPanel bundle={bundle} period={period} allowed={canPublish(account, bundle)} />
        <PublicationsTable publications={publications} />
      </div>
    </>
  );
}

interface DownloadsProps {
  bundle: PlanBundle;
  periodId: string | null;
  catalogue: ReportCatalogue;
  latest: PlanPublication | null;
}

function Downloads({ bundle, periodId, catalogue, latest }: DownloadsProps) {
  const { t } = useTranslation();
  const planId = bundle.plan.id;
  const [includeIndividual, setIncludeIndividual] = useState(true);
  const offered = new Set(catalogue.files.map((f) => f.file));
  const report = (file: string, options = {}) => (offered.has(file) ? publishingPaths.report(planId, file, periodId, options) : null);
  const relazioneOptions = { includeIndividual: catalogue.hasIndividualChapter ? includeIndividual : true };
  const metadata = latest?.downloads.find((d) => d.file === "metadati.jsonld") ?? null;

  const relazione: DownloadItem[] = [
    { id: "relazione-docx", title: t("publishing.sections.relazione"), format: "DOCX", description: t("publishing.relazione.docx"), href: report("relazione.docx", relazioneOptions) },
    { id: "relazione-pdf", title: t("publishing.sections.relazione"), format: "PDF", description: t("publishing.relazione.pdf"), href: report("relazione.pdf", relazioneOptions) },
  ];
  const workbooks: DownloadItem[] = [
    {
      id: "monitoraggio-xlsx",
      title: t("publishing.workbook.monitoring"),
      format: "XLSX",
      description: `${t(`publishing.workbook.layouts.${catalogue.workbookLayout}`)} ${t("publishing.workbook.numbers")}`,
      href: report("monitoraggio.xlsx"),
    },
    { id: "template-xlsx", title: t("publishing.workbook.template"), format: "XLSX", description: t("publishing.workbook.templateDescription"), href: publishingPaths.template(planId) },
  ];
  const openData: DownloadItem[] = [
    { id: "open-data-csv", title: t("publishing.openData.csv"), format: "CSV", description: t("publishing.openData.csvDescription"), href: report("open-data.csv") },
    { id: "dizionario-csv", title: t("publishing.openData.dictionary"), format: "CSV", description: t("publishing.openData.dictionaryDescription"), href: publishingPaths.dictionary() },
    { id: "open-data-json", title: t("publishing.openData.json"), format: "JSON", description: t("publishing.openData.jsonDescription"), href: report("open-data.json") },
    { id: "schema-json", title: t("publishing.openData.schema"), format: "JSON", description: t("publishing.openData.schemaDescription"), href: publishingPaths.schema() },
    {
      id: "metadati-jsonld",
      title: metadata ? t("publishing.openData.dcatLatest") : t("publishing.openData.dcat"),
      format: "JSON-LD",
      description: (
        <>
          {t("publishing.openData.dcatDescription")} {metadata ? null : <strong>{t("publishing.openData.dcatNone")}</strong>}{" "}
          <a href={publishingPaths.catalog()}>{t("publishing.openData.catalog")}</a>
        </>
      ),
      href: metadata?.url ?? null,
    },
  ];

  return (
    <>
      <section className="pub-section" aria-labelledby="pub-relazione-title">
        <h2 id="pub-relazione-title" className="h4">
          {t("publishing.sections.relazione")}
        </h2>
        <p>{t("publishing.relazione.description")}</p>
        {catalogue.hasIndividualChapter ? (
          <div className="form-check pub-option">
            <input id="pub-include-individual" type="checkbox" checked={includeIndividual} onChange={(e) => setIncludeIndividual(e.target.checked)} />
            <label htmlFor="pub-include-individual">{t("publishing.relazione.includeIndividual")}</label>
          </div>
        ) : (
          <p className="text-muted small">{t("publishing.relazione.noIndividual")}</p>
        )}
        <DownloadList items={relazione} label={t("publishing.sections.relazione")} />
      </section>
      <section className="pub-section" aria-labelledby="pub-workbook-title">
        <h2 id="pub-workbook-title" className="h4">
          {t("publishing.sections.workbook")}
        </h2>
        <DownloadList items={workbooks} label={t("publishing.sections.workbook")} />
      </section>
      <section className="pub-section" aria-labelledby="pub-open-data-title">
        <h2 id="pub-open-data-title" className="h4">
          {t("publishing.sections.openData")}
        </h2>
        <DownloadList items={openData} label={t("publishing.sections.openData")} />
      </section>
    </>
  );
}
