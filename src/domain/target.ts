// The structured form of a target written as Italian text (">7.920", "entro luglio 2022",
// "+20% rispetto al 2021 (29)", "<valore 2021", "> 250 studenti > 100 genitori" …).
// The original text is always kept next to it (Target.text); this is what the engine computes with.
import { z } from "zod";

export const Comparator = z.enum([">", ">=", "<", "<=", "="]);
export type Comparator = z.infer<typeof Comparator>;

/** A number to reach, e.g. ">7.920", ">35%", "500 utenti", "90,00%". */
export const ThresholdTarget = z.object({
  kind: z.literal("threshold"),
  comparator: Comparator,
  value: z.number(),
  /** true when the value is a percentage ("35%" → value 35, isPercent true). */
  isPercent: z.boolean(),
  /** what is counted, as written: "utenti", "webinar", "workshop per area". */
  unit: z.string().nullable(),
});

/** A date to meet: "entro luglio 2022" (end of month), "15 dicembre 2022", "bimestrale" is not one. */
export const DeadlineTarget = z.object({
  kind: z.literal("deadline"),
  /** ISO date (YYYY-MM-DD) of the last day that still counts as on time. */
  due: z.string(),
  precision: z.enum(["day", "month"]),
  /** words before the date kept for the reader: "invio", "avvio". */
  qualifier: z.string().nullable(),
});

/** A change against a reference value: "+20% rispetto al 2021 (29)", "+5%" with the 2021 figure as baseline. */
export const RelativeTarget = z.object({
  kind: z.literal("relative"),
  comparator: Comparator,
  /** change in percent of the reference (+20 → 20; -10 → -10), or null when absolute. */
  changePercent: z.number().nullable(),
  /** absolute change of the reference (reduce by 5 days → -5), or null when in percent. */
  changeAbsolute: z.number().nullable(),
  /** the reference year, when written ("rispetto al 2021"). */
  referenceYear: z.number().int().nullable(),
  /** the reference value when written in the target ("(29)") or taken from the indicator's baseline. */
  referenceValue: z.number().nullable(),
  /** the computed value to reach (29 × 1,2 = 34,8) when the reference is known. */
  resolvedValue: z.number().nullable(),
  unit: z.string().nullable(),
});

/** Compared with a value of a previous year that is not written in the target: "<valore 2021", ">= dato finale anno precedente". */
export const PreviousValueTarget = z.object({
  kind: z.literal("previous-value"),
  comparator: Comparator,
  /** the year referred to, or null for "anno precedente" (the year before the target's year). */
  referenceYear: z.number().int().nullable(),
});

/** Several parts that must all be met: "> 250 studenti > 100 genitori", ">50 webinar >1.000 utenti". */
export const CompositeTarget = z.object({
  kind: z.literal("composite"),
  parts: z.array(ThresholdTarget).min(2),
});

/** Text that is a target but not a measurable one; kept verbatim and flagged for review. */
export const QualitativeTarget = z.object({
  kind: z.literal("qualitative"),
  reason: z.string(),
});

export const ParsedTarget = z.discriminatedUnion("kind", [
  ThresholdTarget,
  DeadlineTarget,
  RelativeTarget,
  PreviousValueTarget,
  CompositeTarget,
  QualitativeTarget,
]);
export type ParsedTarget = z.infer<typeof ParsedTarget>;
export type ThresholdTarget = z.infer<typeof ThresholdTarget>;
