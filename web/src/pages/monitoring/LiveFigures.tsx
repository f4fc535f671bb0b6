import { useDeferredValue } from "react";
import { useTranslation } from "react-i18next";
import { formatPercent } from "../../format/figures";
import type { CheckedDraft } from "../../model/measurement-draft";
import type { MonitoringRow } from "../../model/monitoring-rows";
import type { IndicatorFigure } from "../../model/plan-figures";

/** One polite announcement of the figures of the rows being changed, for screen-reader users. */
export function LiveFigures({ rows, checked, figures }: { rows: MonitoringRow[]; checked: Map<string, CheckedDraft>; figures: Map<string, IndicatorFigure> }) {
  const { t } = useTranslation();
  const deferred = useDeferredValue(checked);
  const lines = rows
    .filter((r) => deferred.has(r.indicator.id))
    .map((r) => {
      const f = figures.get(r.indicator.id)!;
      return t("monitoring.live", { code: r.indicator.code, achievement: f.achievement === null ? t("figures.notComputed") : formatPercent(f.achievement), status: f.status?.label ?? t("status.none") });
    });
  return (
    <div className="visually-hidden" aria-live="polite">
      {lines.slice(-1).join(" ")}
    </div>
  );
}
