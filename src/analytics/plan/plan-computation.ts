// Definitions + period → ComputationPlan. Pure: no database, no clock.
import { formatItalianDate } from "../../domain/italian";
import { canonicalJson, type LoadedDefinition } from "../definition/load-definition";
import type {
  Anchor,
  Condition,
  Dimension,
  EventSelector,
  Filter,
  IndicatorDefinition,
  UnitSet,
  When,
} from "../definition/definition-schema";
import { TARGET_GROUPS, findTargetGroup, type TargetGroup } from "../target-groups";
import type {
  AbsoluteFeature,
  ComputationPlan,
  DateWindow,
  EventCountPlan,
  EventPredicate,
  IndicatorPlan,
  PersonCondition,
  PersonSetPlan,
  RelativeFeature,
} from "./computation-plan";

/** "until_period_end" reaches back to the first data there can be. */
export const EARLIEST_DATE = "1900-01-01";

export const DEFAULT_BREAKDOWNS: Record<"persons" | "events", Dimension[][]> = {
  persons: [["cpi"], ["province"], ["region"], ["month"], ["target_group"]],
  events: [["cpi"], ["province"], ["region"], ["month"]],
};

export interface PlanOptions {
  /** a CPI → structure map will be joined: adds the "structure" breakdown to every indicator. */
  hasStructureMap?: boolean;
  /** replaces each definition's breakdowns (e.g. only the total, for the benchmark). */
  breakdowns?: Dimension[][];
}

export function planComputation(
  definitions: readonly LoadedDefinition[],
  period: DateWindow,
  options: PlanOptions = {},
): ComputationPlan {
  if (period.from > period.to) throw new Error(`periodo non valido: ${period.from} > ${period.to}`);
  const registry = new FeatureRegistry();
  let personPopulation: ComputationPlan["personPopulation"] = "with-events";
  const indicators = definitions.map(({ definition, hash }) => {
    const plan = planIndicator(definition, hash, period, registry, options);
    if (plan.status === "planned" && plan.unit === "persons") {
      const sets = [plan.numerator, ...(plan.denominator ? [plan.denominator] : [])];
      if (sets.some((s) => s.anchor === null && s.source === "facts")) personPopulation = "all";
    }
    return plan;
  });
  const used = new Set(indicators.flatMap((i) => i.targetGroups.map((g) => g.id)));
  return {
    period,
    ageYear: Number(period.to.slice(0, 4)),
    absoluteFeatures: registry.absolute,
    relativeFeatures: registry.relative,
    eventCounts: registry.eventCounts,
    indicators,
    personPopulation,
    targetGroups: TARGET_GROUPS.filter((g) => used.has(g.id)),
    hasStructureMap: options.hasStructureMap ?? false,
  };
}

function planIndicator(
  definition: IndicatorDefinition,
  hash: string,
  period: DateWindow,
  registry: FeatureRegistry,
  options: PlanOptions,
): IndicatorPlan {
  const breakdowns = options.breakdowns ?? (definition.breakdowns ?? DEFAULT_BREAKDOWNS[definition.unit]).map(asList);
  if (options.hasStructureMap) breakdowns.push(["structure"]);
  const base = {
    definitionId: definition.id,
    definitionHash: hash,
    title: definition.title,
    measure: definition.measure,
    breakdowns,
    targetGroups: targetGroupsOf(definition, breakdowns),
    scale: definition.measure === "rate" ? definition.scale : null,
    statistic: definition.measure === "duration" ? definition.statistic : null,
  };

  const sets: UnitSet[] = definition.measure === "rate" ? [definition.denominator] : [definition];
  if (definition.measure === "rate" && !("of" in definition.numerator)) sets.push(definition.numerator);
  for (const set of sets) {
    const window = unitWindow(set.anchor, period);
    if (!window) {
      return { ...base, status: "not-computable", reason: outsideReason(set.anchor!, period) };
    }
  }

  if (definition.unit === "events") {
    const countOf = (set: UnitSet, extraWhere: Filter | null, extraPersons: Filter | null): EventCountPlan =>
      registry.eventCount({
        predicate: predicateOf(set.anchor!, extraWhere),
        window: unitWindow(set.anchor, period)!,
        persons: andFilters(set.persons ?? null, extraPersons),
      });
    if (definition.measure === "rate") {
      const denominator = countOf(definition.denominator, null, null);
      const numerator =
        "of" in definition.numerator
          ? countOf(definition.denominator, definition.numerator.where ?? null, definition.numerator.persons ?? null)
          : countOf(definition.numerator, null, null);
      return { ...base, status: "planned", unit: "events", numerator, denominator };
    }
    return { ...base, status: "planned", unit: "events", numerator: countOf(definition, null, null), denominator: null };
  }

  const personSet = (set: UnitSet, extra: PersonCondition[] = []): PersonSetPlan => {
    const window = unitWindow(set.anchor, period)!;
    const anchorFeature = set.anchor ? registry.absoluteFeature(predicateOf(set.anchor, null), window) : null;
    const parts: PersonCondition[] = [];
    if (anchorFeature) parts.push({ kind: "has", feature: anchorFeature.name });
    if (set.persons) parts.push({ kind: "person", filter: set.persons });
    if (set.require) parts.push(planCondition(set.require, window, anchorFeature, registry));
    const condition = allOf([...parts, ...extra]);
    return { anchor: anchorFeature?.name ?? null, condition, source: sourceOf(anchorFeature?.name ?? null, condition) };
  };

  if (definition.measure === "rate") {
    const denominator = personSet(definition.denominator);
    if ("of" in definition.numerator) {
      const extra: PersonCondition[] = [];
      const anchorFeature = denominator.anchor ? registry.byName(denominator.anchor) : null;
      const window = unitWindow(definition.denominator.anchor, period)!;
      if (definition.numerator.persons) extra.push({ kind: "person", filter: definition.numerator.persons });
      if (definition.numerator.require) extra.push(planCondition(definition.numerator.require, window, anchorFeature, registry));
      const condition = allOf([denominator.condition, ...extra]);
      const numerator = { anchor: denominator.anchor, condition, source: sourceOf(denominator.anchor, condition) };
      return { ...base, status: "planned", unit: "persons", numerator, denominator, durationEnd: null, isNumeratorSubset: true };
    }
    const numerator = personSet(definition.numerator);
    return { ...base, status: "planned", unit: "persons", numerator, denominator, durationEnd: null, isNumeratorSubset: false };
  }

  const units = personSet(definition);
  if (definition.measure === "duration") {
    const anchorFeature = registry.byName(units.anchor!);
    const end = registry.relativeFeature(anchorFeature, predicateOf(definition.until, null), 0, definition.until.within_days);
    return { ...base, status: "planned", unit: "persons", numerator: units, denominator: null, durationEnd: end.name, isNumeratorSubset: true };
  }
  return { ...base, status: "planned", unit: "persons", numerator: units, denominator: null, durationEnd: null, isNumeratorSubset: true };
}

function planCondition(
  condition: Condition,
  window: DateWindow,
  anchor: AbsoluteFeature | null,
  registry: FeatureRegistry,
): PersonCondition {
  if ("all" in condition) return allOf(condition.all.map((c) => planCondition(c, window, anchor, registry)));
  if ("any" in condition) return anyOf(mergeAlternatives(condition.any).map((c) => planCondition(c, window, anchor, registry)));
  if ("not" in condition) return { kind: "not", item: planCondition(condition.not, window, anchor, registry) };
  const predicate = predicateOf(condition.has, null);
  const when: When = condition.has.when ?? "period";
  if (when === "period") return { kind: "has", feature: registry.absoluteFeature(predicate, window).name };
  if (when === "until_period_end") {
    return { kind: "has", feature: registry.absoluteFeature(predicate, { from: EARLIEST_DATE, to: window.to }).name };
  }
  if ("within_days_after_anchor" in when) {
    return { kind: "has", feature: registry.relativeFeature(anchor!, predicate, 0, when.within_days_after_anchor).name };
  }
  if ("within_days_before_anchor" in when) {
    return { kind: "has", feature: registry.relativeFeature(anchor!, predicate, -when.within_days_before_anchor, 0).name };
  }
  const part = intersect(window, { from: when.from ?? window.from, to: when.to ?? window.to });
  if (!part) return { kind: "false" };
  return { kind: "has", feature: registry.absoluteFeature(predicate, part).name };
}

/**
 * "Has A, or has B, or has C" with the same `when` is "has an event that is A or B or C": one feature (one
 * first date per person) instead of three. The per-person passes cost about one aggregate per feature for every
 * event row they read (measured at 100M events: the four features of AFOL 13 and the Lombardy drop-out
 * rate merged into two took 12% off the whole set). The alternatives' types and filters become one filter
 * on the event type and fields.
 */
function mergeAlternatives(items: Condition[]): Condition[] {
  const byWhen = new Map<string, (EventSelector & { when?: When })[]>();
  const others: Condition[] = [];
  for (const item of items) {
    if (!("has" in item)) {
      others.push(item);
      continue;
    }
    const key = canonicalJson(item.has.when ?? "period");
    byWhen.set(key, [...(byWhen.get(key) ?? []), item.has]);
  }
  const merged = [...byWhen.values()].map((group): Condition => {
    if (group.length === 1) return { has: group[0]! };
    const types = [...new Set(group.flatMap((h) => (Array.isArray(h.event) ? h.event : [h.event])))].sort();
    const alternatives = group.map((h): Filter => {
      const ofType: Filter = { event_type: Array.isArray(h.event) ? [...h.event] : h.event };
      return h.where ? { all_of: [ofType, h.where] } : ofType;
    });
    const has: EventSelector & { when?: When } = { event: types, where: { any_of: alternatives } };
    if (group[0]!.when !== undefined) has.when = group[0]!.when;
    return { has };
  });
  return [...merged, ...others];
}

/** Persons without anchor whose condition tests only their attributes are counted from the persons table. */
function sourceOf(anchor: string | null, condition: PersonCondition): "facts" | "persons" {
  return anchor === null && !testsEvents(condition) ? "persons" : "facts";
}

function testsEvents(condition: PersonCondition): boolean {
  switch (condition.kind) {
    case "has":
      return true;
    case "and":
    case "or":
      return condition.items.some(testsEvents);
    case "not":
      return testsEvents(condition.item);
    default:
      return false;
  }
}

/** The period narrowed by the anchor's own from/to; null when they do not overlap. */
export function unitWindow(anchor: Anchor | undefined, period: DateWindow): DateWindow | null {
  if (!anchor) return period;
  return intersect(period, { from: anchor.from ?? period.from, to: anchor.to ?? period.to });
}

function intersect(a: DateWindow, b: DateWindow): DateWindow | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : null;
}

function outsideReason(anchor: Anchor, period: DateWindow): string {
  const range = [anchor.from && `dal ${formatItalianDate(anchor.from)}`, anchor.to && `al ${formatItalianDate(anchor.to)}`]
    .filter(Boolean)
    .join(" ");
  return `l'indicatore vale ${range}: il periodo ${formatItalianDate(period.from)}–${formatItalianDate(period.to)} ne è fuori`;
}

function predicateOf(selector: EventSelector | Anchor, extraWhere: Filter | null): EventPredicate {
  const types = (Array.isArray(selector.event) ? [...selector.event] : [selector.event]).sort();
  return { types, where: andFilters(selector.where ?? null, extraWhere) };
}

function andFilters(a: Filter | null, b: Filter | null): Filter | null {
  if (!a) return b;
  if (!b) return a;
  return { all_of: [a, b] };
}

function allOf(items: PersonCondition[]): PersonCondition {
  const kept = items.filter((c) => c.kind !== "true");
  if (kept.some((c) => c.kind === "false")) return { kind: "false" };
  if (kept.length === 0) return { kind: "true" };
  return kept.length === 1 ? kept[0]! : { kind: "and", items: kept };
}

function anyOf(items: PersonCondition[]): PersonCondition {
  const kept = items.filter((c) => c.kind !== "false");
  if (kept.some((c) => c.kind === "true")) return { kind: "true" };
  if (kept.length === 0) return { kind: "false" };
  return kept.length === 1 ? kept[0]! : { kind: "or", items: kept };
}

function asList(breakdown: Dimension | Dimension[]): Dimension[] {
  return Array.isArray(breakdown) ? [...breakdown] : [breakdown];
}

function targetGroupsOf(definition: IndicatorDefinition, breakdowns: Dimension[][]): TargetGroup[] {
  if (!breakdowns.some((b) => b.includes("target_group"))) return [];
  if (!definition.target_groups) return [...TARGET_GROUPS];
  return definition.target_groups.map((id) => findTargetGroup(id)!);
}

/** Hands out feature names and makes equal features (same events, same window) the same feature. */
class FeatureRegistry {
  readonly absolute: AbsoluteFeature[] = [];
  readonly relative: RelativeFeature[] = [];
  readonly eventCounts: EventCountPlan[] = [];
  private readonly byKey = new Map<string, { name: string }>();
  private readonly names = new Set<string>();

  absoluteFeature(predicate: EventPredicate, window: DateWindow): AbsoluteFeature {
    const key = canonicalJson({ kind: "absolute", predicate, window });
    const found = this.byKey.get(key);
    if (found) return found as AbsoluteFeature;
    const feature: AbsoluteFeature = { name: this.freshName("first", predicate), predicate, window };
    this.byKey.set(key, feature);
    this.absolute.push(feature);
    return feature;
  }

  relativeFeature(anchor: AbsoluteFeature, predicate: EventPredicate, fromDays: number, toDays: number): RelativeFeature {
    const key = canonicalJson({ kind: "relative", anchor: anchor.name, predicate, fromDays, toDays });
    const found = this.byKey.get(key);
    if (found) return found as RelativeFeature;
    const prefix = fromDays < 0 ? "before" : "after";
    const feature: RelativeFeature = { name: this.freshName(prefix, predicate), anchor, predicate, fromDays, toDays };
    this.byKey.set(key, feature);
    this.relative.push(feature);
    return feature;
  }

  eventCount(count: Omit<EventCountPlan, "name">): EventCountPlan {
    const key = canonicalJson({ kind: "events", ...count });
    const found = this.byKey.get(key);
    if (found) return found as EventCountPlan;
    const plan: EventCountPlan = { name: this.freshName("n", count.predicate), ...count };
    this.byKey.set(key, plan);
    this.eventCounts.push(plan);
    return plan;
  }

  byName(name: string): AbsoluteFeature {
    const feature = this.absolute.find((f) => f.name === name);
    if (!feature) throw new Error(`feature ${name} non pianificata`);
    return feature;
  }

  // Readable, stable names: first_psp_signed, first_psp_signed_2, after_hiring…
  private freshName(prefix: string, predicate: EventPredicate): string {
    const stem = `${prefix}_${predicate.types.join("_")}`.slice(0, 48);
    let name = stem;
    for (let i = 2; this.names.has(name); i++) name = `${stem}_${i}`;
    this.names.add(name);
    return name;
  }
}
