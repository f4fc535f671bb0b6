import { describe, expect, it } from "vitest";
import {
  collectFootnotes,
  isSeparatorRow,
  joinPageBreakHalves,
  normaliseName,
  splitFootnoteMarker,
  splitLines,
} from "./lines";

describe("joinPageBreakHalves", () => {
  it("glues a word cut by the page break: «SEZIONE 2 TRANSIZIO» + «NI tra sistema…» (seed 002 lines 106/109)", () => {
    expect(joinPageBreakHalves("SEZIONE 2 TRANSIZIO", "NI tra sistema di istruzione e formazione e lavoro")).toBe(
      "SEZIONE 2 TRANSIZIONI tra sistema di istruzione e formazione e lavoro",
    );
  });

  it("puts a space between whole words: «…dei processi di» + «qualificazione…» (lines 293/299)", () => {
    expect(joinPageBreakHalves("coinvolti nell'implementazione dei processi di", "qualificazione dei servizi")).toBe(
      "coinvolti nell'implementazione dei processi di qualificazione dei servizi",
    );
    expect(joinPageBreakHalves("Servizi per la Transizione Scuola", "- Lavoro")).toBe("Servizi per la Transizione Scuola - Lavoro");
  });

  it("keeps a space between two capitalised words that go on in capitals", () => {
    expect(joinPageBreakHalves("SEZIONE 1 SERVIZI", "PER IL LAVORO")).toBe("SEZIONE 1 SERVIZI PER IL LAVORO");
  });
});

describe("footnotes", () => {
  it("splits «2051 ²» and «30/06/2021³» into text and marker", () => {
    expect(splitFootnoteMarker("2051 ²")).toEqual({ text: "2051", marker: "²" });
    expect(splitFootnoteMarker("30/06/2021³")).toEqual({ text: "30/06/2021", marker: "³" });
    expect(splitFootnoteMarker("2.980")).toEqual({ text: "2.980", marker: null });
  });

  it("collects footnote lines by marker, not table cells that end with one", () => {
    const lines = splitLines("x\t2051 ²\n\n² Sono stati considerati i Navigator.\n³ Proroga non onerosa");
    const notes = collectFootnotes(lines);
    expect([...notes.keys()]).toEqual(["²", "³"]);
    expect(notes.get("²")).toEqual({ marker: "²", text: "Sono stati considerati i Navigator.", line: 3 });
  });
});

describe("line shapes", () => {
  it("takes «--\\t--», «|--|---|» and «- | | |» for rulers, not a bullet", () => {
    const [a, b, c, d] = splitLines("--\t--\n|--|---|\n- | | |\n- La progettazione");
    expect([a, b, c, d].map((l) => isSeparatorRow(l!))).toEqual([true, true, true, false]);
  });

  it("numbers lines as an editor does, ignoring a BOM and Windows line ends", () => {
    const lines = splitLines("\uFEFFRAPPORTO\r\n\r\nA\tB");
    expect(lines.map((l) => [l.number, l.cells])).toEqual([
      [1, ["RAPPORTO"]],
      [2, [""]],
      [3, ["A", "B"]],
    ]);
  });

  it("compares names ignoring dashes, accents and apostrophes", () => {
    expect(normaliseName("PUOI – PROTEZIONE UNITA")).toBe(normaliseName("PUOI - Protezione unita"));
    expect(normaliseName("SEZIONE 4: SERVIZI PER LA PARITA' DI GENERE")).toBe(normaliseName("SEZIONE 4 SERVIZI PER LA PARITÀ DI GENERE"));
  });
});
