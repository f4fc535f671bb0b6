// The evidence files of one value, in a modal dialog: list with size, SHA-256, who and when; download; delete
// (asking first); upload by dragging a file onto the drop area or choosing it. The size limit is checked before
// sending, with the same message the server would give.
import { useEffect, useRef, useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Indicator, MonitoringPeriod } from "@domain/model";
import { ErrorMessage } from "../../../components/QueryState";
import { formatDate } from "../../../format/figures";
import { EVIDENCE_ACCEPT, evidencePaths, formatFileSize, MAX_EVIDENCE_BYTES, useDeleteEvidence, useUploadEvidence, type EvidenceFile } from "./evidence-api";

interface EvidencePanelProps {
  planId: string;
  period: MonitoringPeriod;
  indicator: Indicator;
  files: EvidenceFile[];
  readOnly: boolean;
  onClose: () => void;
}

export function EvidencePanel({ planId, period, indicator, files, readOnly, onClose }: EvidencePanelProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadEvidence(planId, period.id);
  const remove = useDeleteEvidence(planId, period.id);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [asking, setAsking] = useState<EvidenceFile | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputId = `evidence-input-${indicator.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const titleId = `${inputId}-title`;

  // no close() on unmount: it fires "close", which would unmount again (StrictMode runs effects twice); a
  // dialog removed from the page leaves the top layer by itself
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);

  const send = (file: File | undefined) => {
    setProblem(null);
    setDone(null);
    if (!file) return;
    if (file.size > MAX_EVIDENCE_BYTES) {
      setProblem(t("editor.evidence.tooLarge", { name: file.name, size: formatFileSize(file.size), max: formatFileSize(MAX_EVIDENCE_BYTES) }));
      return;
    }
    upload.mutate({ indicatorId: indicator.id, file }, { onSuccess: (stored) => setDone(t("editor.evidence.uploaded_ok", { name: stored.fileName })) });
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!readOnly) send(event.dataTransfer.files[0]);
  };

  return (
    <dialog ref={dialog} className="evidence-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose} data-testid="evidence-panel">
      <div className="d-flex justify-content-between align-items-start gap-3">
        <h2 id={titleId} className="h4 mb-1">
          {t("editor.evidence.title", { code: indicator.code })}
        </h2>
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={onClose}>
          {t("editor.evidence.close")}
        </button>
      </div>
      <p className="text-muted">{indicator.definition}</p>
      <p>{t("editor.evidence.intro", { period: period.label })}</p>

      {files.length === 0 ? (
        <p className="fst-italic">{t("editor.evidence.none")}</p>
      ) : (
        <table className="table table-sm data-table align-middle">
          <caption className="visually-hidden">{t("editor.evidence.caption", { code: indicator.code, period: period.label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("editor.evidence.file")}</th>
              <th scope="col" className="num">
                {t("editor.evidence.size")}
              </th>
              <th scope="col">{t("editor.evidence.uploaded")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("editor.list.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.id} data-testid="evidence-row">
                <th scope="row">
                  <span className="d-block">{f.fileName}</span>
                  <span className="d-block small text-muted sha256" title="SHA-256">
                    SHA-256 <code>{f.sha256}</code>
                  </span>
                </th>
                <td className="num text-nowrap">{formatFileSize(f.sizeBytes)}</td>
                <td className="small">
                  {formatDate(f.uploadedAt.slice(0, 10))}
                  <span className="d-block text-muted">{t("editor.evidence.by", { who: f.uploadedByLabel })}</span>
                </td>
                <td className="text-nowrap text-end">
                  <a className="btn btn-link btn-sm" href={evidencePaths.download(f.id)} download={f.fileName} aria-label={t("editor.evidence.downloadThis", { name: f.fileName })} data-testid="evidence-download">
                    {t("editor.evidence.download")}
                  </a>
                  {!readOnly && (
                    <button type="button" className="btn btn-link btn-sm text-danger" onClick={() => setAsking(f)} aria-label={t("editor.evidence.deleteThis", { name: f.fileName })}>
                      {t("editor.evidence.delete")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {asking && (
        <div className="alert alert-warning" role="alertdialog" aria-label={t("editor.evidence.deleteQuestion", { name: asking.fileName })}>
          <p className="fw-semibold mb-2">{t("editor.evidence.deleteQuestion", { name: asking.fileName })}</p>
          {remove.isError && <ErrorMessage error={remove.error} />}
          <div className="d-flex gap-2">
            <button type="button" className="btn btn-danger btn-sm" disabled={remove.isPending} onClick={() => remove.mutate(asking.id, { onSuccess: () => setAsking(null) })}>
              {t("editor.evidence.confirmDelete")}
            </button>
            <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => setAsking(null)}>
              {t("common.cancel")}
            </button>
          </div>
        </div>
      )}

      {readOnly ? (
        <p className="small text-muted mb-0">{t("editor.evidence.readOnly")}</p>
      ) : (
        <div
          className={`evidence-drop${dragging ? " dragging" : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="evidence-drop"
        >
          <p className="mb-1">
            {t("editor.evidence.drop")}{" "}
            <button type="button" className="btn btn-sm btn-primary" onClick={() => input.current?.click()}>
              {t("editor.evidence.choose")}
            </button>
          </p>
          <input
            id={inputId}
            type="file"
            ref={input}
            className="d-none"
            aria-label={t("editor.evidence.choose")}
            accept={EVIDENCE_ACCEPT}
            onChange={(e) => {
              send(e.target.files?.[0]);
              e.target.value = "";
            }}
            data-testid="evidence-input"
          />
          <p className="small text-muted mb-0">{t("editor.evidence.accepted", { max: formatFileSize(MAX_EVIDENCE_BYTES) })}</p>
        </div>
      )}
      <div aria-live="polite" className="mt-2">
        {upload.isPending && <p className="mb-0">{t("editor.evidence.uploading", { name: upload.variables?.file.name ?? "" })}</p>}
        {done && (
          <p className="mb-0 text-success-emphasis" data-testid="evidence-uploaded">
            {done}
          </p>
        )}
      </div>
      {problem && (
        <div className="alert alert-danger mt-2" role="alert" data-testid="evidence-error">
          {problem}
        </div>
      )}
      {upload.isError && <ErrorMessage error={upload.error} title={t("editor.evidence.failed")} />}
    </dialog>
  );
}
