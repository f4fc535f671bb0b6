import { describe, expect, it } from "vitest";
import { readSeed } from "../io/seeds";
import { ParsedTarget, type Comparator } from "./target";
import { NO_TARGET, applyChange, parseTarget, type TargetContext } from "./target-grammar";

const threshold = (comparator: Comparator, value: number, isPercent = false, unit: string | null = null) =>
  ({ kind: "threshold", comparator, value, isPercent, unit }) as const;
const deadline = (due: string, precision: "day" | "month", qualifier: string | null = null) =>
  ({ kind: "deadline", due, precision, qualifier }) as const;
const composite = (...parts: ReturnType<typeof threshold>[]) => ({ kind: "composite", parts }) as const;
const previous = (comparator: Comparator, referenceYear: number | null) =>
  ({ kind: "previous-value", comparator, referenceYear }) as const;

interface Row {
  seed: "afol" | "arti" | "anpal";
  text: string;
  context?: TargetContext;
  expected: ParsedTarget;
}

// AFOL targets are all for 2022 (seed 000, "Piano Performance 2022").
const AFOL: TargetContext = { year: 2022 };

/** Every distinct target string of the seeds, with the context its indicator gives. */
const SEED_TARGETS: Row[] = [
  // AFOL Metropolitana, Piano Performance 2022 (seed 000, column "Target")
  { seed: "afol", text: "100%", context: AFOL, expected: threshold(">=", 100, true) },
  { seed: "afol", text: "90%", context: AFOL, expected: threshold(">=", 90, true) },
  { seed: "afol", text: "95%", context: AFOL, expected: threshold(">=", 95, true) },
  { seed: "afol", text: "entro dicembre 2022", context: AFOL, expected: deadline("2022-12-31", "month") },
  { seed: "afol", text: "entro luglio 2022", context: AFOL, expected: deadline("2022-07-31", "month") },
  { seed: "afol", text: "entro novembre 2022", context: AFOL, expected: deadline("2022-11-30", "month") },
  { seed: "afol", text: "entro settembre 2022", context: AFOL, expected: deadline("2022-09-30", "month") },
  { seed: "afol", text: "Entro settembre 2022", context: AFOL, expected: deadline("2022-09-30", "month") },
  { seed: "afol", text: "Entro dicembre 2022", context: AFOL, expected: deadline("2022-12-31", "month") },
  { seed: "afol", text: "settembre 2022", context: AFOL, expected: deadline("2022-09-30", "month") },
  { seed: "afol", text: "15 dicembre 2022", context: AFOL, expected: deadline("2022-12-15", "day") },
  { seed: "afol", text: "31 luglio 2022", context: AFOL, expected: deadline("2022-07-31", "day") },
  { seed: "afol", text: "31 dicembre 2022", context: AFOL, expected: deadline("2022-12-31", "day") },
  { seed: "afol", text: "invio entro luglio 2022", context: AFOL, expected: deadline("2022-07-31", "month", "invio") },
  { seed: "afol", text: ">1 workshop per area", context: AFOL, expected: threshold(">", 1, false, "workshop per area") },
  {
    seed: "afol",
    text: "+20% rispetto al 2021 (29)",
    context: AFOL,
    expected: {
      kind: "relative",
      comparator: ">=",
      changePercent: 20,
      changeAbsolute: null,
      referenceYear: 2021,
      referenceValue: 29,
      resolvedValue: 34.8,
      unit: null,
    },
  },
  {
    // obj. 14 "imprese contattate dal servizio marketing (% rispetto a 2021)", baseline "Dato 2021 3.769"
    seed: "afol",
    text: "+20%",
    context: { ...AFOL, baselineValue: 3769, baselineYear: 2021, definition: "imprese contattate dal servizio marketing (% rispetto a 2021)" },
    expected: {
      kind: "relative",
      comparator: ">=",
      changePercent: 20,
      changeAbsolute: null,
      referenceYear: 2021,
      referenceValue: 3769,
      resolvedValue: 4522.8,
      unit: null,
    },
  },
  {
    // obj. 15 "accessi fisici e digitali ai CPI", baseline "Nel 2021: 124.075"
    seed: "afol",
    text: "+5%",
    context: { ...AFOL, baselineValue: 124075, baselineYear: 2021, definition: "accessi fisici e digitali ai CPI" },
    expected: {
      kind: "relative",
      comparator: ">=",
      changePercent: 5,
      changeAbsolute: null,
      referenceYear: 2021,
      referenceValue: 124075,
      resolvedValue: 130278.75,
      unit: null,
    },
  },
  { seed: "afol", text: ">5", context: AFOL, expected: threshold(">", 5) },
  { seed: "afol", text: ">15", context: AFOL, expected: threshold(">", 15) },
  { seed: "afol", text: ">7.920", context: AFOL, expected: threshold(">", 7920) },
  { seed: "afol", text: ">5.940", context: AFOL, expected: threshold(">", 5940) },
  { seed: "afol", text: ">410", context: AFOL, expected: threshold(">", 410) },
  { seed: "afol", text: ">158", context: AFOL, expected: threshold(">", 158) },
  { seed: "afol", text: ">20.000", context: AFOL, expected: threshold(">", 20000) },
  { seed: "afol", text: ">16.000", context: AFOL, expected: threshold(">", 16000) },
  { seed: "afol", text: ">1.830", context: AFOL, expected: threshold(">", 1830) },
  { seed: "afol", text: ">2.500", context: AFOL, expected: threshold(">", 2500) },
  { seed: "afol", text: ">35%", context: AFOL, expected: threshold(">", 35, true) },
  { seed: "afol", text: ">2", context: AFOL, expected: threshold(">", 2) },
  { seed: "afol", text: ">4", context: AFOL, expected: threshold(">", 4) },
  {
    seed: "afol",
    text: ">70",
    context: { ...AFOL, definition: "% di digitalizzazione delle certificazioni evase dai CPI" },
    expected: threshold(">", 70, true),
  },
  {
    seed: "afol",
    text: "<valore 2021",
    context: { ...AFOL, definition: "riduzione dei tempi medi di risposta alle richieste pervenute tramite App riferite al certificato di stato occupazionale" },
    expected: previous("<", 2021),
  },
  {
    seed: "afol",
    text: "Almeno 5 giorni",
    context: {
      ...AFOL,
      definition:
        "riduzione dei tempi medi di risposta in merito alle richieste di accesso agli atti (per i procedimenti di competenza dei CPI), per il periodo settembre-dicembre",
    },
    expected: {
      kind: "relative",
      comparator: "<=",
      changePercent: null,
      changeAbsolute: -5,
      referenceYear: 2021,
      referenceValue: null,
      resolvedValue: null,
      unit: "giorni",
    },
  },
  { seed: "afol", text: ">90%", context: AFOL, expected: threshold(">", 90, true) },
  { seed: "afol", text: ">400", context: { ...AFOL, baselineValue: 270, baselineYear: 2021 }, expected: threshold(">", 400) },
  { seed: "afol", text: ">270", context: { ...AFOL, baselineValue: 200, baselineYear: 2021 }, expected: threshold(">", 270) },
  { seed: "afol", text: ">1.500", context: { ...AFOL, baselineValue: 1073, baselineYear: 2021 }, expected: threshold(">", 1500) },
  { seed: "afol", text: ">100", context: AFOL, expected: threshold(">", 100) },
  { seed: "afol", text: ">200", context: AFOL, expected: threshold(">", 200) },
  { seed: "afol", text: ">20", context: AFOL, expected: threshold(">", 20) },
  {
    seed: "afol",
    text: "> 250 studenti > 100 genitori",
    context: AFOL,
    expected: composite(threshold(">", 250, false, "studenti"), threshold(">", 100, false, "genitori")),
  },
  { seed: "afol", text: ">40 docenti", context: AFOL, expected: threshold(">", 40, false, "docenti") },
  { seed: "afol", text: ">50 neet", context: AFOL, expected: threshold(">", 50, false, "neet") },
  {
    seed: "afol",
    text: ">50 webinar >1.000 utenti",
    context: AFOL,
    expected: composite(threshold(">", 50, false, "webinar"), threshold(">", 1000, false, "utenti")),
  },
  {
    seed: "afol",
    text: ">10 webinar >300 utenti",
    context: AFOL,
    expected: composite(threshold(">", 10, false, "webinar"), threshold(">", 300, false, "utenti")),
  },
  { seed: "afol", text: "500 utenti", context: { ...AFOL, baselineValue: 271, baselineYear: 2021 }, expected: threshold(">=", 500, false, "utenti") },
  { seed: "afol", text: "> 2000 utenti coinvolti", context: AFOL, expected: threshold(">", 2000, false, "utenti coinvolti") },
  { seed: "afol", text: ">7", context: AFOL, expected: threshold(">", 7) },
  { seed: "afol", text: ">1.000 partecipanti", context: AFOL, expected: threshold(">", 1000, false, "partecipanti") },
  { seed: "afol", text: "3", context: AFOL, expected: threshold(">=", 3) },

  // ARTI Toscana, Monitoraggio intermedio al 30/06/2021 (seed 004): "Valore target 2021", "Valore target 2022 - 2023", cronoprogrammi
  { seed: "arti", text: "100,00%", context: { year: 2021 }, expected: threshold(">=", 100, true) },
  { seed: "arti", text: "90,00%", context: { year: 2021, baselineValue: 91.33, baselineYear: 2020 }, expected: threshold(">=", 90, true) },
  { seed: "arti", text: "66,00%", context: { year: 2021, baselineValue: 66.63, baselineYear: 2020 }, expected: threshold(">=", 66, true) },
  { seed: "arti", text: "79,00%", context: { year: 2021, baselineValue: 79.69, baselineYear: 2020 }, expected: threshold(">=", 79, true) },
  { seed: "arti", text: "67,00%", context: { year: 2021, baselineValue: 65.94, baselineYear: 2020 }, expected: threshold(">=", 67, true) },
  { seed: "arti", text: "85,00%", context: { year: 2022 }, expected: threshold(">=", 85, true) },
  { seed: "arti", text: ">= dato finale anno precedente", context: { year: 2022 }, expected: previous(">=", null) },
  { seed: "arti", text: "-", context: { year: 2022 }, expected: { kind: "qualitative", reason: NO_TARGET } },
  { seed: "arti", text: "entro il 31/12/2021", context: { year: 2021 }, expected: deadline("2021-12-31", "day") },

  // ANPAL Servizi, Rapporto sui risultati 2019 (seed 002): "Valore dell'obiettivo" and "Pianificazione 2019 2021" ("Numero intero")
  ...["20", "2.980", "552", "150.000", "9", "1.070", "60", "10", "640", "7.000", "4.500", "2.048", "2048"].map(
    (text): Row => ({
      seed: "anpal",
      text,
      context: { year: 2019, unit: "Numero intero" },
      expected: threshold(">=", Number(text.replace(".", ""))),
    }),
  ),
];

describe("parseTarget on every target string of the seeds", () => {
  it.each(SEED_TARGETS.map((row) => [row.seed, row.text, row] as const))("%s %j", (_seed, text, row) => {
    const parsed = parseTarget(text, row.context);
    expect(parsed).toEqual(row.expected);
    expect(ParsedTarget.parse(parsed)).toEqual(parsed);
  });

  it('AFOL obj. 6: "+20% rispetto al 2021 (29)" = 29 × 1,20 = 34,8', () => {
    const parsed = parseTarget("+20% rispetto al 2021 (29)", AFOL);
    expect(parsed.kind === "relative" && parsed.resolvedValue).toBe(34.8);
  });

  it('AFOL obj. 14: "+20%" on "Dato 2021 3.769" = 3.769 × 1,20 = 4.522,8', () => {
    const parsed = parseTarget("+20%", { year: 2022, baselineValue: 3769, baselineYear: 2021 });
    expect(parsed.kind === "relative" && parsed.resolvedValue).toBe(4522.8);
  });

  it('AFOL obj. 15: "+5%" on "Nel 2021: 124.075" = 124.075 × 1,05 = 130.278,75', () => {
    const parsed = parseTarget("+5%", { year: 2022, baselineValue: 124075, baselineYear: 2021 });
    expect(parsed.kind === "relative" && parsed.resolvedValue).toBe(130278.75);
  });

  it('AFOL obj. 16: "Almeno 5 giorni" without the "riduzione…" definition is just at least 5 days', () => {
    expect(parseTarget("Almeno 5 giorni", AFOL)).toEqual(threshold(">=", 5, false, "giorni"));
  });

  it('AFOL obj. 16: "Almeno 5 giorni" on a baseline of 20 days resolves to at most 15 days', () => {
    const parsed = parseTarget("Almeno 5 giorni", {
      year: 2022,
      baselineValue: 20,
      baselineYear: 2021,
      definition: "riduzione dei tempi medi di risposta",
    });
    expect(parsed).toMatchObject({ kind: "relative", comparator: "<=", changeAbsolute: -5, referenceValue: 20, resolvedValue: 15 });
  });

  it('ARTI cronoprogrammi: "Valore target - entro il 31/12/2021" (label and en dash included) → 2021-12-31', () => {
    expect(parseTarget("Valore target - entro il 31/12/2021")).toEqual(deadline("2021-12-31", "day"));
    expect(parseTarget("Valore target – entro il 31/12/2021")).toEqual(deadline("2021-12-31", "day"));
  });
});

// The table above must not miss a string: read the target cells from the seeds and compare.
describe("the table covers the seeds", () => {
  const tableTexts = (seed: Row["seed"]) => new Set(SEED_TARGETS.filter((r) => r.seed === seed).map((r) => r.text));

  it("AFOL: the 80 target cells (second cell of each row under 'Indicatore di risultato') are all in the table", () => {
    const cells: string[] = [];
    let inTable = false;
    for (const line of readSeed("afol").split("\n")) {
      if (line.includes("Indicatore di risultato")) inTable = true;
      else if (line.includes("Relazione sulla performance")) inTable = false;
      else if (inTable) {
        const filled = line.split("\t").map((c) => c.trim()).filter((c) => c !== "");
        if (filled.length >= 2) cells.push(filled[1]!);
      }
    }
    expect(cells).toHaveLength(80);
    expect(new Set(cells)).toEqual(tableTexts("afol"));
  });

  it("ARTI: the 18 indicator rows' targets 2021 and 2022-2023, and the 8 cronoprogramma targets, are all in the table", () => {
    const text = readSeed("arti");
    const mainTable = text.slice(0, text.indexOf("# ARTI crono 1"));
    // "Valore iniziale" ("-" or "95,20% dato 2020"), then "Valore target 2021", then "Valore target 2022 - 2023".
    const rows = [...mainTable.matchAll(/\t(-|\d+,\d\d% dato \d{4})\t(\d+,\d\d%)\t([^\t]*)\t/g)];
    expect(rows).toHaveLength(18);
    const crono = [...text.matchAll(/Valore target\s*[-–]\s*([^\t]+?)\t/g)].map((m) => m[1]!);
    expect(crono).toHaveLength(8);
    expect(new Set([...rows.flatMap((m) => [m[2]!, m[3]!]), ...crono])).toEqual(tableTexts("arti"));
  });

  it("ANPAL: the 13 indicator rows' 'Valore dell'obiettivo' and 'Pianificazione 2019 2021' are all in the table", () => {
    const rows = [...readSeed("anpal").matchAll(/\tNumero intero\t([^\t]+)\t[^\t]*\t[^\t]*\t([^\t\n]+)/g)];
    expect(rows).toHaveLength(13);
    expect(new Set(rows.flatMap((m) => [m[1]!.trim(), m[2]!.trim()]))).toEqual(tableTexts("anpal"));
  });

  it("no seed target is qualitative except ARTI's '-' (no target for 2022-2023)", () => {
    const qualitative = SEED_TARGETS.filter((r) => parseTarget(r.text, r.context).kind === "qualitative").map((r) => r.text);
    expect(qualitative).toEqual(["-"]);
  });
});

describe("parseTarget edge cases", () => {
  it.each([
    ["spaces around the comparator: ' >  7.920 '", " >  7.920 ", threshold(">", 7920)],
    ["no-break spaces: '>\\u00a02.500'", ">\u00a02.500", threshold(">", 2500)],
    ["'≥ 5' reads as '>='", "≥ 5", threshold(">=", 5)],
    ["'≤ 10 giorni' reads as '<='", "≤ 10 giorni", threshold("<=", 10, false, "giorni")],
    ["'=> 5' reads as '>='", "=> 5", threshold(">=", 5)],
    ["'< 3' stays strict", "< 3", threshold("<", 3)],
    ["Italian decimals: '0,5%'", "0,5%", threshold(">=", 0.5, true)],
    ["Italian decimals and groups: '1.234,56'", "1.234,56", threshold(">=", 1234.56)],
    ["percent with a space: '100 %'", "100 %", threshold(">=", 100, true)],
    ["'non inferiore al 90%'", "non inferiore al 90%", threshold(">=", 90, true)],
    ["'almeno 10 eventi'", "almeno 10 eventi", threshold(">=", 10, false, "eventi")],
    ["'più di 3 eventi'", "più di 3 eventi", threshold(">", 3, false, "eventi")],
    ["'meno di 5 giorni'", "meno di 5 giorni", threshold("<", 5, false, "giorni")],
    ["'massimo 30 giorni'", "massimo 30 giorni", threshold("<=", 30, false, "giorni")],
    ["'pari a 100%'", "pari a 100%", threshold("=", 100, true)],
    ["Lombardia's wording 'minimo 40%'", "minimo 40%", threshold(">=", 40, true)],
    ["bold markup left by a source: '<b>>5</b>'", "<b>>5</b>", threshold(">", 5)],
    [
      "'almeno 250 studenti e almeno 100 genitori'",
      "almeno 250 studenti e almeno 100 genitori",
      composite(threshold(">=", 250, false, "studenti"), threshold(">=", 100, false, "genitori")),
    ],
    ["'entro il 31/12/2021'", "entro il 31/12/2021", deadline("2021-12-31", "day")],
    ["'entro il 31.12.2022'", "entro il 31.12.2022", deadline("2022-12-31", "day")],
    ["two-digit year '31/03/21'", "31/03/21", deadline("2021-03-31", "day")],
    ["'entro il 15 dicembre 2022'", "entro il 15 dicembre 2022", deadline("2022-12-15", "day")],
    ["'avvio entro settembre 2022' keeps 'avvio'", "avvio entro settembre 2022", deadline("2022-09-30", "month", "avvio")],
    ["'entro febbraio 2024' ends on the 29th (leap year)", "entro febbraio 2024", deadline("2024-02-29", "month")],
    ["'entro il 2023' is the last day of 2023", "entro il 2023", deadline("2023-12-31", "month")],
    ["'mantenimento' = at least the previous value", "mantenimento", previous(">=", null)],
    ["'in aumento rispetto al 2021'", "in aumento rispetto al 2021", previous(">", 2021)],
    ["'< valore 2021' with a space", "< valore 2021", previous("<", 2021)],
  ] as const)("%s", (_name, text, expected) => {
    expect(parseTarget(text)).toEqual(expected);
  });

  it("'+5 %' with a space is a relative change of +5%, reference unknown without a baseline", () => {
    expect(parseTarget("+5 %")).toEqual({
      kind: "relative",
      comparator: ">=",
      changePercent: 5,
      changeAbsolute: null,
      referenceYear: null,
      referenceValue: null,
      resolvedValue: null,
      unit: null,
    });
  });

  it("'+ 3 utenti' is an absolute change: 12 + 3 = 15", () => {
    expect(parseTarget("+ 3 utenti", { baselineValue: 12 })).toMatchObject({
      kind: "relative",
      changePercent: null,
      changeAbsolute: 3,
      referenceValue: 12,
      resolvedValue: 15,
      unit: "utenti",
    });
  });

  it("'-10% rispetto all'anno precedente' on 2021's 200 (target 2022) = at most 180", () => {
    expect(parseTarget("-10% rispetto all'anno precedente", { year: 2022, baselineValue: 200, baselineYear: 2021 })).toEqual({
      kind: "relative",
      comparator: "<=",
      changePercent: -10,
      changeAbsolute: null,
      referenceYear: 2021,
      referenceValue: 200,
      resolvedValue: 180,
      unit: null,
    });
  });

  it("'incremento del 10%' on 50 = 55", () => {
    expect(parseTarget("incremento del 10%", { baselineValue: 50 })).toMatchObject({ kind: "relative", changePercent: 10, resolvedValue: 55 });
  });

  it("a baseline of another year is not the reference: '+10% rispetto al 2020' with a 2021 baseline stays unresolved", () => {
    expect(parseTarget("+10% rispetto al 2020", { year: 2022, baselineValue: 100, baselineYear: 2021 })).toMatchObject({
      kind: "relative",
      referenceYear: 2020,
      referenceValue: null,
      resolvedValue: null,
    });
  });

  it("unit '%' of the indicator makes a bare figure a percentage; 'Numero intero' does not", () => {
    expect(parseTarget("80", { unit: "%" })).toEqual(threshold(">=", 80, true));
    expect(parseTarget("80", { unit: "Numero intero" })).toEqual(threshold(">=", 80, false));
  });

  it("a month without a year takes the target's year: 'entro dicembre' in 2022 → 2022-12-31", () => {
    expect(parseTarget("entro dicembre", { year: 2022 })).toEqual(deadline("2022-12-31", "month"));
    expect(parseTarget("entro fine anno", { year: 2022 })).toEqual(deadline("2022-12-31", "month"));
  });

  it.each([
    ["", "target vuoto"],
    ["   ", "target vuoto"],
    ["-", NO_TARGET],
    ["—", NO_TARGET],
    ["n.d.", NO_TARGET],
    ["entro dicembre", 'data senza anno: "dicembre"'],
    ["31 febbraio 2022", 'data non valida: "31 febbraio 2022"'],
    ["31/02/2022", 'data non valida: "31/02/2022"'],
    ["luglio-settembre-novembre 2022", 'più date nello stesso target: "luglio-settembre-novembre 2022"'],
    ["5 incontri entro dicembre 2022", 'valore e scadenza nello stesso target (indicarli come due target): "5 incontri entro dicembre 2022"'],
    ["bimestrale", 'testo non riconosciuto come valore, data o variazione misurabile: "bimestrale"'],
    ["come da pianificazione All.1 al PTCP", 'testo non riconosciuto come valore, data o variazione misurabile: "come da pianificazione All.1 al PTCP"'],
    ["valore da definire", 'testo non riconosciuto come valore, data o variazione misurabile: "valore da definire"'],
    [">5 >10", 'testo non riconosciuto come valore, data o variazione misurabile: ">5 >10"'],
  ])("%j is qualitative: %s", (text, reason) => {
    expect(parseTarget(text)).toEqual({ kind: "qualitative", reason });
  });

  it("never throws, whatever the text", () => {
    for (const text of ["(", ")", "%", ">", "+", "+%", "rispetto al", "entro", "valore", "1/1/1", "9".repeat(400), "\u0000"]) {
      expect(() => ParsedTarget.parse(parseTarget(text))).not.toThrow();
    }
  });
});

describe("applyChange", () => {
  it("29 + 20% = 34,8; 3.769 + 20% = 4.522,8; 124.075 + 5% = 130.278,75; 20 − 5 = 15", () => {
    expect(applyChange(29, 20, null)).toBe(34.8);
    expect(applyChange(3769, 20, null)).toBe(4522.8);
    expect(applyChange(124075, 5, null)).toBe(130278.75);
    expect(applyChange(20, null, -5)).toBe(15);
  });
});
