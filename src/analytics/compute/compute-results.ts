// Raw rows → indicator values. A value that cannot be computed (no denominator, nobody reached the end event)
// is a result with its reason, never NaN (STYLE.md: "not-computable" is a result).
import { formatItalianDate } from "../../domain/italian";
import type { RawIndicatorRows, RawResultRow } from "../fetch/run-program";
import type { ComputationPlan, DateWindow, IndicatorPlan } from "../plan/computation-plan";

export type IndicatorValue = { kind: "value"; value: number } | { kind: "not-computable"; reason: string };

export interface DurationStatistics {
  mean: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
}

export interface BreakdownValue {
  /** "total", "cpi", "month", "cpi+month", "target_group"… */
  breakdown: string;
  /** "" for the total; the CPI code, "2022-06", "women"…; parts joined by "|". */
  key: string;
  label: string | null;
  value: IndicatorValue;
  numerator: number | null;
  denominator: number | null;
  statistics: DurationStatistics | null;
}

export interface IndicatorResult {
  definitionId: string;
  definitionHash: string;
  title: string;
  measure: IndicatorPlan["measure"];
  period: DateWindow;
  scale: number | null;
  /** the total row, or why the indicator has no value at all for the period. */
  total: BreakdownValue;
  breakdowns: BreakdownValue[];
}

export function computeResults(plan: ComputationPlan, raw: readonly RawIndicatorRows[]): IndicatorResult[] {
  const rowsById = new Map(raw.map((r) => [r.definitionId, r.rows]));
  return plan.indicators.map((indicator) => {
    const base = {
      definitionId: indicator.definitionId,
      definitionHash: indicator.definitionHash,
      title: indicator.title,
      measure: indicator.measure,
      period: plan.period,
      scale: indicator.scale,
    };
    if (indicator.status === "not-computable") {
      const total: BreakdownValue = {
        breakdown: "total",
        key: "",
        label: null,
        value: { kind: "not-computable", reason: indicator.reason },
        numerator: null,
        denominator: null,
        statistics: null,
      };
      return { ...base, total, breakdowns: [] };
    }
    const rows = rowsById.get(indicator.definitionId);
    if (!rows) throw new Error(`nessun risultato per ${indicator.definitionId}`);
    const values = rows.map((row) => computeRow(indicator, row, plan.period)).sort(compareBreakdowns);
    const total = values.find((v) => v.breakdown === "total");
    if (!total) throw new Error(`riga del totale mancante per ${indicator.definitionId}`);
    return { ...base, total, breakdowns: values.filter((v) => v !== total) };
  });
}

export function computeRow(indicator: IndicatorPlan, row: RawResultRow, period: DateWindow): BreakdownValue {
  const base = {
    breakdown: row.breakdown,
    key: row.breakdownKey,
    label: row.breakdownLabel,
    numerator: row.numerator,
    denominator: row.denominator,
    statistics: null as DurationStatistics | null,
  };
  const where = row.breakdown === "total" ? "" : ` (${row.breakdown} ${row.breakdownKey})`;
  const range = `${formatItalianDate(period.from)}–${formatItalianDate(period.to)}`;
  switch (indicator.measure) {
    case "count":
      return { ...base, value: { kind: "value", value: row.numerator ?? 0 } };
    case "rate": {
      const denominator = row.denominator ?? 0;
      if (denominator === 0) {
        return { ...base, value: { kind: "not-computable", reason: `denominatore zero nel periodo ${range}${where}` } };
      }
      return { ...base, value: { kind: "value", value: ((row.numerator ?? 0) / denominator) * (indicator.scale ?? 1) } };
    }
    case "duration": {
      const statistics: DurationStatistics = {
        mean: row.meanDays,
        p25: row.p25Days,
        median: row.medianDays,
        p75: row.p75Days,
        p90: row.p90Days,
      };
      const headline = statistics[indicator.statistic ?? "median"];
      if (!row.numerator || headline === null) {
        return {
          ...base,
          statistics,
          value: { kind: "not-computable", reason: `nessuna persona ha raggiunto l'evento finale nel periodo ${range}${where}` },
        };
      }
      return { ...base, statistics, value: { kind: "value", value: headline } };
    }
  }
}

const BREAKDOWN_ORDER = ["total", "cpi", "province", "region", "structure", "month", "target_group"];

function compareBreakdowns(a: BreakdownValue, b: BreakdownValue): number {
  const rank = (v: BreakdownValue) => {
    const i = BREAKDOWN_ORDER.indexOf(v.breakdown);
    return i < 0 ? BREAKDOWN_ORDER.length : i;
  };
  return rank(a) - rank(b) || a.breakdown.localeCompare(b.breakdown) || a.key.localeCompare(b.key);
}
