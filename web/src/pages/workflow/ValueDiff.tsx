// A readable before → after list: the old value struck through, the new one marked as inserted (and said in
// words for screen readers). Text from users is rendered as text, never as HTML.
import { useTranslation } from "react-i18next";
import type { FieldDiff } from "./value-diff";

interface ValueDiffProps {
  diffs: FieldDiff[];
  /** at most this many fields; the rest are counted. */
  limit?: number;
  fieldLabel?: (field: string) => string;
}

export function ValueDiff({ diffs, limit = 6, fieldLabel = (f) => f }: ValueDiffProps) {
  const { t } = useTranslation();
  if (diffs.length === 0) return <span>{t("audit.noChange")}</span>;
  const shown = diffs.slice(0, limit);
  return (
    <ul className="wf-diff">
      {shown.map((d) => (
        <li key={d.field || "value"}>
          {d.field && <span className="wf-field">{fieldLabel(d.field)}: </span>}
          {d.before !== null && (
            <del>
              <span className="visually-hidden">{t("workflow.changes.before")}: </span>
              {d.before}
            </del>
          )}
          {d.before !== null && d.after !== null && <span aria-hidden="true"> → </span>}
          {d.after !== null && (
            <ins>
              <span className="visually-hidden">{t("workflow.changes.after")}: </span>
              {d.after}
            </ins>
          )}
        </li>
      ))}
      {diffs.length > limit && <li className="text-muted">{t("audit.moreFields", { count: diffs.length - limit })}</li>}
    </ul>
  );
}
