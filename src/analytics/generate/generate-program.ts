// ComputationPlan → one SQL statement for one dialect. The shared passes (shared-passes.ts) are common table
// expressions computed once; each indicator (indicator-queries.ts) is a CTE over them; the statement returns
// the union of the indicators' rows, tagged with definition_id. One statement rather than temporary tables:
// DuckDB writes a temporary table through its storage layer (≈25 ns a value, measured), while a materialised
// CTE stays in memory.
import { sharedCte, type SqlDialect } from "../sql/dialect";
import { ident, join, sql, value, type SqlFragment } from "../sql/fragment";
import type { ComputationPlan, EventCountPlan, EventIndicatorPlan, PersonIndicatorPlan } from "../plan/computation-plan";
import { durationIndicatorQuery, eventCellsIndicatorQuery, personCellsIndicatorQuery, sharedCellsIndicatorQuery } from "./indicator-queries";
import { planSharedCells } from "./shared-cells";
import { TEMP_TABLES, eventCountsSelect, personFactsSelect, relativeSelect, timelineSelect } from "./shared-passes";

export { TEMP_TABLES } from "./shared-passes";

export interface SqlProgram {
  dialect: SqlDialect;
  /** null when no indicator can be computed for the period. */
  statement: SqlFragment | null;
  /** the definitions whose rows the statement returns, in order. */
  definitionIds: string[];
}

/** The columns the statement returns, in this order: definition_id, then one row per breakdown value. */
export const RESULT_COLUMNS = [
  "definition_id",
  "breakdown",
  "breakdown_key",
  "breakdown_label",
  "numerator",
  "denominator",
  "mean_days",
  "p25_days",
  "median_days",
  "p75_days",
  "p90_days",
] as const;

export function generateProgram(plan: ComputationPlan, dialect: SqlDialect): SqlProgram {
  const planned = plan.indicators.filter((i) => i.status === "planned");
  if (planned.length === 0) return { dialect, statement: null, definitionIds: [] };
  const personIndicators = planned.filter((i): i is PersonIndicatorPlan => i.unit === "persons");
  const eventIndicators = planned.filter((i): i is EventIndicatorPlan => i.unit === "events");

  const ctes: SqlFragment[] = [];
  if (personIndicators.length > 0) {
    if (plan.absoluteFeatures.length > 0) ctes.push(sharedCte(TEMP_TABLES.timeline, timelineSelect(plan)));
    if (plan.relativeFeatures.length > 0) ctes.push(sharedCte(TEMP_TABLES.relative, relativeSelect(plan)));
    ctes.push(sharedCte(TEMP_TABLES.facts, personFactsSelect(plan)));
  }
  const eventTables = assignEventCountTables(eventIndicators);
  for (const [table, counts] of eventTables.byTable) {
    if (counts.length === 0) continue;
    ctes.push(sharedCte(table, eventCountsSelect(plan, counts, table === TEMP_TABLES.eventCountsWithPersons)));
  }

  const sharedCells = planSharedCells(
    plan,
    planned.flatMap((indicator, position) => (indicator.unit === "persons" ? [{ position, indicator }] : [])),
  );
  for (const { name, select } of sharedCells.ctes) ctes.push(sharedCte(name, select));

  const selects: SqlFragment[] = [];
  planned.forEach((indicator, i) => {
    let body: SqlFragment;
    const shared = sharedCells.cellsOf(i);
    if (indicator.unit === "events") body = eventCellsIndicatorQuery(plan, indicator, eventTables.tableOf(indicator.numerator), dialect);
    else if (indicator.measure === "duration") body = durationIndicatorQuery(plan, indicator, dialect);
    else if (shared) body = sharedCellsIndicatorQuery(plan, indicator, dialect, shared.cells, shared.groupCells);
    else body = personCellsIndicatorQuery(plan, indicator, dialect);
    const name = `indicator_${i + 1}`;
    ctes.push(sharedCte(name, body));
    selects.push(sql`SELECT ${value(indicator.definitionId)} AS definition_id, * FROM ${ident(name)}`);
  });
  const statement = sql`WITH\n${join(ctes, "commaLine")}\n${join(selects, "unionAll")}`;
  return { dialect, statement, definitionIds: planned.map((i) => i.definitionId) };
}

interface EventTables {
  byTable: Map<string, EventCountPlan[]>;
  tableOf(count: EventCountPlan): string;
}

// Counts needing person attributes (a person filter, or target groups) go to a pass joined with persons; the
// others skip that join, the most expensive part of the pass at national scale. Both counts of a rate go to the
// same table, so its cells come from one row set.
function assignEventCountTables(indicators: EventIndicatorPlan[]): EventTables {
  const needsPersons = new Set<string>();
  const all = new Map<string, EventCountPlan>();
  for (const indicator of indicators) {
    const counts = [indicator.numerator, ...(indicator.denominator ? [indicator.denominator] : [])];
    counts.forEach((c) => all.set(c.name, c));
    if (indicator.targetGroups.length > 0 || counts.some((c) => c.persons)) counts.forEach((c) => needsPersons.add(c.name));
  }
  const tableOf = (count: EventCountPlan) =>
    needsPersons.has(count.name) ? TEMP_TABLES.eventCountsWithPersons : TEMP_TABLES.eventCounts;
  const byTable = new Map<string, EventCountPlan[]>([
    [TEMP_TABLES.eventCounts, []],
    [TEMP_TABLES.eventCountsWithPersons, []],
  ]);
  for (const count of all.values()) byTable.get(tableOf(count))!.push(count);
  return { byTable, tableOf };
}
