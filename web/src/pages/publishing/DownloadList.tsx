// A list of downloads, each with what it is, its format and one button: the office picks a file by what it is
// for, not by its extension.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface DownloadItem {
  /** stable, for tests: "relazione-docx". */
  id: string;
  title: string;
  description: ReactNode;
  /** "DOCX", "PDF", "XLSX"… */
  format: string;
  /** null: not available yet (the description says why). */
  href: string | null;
}

export function DownloadList({ items, label }: { items: DownloadItem[]; label: string }) {
  const { t } = useTranslation();
  return (
    <ul className="pub-downloads" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="pub-download" data-testid={`download-${item.id}`}>
          <div className="pub-download-text">
            <p className="pub-download-title">
              {item.title} <span className="pub-format">{item.format}</span>
            </p>
            <p className="pub-download-description">{item.description}</p>
          </div>
          {item.href ? (
            <a className="btn btn-outline-primary btn-sm" href={item.href} download aria-label={`${t("publishing.download")}: ${item.title}`}>
              {t("publishing.download")}
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
