import { describe, expect, it } from "vitest";
import { formatPercent } from "../format/figures";
import { checkDraft, draftFromMeasurement, inputKindOf, isSameDraft, toMeasurement, withMeasurements } from "./measurement-draft";
import { computePlanFigures } from "./plan-figures";
import { seedBundle } from "./seed-bundles";

const arti = seedBundle("arti");
const afol = seedBundle("afol");
const indicator = (bundle: typeof arti, code: string) => bundle.indicators.find((i) => i.code === code)!;
const targetOf = (bundle: typeof arti, id: string) => bundle.targets.find((t) => t.indicatorId === id) ?? null;
const measurementOf = (bundle: typeof arti, id: string) => bundle.measurements.find((m) => m.indicatorId === id) ?? null;

describe("how each row is entered", () => {
  it("ARTI 1.6 (istruttorie/domande) takes numerator and denominator; ARTI 4.4.1 a number", () => {
    const i16 = indicator(arti, "1.6.1");
    expect(inputKindOf(i16, targetOf(arti, i16.id))).toBe("ratio");
    const i441 = indicator(arti, "4.4.1");
    expect(inputKindOf(i441, targetOf(arti, i441.id))).toBe("number");
  });

  it("AFOL targets 'entro luglio 2022' take a completion date", () => {
    const deadline = afol.targets.find((t) => t.text === "entro luglio 2022")!;
    expect(inputKindOf(indicator(afol, afol.indicators.find((i) => i.id === deadline.indicatorId)!.code), deadline)).toBe("date");
  });

  it("ARTI 1.5: the saved 37.787 / 20.000 shows as '37787' and '20000' to edit, unchanged until typed over", () => {
    const i = indicator(arti, "1.5.2");
    const draft = draftFromMeasurement(measurementOf(arti, i.id), "ratio");
    expect(draft).toMatchObject({ numerator: "37787", denominator: "20000" });
    expect(isSameDraft(draft, draftFromMeasurement(measurementOf(arti, i.id), "ratio"))).toBe(true);
  });

  it("ARTI 3.1: the stated 85,38% stays editable as '85,38'", () => {
    const i = indicator(arti, "3.1.1");
    expect(draftFromMeasurement(measurementOf(arti, i.id), "number").value).toBe("85,38");
  });
});

describe("checking what was typed", () => {
  const i16 = indicator(arti, "1.6.1");
  const base = { value: "", numerator: "", denominator: "", note: "", source: "" };

  it("ARTI 1.6: 106 / 106 gives 100,00% with the figures kept", () => {
    const checked = checkDraft({ ...base, numerator: "106", denominator: "106" }, "ratio", i16);
    expect(checked.errors).toEqual([]);
    expect(checked.fields).toMatchObject({ value: 100, valueText: "100,00%", numerator: 106, denominator: 106 });
  });

  it("Italian thousands: '37.787' / '20.000' = 188,94%", () => {
    const checked = checkDraft({ ...base, numerator: "37.787", denominator: "20.000" }, "ratio", indicator(arti, "1.5.2"));
    expect(formatPercent(checked.fields!.value!)).toBe("188,94%");
  });

  it("a zero denominator, a word, a missing half and a negative count are refused, naming the field", () => {
    expect(checkDraft({ ...base, numerator: "5", denominator: "0" }, "ratio", i16).errors).toEqual([{ field: "denominator", code: "zeroDenominator", text: "0" }]);
    expect(checkDraft({ ...base, numerator: "tanti", denominator: "10" }, "ratio", i16).errors).toEqual([{ field: "numerator", code: "notANumber", text: "tanti" }]);
    expect(checkDraft({ ...base, numerator: "5" }, "ratio", i16).errors).toEqual([{ field: "denominator", code: "ratioIncomplete", text: "" }]);
    expect(checkDraft({ ...base, value: "-3" }, "number", indicator(arti, "4.4.1")).errors).toEqual([{ field: "value", code: "negative", text: "-3" }]);
  });

  it("dates: '15/07/2022' and 'luglio 2022' are read, 'presto' is not", () => {
    const i = afol.indicators[0]!;
    expect(checkDraft({ ...base, value: "15/07/2022" }, "date", i).errors).toEqual([]);
    expect(checkDraft({ ...base, value: "luglio 2022" }, "date", i).errors).toEqual([]);
    expect(checkDraft({ ...base, value: "presto" }, "date", i).errors).toEqual([{ field: "value", code: "notADate", text: "presto" }]);
  });

  it("an emptied row clears the value (nothing measured)", () => {
    expect(checkDraft(base, "ratio", i16).fields).toMatchObject({ value: null, numerator: null, denominator: null });
  });
});

describe("achievement and status while typing (engine on the plan with the draft applied)", () => {
  const i16 = indicator(arti, "1.6.1");
  const period = arti.periods[0]!;
  const typed = (numerator: string, denominator: string) => {
    const checked = checkDraft({ value: "", numerator, denominator, note: "", source: "" }, "ratio", i16);
    const m = toMeasurement(measurementOf(arti, i16.id), i16.id, period.id, checked.fields!);
    return computePlanFigures(withMeasurements(arti, [m]), period.id).indicators.get(i16.id)!;
  };

  it("ARTI 1.6 saved: 96 / 106 = 90,57%, 3. secondo le aspettative", () => {
    const saved = computePlanFigures(arti, period.id).indicators.get(i16.id)!;
    expect(formatPercent(saved.achievement!)).toBe("90,57%");
    expect(saved.status?.level).toBe(3);
  });

  it("typing 50 / 106 = 47,17% turns it to 5. in ritardo; 106 / 106 = 100,00% keeps 3", () => {
    const late = typed("50", "106");
    expect(formatPercent(late.achievement!)).toBe("47,17%");
    expect(late.status).toMatchObject({ level: 5, label: "5. in ritardo" });
    expect(formatPercent(typed("106", "106").achievement!)).toBe("100,00%");
  });

  it("the measurement written keeps its id and the stated assessment, and becomes manual", () => {
    const checked = checkDraft({ value: "", numerator: "100", denominator: "106", note: "verificato", source: "Direzione" }, "ratio", i16);
    const m = toMeasurement(measurementOf(arti, i16.id), i16.id, period.id, checked.fields!);
    expect(m).toMatchObject({ id: measurementOf(arti, i16.id)!.id, origin: "manual", note: "verificato", assessmentLevel: 5 });
  });
});
