// A chart and its table alternative under one caption; the user picks which to see (WCAG 1.1.1: every chart
// has the same data as a table). The choice is a pair of toggle buttons.
import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface ChartFigureProps {
  title: string;
  chart: ReactNode;
  table: ReactNode;
  /** start on the table (e.g. when the chart would be empty). */
  tableFirst?: boolean;
  testId?: string;
  headingLevel?: "h2" | "h3";
}

export function ChartFigure({ title, chart, table, tableFirst = false, testId, headingLevel = "h2" }: ChartFigureProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<"chart" | "table">(tableFirst ? "table" : "chart");
  const id = useId();
  const Heading = headingLevel;
  return (
    <figure className="chart-figure card shadow-sm" aria-labelledby={`${id}-title`} data-testid={testId}>
      <div className="card-body">
        <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-2">
          <Heading id={`${id}-title`} className="h5 mb-0">
            {title}
          </Heading>
          <div className="btn-group btn-group-sm view-toggle" role="group" aria-label={t("charts.view", { title })}>
            <button type="button" className={`btn ${view === "chart" ? "btn-primary" : "btn-outline-primary"}`} aria-pressed={view === "chart"} onClick={() => setView("chart")}>
              {t("charts.chart")}
            </button>
            <button type="button" className={`btn ${view === "table" ? "btn-primary" : "btn-outline-primary"}`} aria-pressed={view === "table"} onClick={() => setView("table")}>
              {t("charts.table")}
            </button>
          </div>
        </div>
        {view === "chart" ? chart : table}
      </div>
    </figure>
  );
}
