import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SHEETS } from "./columns";
import { buildReadmeRows, renderReadmeMarkdown } from "./readme-sheet";

describe("the Leggimi sheet and docs/xlsx-template.md", () => {
  it("Leggimi introduces each of the 19 sheets once, then lists its columns", () => {
    const rows = buildReadmeRows();
    expect(rows.filter((row) => row.isSheetRow).map((row) => row.cells[0])).toEqual(SHEETS.map((sheet) => sheet.name));
    expect(SHEETS).toHaveLength(19);
    expect(rows.find((row) => row.cells[0] === "Obiettivi" && row.cells[1] === "Codice")?.cells).toEqual([
      "Obiettivi",
      "Codice",
      "codice dell'obiettivo come scritto: \"1.5\", \"OB 3\"",
      "testo",
      "sì",
      "",
    ]);
  });

  it("the user documentation carries the same sheet and column tables as the workbook", () => {
    const doc = readFileSync(new URL("../../../docs/xlsx-template.md", import.meta.url), "utf8");
    expect(doc).toContain(renderReadmeMarkdown());
  });
});
