// Per-plan scoring rules, in two layers: a conversion turns value and target into an achievement percent
// (ratio, inverse ratio, deadline, progress from last year), then a curve turns the achievement into a score
// (bands, or linear with a cap and a threshold). The defaults are documented in docs/evaluation-rules.md.
import { z } from "zod";
import { formatNumber, formatPercent } from "./explain";
import { stable } from "./result";

/**
 * How an achievement percent is obtained from value and target.
 * auto: from the target — at least/more than → ratio, at most/less than and reductions → inverse ratio,
 * deadlines → deadline, cronoprogrammi → progress.
 */
export const Conversion = z.enum(["auto", "ratio", "inverse-ratio", "progress-from-last-year"]);
export type Conversion = z.infer<typeof Conversion>;

/** Score = achievement from `from` (inclusive) up to the next band. */
export const ScoreBand = z.object({ from: z.number(), score: z.number() });
export type ScoreBand = z.infer<typeof ScoreBand>;

export const LinearCurve = z.object({
  kind: z.literal("linear"),
  /** the score never goes above this (100, or 120 for plans that reward over-achievement). */
  cap: z.number().positive().default(100),
  /** under this achievement the score is 0 (0 = no threshold). */
  threshold: z.number().min(0).default(0),
});
export const BandsCurve = z.object({
  kind: z.literal("bands"),
  bands: z
    .array(ScoreBand)
    .min(1)
    .refine(
      (bands) => bands.every((band, i) => i === 0 || band.from > bands[i - 1]!.from),
      "le fasce devono avere limiti inferiori crescenti",
    ),
});
export const ScoringCurve = z.discriminatedUnion("kind", [LinearCurve, BandsCurve]);
export type ScoringCurve = z.infer<typeof ScoringCurve>;
export type ScoringCurveInput = z.input<typeof ScoringCurve>;

/** Credit for a deadline met late: none (0 after the due date) or a loss in points per day or started month. */
export const LatenessCredit = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  z.object({
    kind: z.literal("linear"),
    /** percentage points lost per unit late (10 per month: one month late → 90%). */
    lossPerUnit: z.number().positive(),
    unit: z.enum(["day", "month"]),
  }),
]);
export type LatenessCredit = z.infer<typeof LatenessCredit>;

/** Category of a status, mapped to a level of the plan's scale. */
export const StatusCategory = z.enum(["ahead", "not-started-on-track", "on-track", "not-started-late", "late"]);
export type StatusCategory = z.infer<typeof StatusCategory>;

// ARTI scale, seed 004: 1 "in anticipo", 2 "da iniziare - secondo le aspettative", 3 "secondo le aspettative",
// 5 "in ritardo"; 4 "da iniziare - in ritardo" is assumed (DOMAIN.md).
export const ARTI_STATUS_LEVELS = {
  ahead: 1,
  "not-started-on-track": 2,
  "on-track": 3,
  "not-started-late": 4,
  late: 5,
} as const satisfies Record<StatusCategory, number>;

export const StatusRules = z.object({
  /** auto: the phases planned to end by the date when a cronoprogramma exists, else the time elapsed. */
  expectedProgress: z.enum(["auto", "time", "phases"]).default("auto"),
  /** actual progress under this percent of the expected progress is late. */
  lateBelow: z.number().min(0).default(90),
  /** actual progress from this percent of the expected progress is ahead. */
  aheadFrom: z.number().min(0).default(120),
  /** may a rate (a ratio of two flows of the same period, like istruttorie/domande) be "ahead"? */
  ratesCanBeAhead: z.boolean().default(false),
  /** level of the plan's scale for each category; the default is ARTI's. */
  levels: z
    .object({
      ahead: z.number().int(),
      "not-started-on-track": z.number().int(),
      "on-track": z.number().int(),
      "not-started-late": z.number().int(),
      late: z.number().int(),
    })
    .default(ARTI_STATUS_LEVELS),
  /** the levels from best to worst: an objective takes the worst level of its indicators. */
  severity: z.array(z.number().int()).min(2).default([1, 2, 3, 4, 5]),
});
export type StatusRules = z.infer<typeof StatusRules>;

/**
 * How an indicator's value relates to time. cumulative: a count growing through the year, compared with the
 * share of the target expected by the date; rate: a ratio of two flows (istruttorie/domande), compared with
 * the target at any date; auto: rate when the target is a percentage and the method divides two quantities
 * of the period, unless the denominator is a planned quantity ("che si prevede di erogare").
 */
export const ProgressModel = z.enum(["auto", "cumulative", "rate"]);
export type ProgressModel = z.infer<typeof ProgressModel>;

export const IndicatorRule = z.object({
  conversion: Conversion.optional(),
  curve: ScoringCurve.optional(),
  progressModel: ProgressModel.optional(),
  /** weight of the indicator inside its objective (equal weights when absent). */
  weight: z.number().min(0).optional(),
});
export type IndicatorRule = z.infer<typeof IndicatorRule>;

/** An indicator whose value is computed from other objectives (AFOL obiettivo 4: "grado medio di raggiungimento"). */
export const DerivedIndicator = z.object({
  indicatorId: z.string().min(1),
  objectiveIds: z.array(z.string().min(1)).min(1),
  combine: z.enum(["mean", "min"]).default("mean"),
});
export type DerivedIndicator = z.infer<typeof DerivedIndicator>;

export const ScoringRules = z.object({
  conversion: Conversion.default("auto"),
  curve: ScoringCurve.default({ kind: "linear", cap: 100, threshold: 0 }),
  /**
   * per-period: each period's value as it is; within-year: counts of the periods of the same year are added up
   * to the date (values reported per period); over-plan: counts are added from the plan's first year.
   */
  cumulativeMode: z.enum(["per-period", "within-year", "over-plan"]).default("per-period"),
  /** multi-year cumulative targets (ANPAL "valori cumulati"): compare with the share due by the year, or the whole. */
  multiYearTarget: z.enum(["pro-rata", "full"]).default("pro-rata"),
  lateness: LatenessCredit.default({ kind: "none" }),
  /** composite targets ("> 250 studenti > 100 genitori"): the whole is the minimum or the mean of its parts. */
  composite: z.enum(["min", "mean"]).default("min"),
  /** credit for phases partly done (a share of their weight given by the evaluator). */
  cronoprogrammaPartialCredit: z.boolean().default(false),
  /** missing measurements: exclude and report, or count as 0 (explicitly, and reported). */
  missingValues: z.enum(["exclude", "zero"]).default("exclude"),
  /**
   * objectives without weight: exclude and report; equal weights for all the group;
   * or equal weights only when no objective of the group has one (then excluded and reported).
   */
  missingWeights: z.enum(["exclude", "equal", "equal-when-none-weighted"]).default("equal-when-none-weighted"),
  /** resource shares and individual scores use achievement capped here. */
  allocationCap: z.number().positive().default(100),
  status: StatusRules.default(StatusRules.parse({})),
  indicators: z.record(z.string(), IndicatorRule).default({}),
  derivedIndicators: z.array(DerivedIndicator).default([]),
  /** differences within this many percentage points are rounding (0,01 pp). */
  ratioTolerance: z.number().min(0).default(0.01),
  /** differences within this many euro (or units) between a table's rows and its totals are rounding. */
  amountTolerance: z.number().min(0).default(0.01),
});
export type ScoringRules = z.infer<typeof ScoringRules>;
export type ScoringRulesInput = z.input<typeof ScoringRules>;

export const DEFAULT_SCORING_RULES: ScoringRules = ScoringRules.parse({});

/** Bands often used by evaluation bodies: <60% → 0, 60–80% → 50, 80–95% → 75, ≥95% → 100. */
export const EXAMPLE_BANDS: ScoringCurve = {
  kind: "bands",
  bands: [
    { from: 0, score: 0 },
    { from: 60, score: 50 },
    { from: 80, score: 75 },
    { from: 95, score: 100 },
  ],
};

export type ParsedRules = { ok: true; rules: ScoringRules } | { ok: false; errors: string[] };

/** Validates rules written by a user; messages in Italian name the field. */
export function parseScoringRules(input: unknown): ParsedRules {
  const result = ScoringRules.safeParse(input ?? {});
  if (result.success) return { ok: true, rules: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `regole di calcolo, campo «${issue.path.join(".") || "(radice)"}»: ${issue.message}`),
  };
}

/** The curve that applies to an indicator: its own, else the plan's. */
export function curveFor(rules: ScoringRules, indicatorId: string): ScoringCurve {
  return rules.indicators[indicatorId]?.curve ?? rules.curve;
}

export function conversionFor(rules: ScoringRules, indicatorId: string): Conversion {
  return rules.indicators[indicatorId]?.conversion ?? rules.conversion;
}

export interface Score {
  kind: "computed";
  /** the score, 0–cap (or the band's score). */
  value: number;
  achievement: number;
  /** in Italian: "lineare con tetto 100%", "fasce". */
  rule: string;
  band: string | null;
}

function bandLabel(bands: readonly ScoreBand[], index: number): string {
  const band = bands[index]!;
  const next = bands[index + 1];
  const score = formatNumber(band.score);
  if (index === 0 && next) return `<${formatNumber(next.from)}% → ${score}`;
  if (!next) return `≥${formatNumber(band.from)}% → ${score}`;
  return `${formatNumber(band.from)}–${formatNumber(next.from)}% → ${score}`;
}

/** Applies a curve to an achievement percent. Achievement below the first band gets the first band. */
export function scoreAchievement(achievement: number, curve: ScoringCurve): Score {
  const a = stable(achievement);
  if (curve.kind === "linear") {
    const rule =
      `lineare con tetto ${formatPercent(curve.cap, 0)}` +
      (curve.threshold > 0 ? ` e soglia ${formatPercent(curve.threshold, 0)}` : "");
    if (a < curve.threshold) {
      return { kind: "computed", value: 0, achievement, rule, band: `sotto la soglia del ${formatPercent(curve.threshold, 0)} → 0` };
    }
    const value = Math.max(0, Math.min(achievement, curve.cap));
    return { kind: "computed", value, achievement, rule, band: a > curve.cap ? `oltre il tetto → ${formatNumber(curve.cap)}` : null };
  }
  let index = 0;
  curve.bands.forEach((band, i) => {
    if (a >= band.from) index = i;
  });
  return {
    kind: "computed",
    value: curve.bands[index]!.score,
    achievement,
    rule: "fasce di punteggio",
    band: bandLabel(curve.bands, index),
  };
}
