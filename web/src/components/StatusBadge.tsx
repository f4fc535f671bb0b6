// Status on the plan's scale: colour, dot and the label as the plan writes it ("5. in ritardo") — never colour alone.
import { useTranslation } from "react-i18next";
import type { StatusView } from "../model/plan-figures";

export function StatusBadge({ status, testId }: { status: StatusView | null; testId?: string }) {
  const { t } = useTranslation();
  if (!status) {
    return (
      <span className="status-badge tone-grey" data-testid={testId}>
        {t("status.none")}
      </span>
    );
  }
  return (
    <span className={`status-badge tone-${status.tone}`} title={status.explanation ?? undefined} data-testid={testId} data-level={status.level}>
      {status.label}
      {status.origin === "override" && <span className="status-override"> ({t("status.override")})</span>}
    </span>
  );
}
