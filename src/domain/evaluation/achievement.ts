// Achievement of one indicator for one period: how much of its target the measured value reaches, in percent.
// Pure: the target (ParsedTarget), the measured value and the context (baseline, previous value, cut-off
// date, rules) come in; an Achievement with its explanation, or a NotComputable with the reason, comes out.
import type { Indicator } from "../model";
import type { ParsedTarget, ThresholdTarget } from "../target";
import { explain, formatDate, formatNumber, formatPercent, type Explanation } from "./explain";
import { daysBetween, isFiniteNumber, isNotComputable, notComputable, percentOf, stable, startedMonthsLate, type NotComputable } from "./result";
import type { Conversion, LatenessCredit } from "./scoring-rules";

/** What was measured. Numerator/denominator win over value when both are given (value is then the stated figure). */
type Direction = Indicator["direction"];

export interface ActualInput {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  /** ISO date the work was done (deadline targets). */
  date?: string | null;
  /** values of the parts of a composite target, in the order of the parts. */
  parts?: readonly (number | null)[] | null;
  /** yes/no indicators: done or not. */
  done?: boolean | null;
}

export interface AchievementContext {
  /** the item as users name it, for messages: "ARTI 1.5". */
  subject?: string | null;
  /** the year the target refers to (previous-value targets look at the year before). */
  year?: number | null;
  cutoffDate: string;
  baseline?: { value: number | null; year: number | null } | null;
  /** a value of an earlier year when known from the data (the previous year's final measurement). */
  previousValue?: { value: number; year: number } | null;
  conversion?: Conversion;
  lateness?: LatenessCredit;
  composite?: "min" | "mean";
  /** the indicator's direction; "decrease" makes "=" targets work as "at most". */
  direction?: Direction;
  /** numerator/denominator give a percentage (true when the target is a percentage). */
  ratioInPercent?: boolean;
  /** multi-year cumulative target (ANPAL "Pianificazione 2019 2021 (valori cumulati)"). */
  multiYear?: { yearFrom: number; yearTo: number; basis: "pro-rata" | "full" } | null;
  source?: string | null;
}

export type AchievementRule =
  | "ratio"
  | "inverse-ratio"
  | "progress-from-last-year"
  | "relative-change"
  | "deadline"
  | "cronoprogramma"
  | "yes-no"
  | "composite"
  | "derived";

export interface CumulativeProgress {
  yearFrom: number;
  yearTo: number;
  /** share of the plan's years elapsed by the target year (1/3 in 2019 of 2019–2021). */
  expectedShare: number;
  expectedValue: number;
  /** cumulative actual ÷ whole target (834 ÷ 4.500 = 18,53%). */
  progressPercent: number;
  /** cumulative actual ÷ value expected by the year (834 ÷ 1.500 = 55,60%). */
  percentOfExpected: number;
}

export interface Achievement {
  kind: "computed";
  /** achievement in percent, not rounded. */
  percent: number;
  /** whether the target is met as written (comparator, date); null when the target says nothing of it. */
  met: boolean | null;
  rule: AchievementRule;
  actual: number | null;
  /** the value to reach once resolved (34,8 for "+20% rispetto al 2021 (29)"). */
  target: number | null;
  parts: Achievement[] | null;
  cumulative: CumulativeProgress | null;
  explanation: Explanation;
}

export type AchievementResult = Achievement | NotComputable;

function who(context: AchievementContext): string {
  return context.subject ? `${context.subject}: ` : "";
}

function fail(context: AchievementContext, reason: string): NotComputable {
  return notComputable(`${who(context)}${reason}`);
}

/** Comparators as printed: "≥66,00%". */
const COMPARATOR_SYMBOL: Record<ThresholdTarget["comparator"], string> = { ">": ">", ">=": "≥", "<": "<", "<=": "≤", "=": "" };

function formatFigure(value: number, isPercent: boolean): string {
  return isPercent ? formatPercent(value) : formatNumber(value);
}

/** The measured value: numerator ÷ denominator (in percent when the target is a percentage), else the value. */
export function resolveActualValue(
  actual: ActualInput,
  ratioInPercent: boolean,
  subject = "",
): { value: number; text: string } | NotComputable | null {
  const prefix = subject ? `${subject}: ` : "";
  const { numerator, denominator } = actual;
  if (isFiniteNumber(numerator) && isFiniteNumber(denominator)) {
    if (numerator < 0 || denominator < 0) {
      return notComputable(`${prefix}numeratore o denominatore negativo (${formatNumber(numerator)} / ${formatNumber(denominator)})`);
    }
    if (denominator === 0) return notComputable(`${prefix}denominatore pari a zero (${formatNumber(numerator)} / 0)`);
    const value = ratioInPercent ? (percentOf(numerator, denominator) as number) : numerator / denominator;
    const text = `${formatFigure(value, ratioInPercent)} (${formatNumber(numerator)} / ${formatNumber(denominator)})`;
    return { value, text };
  }
  if (actual.value === null || actual.value === undefined) return null;
  if (!isFiniteNumber(actual.value)) return notComputable(`${prefix}valore conseguito non numerico`);
  if (actual.value < 0) return notComputable(`${prefix}valore conseguito negativo (${formatNumber(actual.value)}): non ammesso`);
  return { value: actual.value, text: formatFigure(actual.value, ratioInPercent) };
}

// --- the conversions, usable on their own ---------------------------------------------------------------

/** At least / more than: actual ÷ target. */
export function ratioAchievement(actual: number, target: number): number | NotComputable {
  if (target <= 0) return notComputable(`target pari a ${formatNumber(target)}: il rapporto non è definito`);
  return percentOf(actual, target);
}

/** At most / less than, reductions: target ÷ actual (halving the time against the target doubles the achievement). */
export function inverseRatioAchievement(actual: number, target: number): number | NotComputable {
  if (actual <= 0) return notComputable("valore conseguito pari a zero: il rapporto inverso (target ÷ conseguito) non è definito");
  if (target < 0) return notComputable("target negativo");
  return percentOf(target, actual);
}

/** Progress from last year: (actual − last) ÷ (target − last). */
export function progressFromLastYear(actual: number, target: number, last: number): number | NotComputable {
  if (target === last) return notComputable(`target uguale al valore dell'anno precedente (${formatNumber(last)}): il progresso non è definito`);
  return percentOf(actual - last, target - last);
}

function isMet(comparator: ThresholdTarget["comparator"], actual: number, target: number, percent: number): boolean {
  const a = stable(actual);
  const t = stable(target);
  switch (comparator) {
    case ">":
      return a > t;
    case ">=":
      return a >= t;
    case "<":
      return a < t;
    case "<=":
      return a <= t;
    case "=":
      return stable(percent) >= 100;
  }
}

function isDecreasing(comparator: ThresholdTarget["comparator"], direction: Direction | undefined): boolean {
  if (comparator === "<" || comparator === "<=") return true;
  return comparator === "=" && direction === "decrease";
}

// --- thresholds, relative and previous-value targets ----------------------------------------------------

interface Comparison {
  comparator: ThresholdTarget["comparator"];
  targetValue: number;
  isPercent: boolean;
  /** how the target was obtained, for the explanation: "29 + 20% = 34,8". */
  targetText: string;
  reference: { value: number; year: number | null } | null;
}

function compare(comparison: Comparison, actual: ActualInput, context: AchievementContext): AchievementResult {
  const resolved = resolveActualValue(actual, context.ratioInPercent ?? comparison.isPercent, context.subject ?? "");
  if (resolved === null) return fail(context, "valore conseguito mancante");
  if (isNotComputable(resolved)) return resolved;
  const conversion = context.conversion ?? "auto";
  const decreasing = isDecreasing(comparison.comparator, context.direction);
  let rule: AchievementRule;
  let percent: number | NotComputable;
  let ruleText: string;
  if (conversion === "progress-from-last-year") {
    const last = comparison.reference ?? (isFiniteNumber(context.baseline?.value) ? { value: context.baseline!.value!, year: context.baseline!.year } : null);
    if (!last) return fail(context, "manca il valore dell'anno precedente per calcolare il progresso");
    rule = "progress-from-last-year";
    percent = progressFromLastYear(resolved.value, comparison.targetValue, last.value);
    ruleText = `(conseguito − anno precedente) ÷ (target − anno precedente) = (${formatNumber(resolved.value)} − ${formatNumber(last.value)}) ÷ (${formatNumber(comparison.targetValue)} − ${formatNumber(last.value)})`;
  } else if (conversion === "inverse-ratio" || (conversion === "auto" && decreasing)) {
    rule = "inverse-ratio";
    percent = inverseRatioAchievement(resolved.value, comparison.targetValue);
    ruleText = "target ÷ conseguito";
  } else {
    rule = "ratio";
    percent = ratioAchievement(resolved.value, comparison.targetValue);
    ruleText = "conseguito ÷ target";
  }
  if (isNotComputable(percent)) return fail(context, percent.reason);
  const met = isMet(comparison.comparator, resolved.value, comparison.targetValue, percent);
  const text =
    rule === "inverse-ratio"
      ? `${who(context)}target ${comparison.targetText} ÷ conseguito ${resolved.text} = ${formatPercent(percent)}`
      : rule === "progress-from-last-year"
        ? `${who(context)}${ruleText} = ${formatPercent(percent)}`
        : `${who(context)}conseguito ${resolved.text} ÷ target ${comparison.targetText} = ${formatPercent(percent)}`;
  return {
    kind: "computed",
    percent,
    met,
    rule,
    actual: resolved.value,
    target: comparison.targetValue,
    parts: null,
    cumulative: null,
    explanation: explain({
      figure: "raggiungimento",
      subject: context.subject,
      value: percent,
      inputs: {
        conseguito: resolved.value,
        numeratore: actual.numerator ?? null,
        denominatore: actual.denominator ?? null,
        target: comparison.targetValue,
        comparatore: comparison.comparator,
      },
      baseline: comparison.reference,
      rule: ruleText,
      source: context.source,
      cutoffDate: context.cutoffDate,
      text: `${text}${met ? " (target raggiunto)" : " (target non raggiunto)"}`,
    }),
  };
}

function thresholdComparison(target: ThresholdTarget): Comparison {
  return {
    comparator: target.comparator,
    targetValue: target.value,
    isPercent: target.isPercent,
    targetText: `${COMPARATOR_SYMBOL[target.comparator]}${formatFigure(target.value, target.isPercent)}`,
    reference: null,
  };
}

/** The reference of a relative target: written in the target ("(29)"), else the baseline of the same year. */
function relativeReference(target: Extract<ParsedTarget, { kind: "relative" }>, context: AchievementContext): { value: number; year: number | null } | NotComputable {
  if (isFiniteNumber(target.referenceValue)) return { value: target.referenceValue, year: target.referenceYear };
  const baseline = context.baseline;
  if (baseline && isFiniteNumber(baseline.value)) {
    if (target.referenceYear !== null && baseline.year !== null && baseline.year !== target.referenceYear) {
      return fail(context, `il valore di riferimento è del ${target.referenceYear}, il valore iniziale disponibile del ${baseline.year}`);
    }
    return { value: baseline.value, year: baseline.year ?? target.referenceYear };
  }
  return fail(context, `manca il valore di riferimento${target.referenceYear ? ` del ${target.referenceYear}` : ""} (valore iniziale)`);
}

/** "+20% rispetto al 2021 (29)" → 34,8; "+20%" with baseline 3.769 → 4.522,8; "-5 giorni" → baseline − 5. */
export function resolveRelativeTarget(
  target: Extract<ParsedTarget, { kind: "relative" }>,
  context: AchievementContext,
): { value: number; reference: { value: number; year: number | null } } | NotComputable {
  const reference = relativeReference(target, context);
  if (isNotComputable(reference)) return reference;
  if (isFiniteNumber(target.changePercent)) {
    return { value: (reference.value * (100 + target.changePercent)) / 100, reference };
  }
  if (isFiniteNumber(target.changeAbsolute)) return { value: stable(reference.value + target.changeAbsolute), reference };
  if (isFiniteNumber(target.resolvedValue)) return { value: target.resolvedValue, reference };
  return fail(context, "il target relativo non indica la variazione");
}

function computeRelative(target: Extract<ParsedTarget, { kind: "relative" }>, actual: ActualInput, context: AchievementContext): AchievementResult {
  const resolved = resolveRelativeTarget(target, context);
  if (isNotComputable(resolved)) return resolved;
  const { reference } = resolved;
  const isPercent = target.unit === "%";
  const refText = `${formatFigure(reference.value, isPercent)}${reference.year ? ` (${reference.year})` : ""}`;
  if (isFiniteNumber(target.changeAbsolute) && (context.conversion ?? "auto") === "auto") {
    // "riduzione … almeno 5 giorni": achievement = change obtained ÷ change asked = (baseline − actual) ÷ 5
    const measured = resolveActualValue(actual, isPercent, context.subject ?? "");
    if (measured === null) return fail(context, "valore conseguito mancante");
    if (isNotComputable(measured)) return measured;
    const obtained = stable(measured.value - reference.value);
    const percent = percentOf(obtained, target.changeAbsolute);
    if (isNotComputable(percent)) return fail(context, "la variazione richiesta è zero");
    const met = stable(percent) >= 100;
    const asked = formatNumber(Math.abs(target.changeAbsolute));
    const formula =
      target.changeAbsolute < 0
        ? `(riferimento ${formatNumber(reference.value)} − conseguito ${formatNumber(measured.value)}) ÷ ${asked}`
        : `(conseguito ${formatNumber(measured.value)} − riferimento ${formatNumber(reference.value)}) ÷ ${asked}`;
    return {
      kind: "computed",
      percent,
      met,
      rule: "relative-change",
      actual: measured.value,
      target: resolved.value,
      parts: null,
      cumulative: null,
      explanation: explain({
        figure: "raggiungimento",
        subject: context.subject,
        value: percent,
        inputs: { conseguito: measured.value, riferimento: reference.value, variazioneRichiesta: target.changeAbsolute },
        baseline: reference,
        rule: "variazione ottenuta ÷ variazione richiesta",
        source: context.source,
        cutoffDate: context.cutoffDate,
        text: `${who(context)}${formula} = ${formatPercent(percent)}${met ? " (target raggiunto)" : " (target non raggiunto)"}`,
      }),
    };
  }
  const change = isFiniteNumber(target.changePercent)
    ? `${target.changePercent >= 0 ? "+" : ""}${formatNumber(target.changePercent)}%`
    : `${(target.changeAbsolute ?? 0) >= 0 ? "+" : ""}${formatNumber(target.changeAbsolute ?? 0)}`;
  const decreasing = (target.changePercent ?? target.changeAbsolute ?? 0) < 0 || target.comparator === "<" || target.comparator === "<=";
  return compare(
    {
      comparator: target.comparator === "=" ? (decreasing ? "<=" : ">=") : target.comparator,
      targetValue: resolved.value,
      isPercent,
      targetText: `${formatFigure(resolved.value, isPercent)} (${refText} ${change})`,
      reference,
    },
    actual,
    context,
  );
}

/** "<valore 2021", ">= dato finale anno precedente": the previous value comes from the data or the baseline. */
export function findPreviousValue(
  target: Extract<ParsedTarget, { kind: "previous-value" }>,
  context: AchievementContext,
): { value: number; year: number } | NotComputable {
  const wanted = target.referenceYear ?? (isFiniteNumber(context.year) ? context.year - 1 : null);
  if (wanted === null) return fail(context, "manca l'anno del target per individuare l'anno precedente");
  if (context.previousValue && context.previousValue.year === wanted && isFiniteNumber(context.previousValue.value)) {
    return context.previousValue;
  }
  const baseline = context.baseline;
  if (baseline && isFiniteNumber(baseline.value) && baseline.year === wanted) return { value: baseline.value, year: wanted };
  const have = baseline && isFiniteNumber(baseline.value) && baseline.year !== null ? ` (il valore iniziale è del ${baseline.year})` : "";
  return fail(context, `manca il valore del ${wanted} a cui il target fa riferimento${have}`);
}

function computePreviousValue(target: Extract<ParsedTarget, { kind: "previous-value" }>, actual: ActualInput, context: AchievementContext): AchievementResult {
  const previous = findPreviousValue(target, context);
  if (isNotComputable(previous)) return previous;
  return compare(
    {
      comparator: target.comparator,
      targetValue: previous.value,
      isPercent: context.ratioInPercent ?? false,
      targetText: `${COMPARATOR_SYMBOL[target.comparator]}${formatFigure(previous.value, context.ratioInPercent ?? false)} (valore ${previous.year})`,
      reference: previous,
    },
    actual,
    context,
  );
}

// --- deadlines, yes/no ---------------------------------------------------------------------------------

/**
 * Deadlines: met when the actual date is on or before the due date. Lateness earns the plan's credit
 * (none by default; or a linear loss per day or started month). Not done: 0 once the due date has passed,
 * not computable before. On the due date itself, a result stated as not done ("non realizzato", `done`
 * false) is 0: the office says the deadline was missed (AFOL 8.2, "entro dicembre 2022", checked at
 * 31/12/2022); with nothing stated the work may still end that day, so it stays not computable.
 */
export function computeDeadlineAchievement(
  target: Extract<ParsedTarget, { kind: "deadline" }>,
  actualDate: string | null | undefined,
  context: AchievementContext,
  done: boolean | null = null,
): AchievementResult {
  const lateness = context.lateness ?? { kind: "none" };
  const dueText = formatDate(target.due);
  const base = {
    kind: "computed" as const,
    rule: "deadline" as const,
    actual: null,
    target: null,
    parts: null,
    cumulative: null,
  };
  const explanationOf = (percent: number, rule: string, text: string, inputs: Record<string, string | number | null>) =>
    explain({ figure: "raggiungimento", subject: context.subject, value: percent, inputs, rule, source: context.source, cutoffDate: context.cutoffDate, text: `${who(context)}${text}` });
  if (!actualDate) {
    const isStillOpen = context.cutoffDate < target.due || (context.cutoffDate === target.due && done !== false);
    if (isStillOpen) {
      return fail(context, `scadenza del ${dueText} non ancora raggiunta al ${formatDate(context.cutoffDate)} e attività non ancora conclusa`);
    }
    return {
      ...base,
      percent: 0,
      met: false,
      explanation: explanationOf(0, "scadenza", `non concluso entro il ${dueText} (verifica al ${formatDate(context.cutoffDate)}) = 0,00%`, { scadenza: target.due, dataEffettiva: null }),
    };
  }
  if (actualDate <= target.due) {
    return {
      ...base,
      percent: 100,
      met: true,
      explanation: explanationOf(100, "scadenza", `concluso il ${formatDate(actualDate)}, entro il ${dueText} = 100,00%`, { scadenza: target.due, dataEffettiva: actualDate }),
    };
  }
  const days = daysBetween(target.due, actualDate);
  if (lateness.kind === "none") {
    return {
      ...base,
      percent: 0,
      met: false,
      explanation: explanationOf(0, "scadenza, nessun credito per il ritardo", `concluso il ${formatDate(actualDate)}, ${days} giorni dopo la scadenza del ${dueText} = 0,00%`, { scadenza: target.due, dataEffettiva: actualDate, giorniDiRitardo: days }),
    };
  }
  const units = lateness.unit === "day" ? days : startedMonthsLate(target.due, actualDate);
  const percent = Math.max(0, 100 - units * lateness.lossPerUnit);
  const unitWord = lateness.unit === "day" ? (units === 1 ? "giorno" : "giorni") : units === 1 ? "mese" : "mesi";
  return {
    ...base,
    percent,
    met: false,
    explanation: explanationOf(
      percent,
      `scadenza, −${formatNumber(lateness.lossPerUnit)} punti per ${lateness.unit === "day" ? "giorno" : "mese iniziato"} di ritardo`,
      `concluso il ${formatDate(actualDate)}, ${units} ${unitWord} dopo la scadenza del ${dueText}: 100% − ${units} × ${formatNumber(lateness.lossPerUnit)} = ${formatPercent(percent)}`,
      { scadenza: target.due, dataEffettiva: actualDate, ritardo: units },
    ),
  };
}

/** Yes/no: 100% when done, 0% when not. */
export function computeYesNoAchievement(done: boolean, context: AchievementContext): Achievement {
  const percent = done ? 100 : 0;
  return {
    kind: "computed",
    percent,
    met: done,
    rule: "yes-no",
    actual: done ? 1 : 0,
    target: 1,
    parts: null,
    cumulative: null,
    explanation: explain({
      figure: "raggiungimento",
      subject: context.subject,
      value: percent,
      inputs: { realizzato: done },
      rule: "sì/no",
      source: context.source,
      cutoffDate: context.cutoffDate,
      text: `${who(context)}${done ? "realizzato = 100,00%" : "non realizzato = 0,00%"}`,
    }),
  };
}

// --- composite, cumulative, cronoprogramma, derived ------------------------------------------------------

function computeComposite(target: Extract<ParsedTarget, { kind: "composite" }>, actual: ActualInput, context: AchievementContext): AchievementResult {
  const values = actual.parts ?? null;
  if (!values || values.length !== target.parts.length) {
    return fail(context, `il target ha ${target.parts.length} parti: servono ${target.parts.length} valori conseguiti${values ? `, ne sono stati indicati ${values.length}` : ""}`);
  }
  const parts: Achievement[] = [];
  for (const [i, part] of target.parts.entries()) {
    const label = `${context.subject ? `${context.subject}, ` : ""}parte ${i + 1}${part.unit ? ` (${part.unit})` : ""}`;
    const result = compare(thresholdComparison(part), { value: values[i] ?? null }, { ...context, subject: label, ratioInPercent: part.isPercent });
    if (isNotComputable(result)) return result;
    parts.push(result);
  }
  const combine = context.composite ?? "min";
  const percents = parts.map((p) => p.percent);
  const percent = combine === "min" ? Math.min(...percents) : percents.reduce((a, b) => a + b, 0) / percents.length;
  const met = parts.every((p) => p.met === true);
  return {
    kind: "computed",
    percent,
    met,
    rule: "composite",
    actual: null,
    target: null,
    parts,
    cumulative: null,
    explanation: explain({
      figure: "raggiungimento",
      subject: context.subject,
      value: percent,
      inputs: Object.fromEntries(parts.map((p, i) => [`parte${i + 1}`, p.percent])),
      rule: combine === "min" ? "minimo delle parti" : "media delle parti",
      source: context.source,
      cutoffDate: context.cutoffDate,
      text: `${who(context)}${combine === "min" ? "minimo" : "media"} di ${parts.map((p) => formatPercent(p.percent)).join(" e ")} = ${formatPercent(percent)}`,
    }),
  };
}

/**
 * Multi-year cumulative targets (ANPAL, "Pianificazione 2019 2021 (valori cumulati)"): progress on the whole
 * target and the pro-rata expectation for the year. 2019: 834 ÷ 4.500 = 18,53%; expected 1/3 → 1.500;
 * 834 ÷ 1.500 = 55,60% of expected.
 */
export function computeCumulativeAchievement(
  cumulativeActual: number,
  targetValue: number,
  span: { yearFrom: number; yearTo: number; year: number; basis: "pro-rata" | "full" },
  context: AchievementContext,
): AchievementResult {
  const { yearFrom, yearTo, year } = span;
  if (yearTo < yearFrom) return fail(context, `periodo del target non valido (${yearFrom}–${yearTo})`);
  if (year < yearFrom || year > yearTo) return fail(context, `l'anno ${year} è fuori dal periodo del target ${yearFrom}–${yearTo}`);
  if (cumulativeActual < 0) return fail(context, `valore conseguito negativo (${formatNumber(cumulativeActual)}): non ammesso`);
  if (targetValue <= 0) return fail(context, "target cumulato pari a zero");
  const years = yearTo - yearFrom + 1;
  const elapsed = year - yearFrom + 1;
  const expectedShare = elapsed / years;
  const expectedValue = (targetValue * elapsed) / years;
  const progressPercent = percentOf(cumulativeActual, targetValue) as number;
  const percentOfExpected = percentOf(cumulativeActual * years, targetValue * elapsed) as number;
  const percent = span.basis === "full" ? progressPercent : percentOfExpected;
  const cumulative: CumulativeProgress = { yearFrom, yearTo, expectedShare, expectedValue, progressPercent, percentOfExpected };
  return {
    kind: "computed",
    percent,
    met: stable(cumulativeActual) >= stable(expectedValue),
    rule: "ratio",
    actual: cumulativeActual,
    target: span.basis === "full" ? targetValue : expectedValue,
    parts: null,
    cumulative,
    explanation: explain({
      figure: "raggiungimento",
      subject: context.subject,
      value: percent,
      inputs: { conseguitoCumulato: cumulativeActual, targetCumulato: targetValue, anniTrascorsi: elapsed, anniTotali: years },
      rule: span.basis === "full" ? "cumulato ÷ target dell'intero periodo" : "cumulato ÷ quota del target attesa per l'anno",
      source: context.source,
      cutoffDate: context.cutoffDate,
      text:
        `${who(context)}cumulato ${formatNumber(cumulativeActual)} ÷ target ${yearFrom}–${yearTo} ${formatNumber(targetValue)} = ${formatPercent(progressPercent)}; ` +
        `atteso al ${year} ${elapsed}/${years} = ${formatNumber(expectedValue)}, raggiunto ${formatPercent(percentOfExpected)} dell'atteso`,
    }),
  };
}

/** A cronoprogramma's progress as achievement of its target (100% unless another is given). */
export function computeProgressAchievement(progressPercent: number, targetPercent: number, context: AchievementContext, progressText = ""): AchievementResult {
  const percent = ratioAchievement(progressPercent, targetPercent);
  if (isNotComputable(percent)) return fail(context, percent.reason);
  return {
    kind: "computed",
    percent,
    met: stable(progressPercent) >= stable(targetPercent),
    rule: "cronoprogramma",
    actual: progressPercent,
    target: targetPercent,
    parts: null,
    cumulative: null,
    explanation: explain({
      figure: "raggiungimento",
      subject: context.subject,
      value: percent,
      inputs: { avanzamento: progressPercent, target: targetPercent },
      rule: "avanzamento del cronoprogramma ÷ target",
      source: context.source,
      cutoffDate: context.cutoffDate,
      text: `${who(context)}avanzamento ${formatPercent(progressPercent)} ÷ target ${formatPercent(targetPercent)} = ${formatPercent(percent)}${progressText ? ` — ${progressText}` : ""}`,
    }),
  };
}

export interface ObjectiveResultForDerivation {
  objectiveId: string;
  /** "Obiettivo 5". */
  label: string;
  /** the objective's score in percent, or why it has none. */
  score: number | NotComputable;
}

/**
 * A target computed from other objectives (AFOL obiettivo 4: "grado medio di raggiungimento degli obiettivi
 * del Direttore generale e dei Dirigenti", target 95%): the mean (or minimum) of their scores against the
 * target. Objectives without a score are left out and named in the explanation.
 */
export function computeDerivedAchievement(
  results: readonly ObjectiveResultForDerivation[],
  target: ParsedTarget,
  context: AchievementContext & { combine?: "mean" | "min" },
): AchievementResult {
  if (target.kind !== "threshold") return fail(context, "il target di un indicatore calcolato da altri obiettivi deve essere una soglia (es. 95%)");
  const scored = results.filter((r): r is ObjectiveResultForDerivation & { score: number } => !isNotComputable(r.score));
  const missing = results.filter((r) => isNotComputable(r.score));
  if (scored.length === 0) return fail(context, "nessuno degli obiettivi di riferimento ha un punteggio");
  const combine = context.combine ?? "mean";
  const scores = scored.map((r) => r.score);
  const value = combine === "min" ? Math.min(...scores) : scores.reduce((a, b) => a + b, 0) / scores.length;
  const result = compare(thresholdComparison(target), { value }, { ...context, ratioInPercent: true, conversion: "auto" });
  if (isNotComputable(result)) return result;
  const left = missing.length ? `; esclusi perché senza punteggio: ${missing.map((m) => m.label).join(", ")}` : "";
  return {
    ...result,
    rule: "derived",
    explanation: {
      ...result.explanation,
      inputs: { ...Object.fromEntries(scored.map((r) => [r.label, r.score])), target: target.value },
      rule: `${combine === "min" ? "minimo" : "media"} dei punteggi di ${scored.length} obiettivi ÷ target`,
      text: `${who(context)}${combine === "min" ? "minimo" : "media"} di ${scored.length} obiettivi = ${formatPercent(value)} ÷ target ${formatPercent(target.value)} = ${formatPercent(result.percent)}${left}`,
    },
  };
}

// --- the entry point --------------------------------------------------------------------------------------

/** Achievement of one indicator for one period. */
export function computeAchievement(target: ParsedTarget, actual: ActualInput, context: AchievementContext): AchievementResult {
  if (target.kind === "qualitative" && typeof actual.done === "boolean") return computeYesNoAchievement(actual.done, context);
  if (target.kind === "deadline" && !actual.date && actual.done === true) {
    // done, date unknown: on time when checked on or before the due date; otherwise the date is needed
    if (context.cutoffDate <= target.due) return computeDeadlineAchievement(target, context.cutoffDate, context);
    return fail(context, `attività conclusa ma senza data: serve la data di conclusione per verificare la scadenza del ${formatDate(target.due)}`);
  }
  switch (target.kind) {
    case "threshold": {
      if (context.multiYear) {
        const measured = resolveActualValue(actual, context.ratioInPercent ?? target.isPercent, context.subject ?? "");
        if (measured === null) return fail(context, "valore conseguito mancante");
        if (isNotComputable(measured)) return measured;
        if (!isFiniteNumber(context.year)) return fail(context, "manca l'anno di riferimento per il target cumulato");
        return computeCumulativeAchievement(measured.value, target.value, { ...context.multiYear, year: context.year }, context);
      }
      return compare(thresholdComparison(target), actual, context);
    }
    case "relative":
      return computeRelative(target, actual, context);
    case "previous-value":
      return computePreviousValue(target, actual, context);
    case "deadline":
      return computeDeadlineAchievement(target, actual.date ?? null, context, actual.done ?? null);
    case "composite":
      return computeComposite(target, actual, context);
    case "qualitative":
      return fail(context, `target qualitativo, non misurabile (${target.reason}): serve una valutazione sì/no`);
  }
}
