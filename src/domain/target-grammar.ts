// The target grammar: the Italian text of a target → ParsedTarget (src/domain/target.ts).
// Every target string of the four seeds is listed, with its parse, in target-grammar.test.ts. The forms:
//   threshold   "100%", "90,00%", ">7.920", "> 2000 utenti coinvolti", "500 utenti", "3", "Almeno 5 giorni"
//   deadline    "entro luglio 2022", "invio entro luglio 2022", "15 dicembre 2022", "entro il 31/12/2021"
//   relative    "+20% rispetto al 2021 (29)", "+5%" (reference from the indicator's baseline)
//   previous    "<valore 2021", ">= dato finale anno precedente"
//   composite   "> 250 studenti > 100 genitori", ">50 webinar >1.000 utenti"
//   qualitative anything else, with the reason in Italian ("-" means no target; see NO_TARGET)
// Rules read from the seeds:
// - a figure without a comparator means "at least" (AFOL "500 utenti", ANPAL "2.980", ARTI "90,00%");
// - ">" is kept as written (the engine decides how strict to be);
// - a month is met until its last day ("entro luglio 2022" → 2022-07-31), a written day is that day;
// - words around the date are the qualifier ("invio entro luglio 2022" → "invio");
// - the indicator's definition completes the text: "% di digitalizzazione…" with ">70" is a percentage (AFOL obj. 16),
//   "riduzione dei tempi medi…" with "Almeno 5 giorni" is a reduction by at least 5 days (AFOL obj. 16).
// Never throws: what cannot be read becomes { kind: "qualitative", reason }.
import { ITALIAN_NUMBER_PATTERN, parseBaseline } from "./baseline";
import { MONTHS, lastDayOfMonth, parseItalianNumber, toIsoDate } from "./italian";
import type { Comparator, ParsedTarget, ThresholdTarget } from "./target";

/** What the indicator tells about its target; every field is optional. */
export interface TargetContext {
  /** the target's year (Target.yearFrom): dates written without a year ("entro dicembre") take it. */
  year?: number | null;
  /** the indicator's baseline, reference of relative targets written without one ("+5%"). */
  baselineValue?: number | null;
  baselineYear?: number | null;
  /** the indicator's definition ("% di digitalizzazione…", "riduzione dei tempi medi…"). */
  definition?: string | null;
  /** the indicator's unit as written ("%", "Numero intero"). */
  unit?: string | null;
}

/** The reason given for "-" (ARTI "Valore target 2022 - 2023" left empty): the cell says there is no target. */
export const NO_TARGET = "nessun target indicato";

export function parseTarget(text: string, context: TargetContext = {}): ParsedTarget {
  const normalised = stripLabel(normalise(text ?? ""));
  if (normalised === "") return qualitative("target vuoto");
  if (/^[-/.]+$/.test(normalised) || /^(?:n\.?\s?d\.?|n\.?\s?a\.?|nessuno)$/i.test(normalised)) {
    return qualitative(NO_TARGET);
  }
  return (
    readDeadline(normalised, context) ??
    readPreviousValue(normalised, context) ??
    readRelative(normalised, context) ??
    readAmounts(normalised, context) ??
    qualitative(explainUnreadable(normalised, context))
  );
}

function explainUnreadable(text: string, context: TargetContext): string {
  // "5 incontri entro dicembre 2022": a figure and a date in one target, which the model keeps apart.
  if (findDate(text, context)?.due && /\d/.test(text.replace(/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b(?:19|20)\d{2}\b/g, ""))) {
    return `valore e scadenza nello stesso target (indicarli come due target): "${text}"`;
  }
  return `testo non riconosciuto come valore, data o variazione misurabile: "${text}"`;
}

function qualitative(reason: string): ParsedTarget {
  return { kind: "qualitative", reason };
}

// ---------------------------------------------------------------------------------------------
// Text clean-up

function normalise(text: string): string {
  return text
    .replace(/<\/?(?:b|i|strong|em|span|p|br)\b[^>]*>/gi, " ") // stray bold/italic tags from the HTML sources
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[−–—]/g, "-")
    .replace(/[’‘`]/g, "'")
    .replace(/≥|⩾|=>/g, ">=")
    .replace(/≤|⩽|=</g, "<=")
    .replace(/\s+/g, " ")
    .trim();
}

/** "Valore target - entro il 31/12/2021" (ARTI cronoprogrammi) carries its column label: drop it. */
function stripLabel(text: string): string {
  return text.replace(/^(?:valore\s+)?target(?:\s+\d{4}(?:\s*-\s*\d{4})?)?\s*[-:]\s*/i, "").trim();
}

// ---------------------------------------------------------------------------------------------
// Comparators, as symbols or as words ("almeno", "non inferiore al", "più di"…)

const TO = "(?:a|al|allo|alla|ai|agli|alle|all')";
const OF = "(?:di|del|dello|della|dei|degli|delle|dell')";
const WORD_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  [`(?:pari\\s+o\\s+superiore|non\\s+inferiore|maggiore\\s+o\\s+uguale)\\s+${TO}`, ">="],
  [`(?:pari\\s+o\\s+inferiore|non\\s+superiore|minore\\s+o\\s+uguale)\\s+${TO}`, "<="],
  [`(?:almeno|minimo|come\\s+minimo|non\\s+meno\\s+${OF})`, ">="],
  [`(?:al\\s+massimo|massimo|non\\s+più\\s+${OF}|non\\s+oltre|fino\\s+${TO})`, "<="],
  [`(?:superiore\\s+${TO}|maggiore\\s+${OF}|più\\s+${OF}|oltre)`, ">"],
  [`(?:inferiore\\s+${TO}|minore\\s+${OF}|meno\\s+${OF})`, "<"],
  [`(?:pari\\s+${TO}|uguale\\s+${TO})`, "="],
];
const WORD_COMPARATOR_AT_START = WORD_COMPARATORS.map(
  ([words, comparator]) => [new RegExp(`^${words}(?:\\s+|(?<=')|(?=\\d))`, "i"), comparator] as const,
);
/** A comparator word closing a unit: "250 studenti e almeno 100 genitori" → unit "studenti". */
const WORD_COMPARATOR_AT_END = new RegExp(
  `(?:^|\\s)(?:${WORD_COMPARATORS.map(([words]) => words).join("|")})\\s*$`,
  "i",
);

interface ReadComparator {
  comparator: Comparator;
  /** how it was written: a symbol, words, or nothing (then "at least"). */
  writtenAs: "symbol" | "words" | "none";
  rest: string;
}

function readComparator(text: string): ReadComparator {
  const symbol = text.match(/^(>=|<=|>|<|=)\s*/);
  if (symbol) return { comparator: symbol[1] as Comparator, writtenAs: "symbol", rest: text.slice(symbol[0].length) };
  for (const [pattern, comparator] of WORD_COMPARATOR_AT_START) {
    const m = text.match(pattern);
    if (m) return { comparator, writtenAs: "words", rest: text.slice(m[0].length) };
  }
  return { comparator: ">=", writtenAs: "none", rest: text };
}

// ---------------------------------------------------------------------------------------------
// Deadlines

const MONTH = `(${MONTHS.join("|")})`;
const NUMERIC_DATE = /(?<![\d.,])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)/;
const WORD_DATE = new RegExp(`(?:\\b(\\d{1,2})\\s+)?\\b${MONTH}\\b(?:\\s+(\\d{4}))?`, "i");
const YEAR_END = /\b(?:entro\s+(?:il\s+|l'|la\s+fine\s+(?:del\s+|dell')?|fine\s+)?)((?:19|20)\d{2})\b/i;
const THIS_YEAR_END = /\b(?:entro\s+(?:l'anno|(?:la\s+)?fine\s+(?:dell')?anno)|(?:a\s+)?fine\s+anno)\b/i;
const ENTRO_BEFORE = /(?:\bentro\s+(?:il\s+|l'|la\s+fine\s+di\s+|fine\s+)?|\bal\s+|\bil\s+)$/i;

function lastMatch(text: string, pattern: RegExp): RegExpMatchArray | null {
  let last: RegExpMatchArray | null = null;
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags + "g"))) last = m;
  return last;
}

interface FoundDate {
  due: string | null;
  precision: "day" | "month";
  start: number;
  end: number;
  /** why `due` is null, in Italian. */
  problem?: string;
}

function findDate(text: string, context: TargetContext): FoundDate | null {
  // The last date written is the deadline ("luglio-settembre-novembre 2022" ends in November), as parseTimingText reads it.
  const numeric = lastMatch(text, NUMERIC_DATE);
  if (numeric) {
    const year = numeric[3]!.length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
    const due = toIsoDate(year, Number(numeric[2]), Number(numeric[1]));
    return {
      due,
      precision: "day",
      start: numeric.index!,
      end: numeric.index! + numeric[0].length,
      problem: due ? undefined : `data non valida: "${numeric[0]}"`,
    };
  }
  const words = lastMatch(text, WORD_DATE);
  if (words) {
    const month = MONTHS.indexOf(words[2]!.toLowerCase() as (typeof MONTHS)[number]) + 1;
    const year = words[3] ? Number(words[3]) : (context.year ?? null);
    const span = { start: words.index!, end: words.index! + words[0].length };
    if (year == null) {
      return { due: null, precision: "month", ...span, problem: `data senza anno: "${words[0]}"` };
    }
    if (words[1]) {
      const due = toIsoDate(year, month, Number(words[1]));
      return { due, precision: "day", ...span, problem: due ? undefined : `data non valida: "${words[0]}"` };
    }
    return { due: lastDayOfMonth(year, month), precision: "month", ...span };
  }
  // "entro il 2022": met until the year's last day; the finest precision the model has for it is the month (December).
  const yearEnd = text.match(YEAR_END);
  if (yearEnd) {
    return { due: `${yearEnd[1]}-12-31`, precision: "month", start: yearEnd.index!, end: yearEnd.index! + yearEnd[0].length };
  }
  const thisYearEnd = text.match(THIS_YEAR_END);
  if (thisYearEnd) {
    const span = { start: thisYearEnd.index!, end: thisYearEnd.index! + thisYearEnd[0].length };
    if (context.year == null) return { due: null, precision: "month", ...span, problem: "fine anno senza anno di riferimento" };
    return { due: `${context.year}-12-31`, precision: "month", ...span };
  }
  return null;
}

/** A date with at most some words around it ("invio", "avvio"); any other figure makes it something else. */
function readDeadline(text: string, context: TargetContext): ParsedTarget | null {
  const found = findDate(text, context);
  if (!found) return null;
  const before = text.slice(0, found.start).replace(ENTRO_BEFORE, "");
  const after = text.slice(found.end);
  const qualifier = `${before} ${after}`.replace(/^[\s\-:,;.]+|[\s\-:,;.]+$/g, "").replace(/\s+/g, " ");
  if (/\d|[<>=%+]/.test(qualifier)) return null;
  if (new RegExp(`\\b${MONTH}\\b`, "i").test(qualifier)) return qualitative(`più date nello stesso target: "${text}"`);
  if (found.due == null) return qualitative(found.problem ?? "data non valida");
  return { kind: "deadline", due: found.due, precision: found.precision, qualifier: qualifier === "" ? null : qualifier };
}

// ---------------------------------------------------------------------------------------------
// Compared with a previous value: "<valore 2021", ">= dato finale anno precedente", "mantenimento"

const PREVIOUS_VALUE_WORDS = new Set(
  ["finale", "iniziale", "di", "partenza", "base", "anno", "precedente", "del", "dell'", "al", "nel", "consuntivo", "rilevato", "registrato"],
);

function readPreviousValue(text: string, context: TargetContext): ParsedTarget | null {
  const { comparator, rest } = readComparator(text);
  const named = rest.match(/^(?:il\s+|al\s+|del\s+)?(?:valore|dato)\b\s*(.*)$/i);
  if (named) {
    const tail = named[1]!;
    const year = tail.match(/\b((?:19|20)\d{2})\b/);
    // The tail may only name the year or which value: "2021", "finale anno precedente", "iniziale".
    const words = tail.toLowerCase().split(/\s+|(?<=')/).filter((w) => w !== "");
    if (!words.every((w) => PREVIOUS_VALUE_WORDS.has(w) || /^(?:19|20)\d{2}$/.test(w))) return null;
    const isBaseline = /\b(?:iniziale|di\s+partenza|base)\b/i.test(tail);
    const referenceYear = year ? Number(year[1]) : isBaseline ? (context.baselineYear ?? null) : null;
    return { kind: "previous-value", comparator, referenceYear };
  }
  // Words alone: "in aumento rispetto al 2021", "in diminuzione", "mantenimento del valore 2021".
  const trend = text.match(
    /^(?:in\s+)?(aumento|crescita|incremento|diminuzione|riduzione|calo|mantenimento)(?:\s+(?:rispetto\s+)?(?:all'|dell'|al|del|a)?\s*(?:valore\s+|dato\s+|anno\s+)?(.*))?$/i,
  );
  if (!trend) return null;
  const tail = (trend[2] ?? "").trim();
  const year = tail.match(/^((?:19|20)\d{2})$/);
  if (tail !== "" && !year && !/^(?:anno\s+)?precedente$/i.test(tail)) return null;
  const word = trend[1]!.toLowerCase();
  const trendComparator: Comparator =
    word === "mantenimento" ? ">=" : ["diminuzione", "riduzione", "calo"].includes(word) ? "<" : ">";
  return { kind: "previous-value", comparator: trendComparator, referenceYear: year ? Number(year[1]) : null };
}

// ---------------------------------------------------------------------------------------------
// Amounts: thresholds, composites and relative changes

const NUMBER = ITALIAN_NUMBER_PATTERN;
const AMOUNT_AT_START = new RegExp(`^(?:n\\.\\s*)?(${NUMBER})\\s*(%)?\\s*`, "i");

interface Amount {
  comparator: Comparator;
  writtenAs: ReadComparator["writtenAs"];
  value: number;
  isPercent: boolean;
  unit: string | null;
}

/** Reads one or more "[comparator] figure[%] [unit]" in a row; null when the text is anything else. */
function readAmountList(text: string): Amount[] | null {
  const amounts: Amount[] = [];
  let rest = text;
  while (rest !== "") {
    if (amounts.length > 0) rest = rest.replace(/^(?:e|ed|,|;|\+|\/)\s*/i, "");
    const { comparator, writtenAs, rest: afterComparator } = readComparator(rest);
    const figure = afterComparator.match(AMOUNT_AT_START);
    if (!figure) return null;
    const value = parseItalianNumber(figure[1]!);
    if (value == null) return null;
    rest = afterComparator.slice(figure[0].length);
    // The unit runs to the next comparator or figure, less a closing comparator word or connector.
    let unit = rest.match(/^[^\d<>=]*/)![0];
    const closingWord = unit.match(WORD_COMPARATOR_AT_END);
    if (closingWord) unit = unit.slice(0, closingWord.index!);
    rest = rest.slice(unit.length).trim();
    unit = unit.replace(/(?:[\s,;]+(?:e|ed)?)+\s*$/i, "").replace(/[\s,;]+$/, "").trim();
    if (/\brispetto\b/i.test(unit) || new RegExp(`\\b${MONTH}\\b`, "i").test(unit)) return null;
    amounts.push({ comparator, writtenAs, value, isPercent: figure[2] === "%", unit: unit === "" ? null : unit });
  }
  return amounts.length > 0 ? amounts : null;
}

/** "riduzione dei tempi medi…", "diminuire il numero…": the definition asks for less, so "Almeno 5 giorni" is the cut. */
function isReduction(definition: string | null | undefined): boolean {
  return !!definition && /^\s*(?:riduzione|ridurre|diminuzione|diminuire|contenimento|contenere|abbattimento)\b/i.test(definition);
}

/** "% di digitalizzazione…", "percentuale di…", or unit "%": a bare figure is a percentage. */
function isPercentIndicator(context: TargetContext): boolean {
  return (
    /^\s*(?:%|percentuale\b)/i.test(context.definition ?? "") || /^\s*(?:%|percentuale)\s*$/i.test(context.unit ?? "")
  );
}

function readAmounts(text: string, context: TargetContext): ParsedTarget | null {
  const amounts = readAmountList(text);
  if (!amounts) return null;
  if (amounts.length > 1) {
    // Each part must say what it counts ("250 studenti", "100 genitori"), else the figures are ambiguous.
    if (amounts.some((a) => a.unit == null)) return null;
    return { kind: "composite", parts: amounts.map(toThreshold) };
  }
  const amount = amounts[0]!;
  if (isReduction(context.definition) && amount.comparator === ">=" && amount.writtenAs !== "symbol") {
    // AFOL obj. 16: "riduzione dei tempi medi di risposta…" / "Almeno 5 giorni" = at least 5 days less than before.
    return relative(
      {
        comparator: "<=",
        changePercent: amount.isPercent ? -amount.value : null,
        changeAbsolute: amount.isPercent ? null : -amount.value,
        referenceYear: null,
        referenceValue: null,
        referencesPreviousYear: false,
        unit: amount.unit,
      },
      context,
    );
  }
  return toThreshold({ ...amount, isPercent: amount.isPercent || isPercentIndicator(context) });
}

function toThreshold(amount: Amount): ThresholdTarget {
  return {
    kind: "threshold",
    comparator: amount.comparator,
    value: amount.value,
    isPercent: amount.isPercent,
    unit: amount.unit,
  };
}

// "+20% rispetto al 2021 (29)", "+5%", "-10% rispetto all'anno precedente", "incremento del 20%", "+ 5 utenti"
const RELATIVE = new RegExp(
  "^(?:([+-])|(incremento|aumento|crescita|riduzione|diminuzione)\\s+(?:del|di)\\s+)\\s*" +
    `(${NUMBER})\\s*(%)?` +
    "\\s*([^\\d()]*?)" + // unit ("utenti"), before "rispetto"
    "\\s*(?:rispetto\\s+(?:all'|allo|alla|al|ai|a)\\s*([^()]*?))?" + // reference: "2021", "anno precedente"
    "\\s*(?:\\(([^()]*)\\))?\\s*$", // written reference value: "(29)"
  "i",
);

function readRelative(text: string, context: TargetContext): ParsedTarget | null {
  const { comparator, writtenAs, rest } = readComparator(text);
  const m = rest.match(RELATIVE);
  if (!m) return null;
  const change = parseItalianNumber(m[3]!);
  if (change == null) return null;
  const isDecrease = m[1] === "-" || /^(?:riduzione|diminuzione)$/i.test(m[2] ?? "");
  const signed = isDecrease ? -change : change;
  const isPercent = m[4] === "%";
  const referenceText = (m[6] ?? "").trim();
  const referenceYearMatch = referenceText.match(/\b((?:19|20)\d{2})\b/);
  const referencesPreviousYear = /precedente/i.test(referenceText);
  if (referenceText !== "" && !referenceYearMatch && !referencesPreviousYear && !/iniziale|partenza/i.test(referenceText)) {
    return null;
  }
  const written = m[7] != null ? parseBaseline(m[7]) : null;
  if (m[7] != null && written?.value == null) return null;
  return relative(
    {
      // Without a written comparator an increase is "at least" the resolved value, a decrease "at most".
      comparator: writtenAs === "none" ? (isDecrease ? "<=" : ">=") : comparator,
      changePercent: isPercent ? signed : null,
      changeAbsolute: isPercent ? null : signed,
      referenceYear: referenceYearMatch ? Number(referenceYearMatch[1]) : (written?.year ?? null),
      referenceValue: written?.value ?? null,
      referencesPreviousYear,
      unit: m[5]!.trim() === "" ? null : m[5]!.trim(),
    },
    context,
  );
}

interface RelativeParts {
  comparator: Comparator;
  changePercent: number | null;
  changeAbsolute: number | null;
  referenceYear: number | null;
  referenceValue: number | null;
  referencesPreviousYear: boolean;
  unit: string | null;
}

/**
 * Completes a relative target with the indicator's baseline when the text gives no reference value
 * (AFOL obj. 14: "+20%" with "Dato 2021 3.769" → 4.522,8), provided the baseline is of the year referred to.
 * An unwritten reference year is the year before the target's (every AFOL 2022 relative target refers to 2021).
 */
function relative(parts: RelativeParts, context: TargetContext): ParsedTarget {
  const targetYear = context.year ?? null;
  let referenceYear = parts.referenceYear ?? (parts.referencesPreviousYear && targetYear != null ? targetYear - 1 : null);
  let referenceValue = parts.referenceValue;
  const baselineValue = context.baselineValue ?? null;
  const baselineYear = context.baselineYear ?? null;
  if (referenceValue == null && baselineValue != null) {
    const fits = referenceYear == null || baselineYear == null || baselineYear === referenceYear;
    if (fits) {
      referenceValue = baselineValue;
      referenceYear = referenceYear ?? baselineYear;
    }
  }
  if (referenceYear == null && targetYear != null) referenceYear = targetYear - 1;
  return {
    kind: "relative",
    comparator: parts.comparator,
    changePercent: parts.changePercent,
    changeAbsolute: parts.changeAbsolute,
    referenceYear,
    referenceValue,
    resolvedValue: referenceValue == null ? null : applyChange(referenceValue, parts.changePercent, parts.changeAbsolute),
    unit: parts.unit,
  };
}

/** 29 +20% → 34,8; 3.769 +20% → 4.522,8; 124.075 +5% → 130.278,75. Rounded to 12 significant digits against float noise. */
export function applyChange(reference: number, changePercent: number | null, changeAbsolute: number | null): number {
  const value =
    changePercent != null ? (reference * (100 + changePercent)) / 100 : reference + (changeAbsolute ?? 0);
  return Number(value.toPrecision(12));
}
