// The front matter of the AFOL plan (seed 000): title "# Piano Performance 2022", the approval line
// "**Approvato nel Cda del 10 giugno 2022**", the "SEDE LEGALE" lines (address, e-mail, P.IVA) and the "Premessa".
import { parseNumericDate, parseTimingText } from "../../../domain/italian";
import type { ImportError } from "../types";
import { isPremessaHeading, readHeading, type Heading } from "./headings";
import { lineLocation, type Row } from "./rows";

export interface DocumentHeader {
  title: string;
  year: number;
  approvalAct: string | null;
  approvalDate: string | null;
  address: string | null;
  email: string | null;
  taxCode: string | null;
  /** the "Premessa" as plain text: paragraphs apart by a blank line, list items one a line. */
  premessa: string | null;
}

export type DocumentHeaderResult = { ok: true; header: DocumentHeader } | { ok: false; errors: ImportError[] };

/** Reads the rows before the first block of objectives. */
export function readDocumentHeader(rows: Row[]): DocumentHeaderResult {
  const headings = rows.flatMap((row) => readHeading(row) ?? []);
  const titleHeading = headings.find((h) => h.level === 1);
  if (!titleHeading) {
    return { ok: false, errors: [{ location: null, message: "Titolo del piano non trovato: atteso «# Piano Performance AAAA» all'inizio del file." }] };
  }
  const yearMatch = titleHeading.text.match(/\b(20\d{2})\b/);
  if (!yearMatch) {
    return {
      ok: false,
      errors: [{ location: lineLocation(titleHeading.line), message: `Il titolo «${titleHeading.text}» non indica l'anno del piano.` }],
    };
  }

  const approval = rows.map((row) => stripMarkdown(row.raw)).find((line) => /^approvat[oa]\b/i.test(line)) ?? null;
  const header: DocumentHeader = {
    title: titleHeading.text,
    year: Number(yearMatch[1]),
    approvalAct: approval,
    approvalDate: approval ? readApprovalDate(approval) : null,
    address: readAddress(rows, headings),
    email: readEmail(rows),
    taxCode: rows.map((row) => row.raw.match(/P\.?\s*IVA\s*:?\s*(\d{11})\b/i)?.[1]).find(Boolean) ?? null,
    premessa: readPremessa(rows, headings),
  };
  return { ok: true, header };
}

function stripMarkdown(line: string): string {
  return line.replace(/\*+|^#+\s*/g, "").trim();
}

/** "Approvato nel Cda del 10 giugno 2022" → 2022-06-10; "del 10/06/2022" too. */
function readApprovalDate(act: string): string | null {
  const numeric = act.match(/\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/);
  if (numeric) return parseNumericDate(numeric[0]);
  const named = parseTimingText(act);
  return named?.precision === "day" ? named.date : null;
}

/** The first line after "SEDE LEGALE" that is neither a phone nor a tax number: "Via Soderini 24 - 20146 Milano". */
function readAddress(rows: Row[], headings: Heading[]): string | null {
  const sede = headings.find((h) => /^sede legale$/i.test(h.text));
  if (!sede) return null;
  for (const row of rows.filter((r) => r.line > sede.line)) {
    const line = row.raw.trim();
    if (line === "") continue;
    if (readHeading(row) || /^(tel|fax|p\.?\s*iva|c\.?\s*f\.?)\b/i.test(line)) return null;
    return line;
  }
  return null;
}

function readEmail(rows: Row[]): string | null {
  for (const row of rows) {
    const m = row.raw.match(/mailto:([^)\s]+)/i) ?? row.raw.match(/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/);
    if (m) return (m[1] ?? m[0]).trim();
  }
  return null;
}

function readPremessa(rows: Row[], headings: Heading[]): string | null {
  const start = headings.find((h) => isPremessaHeading(h.text));
  if (!start) return null;
  const lines: string[] = [];
  for (const row of rows.filter((r) => r.line > start.line)) {
    if (readHeading(row)) break;
    // "- ➔ prendere in carico…": the arrow is the list's bullet glyph, not text.
    lines.push(stripMarkdown(row.raw).replace(/^-\s+(?:[➔→•]\s*)?/u, "- "));
  }
  const text = lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return text || null;
}
