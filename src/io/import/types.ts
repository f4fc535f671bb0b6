// The contract every importer follows: a pure function from a file's text to a plan bundle,
// with warnings (the bundle's `warnings`) and errors naming where in the source the problem is.
import type { PlanBundleInput } from "../../domain/model";

export interface ImportError {
  /** where in the source: "riga 12", "riga 12, colonna 5", "foglio Obiettivi, cella C4". */
  location: string | null;
  /** what is wrong, in Italian. */
  message: string;
}

export type ImportResult =
  | { ok: true; bundle: PlanBundleInput }
  | { ok: false; errors: ImportError[] };

export interface TextImporter {
  /** stable name of the layout, stored in Plan.sourceLayout. */
  layout: string;
  /** what the layout is, in Italian, for messages. */
  description: string;
  /** true when the text looks like this layout. */
  detect(text: string): boolean;
  parse(text: string, fileName: string): ImportResult;
}
