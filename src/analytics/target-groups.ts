// Target groups for the "target_group" breakdown. Groups overlap (a woman receiving NASpI is in both), so each
// group is reported on its own, never as a share of a total. Each is a person filter in the definition language.
import type { Filter } from "./definition/definition-schema";

export interface TargetGroup {
  id: string;
  label: string;
  filter: Filter;
}

export const TARGET_GROUPS: readonly TargetGroup[] = [
  { id: "women", label: "Donne", filter: { sex: "F" } },
  // Under 30: the age limit of Garanzia Giovani, which GOL keeps for its young target.
  { id: "youth", label: "Giovani (meno di 30 anni)", filter: { age: { lt: 30 } } },
  { id: "over_55", label: "Over 55", filter: { age: { gte: 55 } } },
  { id: "rdc", label: "Percettori di Reddito di cittadinanza", filter: { rdc: true } },
  { id: "adi", label: "Percettori di Assegno di inclusione", filter: { adi: true } },
  { id: "naspi", label: "Percettori di NASpI", filter: { naspi: true } },
  { id: "disadvantaged", label: "Svantaggiati (L. 381/91)", filter: { disadvantaged: true } },
  { id: "disability", label: "Collocamento mirato (L. 68/99)", filter: { disability: true } },
  { id: "foreign", label: "Cittadini stranieri", filter: { citizenship: ["EU", "EXTRA_EU"] } },
  // Seed 000, obiettivo 12: "categorie vulnerabili (RdC, NASPI, svantaggiati ai sensi della 381/91, donne)".
  {
    id: "gol_vulnerable",
    label: "Vulnerabili GOL (RdC, NASpI, svantaggiati, donne)",
    filter: { any_of: [{ rdc: true }, { naspi: true }, { disadvantaged: true }, { sex: "F" }] },
  },
];

export function findTargetGroup(id: string): TargetGroup | undefined {
  return TARGET_GROUPS.find((g) => g.id === id);
}
