// The reason a return or a reopening needs: a labelled text area that takes the focus, refused empty.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

interface ReasonPanelProps {
  title: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

export function ReasonPanel({ title, confirmLabel, busy, onConfirm, onCancel }: ReasonPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  return (
    <form
      className="wf-reason-panel"
      aria-labelledby={`${id}-title`}
      data-testid="reason-panel"
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) {
          setMissing(true);
          area.current?.focus();
          return;
        }
        onConfirm(reason.trim());
      }}
    >
      <h2 className="h6" id={`${id}-title`}>
        {title}
      </h2>
      <label htmlFor={`${id}-reason`} className="form-label">
        {t("workflow.reason.label")}
      </label>
      <textarea
        id={`${id}-reason`}
        ref={area}
        className={`form-control${missing ? " is-invalid" : ""}`}
        value={reason}
        maxLength={4000}
        aria-invalid={missing}
        aria-describedby={missing ? `${id}-error` : undefined}
        onChange={(e) => {
          setReason(e.target.value);
          setMissing(false);
        }}
        data-testid="reason-input"
      />
      {missing && (
        <div id={`${id}-error`} className="invalid-feedback d-block" role="alert">
          {t("workflow.reason.required")}
        </div>
      )}
      <div className="d-flex gap-2 mt-3">
        <button type="submit" className="btn btn-primary btn-sm" disabled={busy} data-testid="reason-confirm">
          {confirmLabel}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
