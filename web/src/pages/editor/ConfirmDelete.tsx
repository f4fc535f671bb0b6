// Deleting asks first and says what goes with the item (its indicators, targets, values…), since the deletion
// takes them all. The question takes the focus, so keyboard and screen-reader users meet it at once.
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { BundleCollection } from "@domain/model";
import { ErrorMessage } from "../../components/QueryState";

/** The list reads from the largest items down: areas, objectives, indicators and what they hold. */
const READING_ORDER: BundleCollection[] = ["nodes", "objectives", "indicators", "targets", "measurements", "steps", "cronoprogrammi", "phases"];
const readingRank = (collection: BundleCollection) => (READING_ORDER.indexOf(collection) + READING_ORDER.length + 1) % (READING_ORDER.length + 1);

export interface ConfirmDeleteProps {
  /** "l'obiettivo 1.7 — …". */
  what: string;
  counts: Partial<Record<BundleCollection, number>>;
  /** extra consequences (an indicator left without its cronoprogramma). */
  notes?: string[];
  /** indicators go: their evidence files and status overrides go too (the server removes them in the same transaction). */
  takesIndicators?: boolean;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDelete({ what, counts, notes = [], takesIndicators = false, busy, error, onConfirm, onCancel }: ConfirmDeleteProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const entries = (Object.entries(counts).filter(([, n]) => n && n > 0) as [BundleCollection, number][]).sort(([a], [b]) => readingRank(a) - readingRank(b));
  return (
    <div ref={ref} tabIndex={-1} role="alertdialog" aria-labelledby="confirm-delete-title" aria-describedby="confirm-delete-text" className="alert alert-warning confirm-delete mt-3" data-testid="confirm-delete">
      <h3 id="confirm-delete-title" className="h6 fw-semibold mb-2">
        {t("editor.delete.question", { what })}
      </h3>
      <div id="confirm-delete-text">
        {entries.length === 0 ? (
          <p className="mb-2">{t("editor.delete.alone")}</p>
        ) : (
          <>
            <p className="mb-1">{t("editor.delete.withIt")}</p>
            <ul className="mb-2">
              {entries.map(([collection, n]) => (
                <li key={collection}>{t(`editor.delete.counts.${collection}`, { count: n })}</li>
              ))}
            </ul>
          </>
        )}
        {takesIndicators && <p className="mb-2">{t("editor.delete.related")}</p>}
        {notes.map((note) => (
          <p key={note} className="mb-2">
            {note}
          </p>
        ))}
        <p className="small mb-2">{t("editor.delete.audit")}</p>
      </div>
      {error ? <ErrorMessage error={error} title={t("editor.delete.failed")} /> : null}
      <div className="d-flex gap-2">
        <button type="button" className="btn btn-danger btn-sm" onClick={onConfirm} disabled={busy} data-testid="confirm-delete-yes">
          {busy ? t("editor.delete.deleting") : t("editor.delete.confirm")}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel} disabled={busy}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
