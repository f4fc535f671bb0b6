// The structures named by the ARTI monitoring file: "Responsabile attuazione" of the objectives and
// "Struttura Responsabile" of the phases. A phase often names several structures joined by " - ", " – " or "/"
// ("Direzione - Direzione regionale Istruzione, formazione, ricerca e lavoro - OSRU", seed 004 line 36):
// each becomes one structure. Regional ones ("Direzione regionale …", "Settore regionale …") belong to
// Regione Toscana, not to ARTI. An acronym alone ("OSRU", "RPCT") is the structure that ends with it in brackets.
import type { Structure } from "../../../domain/model";

type StructureKind = Structure["kind"];

type StructureInput = Pick<Structure, "organisationId" | "name" | "kind">;

const ACRONYM_IN_BRACKETS = /\(([A-Z]{2,})\)\s*$/;
const ACRONYM_ONLY = /^[A-Z]{2,}$/;

export function splitStructureNames(text: string): string[] {
  return text
    .split(/\s+[-–]\s+|\s*\/\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function kindOf(name: string): StructureKind {
  if (/^direzion/i.test(name)) return "direzione";
  if (/^settor/i.test(name)) return "settore";
  if (/^serviz/i.test(name)) return "servizio";
  if (/prevenzione (della )?corruzione|\bRPCT\b/i.test(name)) return "ufficio";
  return "other";
}

function keyOf(name: string): string {
  const acronym = name.match(ACRONYM_IN_BRACKETS)?.[1] ?? (ACRONYM_ONLY.test(name) ? name : null);
  return acronym ? acronym.toLowerCase() : slugify(name);
}

/**
 * Collects every name first (`register`), then answers ids (`idOf`): an acronym may appear before its full
 * name, and the full name decides the owner organisation, hence the id.
 */
export class StructureRegistry {
  private readonly byKey = new Map<string, StructureInput>();

  constructor(
    private readonly organisationId: string,
    private readonly regionId: string,
  ) {}

  register(text: string | null): void {
    for (const name of text ? splitStructureNames(text) : []) {
      const key = keyOf(name);
      const existing = this.byKey.get(key);
      // Keep the fullest spelling: "Settore … (OSRU)" over "OSRU", "Servizi Territoriali" over "servizi territoriali".
      if (existing && (name.length < existing.name.length || (name.length === existing.name.length && !/^[A-Z]/.test(name)))) {
        continue;
      }
      const organisationId = /\bregional[ei]\b/i.test(name) ? this.regionId : this.organisationId;
      this.byKey.set(key, { organisationId, name, kind: kindOf(name) });
    }
  }

  /** The id of the first structure the text names (the one responsible); null for an empty text. */
  idOf(text: string | null): string | null {
    const first = text ? splitStructureNames(text)[0] : undefined;
    if (!first) return null;
    const key = keyOf(first);
    const structure = this.byKey.get(key);
    if (!structure) throw new Error(`struttura non registrata: ${first}`);
    return `${structure.organisationId}:${key}`;
  }

  list(): Array<Pick<Structure, "id" | "organisationId" | "name" | "kind">> {
    return [...this.byKey.entries()].map(([key, s]) => ({ id: `${s.organisationId}:${key}`, ...s }));
  }
}
