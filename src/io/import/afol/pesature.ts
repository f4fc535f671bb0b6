// The "Pesature" table of the AFOL plan (seed 000): for each role, the weight of organisational performance,
// individual objectives and behaviours, and the stated total (100). Columns are found by their header labels.
import type { z } from "zod";
import { parseItalianNumber } from "../../../domain/italian";
import type { ImportWarning, RoleWeighting } from "../../../domain/model";
import type { ImportError } from "../types";
import { slugify } from "./headings";
import { at, filledCells, findColumn, isBlank, lineLocation, type Row } from "./rows";

export type PesatureResult =
  | { ok: true; roleWeightings: z.input<typeof RoleWeighting>[]; warnings: z.input<typeof ImportWarning>[] }
  | { ok: false; errors: ImportError[] };

const COLUMNS = {
  organisational: /^performance\b/i, // "performance aziendali"
  individual: /^obiettivi individuali$/i,
  behaviour: /^comportament/i,
  total: /^totale$/i,
} as const;

/** Reads the rows after the "Pesature" heading, up to the next heading or the end. */
export function parsePesature(rows: Row[], planId: string, headingLine: number): PesatureResult {
  const errors: ImportError[] = [];
  const warnings: z.input<typeof ImportWarning>[] = [];
  const roleWeightings: z.input<typeof RoleWeighting>[] = [];
  const headerIndex = rows.findIndex((row) => findColumn(row, COLUMNS.organisational) >= 0);
  const header = rows[headerIndex];
  if (!header) {
    return { ok: false, errors: [{ location: lineLocation(headingLine), message: "Pesature: manca la riga di intestazione «performance aziendali / obiettivi individuali / comportamenti»." }] };
  }
  const columns = {
    organisational: findColumn(header, COLUMNS.organisational),
    individual: findColumn(header, COLUMNS.individual),
    behaviour: findColumn(header, COLUMNS.behaviour),
    total: findColumn(header, COLUMNS.total),
  };
  for (const [key, name] of [["individual", "obiettivi individuali"], ["behaviour", "comportamenti"]] as const) {
    if (columns[key] < 0) errors.push({ location: lineLocation(header.line), message: `Pesature: nell'intestazione manca la colonna «${name}».` });
  }
  if (errors.length > 0) return { ok: false, errors };

  for (const row of rows.slice(headerIndex + 1)) {
    // The table ends at the first blank line; what follows is a note ("dati in %", the seed's last line).
    if (isBlank(row)) {
      if (roleWeightings.length > 0 || errors.length > 0) break;
      continue;
    }
    const role = filledCells(row)[0]!;
    if (role.index >= columns.organisational) {
      errors.push({ location: lineLocation(row.line), message: `Pesature: riga senza ruolo nella prima colonna.` });
      continue;
    }
    const read = (column: number, name: string): number | null => {
      const text = at(row, column);
      const value = parseItalianNumber(text);
      if (value === null) {
        errors.push({ location: lineLocation(row.line), message: `Pesature, ruolo «${role.text}»: «${text}» nella colonna «${name}» non è un numero.` });
      }
      return value;
    };
    const organisational = read(columns.organisational, "performance aziendali");
    const individual = read(columns.individual, "obiettivi individuali");
    const behaviour = read(columns.behaviour, "comportamenti");
    const statedTotal = columns.total >= 0 ? read(columns.total, "TOTALE") : null;
    if (organisational === null || individual === null || behaviour === null) continue;
    const id = `${planId}:pesatura-${slugify(role.text)}`;
    const sum = organisational + individual + behaviour;
    if (statedTotal !== null && Math.abs(sum - statedTotal) > 0.005) {
      warnings.push({
        itemType: "roleWeighting",
        itemId: id,
        code: "weights-sum",
        message: `Pesature, ruolo «${role.text}»: ${organisational} + ${individual} + ${behaviour} = ${sum}, ma il totale indicato è ${statedTotal}.`,
        location: lineLocation(row.line),
      });
    }
    roleWeightings.push({ id, planId, role: role.text, position: roleWeightings.length, organisational, individual, behaviour, statedTotal });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (roleWeightings.length === 0) {
    return { ok: false, errors: [{ location: lineLocation(header.line), message: "Pesature: la tabella non ha righe." }] };
  }
  return { ok: true, roleWeightings, warnings };
}
