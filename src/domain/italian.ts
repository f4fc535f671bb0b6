// Reading and writing numbers and dates the way Italian documents write them:
// "7.920", "1.234,56", "56,00%", "€ 3.892.962,46", "31/12/2022", "31/03/21", "entro luglio 2022", "10 giugno 2022".

export const MONTHS = [
  "gennaio",
  "febbraio",
  "marzo",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "agosto",
  "settembre",
  "ottobre",
  "novembre",
  "dicembre",
] as const;

/**
 * Parses a number written the Italian way; null when the text is not one number.
 * "." groups thousands and "," is the decimal mark: "7.920" → 7920, "56,00%" → 56, "2.051" → 2051.
 * A lone "." followed by other than three digits is a decimal point ("0.5" → 0.5), as some sheets write.
 */
export function parseItalianNumber(raw: string | null | undefined): number | null {
  if (raw == null) return null;
  const cleaned = raw
    .replace(/[€%\s\u00a0]/g, "")
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, "");
  if (!/^[+-]?[\d.,]+$/.test(cleaned) || !/\d/.test(cleaned)) return null;
  let normalised: string;
  if (cleaned.includes(",")) {
    normalised = cleaned.replace(/\./g, "").replace(",", ".");
  } else if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(cleaned)) {
    normalised = cleaned.replace(/\./g, "");
  } else {
    normalised = cleaned;
  }
  if ((normalised.match(/\./g) ?? []).length > 1) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** True when the text carries a percent sign. */
export function isPercentText(raw: string): boolean {
  return raw.includes("%");
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function toIsoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function lastDayOfMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return `${year}-${pad(month)}-${pad(d.getUTCDate())}`;
}

/**
 * Parses a numeric date: "31/12/2021", "31/03/21", "20.12.2019" → ISO date; null when not a valid date.
 * Two-digit years are read as 20xx (the documents are all from this century).
 */
export function parseNumericDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = raw.trim().match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/);
  if (!m) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return toIsoDate(year, Number(m[2]), Number(m[1]));
}

function monthIndex(word: string): number | null {
  const i = MONTHS.indexOf(word.toLowerCase() as (typeof MONTHS)[number]);
  return i < 0 ? null : i + 1;
}

/**
 * Finds the last date named in a text about timing and returns the last day it allows:
 * "entro dicembre 2022" → 2022-12-31, "15 dicembre 2022" → 2022-12-15, "31/12/2021" → 2021-12-31,
 * "luglio/agosto; ottobre 2022" → 2022-10-31. Returns null when no full date (month and year) is named.
 */
export function parseTimingText(raw: string | null | undefined): { date: string; precision: "day" | "month" } | null {
  if (!raw) return null;
  const textLower = raw.toLowerCase();
  let found: { date: string; precision: "day" | "month"; index: number } | null = null;
  const numeric = /(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g;
  for (const m of textLower.matchAll(numeric)) {
    const iso = parseNumericDate(m[0]);
    if (iso && (!found || m.index! >= found.index)) found = { date: iso, precision: "day", index: m.index! };
  }
  const words = new RegExp(`(?:(\\d{1,2})\\s+)?(${MONTHS.join("|")})\\s+(\\d{4})`, "g");
  for (const m of textLower.matchAll(words)) {
    const month = monthIndex(m[2]!)!;
    const year = Number(m[3]);
    const iso = m[1] ? toIsoDate(year, month, Number(m[1])) : lastDayOfMonth(year, month);
    if (iso && (!found || m.index! >= found.index)) {
      found = { date: iso, precision: m[1] ? "day" : "month", index: m.index! };
    }
  }
  return found ? { date: found.date, precision: found.precision } : null;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

function intlFormat(value: number, fractionDigits: number): string {
  let format = numberFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat("it-IT", {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      useGrouping: "always",
    });
    numberFormats.set(fractionDigits, format);
  }
  return format.format(value);
}

/**
 * Groups thousands always: Intl's it-IT leaves 4-digit numbers ungrouped (1234), the documents write 1.234.
 * Ordinary figures are written by hand, rounding half away from zero on the shortest decimal form as Intl does
 * (1,005 → 1,01), because reports and evaluations format tens of thousands of figures and Intl is slow.
 */
export function formatItalianNumber(value: number, fractionDigits = 0): string {
  const written = `${Math.abs(value)}`;
  if (!Number.isFinite(value) || written.includes("e") || Math.abs(value) >= 1e15) return intlFormat(value, fractionDigits);
  const digits = String(Math.round(Number(`${written}e${fractionDigits}`))).padStart(fractionDigits + 1, "0");
  const whole = digits.slice(0, digits.length - fractionDigits).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const decimals = fractionDigits > 0 ? `,${digits.slice(-fractionDigits)}` : "";
  return `${value < 0 || Object.is(value, -0) ? "-" : ""}${whole}${decimals}`;
}

/** 188.94 → "188,94%". */
export function formatItalianPercent(value: number, fractionDigits = 2): string {
  return `${formatItalianNumber(value, fractionDigits)}%`;
}

/** 2021-06-30 → "30/06/2021". */
export function formatItalianDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
