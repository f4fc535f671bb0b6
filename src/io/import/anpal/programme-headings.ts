// The State budget classification the Rapporto writes as headings (seed 002 lines 312–314, 349–355, 685–691):
// "Missione 026 – Politiche per il lavoro", "Programma 010 – …", then "Descrizione del programma:" and its text.
import { isBlank, isTabRow, type SourceLine } from "./lines";

export interface Heading {
  kind: "mission" | "programme";
  code: string;
  title: string;
  /** the heading as written: "Missione 026 – Politiche per il lavoro". */
  text: string;
  line: number;
  /** for a programme, the mission code above it. */
  missionCode: string | null;
}

export interface ProgrammeHeadings {
  headings: Heading[];
  /** "Descrizione del programma:" text by "026-010". */
  descriptions: Map<string, { text: string; line: number }>;
}

const HEADING = /^(Missione|Programma)\s+(\d{3})\s*[–-]\s*(.+)$/;

export function programmeKey(missionCode: string, programmeCode: string): string {
  return `${missionCode}-${programmeCode}`;
}

export function isStructuralLine(line: SourceLine): boolean {
  if (isTabRow(line)) return false;
  const text = line.text.trim();
  return (
    HEADING.test(text) ||
    text === "Descrizione del programma:" ||
    text === "Programmi di spesa" ||
    text === "SCHEDE PROGRAMMI DI SPESA"
  );
}

export function readProgrammeHeadings(lines: SourceLine[]): ProgrammeHeadings {
  const headings: Heading[] = [];
  const descriptions = new Map<string, { text: string; line: number }>();
  let missionCode: string | null = null;
  lines.forEach((line, i) => {
    if (isTabRow(line)) return;
    const text = line.text.trim();
    const m = text.match(HEADING);
    if (m) {
      const kind = m[1] === "Missione" ? "mission" : "programme";
      if (kind === "mission") missionCode = m[2]!;
      headings.push({
        kind,
        code: m[2]!,
        title: m[3]!.trim(),
        text,
        line: line.number,
        missionCode: kind === "programme" ? missionCode : null,
      });
      return;
    }
    if (text !== "Descrizione del programma:") return;
    const programme = headings.findLast((h) => h.kind === "programme");
    let j = i + 1;
    while (j < lines.length && isBlank(lines[j]!)) j++;
    const next = lines[j];
    if (programme?.missionCode && next && !isTabRow(next)) {
      descriptions.set(programmeKey(programme.missionCode, programme.code), { text: next.text.trim(), line: next.number });
    }
  });
  return { headings, descriptions };
}

/** The last heading of a kind above a line: the Missione or Programma a spending programme sheet belongs to. */
export function headingAbove(headings: Heading[], kind: Heading["kind"], line: number): Heading | null {
  return headings.findLast((h) => h.kind === kind && h.line < line) ?? null;
}
