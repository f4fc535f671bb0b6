// One query per indicator, over the shared passes.
// Counts and rates are additive: the query first builds "cells" (CPI × month × target-group bits, with a
// numerator and a denominator count) and rolls them up to every breakdown, so a national run aggregates a few
// thousand cells per breakdown instead of millions of persons. Durations are not additive (a median of
// medians is not the median): they aggregate the persons directly for each breakdown.
import type { Dimension } from "../definition/definition-schema";
import type { SqlDialect } from "../sql/dialect";
import { and, ident, join, or, sql, value, type SqlFragment } from "../sql/fragment";
import type { TargetGroup } from "../target-groups";
import type { ComputationPlan, EventIndicatorPlan, PersonIndicatorPlan, PersonSetPlan } from "../plan/computation-plan";
import { personFieldResolver } from "./compile-filter";
import { TEMP_TABLES, targetGroupBits } from "./shared-passes";
import { countWhere, monthStart, personConditionSql } from "./sql-pieces";

type PlaceDimension = Exclude<Dimension, "target_group">;

const NULL_STATISTICS = sql`CAST(NULL AS DOUBLE PRECISION) AS mean_days, CAST(NULL AS DOUBLE PRECISION) AS p25_days, CAST(NULL AS DOUBLE PRECISION) AS median_days, CAST(NULL AS DOUBLE PRECISION) AS p75_days, CAST(NULL AS DOUBLE PRECISION) AS p90_days`;

const DIMENSION_COLUMNS: Record<PlaceDimension, { key: SqlFragment; label: SqlFragment }> = {
  cpi: { key: sql`cpi_code`, label: sql`min(cpi_name)` },
  province: { key: sql`province_code`, label: sql`min(province_name)` },
  region: { key: sql`region_code`, label: sql`min(region_name)` },
  month: { key: sql`month_key`, label: sql`month_key` },
  structure: { key: sql`structure_id`, label: sql`min(structure_name)` },
};

/** A target group's bit in the person's tg_bits (computed once per person by the shared passes). */
function groupBit(plan: ComputationPlan, group: TargetGroup): number {
  return 2 ** plan.targetGroups.findIndex((g) => g.id === group.id);
}

/** The condition "this unit is in target group g". */
function inGroup(plan: ComputationPlan, group: TargetGroup): SqlFragment {
  return sql`(tg_bits & ${value(groupBit(plan, group))}) <> 0`;
}

/** Offices (and the structure map) joined to rows carrying cpi_code, plus the month as "2022-06". */
function placeColumns(alias: string, dimensions: Set<Dimension>, dialect: SqlDialect, hasMonth: boolean): { columns: SqlFragment[]; joins: SqlFragment } {
  const columns: SqlFragment[] = [sql`o.office_name AS cpi_name`, sql`o.province_code`, sql`o.province_name`, sql`o.region_code`, sql`o.region_name`];
  if (hasMonth) columns.push(sql`${dialect.monthKey(ident(alias, "month_start"))} AS month_key`);
  let joins = sql`\nLEFT JOIN offices o ON o.office_code = ${ident(alias, "cpi_code")}`;
  if (dimensions.has("structure")) {
    columns.push(sql`sm.structure_id`, sql`sm.structure_name`);
    joins = sql`${joins}\nLEFT JOIN ${ident(TEMP_TABLES.structureMap)} sm ON sm.cpi_code = ${ident(alias, "cpi_code")}`;
  }
  return { columns, joins };
}

// ---- additive indicators: cells, then roll-up ---------------------------------------------------------------

/** What a cell column counts: every unit of the row set, none of them, or those meeting a condition. */
type Counted = "all" | "none" | SqlFragment;

/** Bits of the target groups of a row: the facts column, or computed from the persons table's attributes. */
function bitsOf(plan: ComputationPlan, source: PersonSetPlan["source"]): SqlFragment {
  return source === "facts" ? sql`tg_bits` : targetGroupBits(plan.targetGroups, personFieldResolver(null, plan.ageYear));
}

/**
 * Whether target groups are only reported on their own (the default breakdowns), never crossed with a place or a
 * month. Then the cells carry two counts instead of two per group, and the groups' totals come from a second,
 * tiny aggregation by the persons' target-group bits (at most 2^groups rows). Measured at 100M events: the
 * per-group conditional counts over millions of persons were most of the indicators' time.
 */
function isGroupSplit(indicator: PersonIndicatorPlan): boolean {
  return indicator.targetGroups.length > 0 && !indicator.breakdowns.some((b) => b.includes("target_group") && b.length > 1);
}

export function personCellsIndicatorQuery(plan: ComputationPlan, indicator: PersonIndicatorPlan, dialect: SqlDialect): SqlFragment {
  const hasMonth = needsMonth(indicator);
  const condition = (set: PersonSetPlan) => personConditionSql(set.condition, plan.ageYear);
  const split = isGroupSplit(indicator);
  const groups = split ? [] : indicator.targetGroups;
  /** count columns of one role: all units, then one per target group (a bit test on the unit's groups). */
  const counts = (role: "numerator" | "denominator", counted: Counted | null, bits: SqlFragment) => {
    const column = (group: TargetGroup | null) => ident(`${role}_${group ? group.id : "all"}`);
    const bitTest = (g: TargetGroup) => sql`(${bits} & ${value(groupBit(plan, g))}) <> 0`;
    return [null, ...groups].map((group) => {
      if (counted === null) return sql`CAST(NULL AS BIGINT) AS ${column(group)}`;
      if (counted === "none") return sql`CAST(0 AS BIGINT) AS ${column(group)}`;
      const conditions = [...(counted === "all" ? [] : [counted]), ...(group ? [bitTest(group)] : [])];
      return sql`${conditions.length === 0 ? sql`count(*)` : countWhere(and(conditions))} AS ${column(group)}`;
    });
  };
  const cellQuery = (source: PersonSetPlan["source"], numerator: Counted, denominator: Counted | null, where: SqlFragment, byBits = false) => {
    const bits = bitsOf(plan, source);
    let keys = [sql`cpi_code`, ...(hasMonth ? [monthStart(ident(indicator.numerator.anchor!))] : [])];
    let keyColumns = [sql`cpi_code`, ...(hasMonth ? [sql`${keys[1]!} AS month_start`] : [])];
    if (byBits) {
      keys = [bits];
      keyColumns = [sql`${bits} AS tg_bits`];
    }
    const table = source === "facts" ? ident(TEMP_TABLES.facts) : sql`persons`;
    const columns = [...keyColumns, ...counts("numerator", numerator, bits), ...counts("denominator", denominator, bits)];
    return sql`SELECT ${join(columns, "commaLine")}\nFROM ${table}\nWHERE ${where}\nGROUP BY ${join(keys, "comma")}`;
  };

  const numerator = indicator.numerator;
  const denominator = indicator.denominator;
  const oneSource = sameSourceCounts(plan, indicator);
  const cellsBy = (byBits: boolean): SqlFragment => {
    if (oneSource) return cellQuery(numerator.source, oneSource.numerator, oneSource.denominator, oneSource.where, byBits);
    if (!denominator) throw new Error("un insieme senza denominatore ha una sola fonte");
    // e.g. recipients with a pact (facts) over all recipients (persons table): two cell sets, summed by the roll-up.
    return join(
      [
        cellQuery(numerator.source, "all", "none", condition(numerator), byBits),
        cellQuery(denominator.source, "none", "all", condition(denominator), byBits),
      ],
      "unionAll",
    );
  };
  const groupCells = split ? { cells: cellsBy(true), bit: (g: TargetGroup) => groupBit(plan, g) } : null;
  return rollUp(cellsBy(false), indicator, dialect, Boolean(denominator), hasMonth, groupCells);
}

/** The rows a person indicator reads from its one source, and which of them its numerator and denominator count. */
interface SourceCounts {
  where: SqlFragment;
  numerator: Counted;
  denominator: Counted | null;
}

/** null when the numerator and the denominator come from different sources (facts and the persons table). */
function sameSourceCounts(plan: ComputationPlan, indicator: PersonIndicatorPlan): SourceCounts | null {
  const { numerator, denominator } = indicator;
  const condition = (set: PersonSetPlan) => personConditionSql(set.condition, plan.ageYear);
  if (!denominator) return { where: condition(numerator), numerator: "all", denominator: null };
  if (numerator.source !== denominator.source) return null;
  if (indicator.isNumeratorSubset) return { where: condition(denominator), numerator: condition(numerator), denominator: "all" };
  return { where: or([condition(numerator), condition(denominator)]), numerator: condition(numerator), denominator: condition(denominator) };
}

/** What a person indicator counts, as conditions on one row of the person facts. */
export interface FactCounts {
  numerator: SqlFragment;
  denominator: SqlFragment | null;
}

/**
 * The counts of a person indicator whose sets all come from the person facts and whose target groups (if any)
 * are reported on their own: such an indicator can take its cells from the shared cells (shared-cells.ts).
 * null for the others (a set read from the persons table, groups crossed with a place or a month).
 */
export function factCounts(plan: ComputationPlan, indicator: PersonIndicatorPlan): FactCounts | null {
  if (indicator.measure === "duration") return null;
  if (indicator.targetGroups.length > 0 && !isGroupSplit(indicator)) return null;
  const counts = sameSourceCounts(plan, indicator);
  if (!counts || indicator.numerator.source !== "facts") return null;
  // Shared cells read the rows of several indicators: a count is its indicator's rows and, among them, its units.
  const among = (counted: Counted): SqlFragment => {
    if (counted === "all") return counts.where;
    if (counted === "none") return sql`FALSE`;
    return and([counts.where, counted]);
  };
  return { numerator: among(counts.numerator), denominator: counts.denominator === null ? null : among(counts.denominator) };
}

/** Whether the indicator is broken down by month (its cells then need the month of the anchor). */
export function needsMonth(indicator: PersonIndicatorPlan | EventIndicatorPlan): boolean {
  return indicator.breakdowns.some((b) => b.includes("month"));
}

/**
 * A person indicator over cells computed for several indicators at once: `cells` selects cpi_code (and
 * month_start), numerator_all, denominator_all; `groupCells` the same by tg_bits.
 */
export function sharedCellsIndicatorQuery(
  plan: ComputationPlan,
  indicator: PersonIndicatorPlan,
  dialect: SqlDialect,
  cells: SqlFragment,
  groupCells: SqlFragment | null,
): SqlFragment {
  const groups = groupCells ? { cells: groupCells, bit: (g: TargetGroup) => groupBit(plan, g) } : null;
  return rollUp(cells, indicator, dialect, Boolean(indicator.denominator), needsMonth(indicator), groups);
}

export function eventCellsIndicatorQuery(plan: ComputationPlan, indicator: EventIndicatorPlan, table: string, dialect: SqlDialect): SqlFragment {
  const hasMonth = needsMonth(indicator);
  const keys = [sql`cpi_code`, ...(hasMonth ? [monthStart(sql`event_date`)] : [])];
  const columns: SqlFragment[] = [sql`cpi_code`, ...(hasMonth ? [sql`${keys[1]!} AS month_start`] : [])];
  const sums = (role: "numerator" | "denominator", count: EventIndicatorPlan["numerator"] | null) => {
    if (!count) {
      columns.push(sql`CAST(NULL AS BIGINT) AS ${ident(`${role}_all`)}`);
      for (const g of indicator.targetGroups) columns.push(sql`CAST(NULL AS BIGINT) AS ${ident(`${role}_${g.id}`)}`);
      return;
    }
    columns.push(sql`sum(${ident(count.name)}) AS ${ident(`${role}_all`)}`);
    for (const g of indicator.targetGroups) {
      columns.push(sql`sum(CASE WHEN (tg_bits & ${value(groupBit(plan, g))}) <> 0 THEN ${ident(count.name)} END) AS ${ident(`${role}_${g.id}`)}`);
    }
  };
  sums("numerator", indicator.numerator);
  sums("denominator", indicator.denominator);
  const cells = sql`SELECT ${join(columns, "commaLine")}\nFROM ${ident(table)}\nGROUP BY ${join(keys, "comma")}`;
  return rollUp(cells, indicator, dialect, Boolean(indicator.denominator), hasMonth, null);
}

/** Cells by target-group bits (numerator_all, denominator_all per bits value) and each group's bit. */
interface GroupCells {
  cells: SqlFragment;
  bit(group: TargetGroup): number;
}

/** A table of cells by target-group bits, read by the rows of the groups on their own. */
interface GroupTable {
  name: string;
  bit(group: TargetGroup): number;
}

function rollUp(
  cells: SqlFragment,
  indicator: PersonIndicatorPlan | EventIndicatorPlan,
  dialect: SqlDialect,
  hasDenominator: boolean,
  hasMonth: boolean,
  groupCells: GroupCells | null,
): SqlFragment {
  const dimensions = new Set(indicator.breakdowns.flat());
  const place = placeColumns("c", dimensions, dialect, hasMonth);
  const units = sql`SELECT c.*, ${join(place.columns, "comma")}\nFROM cells c${place.joins}`;
  const total = (role: "numerator" | "denominator", group: TargetGroup | null) =>
    sql`CAST(coalesce(sum(${ident(`${role}_${group ? group.id : "all"}`)}), 0) AS BIGINT)`;
  const measures = (group: TargetGroup | null) =>
    sql`${total("numerator", group)} AS numerator, ${hasDenominator ? total("denominator", group) : sql`CAST(NULL AS BIGINT)`} AS denominator, ${NULL_STATISTICS}`;
  const having = (group: TargetGroup | null) =>
    hasDenominator ? sql`${total("numerator", group)} + ${total("denominator", group)} > 0` : sql`${total("numerator", group)} > 0`;
  if (groupCells) {
    // Group rows read the cells by bits: the group's units are the bits values with its bit set.
    const body = breakdownSelects(indicator.breakdowns, indicator.targetGroups, {
      measures: () => measures(null),
      groupFilter: () => null,
      having: () => having(null),
      groupTable: { name: "group_cells", bit: groupCells.bit },
    });
    return sql`WITH cells AS MATERIALIZED (\n${cells}\n),\ngroup_cells AS MATERIALIZED (\n${groupCells.cells}\n),\nunits AS MATERIALIZED (\n${units}\n)\n${body}`;
  }
  const body = breakdownSelects(indicator.breakdowns, indicator.targetGroups, { measures, groupFilter: () => null, having });
  return sql`WITH cells AS MATERIALIZED (\n${cells}\n),\nunits AS MATERIALIZED (\n${units}\n)\n${body}`;
}

// ---- durations: persons aggregated directly -----------------------------------------------------------------

export function durationIndicatorQuery(plan: ComputationPlan, indicator: PersonIndicatorPlan, dialect: SqlDialect): SqlFragment {
  if (isGroupSplit(indicator) || indicator.targetGroups.length === 0) return durationHistogramQuery(plan, indicator, dialect);
  const dimensions = new Set(indicator.breakdowns.flat());
  const hasMonth = dimensions.has("month");
  const anchor = ident(indicator.numerator.anchor!);
  const columns: SqlFragment[] = [sql`cpi_code`, sql`tg_bits`];
  if (hasMonth) columns.push(sql`${monthStart(anchor)} AS month_start`);
  columns.push(sql`${ident(indicator.durationEnd!)} - ${anchor} AS duration_days`);
  const base = sql`SELECT ${join(columns, "comma")}\nFROM ${ident(TEMP_TABLES.facts)}\nWHERE ${personConditionSql(indicator.numerator.condition, plan.ageYear)}`;
  const place = placeColumns("b", dimensions, dialect, hasMonth);
  const units = sql`SELECT b.*, ${join(place.columns, "comma")}\nFROM (\n${base}\n) b${place.joins}`;
  // One ordered-set aggregate for the four percentiles, read four times: both engines compute an aggregate
  // written identically once, so each breakdown value sorts its durations once instead of four times.
  const quantiles = sql`percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY duration_days)`;
  const percentile = (i: number, name: string) => sql`(${quantiles})[${value(i)}] AS ${ident(name)}`;
  const measures = (): SqlFragment =>
    join(
      [
        sql`count(duration_days) AS numerator`,
        sql`count(*) AS denominator`,
        sql`CAST(avg(duration_days) AS DOUBLE PRECISION) AS mean_days`,
        percentile(1, "p25_days"),
        percentile(2, "median_days"),
        percentile(3, "p75_days"),
        percentile(4, "p90_days"),
      ],
      "comma",
    );
  const body = breakdownSelects(indicator.breakdowns, indicator.targetGroups, {
    measures,
    groupFilter: (g) => inGroup(plan, g),
    having: () => null,
  });
  return sql`WITH units AS MATERIALIZED (\n${units}\n)\n${body}`;
}

// ---- durations from histograms ------------------------------------------------------------------------------
// Durations are whole days in a short range (0…within_days), so the persons collapse into histograms: count of
// persons per (CPI, month, days) and per (target-group bits, days). Every breakdown then reads a few thousand
// histogram rows instead of sorting millions of persons once per breakdown and per group (measured at 100M
// events: the duration indicator alone took 2 s of CPU). Percentiles are rebuilt exactly as percentile_cont does
// in both engines: rank position p·(n−1), the values at its floor and ceiling ranks, linear interpolation.

const PERCENTILES: [number, string][] = [
  [0.25, "p25_days"],
  [0.5, "median_days"],
  [0.75, "p75_days"],
  [0.9, "p90_days"],
];

function durationHistogramQuery(plan: ComputationPlan, indicator: PersonIndicatorPlan, dialect: SqlDialect): SqlFragment {
  const dimensions = new Set(indicator.breakdowns.flat());
  const hasMonth = dimensions.has("month");
  const anchor = ident(indicator.numerator.anchor!);
  const days = sql`${ident(indicator.durationEnd!)} - ${anchor}`;
  const where = personConditionSql(indicator.numerator.condition, plan.ageYear);
  // The month on its own has a histogram of its own: CPI × month × days would be as many rows as persons.
  const monthApart = hasMonth && !indicator.breakdowns.some((b) => b.includes("month") && b.length > 1);
  const withMonth = hasMonth && !monthApart;
  const placeKeys = [sql`cpi_code`, ...(withMonth ? [monthStart(anchor)] : [])];
  const placeKeyColumns = [sql`cpi_code`, ...(withMonth ? [sql`${placeKeys[1]!} AS month_start`] : [])];
  const histogram = (keys: SqlFragment[], keyColumns: SqlFragment[]) =>
    sql`SELECT ${join([...keyColumns, sql`${days} AS duration_days`, sql`count(*) AS n`], "comma")}\nFROM ${ident(TEMP_TABLES.facts)}\nWHERE ${where}\nGROUP BY ${join([...keys, days], "comma")}`;
  const cells = histogram(placeKeys, placeKeyColumns);
  const place = placeColumns("c", dimensions, dialect, withMonth);
  const units = sql`SELECT c.*, ${join(place.columns, "comma")}\nFROM cells c${place.joins}`;
  const ctes = [sql`cells AS MATERIALIZED (\n${cells}\n)`];
  if (monthApart) {
    // Grouped by the month's first day, named "2022-06" afterwards: formatting text for every person cost more
    // than the histogram itself (measured at 100M events).
    const month = monthStart(anchor);
    const byMonth = histogram([month], [sql`${month} AS month_start`]);
    ctes.push(sql`month_cells AS MATERIALIZED (\nSELECT ${dialect.monthKey(sql`month_start`)} AS month_key, duration_days, n\nFROM (\n${byMonth}\n) m\n)`);
  }
  if (indicator.targetGroups.length > 0) {
    const bits = sql`tg_bits`;
    ctes.push(sql`group_cells AS MATERIALIZED (\n${histogram([bits], [bits])}\n)`);
  }
  ctes.push(sql`units AS MATERIALIZED (\n${units}\n)`);

  const selects: SqlFragment[] = [durationSelect(sql`'total'`, [], [], "units", [], null)];
  for (const breakdown of indicator.breakdowns) {
    const name = value(breakdown.join("+"));
    const columns = breakdown.filter((d): d is PlaceDimension => d !== "target_group").map((d) => DIMENSION_COLUMNS[d]);
    const notNull = breakdown.includes("structure") ? [sql`structure_id IS NOT NULL`] : [];
    if (!breakdown.includes("target_group")) {
      const table = monthApart && breakdown.length === 1 && breakdown[0] === "month" ? "month_cells" : "units";
      selects.push(durationSelect(name, columns.map((c) => c.key), columns.map((c) => c.label), table, notNull, null));
      continue;
    }
    for (const group of indicator.targetGroups) selects.push(durationSelect(name, [], [], "group_cells", [inGroup(plan, group)], group));
  }
  return sql`WITH ${join(ctes, "commaLine")}\n${join(selects, "unionAll")}`;
}

/** One breakdown's rows from a histogram (keys × duration_days × n): counts, mean and percentiles. */
function durationSelect(
  name: SqlFragment,
  keys: SqlFragment[],
  labels: SqlFragment[],
  table: string,
  where: SqlFragment[],
  group: TargetGroup | null,
): SqlFragment {
  const k = keys.map((_, i) => ident(`k${i + 1}`));
  const l = labels.map((_, i) => ident(`l${i + 1}`));
  // 1. the histogram of this breakdown: one row per key and number of days
  const histogramColumns = [...keys.map((key, i) => sql`${key} AS ${k[i]!}`), ...labels.map((label, i) => sql`${label} AS ${l[i]!}`)];
  const whereSql = where.length > 0 ? sql`\nWHERE ${and(where)}` : sql``;
  const h = sql`SELECT ${join([...histogramColumns, sql`duration_days`, sql`sum(n) AS n`], "comma")}\nFROM ${ident(table)}${whereSql}\nGROUP BY ${join([...keys, sql`duration_days`], "comma")}`;
  // 2. running counts in day order, the number of persons with a duration, the ranks each percentile needs
  const partition = k.length > 0 ? sql`PARTITION BY ${join(k, "comma")} ` : sql``;
  // In floating point: DuckDB sums counts as 128-bit integers and multiplies them by 0.9 as 38-digit decimals,
  // which made these few thousand rows cost as much as the histograms (measured at 100M events). The ranks stay
  // exact: p·(n−1) rounds to the nearest double, an integer when the product is one, and percentile_cont
  // interpolates in double precision in both engines.
  const valid = sql`CAST(sum(CASE WHEN duration_days IS NOT NULL THEN n END) OVER (${partition}) AS DOUBLE PRECISION)`;
  const ranks = PERCENTILES.map(([p], i) => sql`${value(p)} * (${valid} - 1) AS ${ident(`pos${i}`)}`);
  const running = sql`CAST(sum(n) OVER (${partition}ORDER BY duration_days) AS DOUBLE PRECISION) AS running`;
  const c = sql`SELECT h.*, ${running}, ${join(ranks, "comma")}\nFROM (\n${h}\n) h`;
  // 3. per key: the value at rank r is the first number of days whose running count exceeds r
  const valueAt = (rank: SqlFragment) => sql`min(CASE WHEN duration_days IS NOT NULL AND running > ${rank} THEN duration_days END)`;
  const percentiles = PERCENTILES.map(([, column], i) => {
    const pos = ident(`pos${i}`);
    const low = valueAt(sql`floor(${pos})`);
    const high = valueAt(sql`ceil(${pos})`);
    return sql`${low} + (${high} - ${low}) * max(${pos} - floor(${pos})) AS ${ident(column)}`;
  });
  const withDuration = sql`sum(CASE WHEN duration_days IS NOT NULL THEN n END)`;
  const measures = [
    sql`CAST(coalesce(${withDuration}, 0) AS BIGINT) AS numerator`,
    sql`CAST(coalesce(sum(n), 0) AS BIGINT) AS denominator`,
    sql`CAST(sum(duration_days * n) AS DOUBLE PRECISION) / CAST(${withDuration} AS DOUBLE PRECISION) AS mean_days`,
    ...percentiles,
  ];
  const keyParts = [...k, ...(group ? [value(group.id)] : [])];
  const labelParts = [...l.map((x) => sql`min(${x})`), ...(group ? [value(group.label)] : [])];
  const key = keyParts.length > 0 ? concatKeys(keyParts, "|") : sql`CAST('' AS VARCHAR)`;
  const label = labelParts.length > 0 ? concatKeys(labelParts, " | ") : sql`CAST(NULL AS VARCHAR)`;
  const groupBy = k.length > 0 ? sql`\nGROUP BY ${join(k, "comma")}` : sql``;
  return sql`SELECT ${name} AS breakdown, ${key} AS breakdown_key, ${label} AS breakdown_label,\n  ${join(measures, "comma")}\nFROM (\n${c}\n) c${groupBy}`;
}

// ---- breakdown selects ---------------------------------------------------------------------------------------

interface UnitsShape {
  /** numerator … p90_days over the selected units, or over one target group's units. */
  measures(group: TargetGroup | null): SqlFragment;
  /** a WHERE selecting one target group's units, when units are persons rather than cells. */
  groupFilter(group: TargetGroup): SqlFragment | null;
  /** a HAVING dropping breakdown rows with nothing counted. */
  having(group: TargetGroup | null): SqlFragment | null;
  /** the cells by bits the target-group rows are read from, when the groups are reported on their own. */
  groupTable?: GroupTable;
}

function breakdownSelects(breakdowns: Dimension[][], groups: TargetGroup[], shape: UnitsShape): SqlFragment {
  const selects: SqlFragment[] = [
    sql`SELECT 'total' AS breakdown, CAST('' AS VARCHAR) AS breakdown_key, CAST(NULL AS VARCHAR) AS breakdown_label,\n  ${shape.measures(null)}\nFROM units`,
  ];
  for (const breakdown of breakdowns) {
    const name = value(breakdown.join("+"));
    const dimensions = breakdown.filter((d): d is PlaceDimension => d !== "target_group");
    const columns = dimensions.map((d) => DIMENSION_COLUMNS[d]);
    const notNull = dimensions.includes("structure") ? [sql`structure_id IS NOT NULL`] : [];
    const groupBy = columns.length > 0 ? sql`\nGROUP BY ${join(columns.map((c) => c.key), "comma")}` : sql``;
    if (shape.groupTable && breakdown.includes("target_group")) {
      if (columns.length > 0) throw new Error("gruppi target incrociati con altre dimensioni: servono le celle per unità");
      if (groups.length > 0) selects.push(groupRowsSelect(name, groups, shape.groupTable, shape.measures(null)));
      continue;
    }
    const variants: (TargetGroup | null)[] = breakdown.includes("target_group") ? groups : [null];
    for (const group of variants) {
      const keyParts = [...columns.map((c) => c.key), ...(group ? [value(group.id)] : [])];
      const labelParts = [...columns.map((c) => c.label), ...(group ? [value(group.label)] : [])];
      const filter = group ? shape.groupFilter(group) : null;
      const where = [...notNull, ...(filter ? [filter] : [])];
      const whereSql = where.length > 0 ? sql`\nWHERE ${and(where)}` : sql``;
      const having = columns.length > 0 ? shape.having(group) : null;
      const havingSql = having ? sql`\nHAVING ${having}` : sql``;
      selects.push(
        sql`SELECT ${name}, ${concatKeys(keyParts, "|")}, ${concatKeys(labelParts, " | ")},\n  ${shape.measures(group)}\nFROM units${whereSql}${groupBy}${havingSql}`,
      );
    }
  }
  return join(selects, "unionAll");
}

/**
 * The rows of the target groups on their own, from cells by bits: one select over a list of the groups instead
 * of one per group. The statement is shorter (the ten groups of each indicator were half of its text, and
 * planning the full set took a quarter of its time at 10M events), and every group has its row, 0 when none of
 * its persons is counted.
 */
function groupRowsSelect(name: SqlFragment, groups: TargetGroup[], table: GroupTable, measures: SqlFragment): SqlFragment {
  const rows = groups.map((g) => sql`(${value(g.id)}, ${value(g.label)}, ${value(table.bit(g))})`);
  return sql`SELECT ${name}, CAST(g.group_id AS VARCHAR), CAST(g.group_label AS VARCHAR),\n  ${measures}\nFROM (VALUES ${join(rows, "comma")}) g (group_id, group_label, group_bit)\nLEFT JOIN ${ident(table.name)} ON (tg_bits & g.group_bit) <> 0\nGROUP BY g.group_id, g.group_label`;
}

function concatKeys(parts: SqlFragment[], separator: string): SqlFragment {
  if (parts.length === 1) return sql`CAST(${parts[0]!} AS VARCHAR)`;
  return sql`concat_ws(${value(separator)}, ${join(parts, "comma")})`;
}
