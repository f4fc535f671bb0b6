// The plan: what must be computed for a set of definitions over one period, before any SQL exists.
// Definitions that look at the same events share "features" (the first date a person had such an event in
// such a window), so the whole indicator set reads each person's timeline once (STYLE.md, analytics pipeline).
import type { Dimension, Filter, Statistic } from "../definition/definition-schema";
import type { TargetGroup } from "../target-groups";

/** Inclusive calendar dates, YYYY-MM-DD. */
export interface DateWindow {
  from: string;
  to: string;
}

export interface EventPredicate {
  types: string[];
  where: Filter | null;
}

/** The first date of a matching event inside a fixed window (null when none). */
export interface AbsoluteFeature {
  name: string;
  predicate: EventPredicate;
  window: DateWindow;
}

/** The first date of a matching event between anchor + fromDays and anchor + toDays. */
export interface RelativeFeature {
  name: string;
  anchor: AbsoluteFeature;
  predicate: EventPredicate;
  fromDays: number;
  toDays: number;
}

export type PersonCondition =
  | { kind: "true" }
  | { kind: "false" }
  | { kind: "has"; feature: string }
  | { kind: "person"; filter: Filter }
  | { kind: "and"; items: PersonCondition[] }
  | { kind: "or"; items: PersonCondition[] }
  | { kind: "not"; item: PersonCondition };

/**
 * A set of persons: placed in the period by `anchor` (a feature), kept when `condition` holds. A set with no
 * anchor and no event condition ("all recipients of income support") is read from the persons table alone.
 */
export interface PersonSetPlan {
  anchor: string | null;
  condition: PersonCondition;
  source: "facts" | "persons";
}

/** Events counted by CPI and month in the shared event pass. */
export interface EventCountPlan {
  name: string;
  predicate: EventPredicate;
  window: DateWindow;
  persons: Filter | null;
}

interface IndicatorPlanBase {
  definitionId: string;
  definitionHash: string;
  title: string;
  measure: "count" | "rate" | "duration";
  breakdowns: Dimension[][];
  targetGroups: TargetGroup[];
  /** rate only: the numerator/denominator ratio is multiplied by it (100 for percentages). */
  scale: number | null;
  /** duration only: the statistic reported as the value. */
  statistic: Statistic | null;
}

export interface PersonIndicatorPlan extends IndicatorPlanBase {
  status: "planned";
  unit: "persons";
  numerator: PersonSetPlan;
  denominator: PersonSetPlan | null;
  /** duration only: the end event's relative feature. */
  durationEnd: string | null;
  /** whether the numerator is made of denominator units (then only these are scanned). */
  isNumeratorSubset: boolean;
}

export interface EventIndicatorPlan extends IndicatorPlanBase {
  status: "planned";
  unit: "events";
  numerator: EventCountPlan;
  denominator: EventCountPlan | null;
}

export interface SkippedIndicatorPlan extends IndicatorPlanBase {
  status: "not-computable";
  reason: string;
}

export type IndicatorPlan = PersonIndicatorPlan | EventIndicatorPlan | SkippedIndicatorPlan;

export interface ComputationPlan {
  period: DateWindow;
  /** the year ages are computed in (the period's last year). */
  ageYear: number;
  absoluteFeatures: AbsoluteFeature[];
  relativeFeatures: RelativeFeature[];
  eventCounts: EventCountPlan[];
  indicators: IndicatorPlan[];
  /** "all" when some set without anchor still tests events, so persons without events must be in the facts. */
  personPopulation: "all" | "with-events";
  /** every target group some indicator breaks down by; a person's groups are bits in this order. */
  targetGroups: TargetGroup[];
  /** a CPI → structure map is joined, adding the "structure" dimension. */
  hasStructureMap: boolean;
}
