// Upload a document (AFOL plan, ARTI monitoring, ANPAL report, Lombardia objectives) or the XLSX template.
// The report lists what was read and the warnings with their location; errors name the row or cell.
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useImportFile } from "../api/hooks";
import { useSession } from "../api/session";
import { links } from "../app/routes";
import { ErrorMessage } from "../components/QueryState";
import { formatNumber } from "../format/figures";
import { PageHeading } from "../layout/PageHeading";
import { canImportPlans } from "../model/rights";

const COUNTED = ["objectives", "indicators", "targets", "steps", "cronoprogrammi", "phases", "periods", "measurements", "budgetLines", "spendingProgrammes"] as const;

export function ImportPage() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const upload = useImportFile();
  const account = useSession().data?.account ?? null;
  const allowed = account !== null && canImportPlans(account);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      input.current?.focus();
      return;
    }
    upload.mutate(file);
  };

  return (
    <>
      <PageHeading title={t("import.title")} crumbs={[{ label: t("nav.home"), to: links.plans() }, { label: t("import.title") }]} subtitle={t("import.intro")} />
      <div className="container-xxl pb-5">
        <div className="row g-4">
          <div className="col-lg-6">
            <form className="card shadow-sm" onSubmit={submit} noValidate>
              <div className="card-body">
                <h2 className="h5">{t("import.chooseFile")}</h2>
                {!allowed && (
                  <div className="alert alert-info" role="status">
                    {t("import.notAllowed")}
                  </div>
                )}
                <div className="form-group mt-3 mb-3">
                  <label htmlFor="import-file" className="form-label active">
                    {t("import.fileLabel")}
                  </label>
                  <input
                    ref={input}
                    id="import-file"
                    name="file"
                    type="file"
                    className={`form-control${missingFile ? " is-invalid" : ""}`}
                    disabled={!allowed}
                    accept=".txt,.xlsx,.csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    aria-describedby="import-file-help import-file-error"
                    aria-invalid={missingFile || undefined}
                    onChange={(e) => {
                      setFile(e.target.files?.[0] ?? null);
                      setMissingFile(false);
                      upload.reset();
                    }}
                  />
                  <small id="import-file-help" className="form-text">
                    {t("import.fileHelp")}
                  </small>
                  {missingFile && (
                    <div id="import-file-error" className="invalid-feedback d-block">
                      {t("import.fileRequired")}
                    </div>
                  )}
                </div>
                <button type="submit" className="btn btn-primary" disabled={upload.isPending || !allowed}>
                  {upload.isPending ? t("import.uploading") : t("import.submit")}
                </button>
              </div>
            </form>
          </div>
          <div className="col-lg-6" aria-live="polite">
            {upload.isError && <ErrorMessage error={upload.error} title={t("import.failed")} />}
            {upload.isSuccess && (
              <div className="card shadow-sm border-success" data-testid="import-report">
                <div className="card-body">
                  <h2 className="h5 text-success">{t("import.done")}</h2>
                  <p>
                    {t("import.readAs", { layout: t(`importLayout.${upload.data.layout}`, { defaultValue: upload.data.layout }) })}{" "}
                    <Link to={links.planTree(upload.data.planId)} className="fw-semibold">
                      {t("import.openPlan", { planId: upload.data.planId })}
                    </Link>
                  </p>
                  <dl className="count-list">
                    {COUNTED.filter((c) => (upload.data.counts[c] ?? 0) > 0).map((c) => (
                      <div key={c}>
                        <dt>{t(`collections.${c}`)}</dt>
                        <dd>{formatNumber(upload.data.counts[c] ?? 0)}</dd>
                      </div>
                    ))}
                  </dl>
                  {upload.data.warnings.length > 0 && (
                    <>
                      <h3 className="h6 mt-3">{t("import.warnings", { count: upload.data.warnings.length })}</h3>
                      <ul className="small warning-list">
                        {upload.data.warnings.map((w, i) => (
                          <li key={`${w.code}-${i}`}>
                            {w.location && <strong>{w.location}: </strong>}
                            {w.message}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
              </div>
            )}
            {!upload.isError && !upload.isSuccess && (
              <div className="callout note">
                <div className="callout-title">{t("import.formatsTitle")}</div>
                <ul className="mb-0">
                  <li>{t("import.formats.afol")}</li>
                  <li>{t("import.formats.arti")}</li>
                  <li>{t("import.formats.anpal")}</li>
                  <li>{t("import.formats.lombardia")}</li>
                  <li>{t("import.formats.xlsx")}</li>
                </ul>
              </div>
            )}
          </div>
        </div>
      </div>
    </>
  );
}
