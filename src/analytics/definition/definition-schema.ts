// Declarative indicator definitions, as written in src/analytics/definitions/*.yaml and documented in
// docs/analytics.md. The zod schema checks the shape; check-definition.ts checks the meaning (fields that
// exist, codes that exist, breakdowns that make sense), so each error can name the exact place.
import { z } from "zod";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "data non valida (atteso AAAA-MM-GG)");
const Scalar = z.union([z.string(), z.number(), z.boolean()]);
export type Scalar = z.infer<typeof Scalar>;

/** A test on one field: a value (equals), a list (one of), or comparisons. */
const FieldTest = z.union([
  Scalar,
  z.array(Scalar).min(1),
  z
    .object({
      eq: Scalar.optional(),
      ne: Scalar.optional(),
      in: z.array(Scalar).min(1).optional(),
      not_in: z.array(Scalar).min(1).optional(),
      gt: z.number().optional(),
      gte: z.number().optional(),
      lt: z.number().optional(),
      lte: z.number().optional(),
      is_null: z.boolean().optional(),
    })
    .strict(),
]);
export type FieldTest = z.infer<typeof FieldTest>;

/** Field tests joined by AND, with `any_of` / `all_of` / `not` for the rest. */
export interface Filter {
  any_of?: Filter[];
  all_of?: Filter[];
  not?: Filter;
  [field: string]: FieldTest | Filter | Filter[] | undefined;
}
export const Filter: z.ZodType<Filter> = z.lazy(() =>
  z
    .object({
      any_of: z.array(Filter).min(1).optional(),
      all_of: z.array(Filter).min(1).optional(),
      not: Filter.optional(),
    })
    .catchall(FieldTest),
) as z.ZodType<Filter>;

const EventNames = z.union([z.string(), z.array(z.string()).min(1)]);

/** Which events: one type or a list, optionally narrowed by a filter on their fields. */
export const EventSelector = z.object({ event: EventNames, where: Filter.optional() }).strict();
export type EventSelector = z.infer<typeof EventSelector>;

/**
 * The event that places a unit in the period: an event is counted in the period its date falls in, a person in
 * the period of their first anchor event. `from`/`to` narrow it further ("da giugno 2022", seed 000 ob. 12).
 */
export const Anchor = z
  .object({ event: EventNames, where: Filter.optional(), from: IsoDate.optional(), to: IsoDate.optional() })
  .strict();
export type Anchor = z.infer<typeof Anchor>;

/** When a required event must happen. */
export const When = z.union([
  z.literal("period"), // inside the unit's period (the anchor's window)
  z.literal("until_period_end"), // any time up to the end of that window
  z.object({ within_days_after_anchor: z.number().int().min(0) }).strict(),
  z.object({ within_days_before_anchor: z.number().int().min(0) }).strict(),
  z.object({ from: IsoDate.optional(), to: IsoDate.optional() }).strict(), // a part of the period: "da settembre"
]);
export type When = z.infer<typeof When>;

export type Condition =
  | { has: EventSelector & { when?: When } }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ has: EventSelector.extend({ when: When.optional() }).strict() }).strict(),
    z.object({ all: z.array(Condition).min(1) }).strict(),
    z.object({ any: z.array(Condition).min(1) }).strict(),
    z.object({ not: Condition }).strict(),
  ]),
) as z.ZodType<Condition>;

/** A set of units: the anchor places them in the period, `persons` and `require` narrow them. */
export const UnitSet = z
  .object({ anchor: Anchor.optional(), persons: Filter.optional(), require: Condition.optional() })
  .strict();
export type UnitSet = z.infer<typeof UnitSet>;

/** A numerator made of the denominator's units that also pass these tests (same anchor, same breakdowns). */
export const NumeratorOfDenominator = z
  .object({
    of: z.literal("denominator"),
    where: Filter.optional(),
    persons: Filter.optional(),
    require: Condition.optional(),
  })
  .strict();

export const DIMENSIONS = ["cpi", "province", "region", "month", "target_group", "structure"] as const;
export const Dimension = z.enum(DIMENSIONS);
export type Dimension = z.infer<typeof Dimension>;
export const Breakdown = z.union([Dimension, z.array(Dimension).min(1).max(3)]);

export const STATISTICS = ["mean", "median", "p25", "p75", "p90"] as const;
export const Statistic = z.enum(STATISTICS);
export type Statistic = z.infer<typeof Statistic>;

const common = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "usare lettere minuscole, cifre e trattini"),
  title: z.string().min(1),
  description: z.string().optional(),
  /** where the indicator comes from: seed, objective, target. */
  source: z.string().min(1),
  unit: z.enum(["persons", "events"]),
  breakdowns: z.array(Breakdown).optional(),
  target_groups: z.array(z.string()).min(1).optional(),
};

export const CountDefinition = z
  .object({ ...common, measure: z.literal("count"), ...UnitSet.shape })
  .strict();

export const RateDefinition = z
  .object({
    ...common,
    measure: z.literal("rate"),
    numerator: z.union([NumeratorOfDenominator, UnitSet]),
    denominator: UnitSet,
    /** 100 for a percentage. */
    scale: z.number().positive().default(100),
  })
  .strict();

export const DurationDefinition = z
  .object({
    ...common,
    measure: z.literal("duration"),
    ...UnitSet.shape,
    /** the end event: the first one on or after the anchor, within `within_days`. */
    until: EventSelector.extend({ within_days: z.number().int().min(0) }).strict(),
    statistic: Statistic.default("median"),
  })
  .strict();

export const IndicatorDefinition = z.discriminatedUnion("measure", [CountDefinition, RateDefinition, DurationDefinition]);
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;
export type CountDefinition = z.infer<typeof CountDefinition>;
export type RateDefinition = z.infer<typeof RateDefinition>;
export type DurationDefinition = z.infer<typeof DurationDefinition>;
