// The passes shared by every indicator of a program: they read the events once for all definitions.
import { FILTERABLE_PERSON_FIELDS } from "../event-model";
import { and, dateValue, ident, join, or, sql, value, type SqlFragment } from "../sql/fragment";
import type { TargetGroup } from "../target-groups";
import type { Filter } from "../definition/definition-schema";
import type { ComputationPlan, DateWindow, EventCountPlan, EventPredicate, PersonCondition } from "../plan/computation-plan";
import { packedPersonFieldResolver } from "../person-attributes";
import { compileFilter, eventFieldResolver, personFieldResolver, type FieldResolver } from "./compile-filter";
import {
  addDays,
  countWhere,
  dateBetween,
  filterForType,
  firstDateWhere,
  predicateSql,
  shiftDays,
  spanOf,
  typeIn,
  typesOf,
} from "./sql-pieces";

/** Names of the shared common table expressions (and of the structure map table a caller may create). */
export const TEMP_TABLES = {
  timeline: "analytics_person_timeline",
  relative: "analytics_person_relative",
  facts: "analytics_person_facts",
  eventCounts: "analytics_event_counts",
  eventCountsWithPersons: "analytics_event_counts_persons",
  structureMap: "analytics_structure_map",
} as const;

const PERSON_ATTRIBUTES = Object.keys(FILTERABLE_PERSON_FIELDS).filter((f) => f !== "age");

/** Pass 1: one row per person with the first date of every absolute feature. */
export function timelineSelect(plan: ComputationPlan): SqlFragment {
  const reads = plan.absoluteFeatures.map((f) => ({ predicate: f.predicate, window: f.window }));
  const scan = spanOf(reads.map((r) => r.window));
  const spans = typeSpans(reads);
  const features = plan.absoluteFeatures.map((f) => {
    const conditions = [predicateSql(f.predicate, "e"), ...windowBounds(f.window, f.predicate.types.map((t) => spans.get(t)!))];
    return sql`${firstDateWhere(and(conditions), sql`e.event_date`)} AS ${ident(f.name)}`;
  });
  // The person's attributes ride along (the same on each of the person's events, person-attributes.ts): no join
  // with persons later. As grouping keys rather than min() aggregates they cost a hash of two more integers
  // instead of two more aggregate updates per event (−10% on this pass at 100M events); the groups are the same.
  const carried = plan.personPopulation === "with-events" ? [ident("e", "person_attrs"), ident("e", "person_cpi_key")] : [];
  const keys = [ident("e", "person_key"), ...carried];
  return sql`SELECT ${join(keys, "comma")},\n  ${join(features, "commaLine")}\nFROM events e\nWHERE ${scanFilter(reads, scan)}\nGROUP BY ${join(keys, "comma")}`;
}

/**
 * The bounds of a feature's window its rows still need tested: the scan already keeps each type's rows within
 * the span of the windows that read it, so a bound no such span crosses is true for every row and is left out.
 */
function windowBounds(window: DateWindow, spans: DateWindow[]): SqlFragment[] {
  const bounds: SqlFragment[] = [];
  const needsFrom = spans.some((s) => s.from < window.from);
  const needsTo = spans.some((s) => s.to > window.to);
  if (needsFrom && needsTo) bounds.push(dateBetween(ident("e", "event_date"), window));
  else if (needsFrom) bounds.push(sql`e.event_date >= ${dateValue(window.from)}`);
  else if (needsTo) bounds.push(sql`e.event_date <= ${dateValue(window.to)}`);
  return bounds;
}

interface Read {
  predicate: EventPredicate;
  window: DateWindow;
}

/** For each event type a pass reads, the span of the windows reading it: the dates its rows are kept for. */
function typeSpans(reads: Read[]): Map<string, DateWindow> {
  const windows = new Map<string, DateWindow[]>();
  for (const { predicate, window } of reads) {
    for (const type of predicate.types) windows.set(type, [...(windows.get(type) ?? []), window]);
  }
  return new Map([...windows].map(([type, list]) => [type, spanOf(list)]));
}

/**
 * The WHERE of a pass: the scan window, and only the rows some feature can use — each type with its own
 * dates and the feature's field filters (LEP C, E, F, H, M but not the other letters; hirings up to 180 days
 * after December but closures up to 365). Rows no feature reads never reach the GROUP BY.
 */
function scanFilter(reads: Read[], scan: DateWindow): SqlFragment {
  const spans = typeSpans(reads);
  const branches = [...spans.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([type, span]) => {
      const conditions = [typeIn("e", [type])];
      if (span.from !== scan.from || span.to !== scan.to) conditions.push(dateBetween(ident("e", "event_date"), span));
      // A type some feature reads whole passes whole; otherwise it passes the feature filters, decided for it.
      const filters = reads.map((r) => filterForType(r.predicate, type)).filter((f) => f !== false);
      if (!filters.includes(true)) {
        conditions.push(or((filters as Filter[]).map((f) => compileFilter(f, eventFieldResolver("e")))));
      }
      return and(conditions);
    });
  // The plain type list first: DuckDB pushes it into the scan and skips row groups of other types.
  const types = [...spans.keys()].sort();
  return sql`${typeIn("e", types)} AND ${dateBetween(ident("e", "event_date"), scan)} AND (${or(branches)})`;
}

/** Pass 2: the events around each person's anchor dates (only persons that have an anchor). */
export function relativeSelect(plan: ComputationPlan): SqlFragment {
  const scan = spanOf(
    plan.relativeFeatures.map((f) => ({ from: addDays(f.anchor.window.from, f.fromDays), to: addDays(f.anchor.window.to, f.toDays) })),
  );
  const features = plan.relativeFeatures.map((f) => {
    const anchor = ident("t", f.anchor.name);
    const window = sql`e.event_date BETWEEN ${shiftDays(anchor, f.fromDays)} AND ${shiftDays(anchor, f.toDays)}`;
    return sql`${firstDateWhere(and([predicateSql(f.predicate, "e"), window]), sql`e.event_date`)} AS ${ident(f.name)}`;
  });
  const anchors = [...new Set(plan.relativeFeatures.map((f) => f.anchor.name))];
  const hasAnchor = or(anchors.map((a) => sql`${ident("t", a)} IS NOT NULL`));
  const reads: Read[] = plan.relativeFeatures.map((f) => ({
    predicate: f.predicate,
    window: { from: addDays(f.anchor.window.from, f.fromDays), to: addDays(f.anchor.window.to, f.toDays) },
  }));
  return sql`SELECT e.person_key,\n  ${join(features, "commaLine")}\nFROM events e\nJOIN ${ident(TEMP_TABLES.timeline)} t ON t.person_key = e.person_key\nWHERE ${scanFilter(reads, scan)} AND (${hasAnchor})\nGROUP BY e.person_key`;
}

/** The bits of a person's target groups (bit i = plan.targetGroups[i]), computed once per person. */
export function targetGroupBits(groups: TargetGroup[], resolver: FieldResolver): SqlFragment {
  if (groups.length === 0) return sql`0`;
  return join(
    groups.map((g, i) => sql`(CASE WHEN ${compileFilter(g.filter, resolver)} THEN ${value(2 ** i)} ELSE 0 END)`),
    "plus",
  );
}

/**
 * The person attributes the indicators' conditions read from the facts, and the CPI (every breakdown needs it).
 * The facts are materialised, so a column nobody reads would still be copied for millions of persons.
 */
function factAttributes(plan: ComputationPlan): string[] {
  const used = new Set(["cpi_code"]);
  const visitFilter = (filter: Filter): void => {
    for (const [key, test] of Object.entries(filter)) {
      if (test === undefined) continue;
      if (key === "any_of" || key === "all_of") (test as Filter[]).forEach(visitFilter);
      else if (key === "not") visitFilter(test as Filter);
      else used.add(key === "age" ? "birth_year" : key);
    }
  };
  const visit = (condition: PersonCondition): void => {
    if (condition.kind === "person") visitFilter(condition.filter);
    else if (condition.kind === "and" || condition.kind === "or") condition.items.forEach(visit);
    else if (condition.kind === "not") visit(condition.item);
  };
  for (const indicator of plan.indicators) {
    if (indicator.status !== "planned" || indicator.unit !== "persons") continue;
    visit(indicator.numerator.condition);
    if (indicator.denominator) visit(indicator.denominator.condition);
  }
  return PERSON_ATTRIBUTES.filter((a) => used.has(a));
}

/** Pass 3: persons with events, the attributes the indicators read, target-group bits and features. */
export function personFactsSelect(plan: ComputationPlan): SqlFragment {
  const hasTimeline = plan.absoluteFeatures.length > 0;
  // Persons with events take their attributes from the timeline (packed, person-attributes.ts); a population
  // of all persons reads the persons table.
  const fromTimeline = hasTimeline && plan.personPopulation === "with-events";
  const personField = fromTimeline
    ? packedPersonFieldResolver(ident("t", "person_attrs"), ident("pc", "office_code"), plan.ageYear)
    : personFieldResolver("p", plan.ageYear);
  const columns: SqlFragment[] = [sql`${ident(fromTimeline ? "t" : "p", "person_key")} AS person_key`];
  columns.push(...factAttributes(plan).map((a) => sql`${personField(a).expression} AS ${ident(a)}`));
  columns.push(sql`${targetGroupBits(plan.targetGroups, personField)} AS tg_bits`);
  columns.push(...plan.absoluteFeatures.map((f) => ident("t", f.name)));
  columns.push(...plan.relativeFeatures.map((f) => ident("r", f.name)));
  const relative = (key: string) =>
    plan.relativeFeatures.length > 0 ? sql`\nLEFT JOIN ${ident(TEMP_TABLES.relative)} r ON r.person_key = ${ident(key, "person_key")}` : sql``;
  let from: SqlFragment;
  if (!hasTimeline) from = sql`FROM persons p`;
  else if (plan.personPopulation === "all") {
    from = sql`FROM persons p\nLEFT JOIN ${ident(TEMP_TABLES.timeline)} t ON t.person_key = p.person_key${relative("p")}`;
  } else {
    // The person's CPI comes back from its integer key: a join with the few hundred offices, held in cache.
    from = sql`FROM ${ident(TEMP_TABLES.timeline)} t${relative("t")}\nJOIN offices pc ON pc.office_key = t.person_cpi_key`;
  }
  return sql`SELECT\n  ${join(columns, "commaLine")}\n${from}`;
}

/**
 * Pass 4: events counted by CPI and day, one column per count; split by target-group bits, read from the
 * person's attributes each event carries, when a count needs them. Days, not months: truncating every event's
 * date costs more than grouping by it, and the cells turn days into months on a few thousand rows.
 */
export function eventCountsSelect(plan: ComputationPlan, counts: EventCountPlan[], withPersons: boolean): SqlFragment {
  const scan = spanOf(counts.map((c) => c.window));
  const personField = packedPersonFieldResolver(ident("e", "person_attrs"), ident("e", "person_cpi"), plan.ageYear);
  const columns: SqlFragment[] = counts.map((count) => {
    const conditions = [predicateSql(count.predicate, "e")];
    if (count.window.from !== scan.from || count.window.to !== scan.to) conditions.push(dateBetween(ident("e", "event_date"), count.window));
    if (count.persons) conditions.push(compileFilter(count.persons, personField));
    return sql`${countWhere(and(conditions))} AS ${ident(count.name)}`;
  });
  const keys = [sql`e.cpi_code`, sql`e.event_date`];
  const keyColumns = [...keys];
  if (withPersons && plan.targetGroups.length > 0) {
    const bits = targetGroupBits(plan.targetGroups, personField);
    keys.push(bits);
    keyColumns.push(sql`${bits} AS tg_bits`);
  }
  const types = typesOf(counts.map((c) => c.predicate));
  return sql`SELECT ${join(keyColumns, "comma")},\n  ${join(columns, "commaLine")}\nFROM events e\nWHERE ${typeIn("e", types)} AND ${dateBetween(ident("e", "event_date"), scan)}\nGROUP BY ${join(keys, "comma")}`;
}
