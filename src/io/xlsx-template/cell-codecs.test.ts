import { describe, expect, it } from "vitest";
import { decodeCell, encodeCell, encodeList, escapeXlsxText } from "./cell-codecs";
import { ORGANISATION_KIND_LABELS } from "./enum-labels";

describe("encodeCell", () => {
  it("writes an ISO date as a real date at midnight UTC: 2021-06-30", () => {
    expect(encodeCell("date", "2021-06-30")).toEqual(new Date(Date.UTC(2021, 5, 30)));
  });

  it("writes booleans as sì/no and enums as their Italian label", () => {
    expect([encodeCell("boolean", true), encodeCell("boolean", false)]).toEqual(["sì", "no"]);
    expect(encodeCell("enum", "metropolitan_city", ORGANISATION_KIND_LABELS)).toBe("città metropolitana");
  });

  it("leaves the cell empty for null and writes JSON for structured values", () => {
    expect(encodeCell("number", null)).toBeNull();
    expect(encodeCell("json", [3892962.46, null])).toBe("[3892962.46,null]");
  });

  it("escapes what XML cannot carry: \\r, control characters, a literal _x000D_", () => {
    expect(escapeXlsxText("a\r\nb")).toBe("a_x000D_\nb");
    expect(escapeXlsxText("campanello \u0007")).toBe("campanello _x0007_");
    expect(escapeXlsxText("scritto _x000D_ così")).toBe("scritto _x005F_x000D_ così");
    expect(escapeXlsxText("«virgolette» <b>x</b>\tè")).toBe("«virgolette» <b>x</b>\tè");
  });
});

describe("encodeList", () => {
  it("writes one item per line when every item fits on a line", () => {
    expect(encodeList(["Efficacia", "Qualità percepita"])).toBe("Efficacia\nQualità percepita");
    expect(encodeList([])).toBeNull();
  });

  it("falls back to JSON for an item with a newline, an empty item, spaces at the ends or a leading [", () => {
    expect(encodeList(["a\nb"])).toBe('["a\\nb"]');
    expect(encodeList(["", "Destinatari"])).toBe('["","Destinatari"]');
    expect(encodeList([" a"])).toBe('[" a"]');
    expect(encodeList(["[1] nota", "b"])).toBe('["[1] nota","b"]');
    expect(encodeList(["b", "[1] nota"])).toBe("b\n[1] nota");
  });
});

describe("decodeCell", () => {
  it("reads an empty or blank cell as empty", () => {
    expect(decodeCell("text", null)).toEqual({ ok: true, value: undefined });
    expect(decodeCell("number", "   ")).toEqual({ ok: true, value: undefined });
    expect(decodeCell("list", "")).toEqual({ ok: true, value: undefined });
  });

  it("keeps texts as written, spaces and HTML-looking text included", () => {
    expect(decodeCell("text", "  <b>x</b>  ")).toEqual({ ok: true, value: "  <b>x</b>  " });
  });

  it("reads numbers typed as Italian text: \"1.234,56\" → 1234,56, \"6,00%\" → 6", () => {
    expect(decodeCell("number", "1.234,56")).toEqual({ ok: true, value: 1234.56 });
    expect(decodeCell("number", "6,00%")).toEqual({ ok: true, value: 6 });
    expect(decodeCell("number", 0.30000000000000004)).toEqual({ ok: true, value: 0.30000000000000004 });
  });

  it("refuses what is not a number, quoting it", () => {
    expect(decodeCell("number", "sei")).toEqual({ ok: false, reason: 'deve essere un numero (trovato "sei")' });
    expect(decodeCell("number", true)).toEqual({ ok: false, reason: "deve essere un numero (trovato VERO)" });
    expect(decodeCell("number", new Date(Date.UTC(2021, 5, 30)))).toEqual({
      ok: false,
      reason: "deve essere un numero (trovato la data 30/06/2021)",
    });
  });

  it("reads integers, refusing decimals: \"2.022\" → 2022, 2021,5 refused", () => {
    expect(decodeCell("integer", "2.022")).toEqual({ ok: true, value: 2022 });
    expect(decodeCell("integer", 2021.5)).toEqual({ ok: false, reason: "deve essere un numero intero (trovato 2.021,5)" });
  });

  it("reads dates as Excel dates, serial numbers, gg/mm/aaaa or aaaa-mm-gg text", () => {
    expect(decodeCell("date", new Date(Date.UTC(2021, 5, 30)))).toEqual({ ok: true, value: "2021-06-30" });
    expect(decodeCell("date", 44377)).toEqual({ ok: true, value: "2021-06-30" });
    expect(decodeCell("date", "30/06/21")).toEqual({ ok: true, value: "2021-06-30" });
    expect(decodeCell("date", "20.12.2019")).toEqual({ ok: true, value: "2019-12-20" });
    expect(decodeCell("date", "2021-06-30")).toEqual({ ok: true, value: "2021-06-30" });
  });

  it("refuses dates that do not exist or are not dates", () => {
    const reason = (found: string) => `la data non è valida (trovato ${found}): scrivere gg/mm/aaaa`;
    expect(decodeCell("date", "2021-02-30")).toEqual({ ok: false, reason: reason('"2021-02-30"') });
    expect(decodeCell("date", "giugno 2021")).toEqual({ ok: false, reason: reason('"giugno 2021"') });
    expect(decodeCell("date", 44377.5)).toEqual({ ok: false, reason: reason("44.377,5") });
  });

  it("reads sì/no with or without accent, in any case", () => {
    expect(decodeCell("boolean", "Sì")).toEqual({ ok: true, value: true });
    expect(decodeCell("boolean", "si")).toEqual({ ok: true, value: true });
    expect(decodeCell("boolean", "NO")).toEqual({ ok: true, value: false });
    expect(decodeCell("boolean", false)).toEqual({ ok: true, value: false });
  });

  it("reads an enum by its label or by its code", () => {
    expect(decodeCell("enum", "Città  Metropolitana", ORGANISATION_KIND_LABELS)).toEqual({ ok: true, value: "metropolitan_city" });
    expect(decodeCell("enum", "metropolitan_city", ORGANISATION_KIND_LABELS)).toEqual({ ok: true, value: "metropolitan_city" });
  });

  it("reads lists one item per line (CR LF too, blank lines dropped) or as a JSON array", () => {
    expect(decodeCell("list", "Efficacia\r\n\nEfficienza ")).toEqual({ ok: true, value: ["Efficacia", "Efficienza"] });
    expect(decodeCell("list", '["", "Destinatari"]')).toEqual({ ok: true, value: ["", "Destinatari"] });
    expect(decodeCell("list", "[bozza")).toEqual({ ok: true, value: ["[bozza"] });
  });

  it("reads the value under a formula, rich text or a link, and refuses Excel errors", () => {
    expect(decodeCell("number", { formula: "100-30-10", result: 60 })).toEqual({ ok: true, value: 60 });
    expect(decodeCell("text", { richText: [{ text: "Sviluppo " }, { text: "servizi" }] })).toEqual({
      ok: true,
      value: "Sviluppo servizi",
    });
    expect(decodeCell("text", { text: "Amministrazione trasparente", hyperlink: "https://example.org" })).toEqual({
      ok: true,
      value: "Amministrazione trasparente",
    });
    expect(decodeCell("number", { error: "#DIV/0!" })).toEqual({
      ok: false,
      reason: "la cella contiene un errore di Excel (#DIV/0!)",
    });
    expect(decodeCell("number", { formula: "A1/B1" })).toEqual({
      ok: false,
      reason: "la formula non ha un risultato salvato: aprire e salvare il file in Excel",
    });
  });

  it("reads JSON cells and says why one is broken", () => {
    expect(decodeCell("json", "[1073, null]")).toEqual({ ok: true, value: [1073, null] });
    const broken = decodeCell("json", "[1073,");
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.reason).toMatch(/^JSON non valido \(/);
  });
});
