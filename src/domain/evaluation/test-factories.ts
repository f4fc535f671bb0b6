// Builders for the evaluation tests: a plan bundle from a few lines, parents filled in, targets parsed by hand
// (the target grammar is written elsewhere; these tests must not depend on it).
import {
  PlanBundle,
  type CronoprogrammaPhase,
  type PlanBundleInput,
} from "../model";
import type { ParsedTarget, ThresholdTarget } from "../target";

export function threshold(value: number, comparator: ThresholdTarget["comparator"] = ">=", isPercent = false, unit: string | null = null): ThresholdTarget {
  return { kind: "threshold", comparator, value, isPercent, unit };
}

export function percentTarget(value: number, comparator: ThresholdTarget["comparator"] = ">="): ThresholdTarget {
  return threshold(value, comparator, true);
}

export function deadline(due: string, precision: "day" | "month" = "month"): Extract<ParsedTarget, { kind: "deadline" }> {
  return { kind: "deadline", due, precision, qualifier: null };
}

export function relative(parts: Partial<Extract<ParsedTarget, { kind: "relative" }>>): Extract<ParsedTarget, { kind: "relative" }> {
  return {
    kind: "relative",
    comparator: ">=",
    changePercent: null,
    changeAbsolute: null,
    referenceYear: null,
    referenceValue: null,
    resolvedValue: null,
    unit: null,
    ...parts,
  };
}

/** A phase of a cronoprogramma: [number, weight, plannedStart, plannedEnd, actualEnd]. */
export function phase(
  cronoprogrammaId: string,
  number: number,
  weight: number | null,
  plannedStart: string | null,
  plannedEnd: string | null,
  actualEnd: string | null = null,
): CronoprogrammaPhase {
  return {
    id: `${cronoprogrammaId}-f${number}`,
    cronoprogrammaId,
    number,
    description: `fase ${number}`,
    output: null,
    plannedStart,
    plannedEnd,
    responsibleStructure: null,
    weight,
    actualEnd,
    actualEndText: actualEnd,
    monitoringNote: null,
    dataSource: null,
  };
}

// ARTI cronoprogrammi 2, 6, 7 and 8 as in seed 004 (phase weights, planned dates, "Fine effettiva (se entro il 30/6)").
export const ARTI_CRONO_1 = [
  phase("crono-1", 1, 20, "2021-01-01", "2021-11-01"),
  phase("crono-1", 2, 40, "2021-01-01", "2021-12-31"),
  phase("crono-1", 3, 40, "2021-01-01", "2021-08-30"),
];
export const ARTI_CRONO_2 = [
  phase("crono-2", 1, 15, "2021-03-01", "2021-04-30", "2021-03-31"),
  phase("crono-2", 2, 20, "2021-01-01", "2021-12-31"),
  phase("crono-2", 3, 20, "2021-05-01", "2021-12-31"),
  phase("crono-2", 4, 45, "2021-09-01", "2021-12-31"),
];
export const ARTI_CRONO_6 = [
  phase("crono-6", 1, 50, "2021-01-04", "2021-06-30", "2021-03-02"),
  phase("crono-6", 2, 50, "2021-01-01", "2021-12-31"),
];
export const ARTI_CRONO_7 = [
  phase("crono-7", 1, 45, "2021-01-04", "2021-04-30"),
  phase("crono-7", 2, 55, "2021-05-01", "2021-12-31"),
];
export const ARTI_CRONO_8 = [
  phase("crono-8", 1, 10, "2021-01-04", "2021-12-31"),
  phase("crono-8", 2, 5, "2021-02-01", "2021-03-31", "2021-03-03"),
  phase("crono-8", 3, 75, "2021-01-04", "2021-12-31"),
  phase("crono-8", 4, 10, "2021-09-01", "2021-12-31"),
];

/** A bundle with organisation and plan filled in; everything else as given. */
export function buildBundle(parts: Omit<Partial<PlanBundleInput>, "plan"> & { plan?: Partial<PlanBundleInput["plan"]> } = {}): PlanBundle {
  const { plan, ...rest } = parts;
  return PlanBundle.parse({
    organisation: { id: "org", name: "Ente di prova" },
    ...rest,
    plan: {
      id: "plan",
      organisationId: "org",
      title: "Piano di prova",
      kind: "monitoring_report",
      yearFrom: 2021,
      yearTo: 2021,
      ...plan,
    },
  });
}

export interface IndicatorSpec {
  code: string;
  objective: string;
  target: ParsedTarget;
  targetText?: string;
  value?: number | null;
  valueText?: string | null;
  numerator?: number | null;
  denominator?: number | null;
  assessmentLevel?: number | null;
  method?: string | null;
  unit?: string | null;
  baselineValue?: number | null;
  baselineYear?: number | null;
  cronoprogrammaId?: string | null;
  direction?: "increase" | "decrease" | "deadline" | "progress" | "boolean" | "unknown";
  yearFrom?: number;
  yearTo?: number;
  cumulative?: boolean;
  assigneeId?: string | null;
}

/** Indicators with their target and measurement in period "p1"; objectives are created when not given. */
export function withIndicators(
  specs: IndicatorSpec[],
  options: { objectives?: NonNullable<PlanBundleInput["objectives"]>; cutoffDate?: string; year?: number } = {},
): Pick<PlanBundleInput, "objectives" | "indicators" | "targets" | "measurements" | "periods"> {
  const year = options.year ?? 2021;
  const objectives = options.objectives ?? [...new Set(specs.map((s) => s.objective))].map((code, i) => ({ id: `obj-${code}`, planId: "plan", code, title: `Obiettivo ${code}`, position: i }));
  const objectiveId = (code: string) => objectives.find((o) => o.code === code)?.id ?? `obj-${code}`;
  return {
    objectives,
    indicators: specs.map((s, i) => ({
      id: `ind-${s.code}`,
      planId: "plan",
      objectiveId: objectiveId(s.objective),
      code: s.code,
      position: i,
      definition: `Indicatore ${s.code}`,
      method: s.method ?? null,
      unit: s.unit ?? null,
      baselineValue: s.baselineValue ?? null,
      baselineYear: s.baselineYear ?? null,
      cronoprogrammaId: s.cronoprogrammaId ?? null,
      direction: s.direction ?? "unknown",
    })),
    targets: specs.map((s) => ({
      id: `tgt-${s.code}`,
      indicatorId: `ind-${s.code}`,
      yearFrom: s.yearFrom ?? year,
      yearTo: s.yearTo ?? year,
      text: s.targetText ?? "target",
      cumulative: s.cumulative ?? false,
      parsed: s.target,
    })),
    periods: [{ id: "p1", planId: "plan", label: "Monitoraggio", cutoffDate: options.cutoffDate ?? `${year}-06-30` }],
    measurements: specs
      .filter((s) => s.value !== undefined || s.numerator !== undefined || s.valueText !== undefined || s.assessmentLevel !== undefined)
      .map((s) => ({
        id: `m-${s.code}${s.assigneeId ? `-${s.assigneeId}` : ""}`,
        indicatorId: `ind-${s.code}`,
        periodId: "p1",
        value: s.value ?? null,
        valueText: s.valueText ?? null,
        numerator: s.numerator ?? null,
        denominator: s.denominator ?? null,
        assessmentLevel: s.assessmentLevel ?? null,
        ...(s.assigneeId ? { assigneeId: s.assigneeId } : {}),
      })),
  };
}
