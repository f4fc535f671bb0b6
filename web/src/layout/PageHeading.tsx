// Breadcrumbs, the page title (also the document title, for screen readers and browser history) and actions.
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

export interface Crumb {
  label: string;
  to?: string;
}

interface PageHeadingProps {
  title: string;
  crumbs: Crumb[];
  /** a line under the title: organisation, years, state. */
  subtitle?: ReactNode;
  actions?: ReactNode;
}

export function PageHeading({ title, crumbs, subtitle, actions }: PageHeadingProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t("layout.productName")}`;
  }, [title, t]);
  return (
    <div className="page-heading">
      <div className="container-xxl">
        {crumbs.length > 1 && (
        <nav className="breadcrumb-container" aria-label={t("layout.breadcrumb")}>
          <ol className="breadcrumb">
            {crumbs.map((crumb, i) => {
              const last = i === crumbs.length - 1;
              return (
                <li key={`${crumb.label}-${i}`} className={`breadcrumb-item${last ? " active" : ""}`} aria-current={last ? "page" : undefined}>
                  {crumb.to && !last ? <Link to={crumb.to}>{crumb.label}</Link> : crumb.label}
                  {!last && <span className="separator" aria-hidden="true">/</span>}
                </li>
              );
            })}
          </ol>
        </nav>
        )}
        <div className="d-flex flex-wrap align-items-start justify-content-between gap-3">
          <div className="min-w-0">
            <h1 className="page-title">{title}</h1>
            {subtitle && <div className="page-subtitle">{subtitle}</div>}
          </div>
          {actions && <div className="page-actions d-flex flex-wrap gap-2">{actions}</div>}
        </div>
      </div>
    </div>
  );
}
