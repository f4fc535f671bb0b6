// Cells shared by the person indicators. Each count or rate over persons rolls up from cells (CPI × month of
// its anchor, and target-group bits); computed per indicator, that is two aggregations of the person facts
// (millions of rows at national scale) for every indicator. Here the indicators with the same anchor share one
// aggregation by CPI × month, with a numerator and a denominator column each, and all share one aggregation
// by target-group bits: a handful of passes over the facts instead of two per indicator.
import { duckdbDialect } from "../sql/dialect";
import { ident, join, or, render, sql, type SqlFragment } from "../sql/fragment";
import type { ComputationPlan, PersonIndicatorPlan } from "../plan/computation-plan";
import { factCounts, needsMonth, type FactCounts } from "./indicator-queries";
import { TEMP_TABLES } from "./shared-passes";
import { countWhere, monthStart } from "./sql-pieces";

export interface SharedCells {
  /** the common table expressions to compute before the indicators. */
  ctes: { name: string; select: SqlFragment }[];
  /** the cells of one indicator (by its position in the program), or null when it computes its own. */
  cellsOf(position: number): { cells: SqlFragment; groupCells: SqlFragment | null } | null;
}

interface Member {
  position: number;
  indicator: PersonIndicatorPlan;
  counts: FactCounts;
}

const BY_GROUPS = "analytics_group_cells";
const numeratorColumn = (m: Member) => `n${m.position}`;
const denominatorColumn = (m: Member) => `d${m.position}`;

export function planSharedCells(plan: ComputationPlan, indicators: { position: number; indicator: PersonIndicatorPlan }[]): SharedCells {
  const members: Member[] = [];
  for (const { position, indicator } of indicators) {
    const counts = factCounts(plan, indicator);
    if (counts) members.push({ position, indicator, counts });
  }
  const byAnchor = new Map<string, Member[]>();
  for (const m of members) {
    const anchor = m.indicator.numerator.anchor ?? "";
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), m]);
  }

  const ctes: SharedCells["ctes"] = [];
  const placeCells = new Map<number, { table: string; hasMonth: boolean }>();
  [...byAnchor.entries()].forEach(([anchor, group], i) => {
    const table = `analytics_cells_${i + 1}`;
    const hasMonth = anchor !== "" && group.some((m) => needsMonth(m.indicator));
    const keys = [{ expression: sql`cpi_code`, name: "cpi_code" }];
    if (hasMonth) keys.push({ expression: monthStart(ident(anchor)), name: "month_start" });
    ctes.push({ name: table, select: countsSelect(group, keys) });
    group.forEach((m) => placeCells.set(m.position, { table, hasMonth }));
  });
  const grouped = members.filter((m) => m.indicator.targetGroups.length > 0);
  if (grouped.length > 0) ctes.push({ name: BY_GROUPS, select: countsSelect(grouped, [{ expression: sql`tg_bits`, name: "tg_bits" }]) });

  return {
    ctes,
    cellsOf(position) {
      const place = placeCells.get(position);
      if (!place) return null;
      const member = members.find((m) => m.position === position)!;
      const keys = [sql`cpi_code`, ...(place.hasMonth ? [sql`month_start`] : [])];
      const groupCells = member.indicator.targetGroups.length > 0 ? memberColumns(member, [sql`tg_bits`], BY_GROUPS) : null;
      return { cells: memberColumns(member, keys, place.table), groupCells };
    },
  };
}

/**
 * One aggregation of the person facts with a numerator (and denominator) column per member. Members often count
 * the same persons (the rates over "persons with a pact in the period" share their denominator): each distinct
 * count is computed once and named for every member that needs it.
 */
function countsSelect(members: Member[], keys: { expression: SqlFragment; name: string }[]): SqlFragment {
  const distinct = new Map<string, { count: SqlFragment; column: string }>();
  const names: SqlFragment[] = [];
  const conditions: SqlFragment[] = [];
  const name = (condition: SqlFragment, column: string) => {
    const text = render(condition, duckdbDialect);
    if (!distinct.has(text)) {
      distinct.set(text, { count: sql`${countWhere(condition)} AS ${ident(`c${distinct.size}`)}`, column: `c${distinct.size}` });
      conditions.push(condition);
    }
    names.push(sql`${ident(distinct.get(text)!.column)} AS ${ident(column)}`);
  };
  for (const m of members) {
    name(m.counts.numerator, numeratorColumn(m));
    if (m.counts.denominator) name(m.counts.denominator, denominatorColumn(m));
  }
  const aggregated = [...keys.map((k) => sql`${k.expression} AS ${ident(k.name)}`), ...[...distinct.values()].map((d) => d.count)];
  const inner = sql`SELECT ${join(aggregated, "commaLine")}\nFROM ${ident(TEMP_TABLES.facts)}\nWHERE ${or(conditions)}\nGROUP BY ${join(keys.map((k) => k.expression), "comma")}`;
  return sql`SELECT ${join([...keys.map((k) => ident(k.name)), ...names], "commaLine")}\nFROM (\n${inner}\n) counts`;
}

/** A member's columns of a shared aggregation, named as the roll-up expects. */
function memberColumns(member: Member, keys: SqlFragment[], table: string): SqlFragment {
  const denominator = member.counts.denominator ? ident(denominatorColumn(member)) : sql`CAST(NULL AS BIGINT)`;
  const columns = [...keys, sql`${ident(numeratorColumn(member))} AS numerator_all`, sql`${denominator} AS denominator_all`];
  return sql`SELECT ${join(columns, "comma")}\nFROM ${ident(table)}`;
}
