// The "Id …" columns point at rows of other sheets. A person editing the workbook can mistype one, and
// nothing further down would notice (the database keys plan contents by plan only), so the import checks
// every reference against the Ids actually present and names the cell of a broken one.
import type { ImportError } from "../import/types";

export interface Reference {
  sheet: string;
  field: string;
  /** the sheets whose Ids the field may hold. */
  targets: readonly string[];
}

const ORGANISATIONS = ["Organizzazione", "Organizzazioni collegate"] as const;

export const REFERENCES: readonly Reference[] = [
  { sheet: "Organizzazione", field: "parentId", targets: ORGANISATIONS },
  { sheet: "Organizzazioni collegate", field: "parentId", targets: ORGANISATIONS },
  { sheet: "Strutture", field: "organisationId", targets: ORGANISATIONS },
  { sheet: "Strutture", field: "parentId", targets: ["Strutture"] },
  { sheet: "Piano", field: "organisationId", targets: ["Organizzazione"] },
  { sheet: "Piano", field: "assignedById", targets: ORGANISATIONS },
  { sheet: "Piano", field: "assigneeIds", targets: [...ORGANISATIONS, "Strutture"] },
  { sheet: "Livelli", field: "planId", targets: ["Piano"] },
  { sheet: "Livelli", field: "parentId", targets: ["Livelli"] },
  { sheet: "Livelli", field: "structureId", targets: ["Strutture"] },
  { sheet: "Obiettivi", field: "planId", targets: ["Piano"] },
  { sheet: "Obiettivi", field: "nodeId", targets: ["Livelli"] },
  { sheet: "Obiettivi", field: "structureId", targets: ["Strutture"] },
  { sheet: "Fasi di attuazione", field: "objectiveId", targets: ["Obiettivi"] },
  { sheet: "Cronoprogrammi", field: "objectiveId", targets: ["Obiettivi"] },
  { sheet: "Fasi cronoprogramma", field: "cronoprogrammaId", targets: ["Cronoprogrammi"] },
  { sheet: "Indicatori", field: "planId", targets: ["Piano"] },
  { sheet: "Indicatori", field: "objectiveId", targets: ["Obiettivi"] },
  { sheet: "Indicatori", field: "nodeId", targets: ["Livelli"] },
  { sheet: "Indicatori", field: "cronoprogrammaId", targets: ["Cronoprogrammi"] },
  { sheet: "Target", field: "indicatorId", targets: ["Indicatori"] },
  { sheet: "Periodi", field: "planId", targets: ["Piano"] },
  { sheet: "Misurazioni", field: "indicatorId", targets: ["Indicatori"] },
  { sheet: "Misurazioni", field: "periodId", targets: ["Periodi"] },
  { sheet: "Misurazioni", field: "assigneeId", targets: [...ORGANISATIONS, "Strutture"] },
  { sheet: "Pesature", field: "planId", targets: ["Piano"] },
  { sheet: "Tabelle di bilancio", field: "planId", targets: ["Piano"] },
  { sheet: "Righe di bilancio", field: "tableId", targets: ["Tabelle di bilancio"] },
  { sheet: "Programmi di spesa", field: "planId", targets: ["Piano"] },
  { sheet: "Tabelle riportate", field: "planId", targets: ["Piano"] },
  // Avvisi «Id elemento» may name any kind of element, or one the import of the source left out: not checked.
];

/** A valid row of a sheet, with where each of its fields sits in the workbook. */
export interface LocatedRecord {
  record: Record<string, unknown>;
  /** "foglio Indicatori, cella C5" (or the row, when the column is not in the sheet). */
  locate(field: string): string;
  header(field: string): string;
}

export function findBrokenReferences(sheets: ReadonlyMap<string, readonly LocatedRecord[]>): ImportError[] {
  const idsOf = (sheet: string) => new Set((sheets.get(sheet) ?? []).map((row) => row.record.id));
  const errors: ImportError[] = [];
  for (const reference of REFERENCES) {
    const known = reference.targets.map((target) => idsOf(target));
    for (const row of sheets.get(reference.sheet) ?? []) {
      const value = row.record[reference.field];
      const ids = Array.isArray(value) ? value : [value];
      for (const id of ids) {
        if (typeof id !== "string" || known.some((set) => set.has(id))) continue;
        errors.push({
          location: row.locate(reference.field),
          message: `colonna «${row.header(reference.field)}»: nessuna riga ${sheetsPhrase(reference.targets)} ha Id «${id}»`,
        });
      }
    }
  }
  return errors;
}

function sheetsPhrase(targets: readonly string[]): string {
  if (targets.length === 1) return `del foglio ${targets[0]}`;
  return `dei fogli ${targets.slice(0, -1).join(", ")} o ${targets[targets.length - 1]}`;
}
