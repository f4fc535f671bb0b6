// Prints the Relazione with the system's Chromium, then reads the PDF back with poppler (pdfinfo, pdftotext,
// pdftoppm) as a reader would: tagged, with the figures, pages that render.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPdfPrinter } from "./pdf-printer";
import { renderRelazionePdf } from "./relazione-pdf";
import { buildRelazioneReport } from "./relazione-model";
import { afolWithResults, evaluated, SEED_PERIODS, seedBundle } from "./seed-plans.fixture";

const dir = mkdtempSync(join(tmpdir(), "traguardo-relazione-"));
const printer = createPdfPrinter();
afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

function info(file: string): Record<string, string> {
  const text = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Object.fromEntries(text.split("\n").filter((l) => l.includes(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]));
}
/** the text of the PDF with runs of blanks made single, so figures read as in the document. */
const textOf = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/[ \t]+/g, " ");

describe("Relazione PDF for ARTI at 30/06/2021", () => {
  const file = join(dir, "arti.pdf");
  const printed = (async () => {
    const bundle = seedBundle("arti");
    const report = buildRelazioneReport({ bundle, evaluation: evaluated(bundle, SEED_PERIODS.arti), generatedOn: "2021-07-15" });
    writeFileSync(file, await renderRelazionePdf(report, printer));
  })();

  it("is a tagged A4 PDF titled after the document", async () => {
    await printed;
    const meta = info(file);
    expect(meta.Tagged).toBe("yes");
    expect(meta["Page size"]).toMatch(/\(A4\)$/);
    expect(meta.Title).toBe(
      "Relazione sulla performance — Agenzia Regionale Toscana per l'Impiego (ARTI) — Monitoraggio intermedio obiettivi 2021 - ARTI — Monitoraggio intermedio al 30/06/2021",
    );
    expect(Number(meta.Pages)).toBeGreaterThanOrEqual(10);
    // Italian as the document's language, bookmarks from the headings, a structure tree for screen readers
    const raw = readFileSync(file).toString("latin1");
    expect(raw).toMatch(/\/Lang\s*\(it\)/);
    expect(raw).toContain("/Outlines");
    expect(raw).toContain("/StructTreeRoot");
  });

  it("carries the evaluation's figures: plan 49,83%, ARTI 1.5.2 188,94%, ambito 3 97,07%, page numbers in the footer", async () => {
    await printed;
    const text = textOf(file);
    expect(text).toContain("Punteggio complessivo al 30/06/2021: 49,83%");
    expect(text).toMatch(/ARTI 1\.5\.2[\s\S]{0,800}188,94%/);
    expect(text).toContain("97,07%");
    expect(text).toMatch(/pagina 1 di \d+/);
    expect(text).not.toContain("<b>");
  });

  it("every page renders (pdftoppm) and is not blank", async () => {
    await printed;
    execFileSync("pdftoppm", ["-r", "30", "-png", "-f", "1", "-l", "4", file, join(dir, "arti")]);
    const pages = readdirSync(dir).filter((f) => f.startsWith("arti-") && f.endsWith(".png")).sort();
    expect(pages).toHaveLength(4);
    // a blank A4 page at 30 dpi compresses to a few hundred bytes; the cover and the summary do not
    for (const page of pages) expect(statSync(join(dir, page)).size).toBeGreaterThan(1500);
  });
});

describe("Relazione PDF for AFOL 2022 with results", () => {
  it("one section per objective (23) with the Rendicontazione figures, and the pesature", async () => {
    const bundle = afolWithResults();
    const report = buildRelazioneReport({ bundle, evaluation: evaluated(bundle, SEED_PERIODS.afol), generatedOn: "2023-03-31" });
    const file = join(dir, "afol.pdf");
    writeFileSync(file, await renderRelazionePdf(report, printer));
    expect(existsSync(file)).toBe(true);
    const text = textOf(file);
    for (let code = 1; code <= 23; code++) expect(text).toContain(`Obiettivo ${code} — `);
    expect(text).toContain("Punteggio complessivo al 31/12/2022: 95,97%");
    expect(text).toMatch(/Afolmet 12\.1[\s\S]{0,600}104,99%/);
    expect(text).toContain("Performance individuale: pesature");
  });
});
