// Warnings (the bundle keeps them for review) and errors (the import stops) found while reading the Rapporto,
// each naming the line of the source as the user sees it in a text editor.
import type { z } from "zod";
import type { ImportWarning as ImportWarningSchema } from "../../../domain/model";
import type { ImportError } from "../types";
import { location } from "./lines";

type ImportWarning = z.input<typeof ImportWarningSchema>;

export type WarningInput = Omit<ImportWarning, "itemId" | "location"> & {
  itemId?: string | null;
  line?: number | null;
};

export class IssueLog {
  readonly warnings: ImportWarning[] = [];
  readonly errors: ImportError[] = [];

  warn({ line, itemId, ...rest }: WarningInput): void {
    this.warnings.push({ ...rest, itemId: itemId ?? null, location: line == null ? null : location(line) });
  }

  error(message: string, line: number | null, column?: number): void {
    this.errors.push({ message, location: line == null ? null : location(line, column) });
  }
}
