// The plan's publications, newest first: when, which period, the score frozen, who published, the public page
// and the frozen files.
import { useTranslation } from "react-i18next";
import { ErrorMessage, Loading } from "../../components/QueryState";
import { ScrollRegion } from "../../components/ScrollRegion";
import { formatPercent } from "../../format/figures";
import type { PlanPublication } from "./publishing-api";
import { formatPublishedAt } from "./published-at";

const SHORT_FILE_NAMES: Record<string, string> = {
  "relazione.docx": "DOCX",
  "relazione.pdf": "PDF",
  "monitoraggio.xlsx": "XLSX",
  "open-data.csv": "CSV",
  "open-data.json": "JSON",
  "metadati.jsonld": "DCAT-AP_IT",
};

interface PublicationsTableProps {
  publications: { isPending: boolean; isError: boolean; error: unknown; data?: PlanPublication[] };
}

export function PublicationsTable({ publications }: PublicationsTableProps) {
  const { t } = useTranslation();
  return (
    <section className="pub-section" aria-labelledby="pub-list-title">
      <h2 id="pub-list-title" className="h4">
        {t("publishing.list.title")}
      </h2>
      {publications.isPending ? (
        <Loading />
      ) : publications.isError ? (
        <ErrorMessage error={publications.error} />
      ) : publications.data!.length === 0 ? (
        <p className="text-muted" data-testid="no-publications">
          {t("publishing.list.empty")}
        </p>
      ) : (
        <ScrollRegion label={t("publishing.list.caption")}>
          <table className="table table-sm pub-table" data-testid="publications">
            <caption className="visually-hidden">{t("publishing.list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("publishing.list.when")}</th>
                <th scope="col">{t("publishing.list.period")}</th>
                <th scope="col" className="text-end">
                  {t("publishing.list.score")}
                </th>
                <th scope="col">{t("publishing.list.by")}</th>
                <th scope="col">{t("publishing.list.page")}</th>
                <th scope="col">{t("publishing.list.files")}</th>
              </tr>
            </thead>
            <tbody>
              {publications.data!.map((p) => (
                <tr key={p.id}>
                  <td className="text-nowrap">{formatPublishedAt(p.publishedAt)}</td>
                  <td>{p.periodLabel ?? t("publishing.list.withoutPeriod")}</td>
                  <td className="text-end pub-figure">{p.planScore === null ? "—" : formatPercent(p.planScore)}</td>
                  <td>{p.publishedByName}</td>
                  <td>
                    <a href={p.publicUrl} target="_blank" rel="noreferrer" data-testid="public-page-link" aria-label={`${t("publishing.list.open")}: ${p.title}`}>
                      {t("publishing.list.open")}
                    </a>
                  </td>
                  <td>
                    <ul className="pub-file-links">
                      {p.downloads.map((d) => (
                        <li key={d.file}>
                          <a href={d.url} download aria-label={`${d.label} — ${formatPublishedAt(p.publishedAt)}`}>
                            {SHORT_FILE_NAMES[d.file] ?? d.file}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
