import { describe, expect, it } from "vitest";
import { formatMeasuredValue, formatOptionalDate, formatWeight, formatYears } from "./figures";

describe("figures as the Italian documents write them", () => {
  it("AFOL obiettivo 1: target >7.920 groups four digits (Intl it-IT alone would print 7920)", () => {
    expect(formatMeasuredValue(7920, null)).toBe("7.920");
  });
  it("ARTI 1.5: 37.787 colloqui / 20.000 previsti reads 188,94%", () => {
    expect(formatMeasuredValue((37787 * 100) / 20000, "%")).toBe("188,94%");
  });
  it("ARTI cut-off 2021-06-30 reads 30/06/2021", () => {
    expect(formatOptionalDate("2021-06-30")).toBe("30/06/2021");
    expect(formatOptionalDate(null)).toBe("—");
  });
  it("ARTI 1.1 weight 6 reads 6,00%; ARTI 2021–2023 span", () => {
    expect(formatWeight(6)).toBe("6,00%");
    expect(formatWeight(null)).toBe("—");
    expect(formatYears(2021, 2023)).toBe("2021–2023");
    expect(formatYears(2022, 2022)).toBe("2022");
  });
});
