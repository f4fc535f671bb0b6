import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { PlanBundle, type PlanBundleInput } from "../../domain/model";
import { README_SHEET_NAME, SHEETS } from "./columns";
import { exportPlanTemplate } from "./export-template";
import { importPlanTemplate } from "./import-template";
import { buildRichBundle } from "./rich-bundle.fixture";

/** Target.parsed is recomputed from the text, never carried by the workbook. */
function withoutParsedTargets(bundle: PlanBundleInput): PlanBundle {
  const parsed = PlanBundle.parse(bundle);
  return { ...parsed, targets: parsed.targets.map((target) => ({ ...target, parsed: null })) };
}

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("XLSX template round trip", () => {
  it("export → import gives back every entity and every field of the rich plan", async () => {
    const original = buildRichBundle();
    const result = await importPlanTemplate(await exportPlanTemplate(original));
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    expect(PlanBundle.parse(result.bundle)).toEqual(withoutParsedTargets(original));
  });

  it("the import leaves Target.parsed null (\">20.000\" is parsed again from its text later)", async () => {
    const result = await importPlanTemplate(await exportPlanTemplate(buildRichBundle()));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const targets = PlanBundle.parse(result.bundle).targets;
    expect(targets.map((t) => [t.text, t.parsed])).toEqual([
      [">20.000", null],
      ["+20% rispetto al 2021 (29)", null],
    ]);
  });

  it("a second round trip writes the same rows as the first", async () => {
    const first = await importPlanTemplate(await exportPlanTemplate(buildRichBundle()));
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const second = await importPlanTemplate(await exportPlanTemplate(first.bundle));
    if (!second.ok) throw new Error(JSON.stringify(second.errors));
    expect(PlanBundle.parse(second.bundle)).toEqual(PlanBundle.parse(first.bundle));
  });

  it("a plan with only the required fields round-trips, empty collections included", async () => {
    const minimal: PlanBundleInput = {
      organisation: { id: "org", name: "AFOL Metropolitana" },
      plan: { id: "plan", organisationId: "org", title: "Piano della performance 2022", kind: "performance_plan", yearFrom: 2022, yearTo: 2022 },
    };
    const result = await importPlanTemplate(await exportPlanTemplate(minimal));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(PlanBundle.parse(result.bundle)).toEqual(PlanBundle.parse(minimal));
  });
});

describe("XLSX template layout", () => {
  it("has Leggimi first, then one sheet per entity of PlanBundle in model order", async () => {
    const workbook = await loadWorkbook(await exportPlanTemplate(buildRichBundle()));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Leggimi",
      "Organizzazione",
      "Organizzazioni collegate",
      "Strutture",
      "Piano",
      "Livelli",
      "Obiettivi",
      "Fasi di attuazione",
      "Cronoprogrammi",
      "Fasi cronoprogramma",
      "Indicatori",
      "Target",
      "Periodi",
      "Misurazioni",
      "Pesature",
      "Tabelle di bilancio",
      "Righe di bilancio",
      "Programmi di spesa",
      "Tabelle riportate",
      "Avvisi",
    ]);
  });

  it("Leggimi has one line per sheet and per column, with type, requirement and allowed values", async () => {
    const workbook = await loadWorkbook(await exportPlanTemplate(buildRichBundle()));
    const readme = workbook.getWorksheet(README_SHEET_NAME)!;
    const lines: string[][] = [];
    readme.eachRow((row) => lines.push((row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)))));
    const columnLines = SHEETS.reduce((n, sheet) => n + 1 + sheet.columns.length + sheet.omitted.length, 0);
    const table = lines.slice(lines.findIndex((line) => line[0] === "Foglio"));
    expect(table[0]).toEqual(["Foglio", "Colonna", "Significato", "Tipo", "Obbligatoria", "Valori ammessi"]);
    expect(table).toHaveLength(1 + columnLines);
    expect(table).toContainEqual([
      "Obiettivi",
      "Peso %",
      "peso in percentuale (6 per \"6,00%\"); vuoto se il piano non lo indica",
      "numero",
      "no",
      "",
    ]);
    expect(table).toContainEqual(["Obiettivi", "Codice", expect.any(String), "testo", "sì", ""]);
    expect(table).toContainEqual(["Target", "Cumulato", expect.any(String), "sì/no", "no", "sì, no"]);
    expect(table).toContainEqual([
      "Periodi",
      "Tipo",
      expect.any(String),
      "scelta da elenco",
      "no",
      "intermedio, finale",
    ]);
    expect(table).toContainEqual(["Target", "(parsed)", expect.stringContaining("non esportato"), "", "", ""]);
    // "Messaggio" has no default but accepts an empty text: the column must be there, the cell may be empty.
    expect(table).toContainEqual(["Avvisi", "Messaggio", expect.any(String), "testo", "colonna sì, cella anche vuota", ""]);
  });

  it("writes real numbers, real dates, sì/no and Italian labels, with frozen headers and filters", async () => {
    const workbook = await loadWorkbook(await exportPlanTemplate(buildRichBundle()));
    const objectives = workbook.getWorksheet("Obiettivi")!;
    expect(objectives.getCell("I1").value).toBe("Peso %");
    expect(objectives.getCell("I2").value).toBe(6.25);
    expect(objectives.getCell("I2").numFmt).toBe("#,##0.00##");
    expect(objectives.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(objectives.autoFilter).toBeTruthy();

    const periods = workbook.getWorksheet("Periodi")!;
    expect(periods.getCell("D1").value).toBe("Data di riferimento");
    expect(periods.getCell("D2").value).toEqual(new Date(Date.UTC(2021, 5, 30)));
    expect(periods.getCell("D2").numFmt).toBe("dd/mm/yyyy");
    expect(periods.getCell("E2").value).toBe("intermedio");
    expect(periods.getCell("E3").value).toBe("finale");

    const targets = workbook.getWorksheet("Target")!;
    expect([targets.getCell("H2").value, targets.getCell("H3").value]).toEqual(["no", "sì"]);

    const measurements = workbook.getWorksheet("Misurazioni")!;
    // ARTI 1.5: 37.787 colloqui / 20.000 previsti, as numbers Excel can compute with.
    expect([measurements.getCell("D2").value, measurements.getCell("G2").value]).toEqual([37787, 20000]);

    const organisation = workbook.getWorksheet("Organizzazione")!;
    expect(organisation.getCell("F2").value).toBe("01234567890");
    expect(organisation.getCell("F2").numFmt).toBe("@");
  });

  it("writes lists one item per line, and as JSON when a line could not carry an item back", async () => {
    const workbook = await loadWorkbook(await exportPlanTemplate(buildRichBundle()));
    const objectives = workbook.getWorksheet("Obiettivi")!;
    expect(objectives.getCell("Q1").value).toBe("Dimensioni da osservare");
    expect(objectives.getCell("Q2").value).toBe("Efficacia\nQualità percepita\nTempestività");
    expect(objectives.getCell("Q3").value).toBeNull();
    expect(objectives.getCell("Q4").value).toBe('["[prima] voce","voce su\\ndue righe",""]');
  });

  it("keeps HTML-looking text as plain text in the cell", async () => {
    const workbook = await loadWorkbook(await exportPlanTemplate(buildRichBundle()));
    expect(workbook.getWorksheet("Livelli")!.getCell("I2").value).toBe("<b>x</b> resta testo");
  });

  it("refuses a text longer than Excel's 32.767 characters, naming sheet, row and column", async () => {
    const bundle = buildRichBundle();
    bundle.spendingProgrammes[0]!.activities = "a".repeat(32_768);
    await expect(exportPlanTemplate(bundle)).rejects.toThrow(
      "foglio Programmi di spesa, riga 2, colonna «Attività svolte»: il testo ha 32768 caratteri, oltre il limite di Excel di 32767",
    );
  });
});
