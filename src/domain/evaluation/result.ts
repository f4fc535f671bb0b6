// Shared shapes of the evaluation engine: a figure is either computed or "not computable" with a reason
// in Italian. Division by zero, missing baselines and nonsense inputs end here, never in NaN or exceptions.

export interface NotComputable {
  kind: "not-computable";
  /** why, in Italian, naming the item: "ARTI 1.6: denominatore pari a zero". */
  reason: string;
}

export function notComputable(reason: string): NotComputable {
  return { kind: "not-computable", reason };
}

export function isNotComputable(value: unknown): value is NotComputable {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "not-computable";
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * numerator ÷ denominator in percent, multiplied before dividing so that 37.787 × 100 ÷ 20.000 gives the
 * double nearest to 188,935 (dividing first gives 188,93499…, which a later rounding would get wrong).
 */
export function percentOf(numerator: number, denominator: number): number | NotComputable {
  if (!isFiniteNumber(numerator) || !isFiniteNumber(denominator)) {
    return notComputable("valori non numerici");
  }
  if (denominator === 0) return notComputable("denominatore pari a zero");
  const result = (numerator * 100) / denominator;
  return isFiniteNumber(result) ? result : notComputable("risultato non finito");
}

/**
 * The value with floating-point noise removed (94,99999999999999 → 95), for comparisons against band limits
 * and tolerances. It does not round figures: 12 significant digits keep every figure of a public budget.
 */
export function stable(value: number): number {
  return Number(value.toPrecision(12));
}

/** Sum without accumulating floating-point noise (0,1 + 0,2 = 0,3). */
export function sum(values: readonly number[]): number {
  return stable(values.reduce((total, v) => total + v, 0));
}

const DAY_MS = 86_400_000;

function toUtc(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/**
 * Months started after `due` by `actual`: each started month counts as one ("entro luglio 2022" met on
 * 05/08/2022 is one month late, on 20/09/2022 two). Zero or less when on time.
 */
export function startedMonthsLate(due: string, actual: string): number {
  if (actual <= due) return 0;
  const [dy, dm, dd] = due.split("-").map(Number);
  const [ay, am, ad] = actual.split("-").map(Number);
  const months = (ay! - dy!) * 12 + (am! - dm!);
  return ad! > dd! ? months + 1 : Math.max(months, 1);
}

/** ISO date check without the clock. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(toUtc(value));
}
