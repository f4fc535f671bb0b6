// Loading and error states shared by every page: a live region while loading, the server's Italian message and
// the fields it names on error.
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="container-xxl py-5" role="status" aria-live="polite">
      <div className="d-flex align-items-center gap-3">
        <div className="progress-spinner progress-spinner-active size-sm" aria-hidden="true" />
        <span>{label ?? t("common.loading")}</span>
      </div>
    </div>
  );
}

export function ProblemList({ error }: { error: unknown }) {
  if (!(error instanceof ApiError) || error.problems.length === 0) return null;
  return (
    <ul className="mb-0 mt-2">
      {error.problems.map((p, i) => (
        <li key={`${p.path}-${i}`}>
          {p.path && <strong>{p.path}: </strong>}
          {p.message}
        </li>
      ))}
    </ul>
  );
}

export function ErrorMessage({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="alert alert-danger" role="alert">
      <p className="fw-semibold mb-1">{title ?? t("common.error")}</p>
      <p className="mb-0">{message}</p>
      <ProblemList error={error} />
    </div>
  );
}

export function PageError({ error }: { error: unknown }) {
  return (
    <div className="container-xxl py-5">
      <ErrorMessage error={error} />
    </div>
  );
}
