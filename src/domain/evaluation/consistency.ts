// The evaluation body's checks on a plan or report: ratios recomputed from numerator and denominator, phase
// and objective weights adding up to 100%, table totals against their rows, stated values against the
// cronoprogramma. Each finding names the item, the stated figure and the recomputed one.
import { parseItalianNumber } from "../italian";
import type {
  BudgetLine,
  BudgetTable,
  Cronoprogramma,
  CronoprogrammaPhase,
  Indicator,
  Measurement,
  Objective,
  PlanBundle,
  ReportedTable,
  RoleWeighting,
} from "../model";
import { computeCronoprogrammaProgress } from "./cronoprogramma";
import { formatAmount, formatNumber, formatPercent } from "./explain";
import { finding, type Finding } from "./findings";
import { checkRoleWeighting } from "./individual";
import { isFiniteNumber, isNotComputable, percentOf, stable, sum } from "./result";

export interface ConsistencyOptions {
  /** percentage points within which a stated ratio is rounding (0,01). */
  ratioTolerance?: number;
  /** units (euro) within which a table total is rounding (0,01). */
  amountTolerance?: number;
}

const differs = (a: number, b: number, tolerance: number) => Math.abs(stable(a - b)) > tolerance + 1e-9;

/** One ratio: numerator ÷ denominator (in percent) against the stated figure. */
export function checkRatio(input: {
  item: string;
  itemId?: string | null;
  itemType?: string;
  numerator: number;
  denominator: number;
  stated: number;
  inPercent?: boolean;
  tolerance?: number;
}): Finding | null {
  const base = { itemType: input.itemType ?? "indicator", itemId: input.itemId ?? null, item: input.item };
  const ratio = `${formatNumber(input.numerator)} / ${formatNumber(input.denominator)}`;
  if (input.numerator < 0 || input.denominator < 0) {
    return finding({ ...base, code: "negative-value", severity: "error", stated: input.stated, message: `${input.item}: numeratore o denominatore negativo (${ratio})` });
  }
  if (input.denominator === 0) {
    return finding({ ...base, code: "zero-denominator", severity: "error", stated: input.stated, message: `${input.item}: denominatore pari a zero (${ratio}), il valore dichiarato ${formatPercent(input.stated)} non è verificabile` });
  }
  const inPercent = input.inPercent ?? true;
  const computed = inPercent ? (percentOf(input.numerator, input.denominator) as number) : input.numerator / input.denominator;
  if (!differs(computed, input.stated, input.tolerance ?? 0.01)) return null;
  const show = (v: number) => (inPercent ? formatPercent(v) : formatNumber(v, 4));
  return finding({
    ...base,
    code: "ratio-mismatch",
    severity: "warning",
    stated: input.stated,
    computed,
    message: `${input.item}: valore dichiarato ${show(input.stated)}, ricalcolato ${ratio} = ${show(computed)} (differenza ${formatNumber(Math.abs(computed - input.stated), 2)} punti)`,
  });
}

function indicatorLabel(indicator: Indicator, organisationShort?: string | null): string {
  return organisationShort ? `${organisationShort} ${indicator.code}` : `indicatore ${indicator.code}`;
}

/** Every measurement carrying numerator, denominator and a value: recomputed. Negative values are flagged. */
export function checkMeasurementRatios(
  indicators: readonly Indicator[],
  measurements: readonly Measurement[],
  options: ConsistencyOptions & { prefix?: string | null } = {},
): Finding[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const findings: Finding[] = [];
  for (const m of measurements) {
    const indicator = byId.get(m.indicatorId);
    const item = indicator ? indicatorLabel(indicator, options.prefix) : `misura ${m.id}`;
    if (isFiniteNumber(m.value) && m.value < 0) {
      findings.push(finding({ code: "negative-value", severity: "error", itemType: "indicator", itemId: m.indicatorId, item, stated: m.value, message: `${item}: valore negativo (${formatNumber(m.value)})` }));
    }
    if (isFiniteNumber(m.numerator) && isFiniteNumber(m.denominator)) {
      if (!isFiniteNumber(m.value)) {
        if (m.denominator === 0) {
          findings.push(finding({ code: "zero-denominator", severity: "error", itemType: "indicator", itemId: m.indicatorId, item, message: `${item}: denominatore pari a zero (${formatNumber(m.numerator)} / 0)` }));
        }
        continue;
      }
      const check = checkRatio({ item, itemId: m.indicatorId, numerator: m.numerator, denominator: m.denominator, stated: m.value, tolerance: options.ratioTolerance });
      if (check) findings.push(check);
    }
  }
  return findings;
}

/** Phases of a cronoprogramma add up to 100%; phases without weight are named. */
export function checkPhaseWeights(cronoprogramma: Cronoprogramma, phases: readonly CronoprogrammaPhase[], options: ConsistencyOptions = {}): Finding[] {
  const own = phases.filter((p) => p.cronoprogrammaId === cronoprogramma.id);
  const item = `cronoprogramma ${cronoprogramma.code}`;
  const findings: Finding[] = [];
  const missing = own.filter((p) => p.weight === null);
  if (missing.length) {
    findings.push(finding({ code: "phase-without-weight", severity: "warning", itemType: "cronoprogramma", itemId: cronoprogramma.id, item, message: `${item}: fasi senza peso: ${missing.map((p) => p.number).join(", ")}` }));
  }
  const total = sum(own.filter((p) => isFiniteNumber(p.weight)).map((p) => p.weight!));
  if (own.length && differs(total, 100, options.ratioTolerance ?? 0.01)) {
    findings.push(finding({ code: "phase-weights-sum", severity: "warning", itemType: "cronoprogramma", itemId: cronoprogramma.id, item, stated: 100, computed: total, message: `${item}: i pesi delle fasi sommano a ${formatPercent(total)}, non al 100%` }));
  }
  return findings;
}

/** Objectives' weights add up to 100% (ARTI 2021: 77% — a finding); objectives without weight are named. */
export function checkObjectiveWeights(objectives: readonly Objective[], options: ConsistencyOptions & { item?: string; itemId?: string | null } = {}): Finding[] {
  const item = options.item ?? "piano";
  const weighted = objectives.filter((o) => isFiniteNumber(o.weight));
  if (weighted.length === 0) return []; // a plan without weights uses the missing-weights rule, nothing to add up
  const findings: Finding[] = [];
  const missing = objectives.filter((o) => !isFiniteNumber(o.weight));
  if (missing.length) {
    findings.push(finding({
      code: "objective-without-weight",
      severity: "warning",
      itemType: "plan",
      itemId: options.itemId ?? null,
      item,
      message: `${item}: obiettivi senza peso: ${missing.map((o) => o.code).join(", ")}`,
    }));
  }
  const total = sum(weighted.map((o) => o.weight!));
  if (differs(total, 100, options.ratioTolerance ?? 0.01)) {
    findings.push(finding({
      code: "objective-weights-sum",
      severity: "warning",
      itemType: "plan",
      itemId: options.itemId ?? null,
      item,
      stated: 100,
      computed: total,
      message: `${item}: i pesi degli obiettivi sommano a ${formatPercent(total)}, non al 100%${total > 100 ? " (oltre il 100%)" : ""}`,
    }));
  }
  return findings;
}

/**
 * Budget tables (ANPAL DD n. 549, DD n. 570): per column, each subtotal against its rows — the rows of the same
 * funding source when the subtotal names one ("Totale … PON SPAO"), else the rows since the previous
 * subtotal — and each total against all rows.
 */
export function checkBudgetTable(table: BudgetTable, lines: readonly BudgetLine[], options: ConsistencyOptions = {}): Finding[] {
  const tolerance = options.amountTolerance ?? 0.01;
  const own = lines.filter((l) => l.tableId === table.id).sort((a, b) => a.position - b.position);
  const findings: Finding[] = [];
  const rowsOnly = own.filter((l) => l.rowKind === "line");
  const bySource = rowsOnly.some((l) => l.fundingSource !== null);
  table.columns.forEach((column, k) => {
    const amount = (l: BudgetLine) => l.amounts[k] ?? null;
    let since: BudgetLine[] = [];
    for (const row of own) {
      if (row.rowKind === "line") {
        since.push(row);
        continue;
      }
      const stated = amount(row);
      if (!isFiniteNumber(stated)) continue;
      let parts: BudgetLine[];
      let scope: string;
      if (row.rowKind === "subtotal" && bySource && row.fundingSource !== null) {
        parts = rowsOnly.filter((l) => l.fundingSource === row.fundingSource);
        scope = `delle righe ${row.fundingSource}`;
      } else if (row.rowKind === "subtotal") {
        parts = since;
        scope = "delle righe precedenti";
      } else {
        parts = rowsOnly;
        scope = "di tutte le righe";
      }
      if (row.rowKind === "subtotal" && !(bySource && row.fundingSource !== null)) since = [];
      if (parts.length === 0) continue;
      const computed = sum(parts.map((p) => amount(p) ?? 0));
      if (!differs(computed, stated, tolerance)) continue;
      const label = row.description ?? row.section ?? row.lineCode ?? (row.rowKind === "total" ? "totale" : "subtotale");
      const item = `${table.act ?? table.title}, «${label}», colonna «${column}»`;
      findings.push(finding({
        code: "table-total-mismatch",
        severity: "warning",
        itemType: "budgetTable",
        itemId: table.id,
        item,
        stated,
        computed,
        message: `${item}: indicato ${formatAmount(stated)}, somma ${scope} ${formatAmount(computed)} (differenza ${formatAmount(stable(stated - computed))})`,
      }));
    }
  });
  return findings;
}

function cellNumber(cell: string | number | null | undefined): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "string") return parseItalianNumber(cell);
  return null;
}

/** Reported tables (ANPAL FIXO "Totali" 3.949 and 744.284,00): per column, total and subtotal rows against the rows. */
export function checkReportedTable(table: ReportedTable, options: ConsistencyOptions = {}): Finding[] {
  const tolerance = options.amountTolerance ?? 0.01;
  const findings: Finding[] = [];
  table.columns.forEach((column, k) => {
    let since: number[] = [];
    const all: number[] = [];
    for (const row of table.rows) {
      const value = cellNumber(row.cells[k]);
      if (row.kind === "row") {
        if (value !== null) {
          since.push(value);
          all.push(value);
        }
        continue;
      }
      const parts = row.kind === "subtotal" ? since : all;
      if (row.kind === "subtotal") since = [];
      if (value === null || parts.length === 0) continue;
      const computed = sum(parts);
      if (!differs(computed, value, tolerance)) continue;
      const item = `${table.title}, riga «${String(row.cells[0] ?? row.kind)}», colonna «${column}»`;
      findings.push(finding({
        code: "table-total-mismatch",
        severity: "warning",
        itemType: "reportedTable",
        itemId: table.id,
        item,
        stated: value,
        computed,
        message: `${item}: indicato ${formatAmount(value)}, somma delle righe ${formatAmount(computed)}`,
      }));
    }
  });
  return findings;
}

/** An indicator's stated value against its cronoprogramma's progress at the date (ARTI 1.2: 30% stated, 15% computed). */
export function checkCronoprogrammaValue(input: {
  item: string;
  indicatorId: string;
  stated: number;
  cronoprogramma: Cronoprogramma;
  phases: readonly CronoprogrammaPhase[];
  cutoffDate: string;
  tolerance?: number;
}): Finding | null {
  const own = input.phases.filter((p) => p.cronoprogrammaId === input.cronoprogramma.id);
  const progress = computeCronoprogrammaProgress(own, input.cutoffDate, { label: `cronoprogramma ${input.cronoprogramma.code}` });
  if (isNotComputable(progress)) return null;
  if (!differs(progress.value, input.stated, input.tolerance ?? 0.01)) return null;
  return finding({
    code: "cronoprogramma-value-mismatch",
    severity: "warning",
    itemType: "indicator",
    itemId: input.indicatorId,
    item: input.item,
    stated: input.stated,
    computed: progress.value,
    message: `${input.item}: valore dichiarato ${formatPercent(input.stated)}, avanzamento del cronoprogramma ${input.cronoprogramma.code} ${formatPercent(progress.value)} — ${progress.text}`,
  });
}

export function checkRoleWeightings(weightings: readonly RoleWeighting[]): Finding[] {
  return weightings.flatMap((w) => {
    const check = checkRoleWeighting(w);
    if (check.kind === "valid") return [];
    return [finding({ code: "role-weighting-invalid", severity: "error", itemType: "roleWeighting", itemId: w.id, item: `pesatura «${w.role}»`, stated: w.statedTotal, computed: check.total, message: check.message })];
  });
}

/** All the checks a bundle allows at a cut-off date. */
export function checkPlanConsistency(bundle: PlanBundle, cutoffDate: string, options: ConsistencyOptions = {}): Finding[] {
  const prefix = bundle.organisation.shortName;
  const findings: Finding[] = [];
  findings.push(...checkMeasurementRatios(bundle.indicators, bundle.measurements, { ...options, prefix }));
  for (const crono of bundle.cronoprogrammi) findings.push(...checkPhaseWeights(crono, bundle.phases, options));
  findings.push(...checkObjectiveWeights(bundle.objectives, { ...options, item: bundle.plan.title, itemId: bundle.plan.id }));
  for (const table of bundle.budgetTables) findings.push(...checkBudgetTable(table, bundle.budgetLines, options));
  for (const table of bundle.reportedTables) findings.push(...checkReportedTable(table, options));
  findings.push(...checkRoleWeightings(bundle.roleWeightings));
  const periodsAtCutoff = new Set(bundle.periods.filter((p) => p.cutoffDate === cutoffDate).map((p) => p.id));
  for (const indicator of bundle.indicators) {
    if (!indicator.cronoprogrammaId) continue;
    const crono = bundle.cronoprogrammi.find((c) => c.id === indicator.cronoprogrammaId);
    if (!crono) continue;
    for (const m of bundle.measurements) {
      if (m.indicatorId !== indicator.id || !periodsAtCutoff.has(m.periodId) || !isFiniteNumber(m.value) || m.assigneeId !== null) continue;
      const check = checkCronoprogrammaValue({
        item: indicatorLabel(indicator, prefix),
        indicatorId: indicator.id,
        stated: m.value,
        cronoprogramma: crono,
        phases: bundle.phases,
        cutoffDate,
        tolerance: options.ratioTolerance,
      });
      if (check) findings.push(check);
    }
  }
  return findings;
}
