// The three budget tables of the ANPAL Rapporto 2019 (seed 002):
//  (a) lines 100–123, resources of the Piano integrato ANPAL-ANPAL Servizi 2017-2020 by section and line;
//  (b) lines 128–149, the budget redetermined by DD n. 549 del 20.12.2019, with subtotals by funding source;
//  (c) lines 191–232, the remodulated Piano Operativo as approved by DD n. 570 del 23/12/2019, with section subtotals.
import type { BudgetLineInput as BudgetLine, BudgetTableInput as BudgetTable } from "./bundle-types";
import { parseItalianNumber } from "../../../domain/italian";
import { htmlToPlainText } from "../../html-text";
import { checkBudgetTotals, cents, formatEuro, readAmount, type SourcedBudgetLine } from "./amounts";
import type { IssueLog } from "./issues";
import { cellAt, joinPageBreakHalves, location, normaliseName, type SourceLine } from "./lines";
import { findLineIndex, leadText, readTableBlock, type TableRow } from "./table-block";

export interface BudgetTables {
  budgetTables: BudgetTable[];
  budgetLines: BudgetLine[];
}

// DD 549 lists PON SPAO and POC SPAO lines and subtotals them "a valere sul PON SPAO / POC SPAO" (lines 147–148);
// its line codes mark the POC ones ("5 - POC-", "7 - POC-").
const PON = "PON SPAO";
const POC = "POC SPAO";

const ACT = /DD n\.\s*(\d+) del \d{1,2}[./]\d{1,2}[./](\d{4})/;

export function readBudgetTables(lines: SourceLine[], planId: string, issues: IssueLog): BudgetTables {
  const readers = [readPlanResources, readRedeterminedBudget, readRemodulatedPlan];
  const result: BudgetTables = { budgetTables: [], budgetLines: [] };
  for (const read of readers) {
    const found = read(lines, planId, result.budgetTables.length, issues);
    if (!found) continue;
    checkBudgetTotals(found.table, found.rows, issues);
    result.budgetTables.push(found.table);
    result.budgetLines.push(...found.rows.map((r) => r.line));
  }
  return result;
}

interface FoundTable {
  table: BudgetTable;
  rows: SourcedBudgetLine[];
}

type Reader = (lines: SourceLine[], planId: string, position: number, issues: IssueLog) => FoundTable | null;

function missing(issues: IssueLog, what: string): null {
  issues.warn({
    itemType: "budgetTable",
    code: "missing-table",
    message: `Tabella non trovata: ${what}. Il documento potrebbe essere incompleto.`,
  });
  return null;
}

function makeLine(table: BudgetTable, position: number, fields: Partial<BudgetLine>): BudgetLine {
  return {
    id: `${table.id}:${position + 1}`,
    tableId: table.id,
    position,
    rowKind: "line",
    section: null,
    axis: null,
    investmentPriority: null,
    lineCode: null,
    description: null,
    fundingSource: null,
    amounts: [],
    ...fields,
  };
}

function readAmounts(row: TableRow, firstColumn: number, table: BudgetTable, issues: IssueLog): (number | null)[] {
  return table.columns.map((label, c) =>
    readAmount(row.cells[firstColumn + c] ?? "", { line: row.line.number, column: firstColumn + c + 1, label }, issues),
  );
}

/** (a) "Sezioni del piano operativo | Priorità d'investimento | Descrizione delle linee di attività | Risorse…". */
const readPlanResources: Reader = (lines, planId, position, issues) => {
  const at = findLineIndex(lines, (l) => cellAt(l, 0) === "Sezioni del piano operativo");
  if (at < 0) return missing(issues, "«Sezioni del piano operativo» con le risorse ANPAL e ANPAL Servizi 2017-2020");
  const block = readTableBlock(lines, at, issues);
  const table: BudgetTable = {
    id: `${planId}:budget:po-2017-2020-risorse`,
    planId,
    code: "po-2017-2020-risorse",
    title: "Sezioni del Piano Operativo e risorse ANPAL e ANPAL Servizi 2017-2020",
    act: null,
    columns: [cellAt(block.header, 3), cellAt(block.header, 4)],
    position,
  };
  const rows: SourcedBudgetLine[] = [];
  let section: { text: string; line: number } | null = null;
  for (const row of block.rows) {
    const [sectionCell = "", priority = "", description = ""] = row.cells;
    if (sectionCell !== "") {
      if (row.afterPageBreak && section && !/^SEZIONE\b/i.test(sectionCell)) {
        // Seed 002 lines 106/109: "SEZIONE 2 TRANSIZIO" | page break | "NI tra sistema di istruzione…".
        const joined = joinPageBreakHalves(section.text, sectionCell);
        for (const r of rows) if (r.line.section === section.text) r.line.section = joined;
        issues.warn({
          itemType: "budgetTable",
          itemId: table.id,
          code: "page-break-continuation",
          message:
            `La cella «Sezioni del piano operativo» «${sectionCell}» continua dopo il salto pagina quella della ` +
            `${location(section.line)} («${section.text}»): unite in «${joined}». Verificare.`,
          line: row.line.number,
        });
        section = { text: joined, line: section.line };
      } else {
        section = { text: sectionCell, line: row.line.number };
      }
    }
    const numbered = description.match(/^(\d+)\s+(.+)$/);
    const isTotal = /^TOTALE$/i.test(description);
    rows.push({
      sourceLine: row.line.number,
      line: makeLine(table, rows.length, {
        rowKind: isTotal ? "total" : "line",
        // COORDINAMENTO and TOTALE have no priority: they span all sections.
        section: priority !== "" ? (section?.text ?? null) : null,
        investmentPriority: priority || null,
        lineCode: numbered ? numbered[1]! : null,
        description: numbered ? numbered[2]! : description || null,
        amounts: readAmounts(row, 3, table, issues),
      }),
    });
  }
  return { table, rows };
};

/**
 * (b) "Asse | Priorità di investimento | Nr. Linea di attività | Descrizione | Totale budget … | … rideterminato |
 * … disimpegnate", with two subtotals by funding source and the total.
 */
const readRedeterminedBudget: Reader = (lines, planId, position, issues) => {
  const at = findLineIndex(
    lines,
    (l) => cellAt(l, 0) === "Asse" && l.cells.some((c) => /^Totale budget/i.test(c)),
  );
  if (at < 0) return missing(issues, "«Tabella di rideterminazione del Budget» (DD n. 549)");
  const block = readTableBlock(lines, at, issues);
  const lead = leadText(lines, at);
  const act = lead.match(ACT);
  const code = act ? `dd-${act[1]}-${act[2]}` : "rideterminazione";
  const table: BudgetTable = {
    id: `${planId}:budget:${code}`,
    planId,
    code,
    title: /^Tabella/i.test(lead) ? lead : "Tabella di rideterminazione del Budget del Piano Operativo",
    act: act ? act[0] : null,
    columns: block.header.cells.slice(4),
    position,
  };
  const rows: SourcedBudgetLine[] = [];
  for (const row of block.rows) {
    const [axis = "", priority = "", lineCode = "", description = ""] = row.cells;
    const amounts = readAmounts(row, 4, table, issues);
    let fields: Partial<BudgetLine>;
    if (/^Totale complessivo/i.test(axis)) {
      fields = { rowKind: "total", description: axis };
    } else if (/^Totale\b/i.test(axis)) {
      const source = axis.match(/a valere sul\s+(.+)$/i);
      fields = { rowKind: "subtotal", description: axis, fundingSource: source ? source[1]!.trim() : null };
    } else {
      fields = {
        axis: axis || null,
        investmentPriority: priority || null,
        lineCode: lineCode || null,
        description: htmlToPlainText(description) || null,
        fundingSource: /POC/i.test(lineCode) ? POC : PON,
      };
    }
    const line = makeLine(table, rows.length, { ...fields, amounts });
    if (line.rowKind === "line") checkReleasedResources(table, line, row.line.number, issues);
    rows.push({ sourceLine: row.line.number, line });
  }
  return { table, rows };
};

/**
 * DD 549: released resources = budget DD 440/2019 − redetermined budget. Three lines of the seed differ by 0,01 €
 * (rounding in the source), so only larger differences are reported.
 */
function checkReleasedResources(table: BudgetTable, line: BudgetLine, sourceLine: number, issues: IssueLog): void {
  if (table.columns.length !== 3 || !/disimpegnat/i.test(table.columns[2]!)) return;
  const [budget, redetermined, released] = line.amounts;
  if (budget == null || redetermined == null || released == null) return;
  const difference = budget - redetermined - released;
  if (Math.abs(cents(difference)) <= 1) return;
  issues.warn({
    itemType: "budgetLine",
    itemId: line.id,
    code: "amounts-mismatch",
    message:
      `Tabella «${table.title}», linea «${line.lineCode}»: ${formatEuro(budget)} − ${formatEuro(redetermined)} ` +
      `non dà le risorse disimpegnate indicate (${formatEuro(released)}; differenza ${formatEuro(difference)}).`,
    line: sourceLine,
  });
}

/** (c) "SEZIONE | Asse | Priorità di investimento | LINEA | Totale complessivo", with "SEZIONE n - Totale" rows. */
const readRemodulatedPlan: Reader = (lines, planId, position, issues) => {
  const at = findLineIndex(lines, (l) => cellAt(l, 0) === "SEZIONE" && l.cells.includes("LINEA"));
  if (at < 0) return missing(issues, "«SEZIONE | Asse | Priorità di investimento | LINEA» (DD n. 570)");
  const block = readTableBlock(lines, at, issues);
  const act = leadText(lines, at).match(ACT);
  const code = act ? `dd-${act[1]}-${act[2]}` : "rimodulazione";
  const table: BudgetTable = {
    id: `${planId}:budget:${code}`,
    planId,
    code,
    title: `Sezioni, linee, assi e priorità di investimento del Piano Operativo${act ? ` come da ${act[0]}` : ""}`,
    act: act ? act[0] : null,
    columns: [cellAt(block.header, 4)],
    position,
  };
  const rows: SourcedBudgetLine[] = [];
  const sections: string[] = [];
  let section: string | null = null;
  for (const row of block.rows) {
    const [sectionCell = "", axis = "", priority = "", lineCell = ""] = row.cells;
    const amounts = readAmounts(row, 4, table, issues);
    let fields: Partial<BudgetLine>;
    if (/^Totale complessivo$/i.test(sectionCell)) {
      fields = { rowKind: "total", description: sectionCell };
    } else if (/Totale$/i.test(sectionCell)) {
      const label = sectionCell.replace(/[\s\-–]*Totale$/i, "");
      const owner = sections.find((s) => sectionKey(s) === sectionKey(label));
      if (!owner) {
        issues.warn({
          itemType: "budgetLine",
          code: "unknown-section",
          message: `Il subtotale «${sectionCell}» non corrisponde a nessuna sezione elencata sopra nella tabella.`,
          line: row.line.number,
        });
      }
      fields = { rowKind: "subtotal", section: owner ?? label, description: sectionCell };
    } else {
      if (sectionCell !== "") {
        section = sectionCell;
        sections.push(sectionCell);
      }
      const numbered = lineCell.match(/^(Linea\s+\d+)\s*[-–]\s*(.+)$/i);
      fields = {
        section,
        axis: axis || null,
        investmentPriority: priority || null,
        lineCode: numbered ? numbered[1]! : null,
        description: numbered ? numbered[2]! : lineCell || null,
        fundingSource: /POC/i.test(`${axis} ${priority}`) ? POC : null,
      };
    }
    rows.push({ sourceLine: row.line.number, line: makeLine(table, rows.length, { ...fields, amounts }) });
  }
  checkStatedPlanAmount(lines, table, rows, act ? act[1]! : null, issues);
  return { table, rows };
};

/** "SEZIONE 7- Totale" and "SEZIONE 7 - SERVIZI DI SUPPORTO TRASVERSALE" share the key "SEZIONE 7". */
function sectionKey(text: string): string {
  const numbered = text.match(/^SEZIONE\s*(\d+)/i);
  return numbered ? `SEZIONE ${numbered[1]}` : normaliseName(text);
}

/**
 * The paragraph that announces DD 570 states the plan's total in words (seed 002 line 187: "pari a
 * 164.316.744,00 euro") while the table's "Totale complessivo" reads 164.313.744: the user must see both.
 */
function checkStatedPlanAmount(
  lines: SourceLine[],
  table: BudgetTable,
  rows: SourcedBudgetLine[],
  actNumber: string | null,
  issues: IssueLog,
): void {
  const total = rows.find((r) => r.line.rowKind === "total");
  const tableTotal = total?.line.amounts[0];
  if (!actNumber || !total || tableTotal == null) return;
  for (const line of lines) {
    if (!line.text.includes(`n. ${actNumber}`)) continue;
    const stated = line.text.match(/importo complessivo del Piano, pari a ([\d.,]+) euro/i);
    const value = stated ? parseItalianNumber(stated[1]!) : null;
    if (value === null || cents(value) === cents(tableTotal)) continue;
    issues.warn({
      itemType: "budgetTable",
      itemId: table.id,
      code: "total-mismatch",
      message:
        `Il testo alla ${location(line.number)} indica un importo complessivo del Piano di ${formatEuro(value)}, ` +
        `ma il «Totale complessivo» della tabella «${table.title}» (${location(total.sourceLine)}) ` +
        `è ${formatEuro(tableTotal)}.`,
      line: line.number,
    });
  }
}
