import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { PlanBundle } from "../../domain/model";
import type { ImportResult } from "../import/types";
import { exportPlanTemplate } from "./export-template";
import { importPlanTemplate } from "./import-template";
import { buildRichBundle } from "./rich-bundle.fixture";

/** The rich plan's workbook, changed by `edit` the way a person would in Excel, then imported. */
async function importEdited(edit: (workbook: ExcelJS.Workbook) => void): Promise<ImportResult> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportPlanTemplate(buildRichBundle())) as unknown as ExcelJS.Buffer);
  edit(workbook);
  return importPlanTemplate(Buffer.from(await workbook.xlsx.writeBuffer()));
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`manca il foglio ${name}`);
  return ws;
}

function errorsOf(result: ImportResult) {
  if (result.ok) throw new Error("l'importazione doveva fallire");
  return result.errors;
}

describe("importPlanTemplate on broken workbooks", () => {
  it("a text in a number column: foglio Obiettivi, cella I3, «Peso %» \"sei\"", async () => {
    const result = await importEdited((wb) => {
      sheet(wb, "Obiettivi").getCell("I3").value = "sei";
    });
    expect(errorsOf(result)).toEqual([
      { location: "foglio Obiettivi, cella I3", message: 'colonna «Peso %»: deve essere un numero (trovato "sei")' },
    ]);
  });

  it("a date that does not exist: foglio Periodi, cella D2, 31/02/2021", async () => {
    const result = await importEdited((wb) => {
      sheet(wb, "Periodi").getCell("D2").value = "31/02/2021";
    });
    expect(errorsOf(result)).toEqual([
      {
        location: "foglio Periodi, cella D2",
        message: 'colonna «Data di riferimento»: la data non è valida (trovato "31/02/2021"): scrivere gg/mm/aaaa',
      },
    ]);
  });

  it("a missing required column is reported once for the sheet, not once per row", async () => {
    const result = await importEdited((wb) => {
      sheet(wb, "Obiettivi").spliceColumns(4, 1); // "Codice"
    });
    expect(errorsOf(result)).toEqual([{ location: "foglio Obiettivi, riga 1", message: "manca la colonna obbligatoria «Codice»" }]);
  });

  it("an unknown sheet names itself and the sheets that are expected", async () => {
    const result = await importEdited((wb) => {
      wb.addWorksheet("Foglio1").getCell("A1").value = "appunti";
    });
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.location).toBe("foglio Foglio1");
    expect(errors[0]!.message).toMatch(/^foglio sconosciuto «Foglio1»; i fogli previsti sono: Organizzazione, Organizzazioni collegate, /);
  });

  it("collects every error of the workbook, not only the first", async () => {
    const result = await importEdited((wb) => {
      sheet(wb, "Obiettivi").getCell("I3").value = "sei";
      sheet(wb, "Periodi").getCell("D2").value = "31/02/2021";
      sheet(wb, "Strutture").spliceColumns(4, 1); // "Denominazione"
      wb.addWorksheet("Foglio1");
    });
    expect(errorsOf(result).map((e) => e.location)).toEqual([
      "foglio Strutture, riga 1",
      "foglio Obiettivi, cella I3",
      "foglio Periodi, cella D2",
      "foglio Foglio1",
    ]);
  });

  it("an empty cell in a required column: «Titolo» of an objective", async () => {
    const result = await importEdited((wb) => {
      sheet(wb, "Obiettivi").getCell("E2").value = null;
    });
    expect(errorsOf(result)).toEqual([
      { location: "foglio Obiettivi, cella E2", message: "colonna «Titolo»: il dato è obbligatorio (cella vuota)" },
    ]);
  });

  it("a value outside a drop-down list names the values allowed", async () => {
    const result = await importEdited((wb) => {
      sheet(wb, "Livelli").getCell("D2").value = "capitolo";
    });
    expect(errorsOf(result)).toEqual([
      {
        location: "foglio Livelli, cella D2",
        message:
          'colonna «Tipo»: valore non ammesso "capitolo"; valori ammessi: "ambito strategico", "sezione", "missione", ' +
          '"programma", "linea di attività", "blocco per struttura", "gruppo"',
      },
    ]);
  });

  it("sì/no columns take only sì or no", async () => {
    const result = await importEdited((wb) => {
      sheet(wb, "Target").getCell("H2").value = "forse";
    });
    expect(errorsOf(result)).toEqual([
      { location: "foglio Target, cella H2", message: 'colonna «Cumulato»: deve essere "sì" o "no" (trovato "forse")' },
    ]);
  });

  it("a decimal in an integer column: «Anno inizio» 2021,5", async () => {
    const result = await importEdited((wb) => {
      sheet(wb, "Piano").getCell("E2").value = 2021.5;
    });
    expect(errorsOf(result)).toEqual([
      { location: "foglio Piano, cella E2", message: "colonna «Anno inizio»: deve essere un numero intero (trovato 2.021,5)" },
    ]);
  });

  it("an unknown column and a value under no header are both refused, so nothing is dropped silently", async () => {
    const result = await importEdited((wb) => {
      const objectives = sheet(wb, "Obiettivi");
      objectives.getCell("S1").value = "Commento del dirigente";
      objectives.getCell("T2").value = "dato senza intestazione";
    });
    expect(errorsOf(result)).toEqual([
      {
        location: "foglio Obiettivi, cella S1",
        message: "colonna sconosciuta «Commento del dirigente»; le colonne previste sono elencate nel foglio Leggimi",
      },
      { location: "foglio Obiettivi, cella T2", message: "dato in una colonna senza intestazione" },
    ]);
  });

  it("an Id used twice in a sheet points at the second row and names the first", async () => {
    const result = await importEdited((wb) => {
      sheet(wb, "Obiettivi").getCell("A3").value = "obj-1-5";
    });
    expect(errorsOf(result)).toEqual([
      { location: "foglio Obiettivi, cella A3", message: "l'Id «obj-1-5» è già usato alla riga 2" },
    ]);
  });

  it("Piano must hold exactly one row, and must be there", async () => {
    const twoPlans = await importEdited((wb) => {
      const plan = sheet(wb, "Piano");
      plan.addRow((plan.getRow(2).values as ExcelJS.CellValue[]).slice(1));
      plan.getCell("A3").value = "plan-bis";
    });
    expect(errorsOf(twoPlans)).toEqual([{ location: "foglio Piano, riga 3", message: "il foglio deve contenere una sola riga di dati" }]);

    const noPlan = await importEdited((wb) => {
      wb.removeWorksheet(sheet(wb, "Piano").id);
    });
    expect(errorsOf(noPlan)).toEqual([{ location: null, message: "manca il foglio «Piano», che deve contenere una riga di dati" }]);
  });

  it("broken JSON in «Importi (JSON)» says where and why", async () => {
    const result = await importEdited((wb) => {
      sheet(wb, "Righe di bilancio").getCell("K2").value = "[3892962.46, ";
    });
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.location).toBe("foglio Righe di bilancio, cella K2");
    expect(errors[0]!.message).toMatch(/^colonna «Importi \(JSON\)»: JSON non valido \(/);
  });

  it("a wrong value inside a JSON cell names the path within it: levels.0.tone", async () => {
    const result = await importEdited((wb) => {
      sheet(wb, "Piano").getCell("P2").value = JSON.stringify({
        name: "Scala",
        levels: [
          { level: 1, label: "alto", tone: "viola" },
          { level: 2, label: "basso", tone: "red" },
        ],
      });
    });
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.location).toBe("foglio Piano, cella P2");
    expect(errors[0]!.message).toMatch(/^colonna «Scala di valutazione» \(levels\.0\.tone\): /);
  });

  it("an Id that points at no row names the cell and the sheets it should be in", async () => {
    const result = await importEdited((wb) => {
      sheet(wb, "Indicatori").getCell("C2").value = "obj-15"; // «Id obiettivo», mistyped for obj-1-5
      sheet(wb, "Misurazioni").getCell("M2").value = "prov-xx"; // «Id assegnatario»
      sheet(wb, "Piano").getCell("L2").value = "org-toscana\nprov-pi"; // «Id enti assegnatari», one unknown
    });
    expect(errorsOf(result)).toEqual([
      {
        location: "foglio Piano, cella L2",
        message: "colonna «Id enti assegnatari»: nessuna riga dei fogli Organizzazione, Organizzazioni collegate o Strutture ha Id «prov-pi»",
      },
      { location: "foglio Indicatori, cella C2", message: "colonna «Id obiettivo»: nessuna riga del foglio Obiettivi ha Id «obj-15»" },
      {
        location: "foglio Misurazioni, cella M2",
        message: "colonna «Id assegnatario»: nessuna riga dei fogli Organizzazione, Organizzazioni collegate o Strutture ha Id «prov-xx»",
      },
    ]);
  });

  it("references are checked only when every row is valid, so a refused row does not look like a missing Id", async () => {
    const result = await importEdited((wb) => {
      sheet(wb, "Obiettivi").getCell("I2").value = "sei"; // obj-1-5 refused; indicators still point at it
    });
    expect(errorsOf(result)).toEqual([
      { location: "foglio Obiettivi, cella I2", message: 'colonna «Peso %»: deve essere un numero (trovato "sei")' },
    ]);
  });

  it("a file that is not a workbook is refused with one message", async () => {
    const result = await importPlanTemplate(Buffer.from("Codice;Titolo\n1.5;Colloqui\n", "utf8"));
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.location).toBeNull();
    expect(errors[0]!.message).toMatch(/^il file non è una cartella di lavoro XLSX leggibile/);
  });
});

describe("importPlanTemplate on a workbook filled by hand", () => {
  /** Columns in another order, numbers and dates typed as text, enum codes, a formula, rich text, blank rows. */
  async function handFilledWorkbook(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const organisation = workbook.addWorksheet("Organizzazione");
    organisation.addRow(["Denominazione", "Id", "Tipo"]);
    organisation.addRow(["AFOL Metropolitana", "afol", "Agenzia"]);

    const plan = workbook.addWorksheet("piano"); // sheet names are matched without regard to case
    plan.addRow(["Titolo", "Tipo", "Anno inizio", "Anno fine", "Id", "Id organizzazione", "Data di approvazione", "state"]);
    plan.addRow(["Piano della Performance 2022", "piano della performance", 2022, "2022", "afol-2022", "afol", "10/06/2022", "approved"]);

    const objectives = workbook.addWorksheet("Obiettivi");
    objectives.addRow(["Peso %", "Codice", "Titolo", "Id", "Id piano", "Dimensioni da osservare"]);
    objectives.addRow(["6,00%", 1.5, { richText: [{ text: "Sviluppo ", font: { bold: true } }, { text: "dei servizi" }] }, "obj-1", "afol-2022", "Efficacia\r\nEfficienza\n"]);
    objectives.addRow([]);
    objectives.addRow([{ formula: "2*3", result: 6 }, "OB 2", "Secondo obiettivo", "obj-2", "afol-2022", null]);

    const weightings = workbook.addWorksheet("Pesature");
    weightings.addRow(["Id", "Id piano", "Ruolo", "Performance organizzativa %", "Obiettivi individuali %", "Comportamenti %"]);
    weightings.addRow(["rw-dg", "afol-2022", "dg", { formula: "100-30-10", result: 60 }, "30", 10]);

    const indicators = workbook.addWorksheet("Indicatori");
    indicators.addRow(["Id", "Id piano", "Codice", "Definizione", "Verso"]);
    indicators.addRow(["ind-1", "afol-2022", "1.1", "Utenti presi in carico", "increase"]);

    const targets = workbook.addWorksheet("Target");
    targets.addRow(["Id", "Id indicatore", "Target", "Cumulato", "Anno da"]);
    targets.addRow(["t-1", "ind-1", ">7.920", "si", "2.022"]);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it("reads what a person types: \"6,00%\" → 6, 1,5 → \"1.5\", \"10/06/2022\" → 2022-06-10, \"si\" → true", async () => {
    const result = await importPlanTemplate(await handFilledWorkbook());
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    const bundle = PlanBundle.parse(result.bundle);
    expect(bundle.organisation).toMatchObject({ id: "afol", name: "AFOL Metropolitana", kind: "agency", shortName: null });
    expect(bundle.plan).toMatchObject({
      id: "afol-2022",
      kind: "performance_plan",
      yearFrom: 2022,
      yearTo: 2022,
      approvalDate: "2022-06-10",
      state: "approved",
      version: 1,
      assigneeIds: [],
    });
    expect(bundle.objectives.map((o) => [o.id, o.code, o.title, o.weight, o.dimensions, o.position])).toEqual([
      ["obj-1", "1.5", "Sviluppo dei servizi", 6, ["Efficacia", "Efficienza"], 0],
      ["obj-2", "OB 2", "Secondo obiettivo", 6, [], 0],
    ]);
    expect(bundle.roleWeightings[0]).toMatchObject({ organisational: 60, individual: 30, behaviour: 10, statedTotal: null });
    expect(bundle.targets[0]).toMatchObject({ text: ">7.920", cumulative: true, yearFrom: 2022, yearTo: null, parsed: null });
    expect(bundle.indicators.map((i) => [i.id, i.direction, i.objectiveId])).toEqual([["ind-1", "increase", null]]);
    expect(bundle.measurements).toEqual([]);
  });
});
