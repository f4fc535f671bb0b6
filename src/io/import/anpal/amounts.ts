// Amounts in the Rapporto's tables ("€ 3.892.962,46", "10.580.261,52", "10.771.777") and the check that a
// table's subtotal and total rows add up: the document has real mismatches (seed 002, line 123) the user must see.
import type { BudgetLineInput as BudgetLine, BudgetTableInput as BudgetTable } from "./bundle-types";
import { formatItalianNumber, parseItalianNumber } from "../../../domain/italian";
import type { IssueLog } from "./issues";

/** An amount cell; null when empty. A cell that is not a number is an error naming line and column. */
export function readAmount(
  cell: string,
  where: { line: number; column: number; label: string },
  issues: IssueLog,
): number | null {
  if (cell.trim() === "") return null;
  const value = parseItalianNumber(cell);
  if (value === null) {
    issues.error(`Importo non valido «${cell}» nella colonna «${where.label}».`, where.line, where.column);
  }
  return value;
}

/** Euro amounts compared in cents, so that float sums do not report 0,000001 € differences. */
export function cents(value: number): number {
  return Math.round(value * 100);
}

export function formatEuro(value: number): string {
  return `${formatItalianNumber(value, 2)} €`;
}

export interface SourcedBudgetLine {
  line: BudgetLine;
  sourceLine: number;
}

/**
 * Checks every subtotal and total row against the lines it sums: a total sums all lines, a subtotal the lines
 * of its funding source (DD 549 "Totale risorse … a valere sul PON SPAO") or else of its section ("SEZIONE 1 - Totale").
 */
export function checkBudgetTotals(table: BudgetTable, rows: SourcedBudgetLine[], issues: IssueLog): void {
  const lines = rows.filter((r) => r.line.rowKind === "line").map((r) => r.line);
  for (const { line: sum, sourceLine } of rows) {
    if (sum.rowKind === "line") continue;
    const members =
      sum.rowKind === "total"
        ? lines
        : lines.filter((l) =>
            sum.fundingSource !== null ? l.fundingSource === sum.fundingSource : l.section === sum.section,
          );
    table.columns.forEach((label, c) => {
      const stated = sum.amounts[c];
      if (stated == null) return;
      const computed = members.reduce((acc, l) => acc + (l.amounts[c] ?? 0), 0);
      if (cents(stated) === cents(computed)) return;
      issues.warn({
        itemType: "budgetLine",
        itemId: sum.id,
        code: "total-mismatch",
        message:
          `Tabella «${table.title}», riga «${sum.description ?? sum.section ?? ""}», colonna «${label}»: ` +
          `il documento indica ${formatEuro(stated)} ma la somma delle ${members.length} righe è ${formatEuro(computed)} ` +
          `(differenza ${formatEuro(stated - computed)}).`,
        line: sourceLine,
      });
    });
  }
}
