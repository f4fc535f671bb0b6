import { describe, expect, it } from "vitest";
import { decodeText, UnsupportedEncodingError } from "./decode-text";
import { readSeed, SEED_FILES, type SeedName } from "./seeds";

// Windows-1252 bytes 0x80–0x9F that are not the Latin-1 code point; 0xA0–0xFF are (à = 0xE0, è = 0xE8…).
// Written out by hand so the test does not use the decoder it checks.
const CP1252_HIGH: Record<string, number> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89, "Š": 0x8a,
  "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97,
  "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b, "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};

/** What Excel/Word write when saving as Windows-1252: characters outside it (Σ, ✓, ➔) become "?". */
function cp1252Byte(char: string): number | null {
  const code = char.codePointAt(0)!;
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  return CP1252_HIGH[char] ?? null;
}

function encodeCp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => cp1252Byte(char) ?? 0x3f));
}

function representableInCp1252(text: string): string {
  return [...text].map((char) => (cp1252Byte(char) === null ? "?" : char)).join("");
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const seeds = Object.keys(SEED_FILES) as SeedName[];

describe("decodeText", () => {
  it.each(seeds)("seed %s re-encoded in Windows-1252 decodes back to the same text", (name) => {
    const seed = readSeed(name);
    const result = decodeText(encodeCp1252(seed));
    expect(result.encoding).toBe("windows-1252");
    expect(result.text).toBe(representableInCp1252(seed));
  });

  it("Lombardia in Windows-1252: «Città», «è» and the en dash of «Allegato 1 – Obiettivi» come back", () => {
    const bytes = encodeCp1252(readSeed("lombardia"));
    // the hand encoding really is single-byte: "à" is 0xE0, "–" is 0x96
    expect(bytes).toContain(0xe0);
    expect(bytes).toContain(0x96);
    const { text } = decodeText(bytes);
    expect(text).toContain("Allegato 1 – Obiettivi strategici per l'anno 2026");
    expect(text).toContain("Province e Città Metropolitana");
    expect(text).toContain("che è oggetto di un monitoraggio periodico");
  });

  it("ANPAL in Windows-1252: € and curly quotes survive, Σ and ✓ (outside Windows-1252) become «?»", () => {
    const seed = readSeed("anpal");
    const { text } = decodeText(encodeCp1252(seed));
    expect(text).not.toContain("Σ");
    expect(text).not.toContain("✓");
    for (const char of ["€", "’", "“", "”", "à", "è", "é", "ì", "ô", "ù", "²", "°"]) {
      expect(seed).toContain(char);
      expect(text).toContain(char);
    }
  });

  it("the typical Italian punctuation of Word maps to its Windows-1252 byte and back", () => {
    const sample = "Perché l’obiettivo “GOL” vale 1.234,56 € – così è: à è é ì ò ù À È … •";
    const bytes = encodeCp1252(sample);
    expect(bytes.length).toBe([...sample].length);
    expect(decodeText(bytes)).toEqual({ text: sample, encoding: "windows-1252" });
  });

  it("every byte 0x80–0x9F follows the Windows-1252 table, not Latin-1 (Node ≥ 20.18.3 gets this wrong)", () => {
    // 0x41 first and 0xE8 + space keep the sample invalid as UTF-8
    const c1 = Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const { text, encoding } = decodeText(new Uint8Array([0x41, 0xe8, 0x20, ...c1]));
    expect(encoding).toBe("windows-1252");
    const expected = c1.map((byte) => {
      const char = Object.keys(CP1252_HIGH).find((k) => CP1252_HIGH[k] === byte);
      return char ?? String.fromCharCode(byte); // 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned
    });
    expect([...text.slice(3)]).toEqual(expected);
    expect(text.slice(3, 4)).toBe("€");
  });

  it.each(seeds)("seed %s in UTF-8 without BOM is read as utf-8", (name) => {
    const seed = readSeed(name);
    expect(decodeText(utf8(seed))).toEqual({ text: seed, encoding: "utf-8" });
  });

  it.each(seeds)("seed %s in UTF-8 with BOM: encoding utf-8-bom and the BOM is removed", (name) => {
    const seed = readSeed(name);
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(seed)]);
    const result = decodeText(bytes);
    expect(result.encoding).toBe("utf-8-bom");
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(result.text).toBe(seed);
  });

  it("ARTI with Windows line ends (CRLF) becomes LF, in UTF-8 and in Windows-1252", () => {
    const seed = readSeed("arti");
    const crlf = seed.replace(/\n/g, "\r\n");
    expect(crlf).toContain("\r\n");
    expect(decodeText(utf8(crlf)).text).toBe(seed);
    expect(decodeText(encodeCp1252(crlf)).text).toBe(seed);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(crlf)])).text).toBe(seed);
  });

  it("old Mac line ends (lone CR) become LF", () => {
    expect(decodeText(utf8("riga 1\rriga 2\r\nriga 3")).text).toBe("riga 1\nriga 2\nriga 3");
  });

  it("plain ASCII is utf-8 and an empty file is an empty text", () => {
    expect(decodeText(utf8("Obiettivo 1: TEST"))).toEqual({ text: "Obiettivo 1: TEST", encoding: "utf-8" });
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });

  it("«è» as the single byte 0xE8 followed by a space is not valid UTF-8, so the file is Windows-1252", () => {
    expect(decodeText(new Uint8Array([0x63, 0x68, 0x65, 0x20, 0xe8, 0x20, 0x6f]))).toEqual({
      text: "che è o",
      encoding: "windows-1252",
    });
  });

  it("UTF-16 («Testo Unicode» of Excel) is refused with an Italian message", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x4f, 0x00, 0x62, 0x00]);
    expect(() => decodeText(bytes)).toThrow(UnsupportedEncodingError);
    expect(() => decodeText(bytes)).toThrow(/UTF-16.*CSV UTF-8/);
  });
});
