// Achievement as a bar and a figure ("188,94%"); the bar stops at 100%, the figure does not.
import { useTranslation } from "react-i18next";
import { formatPercent } from "../format/figures";

export function AchievementBar({ value, testId, label }: { value: number | null; testId?: string; label?: string }) {
  const { t } = useTranslation();
  if (value === null) {
    return (
      <span className="text-muted" data-testid={testId}>
        {t("figures.notComputed")}
      </span>
    );
  }
  const width = Math.max(0, Math.min(value, 100));
  return (
    <span className="achievement" data-testid={testId}>
      <span className="achievement-track" aria-hidden="true">
        <span className={`achievement-fill${value >= 100 ? " over" : ""}`} style={{ width: `${width}%`, display: "block" }} />
      </span>
      <span className="achievement-value">
        {label && <span className="visually-hidden">{label}: </span>}
        {formatPercent(value)}
      </span>
    </span>
  );
}
