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
  return source === "facts" ? sql`tg_bits` : targetGroupBits(plan.targetGroups, null, plan.ageYear);
}

export function personCellsIndicatorQuery(plan: ComputationPlan, indicator: PersonIndicatorPlan, dialect: SqlDialect): SqlFragment {
  const hasMonth = indicator.breakdowns.some((b) => b.includes("month"));
  const condition = (set: PersonSetPlan) => personConditionSql(set.condition, plan.ageYear);
  const groups = indicator.targetGroups;
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
  const cellQuery = (source: PersonSetPlan["source"], numerator: Counted, denominator: Counted | null, where: SqlFragment) => {
    const keys = [sql`cpi_code`, ...(hasMonth ? [monthStart(ident(indicator.numerator.anchor!))] : [])];
    const keyColumns = [sql`cpi_code`, ...(hasMonth ? [sql`${keys[1]!} AS month_start`] : [])];
    const bits = bitsOf(plan, source);
    const table = source === "facts" ? ident(TEMP_TABLES.facts) : sql`persons`;
    const columns = [...keyColumns, ...counts("numerator", numerator, bits), ...counts("denominator", denominator, bits)];
    return sql`SELECT ${join(columns, "commaLine")}\nFROM ${table}\nWHERE ${where}\nGROUP BY ${join(keys, "comma")}`;
  };

  let cells: SqlFragment;
  const numerator = indicator.numerator;
  const denominator = indicator.denominator;
  if (!denominator) {
    cells = cellQuery(numerator.source, "all", null, condition(numerator));
  } else if (indicator.isNumeratorSubset && numerator.source === denominator.source) {
    cells = cellQuery(denominator.source, condition(numerator), "all", condition(denominator));
  } else if (numerator.source === denominator.source) {
    cells = cellQuery(numerator.source, condition(numerator), condition(denominator), or([condition(numerator), condition(denominator)]));
  } else {
    // e.g. recipients with a pact (facts) over all recipients (persons table): two cell sets, summed by the roll-up.
    cells = join(
      [
        cellQuery(numerator.source, "all", "none", condition(numerator)),
        cellQuery(denominator.source, "none", "all", condition(denominator)),
      ],
      "unionAll",
    );
  }
  return rollUp(cells, indicator, dialect, Boolean(denominator), hasMonth);
}

export function eventCellsIndicatorQuery(plan: ComputationPlan, indicator: EventIndicatorPlan, table: string, dialect: SqlDialect): SqlFragment {
  const hasMonth = indicator.breakdowns.some((b) => b.includes("month"));
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
  return rollUp(cells, indicator, dialect, Boolean(indicator.denominator), hasMonth);
}

function rollUp(
  cells: SqlFragment,
  indicator: PersonIndicatorPlan | EventIndicatorPlan,
  dialect: SqlDialect,
  hasDenominator: boolean,
  hasMonth: boolean,
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
  const body = breakdownSelects(indicator.breakdowns, indicator.targetGroups, { measures, groupFilter: () => null, having });
  return sql`WITH cells AS MATERIALIZED (\n${cells}\n),\nunits AS MATERIALIZED (\n${units}\n)\n${body}`;
}

// ---- durations: persons aggregated directly -----------------------------------------------------------------

export function durationIndicatorQuery(plan: ComputationPlan, indicator: PersonIndicatorPlan, dialect: SqlDialect): SqlFragment {
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

// ---- breakdown selects ---------------------------------------------------------------------------------------

interface UnitsShape {
  /** numerator … p90_days over the selected units, or over one target group's units. */
  measures(group: TargetGroup | null): SqlFragment;
  /** a WHERE selecting one target group's units, when units are persons rather than cells. */
  groupFilter(group: TargetGroup): SqlFragment | null;
  /** a HAVING dropping breakdown rows with nothing counted. */
  having(group: TargetGroup | null): SqlFragment | null;
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

function concatKeys(parts: SqlFragment[], separator: string): SqlFragment {
  if (parts.length === 1) return sql`CAST(${parts[0]!} AS VARCHAR)`;
  return sql`concat_ws(${value(separator)}, ${join(parts, "comma")})`;
}
