// What the evaluation body (OIV / Nucleo di valutazione) would write in the margin: each finding names the
// item, the figure stated in the document and the figure recomputed, in Italian.

export type FindingSeverity = "error" | "warning" | "info";

export type FindingCode =
  | "ratio-mismatch" // a stated ratio differs from numerator ÷ denominator
  | "zero-denominator"
  | "negative-value"
  | "phase-weights-sum" // phases of a cronoprogramma do not add up to 100%
  | "phase-without-weight"
  | "objective-weights-sum" // objectives do not add up to 100%
  | "objective-without-weight"
  | "table-total-mismatch" // rows of a table vs its total or subtotal
  | "cronoprogramma-value-mismatch" // stated indicator value vs cronoprogramma progress
  | "stated-status-differs" // the document's level vs the computed one
  | "role-weighting-invalid"
  | "resource-shares-impossible"
  | "cutoff-before-start"
  | "override-refused"
  | "rules-invalid"
  | "derived-indicator-invalid"
  | "no-target"
  | "measurement-unknown-indicator";

export interface Finding {
  code: FindingCode;
  severity: FindingSeverity;
  /** "indicator", "objective", "cronoprogramma", "budgetTable", "reportedTable", "roleWeighting", "plan". */
  itemType: string;
  itemId: string | null;
  /** the item as users name it: "ARTI 1.6", "cronoprogramma ARTI 2", "tabella DD n. 549, colonna 2". */
  item: string;
  stated: number | string | null;
  computed: number | string | null;
  /** in Italian, with both figures. */
  message: string;
}

export function finding(parts: Omit<Finding, "stated" | "computed"> & { stated?: number | string | null; computed?: number | string | null }): Finding {
  return { ...parts, stated: parts.stated ?? null, computed: parts.computed ?? null };
}
