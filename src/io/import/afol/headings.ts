// Headings of the AFOL plan: markdown ("# Piano Performance 2022", "## DIVISIONE LAVORO", "## **Premessa.**")
// or a line in bold alone ("**DIREZIONE GENERALE**  ", "**Obiettivi 2022**"), as the seed writes them.
import type { Row } from "./rows";

export interface Heading {
  line: number;
  /** 1–6 for markdown headings, 0 for a bold line. */
  level: number;
  text: string;
}

export function readHeading(row: Row): Heading | null {
  const raw = row.raw.trim();
  const markdown = raw.match(/^(#{1,6})\s+(.+)$/);
  if (markdown) return { line: row.line, level: markdown[1]!.length, text: stripEmphasis(markdown[2]!) };
  const bold = raw.match(/^\*\*([^*]+)\*\*$/);
  if (bold) return { line: row.line, level: 0, text: stripEmphasis(bold[1]!) };
  return null;
}

function stripEmphasis(text: string): string {
  return text.replace(/\*+/g, "").trim();
}

/** "Obiettivi 2022" only announces the list of a block; it is not a block of its own. */
export function isObjectivesSubheading(text: string): boolean {
  return /^obiettivi\s+\d{4}$/i.test(text);
}

export function isPesatureHeading(text: string): boolean {
  return /^pesature\b/i.test(text);
}

export function isPremessaHeading(text: string): boolean {
  return /^premessa\b/i.test(text);
}

/**
 * Writes a heading the way the organisation chart does: the seed shouts some blocks ("DIREZIONE GENERALE",
 * "Area AMMINISTRAZIONE") and not others ("Divisione Formazione"); words in capitals get an initial capital only.
 */
export function normaliseBlockName(text: string): string {
  return text
    .split(/\s+/)
    .map((word) => (word.length > 1 && word === word.toUpperCase() && /\p{L}/u.test(word)
      ? word.charAt(0) + word.slice(1).toLowerCase()
      : word))
    .join(" ");
}

/** "Divisione Lavoro" → "divisione-lavoro", for deterministic ids. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
