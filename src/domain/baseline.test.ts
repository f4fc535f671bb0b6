import { describe, expect, it } from "vitest";
import { readSeed } from "../io/seeds";
import { isBlankBaseline, parseBaseline, type ParsedBaseline } from "./baseline";

const single = (value: number, year: number | null, isPercent = false, unit: string | null = null): ParsedBaseline => ({
  value,
  year,
  isPercent,
  parts: [{ value, unit }],
});

describe("parseBaseline on the baselines written in the seeds", () => {
  it.each<[string, ParsedBaseline]>([
    // ARTI (seed 004), "Valore iniziale"
    ["95,20% dato 2020", single(95.2, 2020, true)],
    ["91,33% dato 2020", single(91.33, 2020, true)],
    ["66,63% dato 2020", single(66.63, 2020, true)],
    ["79,69% dato 2020", single(79.69, 2020, true)],
    ["65,94% dato 2020", single(65.94, 2020, true)],
    ["100,00% dato 2020", single(100, 2020, true)],
    // AFOL (seed 000), "Risultato" column holding last year's figure
    ["Dato 2021 3.769", single(3769, 2021)],
    ["Nel 2021: 124.075", single(124075, 2021)],
    ["2021: 270", single(270, 2021)],
    ["2021: 200", single(200, 2021)],
    ["2021: 1.073", single(1073, 2021)],
    ["2021: 88", single(88, 2021)],
    ["2021: 97", single(97, 2021)],
    ["2021: 271", single(271, 2021)],
    ["2021: 435 utenti", single(435, 2021, false, "utenti")],
    [
      "2021: 12 webinar 178 utenti",
      { value: null, year: 2021, isPercent: false, parts: [{ value: 12, unit: "webinar" }, { value: 178, unit: "utenti" }] },
    ],
    [
      "2021: 5 webinar 138 utenti",
      { value: null, year: 2021, isPercent: false, parts: [{ value: 5, unit: "webinar" }, { value: 138, unit: "utenti" }] },
    ],
    // the reference written inside an AFOL target: "+20% rispetto al 2021 (29)"
    ["29", single(29, null)],
  ])("%j", (text, expected) => {
    expect(parseBaseline(text)).toEqual(expected);
  });

  it("every AFOL 'Risultato' cell of the seed is a baseline with its year (11 cells, all 2021)", () => {
    const cells = [...readSeed("afol").matchAll(/\t((?:Dato |Nel )?2021:? [^\t\n]+)\s*$/gm)].map((m) => m[1]!.trim());
    expect(cells).toHaveLength(11);
    for (const cell of cells) expect(parseBaseline(cell)?.year).toBe(2021);
  });

  it("every ARTI 'Valore iniziale' written as a figure is a 2020 percentage (7 cells)", () => {
    const cells = [...readSeed("arti").matchAll(/\t(\d+,\d\d% dato 2020)\t/g)].map((m) => m[1]!);
    expect(cells).toHaveLength(7);
    for (const cell of cells) expect(parseBaseline(cell)).toMatchObject({ year: 2020, isPercent: true });
  });
});

describe("parseBaseline edge cases", () => {
  it.each(["-", "", "   ", "—", "n.d.", "non disponibile", "dato non disponibile"])("%j states no baseline → null", (text) => {
    expect(parseBaseline(text)).toBeNull();
  });

  it("null and undefined → null", () => {
    expect(parseBaseline(null)).toBeNull();
    expect(parseBaseline(undefined)).toBeNull();
    expect(isBlankBaseline(null)).toBe(true);
  });

  it("an unmarked 4-digit figure stays a figure: '2048' (ANPAL writes counts so) → 2048, no year", () => {
    expect(parseBaseline("2048")).toEqual(single(2048, null));
  });

  it("year in brackets: '3.769 (2021)' → 3.769 in 2021", () => {
    expect(parseBaseline("3.769 (2021)")).toEqual(single(3769, 2021));
  });

  it("'12 webinar e 178 utenti' drops the connector from the units", () => {
    expect(parseBaseline("12 webinar e 178 utenti")?.parts).toEqual([
      { value: 12, unit: "webinar" },
      { value: 178, unit: "utenti" },
    ]);
  });

  it("no-break spaces and decimals: 'dato\\u00a02020:\\u00a01.234,5' → 1.234,5 in 2020", () => {
    expect(parseBaseline("dato\u00a02020:\u00a01.234,5")).toEqual(single(1234.5, 2020));
  });
});
