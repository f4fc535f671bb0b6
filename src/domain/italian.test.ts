import { describe, expect, it } from "vitest";
import {
  formatItalianDate,
  formatItalianNumber,
  formatItalianPercent,
  parseItalianNumber,
  parseNumericDate,
  parseTimingText,
} from "./italian";

describe("Italian numbers", () => {
  it.each([
    ["7.920", 7920],
    [">7.920".slice(1), 7920],
    ["56,00%", 56],
    ["€ 3.892.962,46", 3892962.46],
    ["2051 ²", 2051],
    ["124.075", 124075],
    ["0.5", 0.5],
    ["-", null],
    ["12.34.5", null],
    ["sei", null],
  ])("reads %s as %s", (text, value) => {
    expect(parseItalianNumber(text)).toBe(value);
  });

  it("writes figures as the seeds do, grouping 4-digit numbers: 7.920, 4.522,80, 188,94%", () => {
    expect(formatItalianNumber(7920)).toBe("7.920");
    expect(formatItalianNumber(4522.8, 2)).toBe("4.522,80");
    expect(formatItalianNumber(744284, 2)).toBe("744.284,00");
    expect(formatItalianPercent(188.935)).toBe("188,94%");
    expect(formatItalianNumber(-25202)).toBe("-25.202");
  });

  it("rounds like Intl.NumberFormat does, on the shortest decimal form (1,005 → 1,01)", () => {
    const intl = new Intl.NumberFormat("it-IT", { useGrouping: "always", minimumFractionDigits: 2, maximumFractionDigits: 2 });
    for (const value of [1.005, 0.005, -0.001, 999.995, 2.5, -1480357956.495, 0, -0, 1e20, Number.NaN]) {
      expect(formatItalianNumber(value, 2)).toBe(intl.format(value));
    }
  });
});

describe("Italian dates", () => {
  it("reads numeric dates and refuses impossible ones", () => {
    expect(parseNumericDate("31/12/2021")).toBe("2021-12-31");
    expect(parseNumericDate("31/03/21")).toBe("2021-03-31");
    expect(parseNumericDate("20.12.2019")).toBe("2019-12-20");
    expect(parseNumericDate("31/02/2021")).toBeNull();
  });

  it("finds the last date a timing names: entro dicembre 2022 → 31/12/2022, 15 dicembre 2022, luglio/agosto; ottobre 2022", () => {
    expect(parseTimingText("entro dicembre 2022")).toEqual({ date: "2022-12-31", precision: "month" });
    expect(parseTimingText("15 dicembre 2022")).toEqual({ date: "2022-12-15", precision: "day" });
    expect(parseTimingText("luglio/agosto; ottobre 2022")).toEqual({ date: "2022-10-31", precision: "month" });
    expect(parseTimingText("bimestrale")).toBeNull();
    expect(formatItalianDate("2021-06-30")).toBe("30/06/2021");
  });
});
