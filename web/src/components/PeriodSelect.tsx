// The monitoring period a page shows, kept in the address (?periodo=…) so that links and reloads keep it.
import { useTranslation } from "react-i18next";
import type { MonitoringPeriod } from "@domain/model";
import { formatDate } from "../format/figures";

interface PeriodSelectProps {
  periods: MonitoringPeriod[];
  value: string | null;
  onChange: (periodId: string) => void;
  id?: string;
}

export function PeriodSelect({ periods, value, onChange, id = "period" }: PeriodSelectProps) {
  const { t } = useTranslation();
  if (periods.length === 0) return <p className="mb-0 text-muted">{t("figures.noPeriods")}</p>;
  const sorted = [...periods].sort((a, b) => b.cutoffDate.localeCompare(a.cutoffDate));
  return (
    <div className="select-wrapper period-select">
      <label htmlFor={id}>{t("figures.period")}</label>
      <select id={id} value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
        {sorted.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label} ({formatDate(p.cutoffDate)})
          </option>
        ))}
      </select>
    </div>
  );
}
