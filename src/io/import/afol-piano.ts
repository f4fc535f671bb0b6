// Importer for AFOL Metropolitana's "Piano Performance" (seed 000, approved by the CdA on 10 June 2022):
// front matter, then blocks of objectives ("Performance aziendale", "DIREZIONE GENERALE", "Area AMMINISTRAZIONE",
// "DIVISIONE LAVORO", "Divisione Formazione"), each objective a PROGRAMMAZIONE / RENDICONTAZIONE table, and the
// "Pesature" table at the end. Pure: text in, plan bundle out, with deterministic ids ("afol-2022:obj-12:ind-1")
// so that importing the same file twice yields the same bundle.
import type { z } from "zod";
import type { ImportWarning, PlanBundleInput, PlanNode, Structure, StructureKind } from "../../domain/model";
import { readDocumentHeader } from "./afol/document-header";
import {
  isObjectivesSubheading,
  isPesatureHeading,
  isPremessaHeading,
  normaliseBlockName,
  readHeading,
  slugify,
  type Heading,
} from "./afol/headings";
import { parseObjectiveBlock, readObjectiveStart, type ObjectiveBlock } from "./afol/objective-block";
import { parsePesature } from "./afol/pesature";
import { lineLocation, toRows, type Row } from "./afol/rows";
import type { ImportError, ImportResult, TextImporter } from "./types";

const LAYOUT = "afol-piano";
// The layout is AFOL Metropolitana's own: the document names itself "Afol Metropolitana" / "Afolmet" in the text.
const ORGANISATION_ID = "afol-metropolitana";
const ORGANISATION_NAME = "AFOL Metropolitana";

const STRUCTURE_KINDS: [RegExp, z.infer<typeof StructureKind>][] = [
  [/^direzione\b/i, "direzione"],
  [/^area\b/i, "area"],
  [/^divisione\b/i, "divisione"],
  [/^settore\b/i, "settore"],
  [/^servizio\b/i, "servizio"],
  [/^ufficio\b/i, "ufficio"],
];

export const afolPianoImporter: TextImporter = {
  layout: LAYOUT,
  description: "Piano della performance AFOL (blocchi «Obiettivo N» con tabelle PROGRAMMAZIONE / RENDICONTAZIONE)",
  detect(text: string): boolean {
    return (
      /Piano\s+(?:della\s+)?Performance/i.test(text) &&
      /^(?:<b>)?Obiettivo\s+\d+\b/m.test(text) &&
      /\bPROGRAMMAZIONE\b/.test(text) &&
      /Indicatore di risultato/i.test(text)
    );
  },
  parse: parseAfolPiano,
};

interface Block {
  heading: Heading;
  nodeId: string;
  structureId: string | null;
}

export function parseAfolPiano(text: string, fileName: string): ImportResult {
  const rows = toRows(text);
  const objectiveStarts = rows.flatMap((row, i) => (readObjectiveStart(row) ? [i] : []));
  if (objectiveStarts.length === 0) {
    return {
      ok: false,
      errors: [{ location: null, message: "Nessun obiettivo trovato: il piano AFOL è fatto di blocchi che iniziano con «Obiettivo N»." }],
    };
  }

  const headings = rows.flatMap((row, i) => {
    const heading = readHeading(row);
    return heading ? [{ heading, index: i }] : [];
  });
  // A heading that ends what precedes it; "Obiettivi 2022" only announces a block's list.
  const boundaries = headings.filter(({ heading }) => !isObjectivesSubheading(heading.text));
  const blockHeadings = boundaries.filter(({ heading, index }, k) => {
    if (heading.level === 1 || isPesatureHeading(heading.text) || isPremessaHeading(heading.text)) return false;
    const next = boundaries[k + 1]?.index ?? rows.length;
    return objectiveStarts.some((start) => start > index && start < next);
  });

  const firstContent = Math.min(objectiveStarts[0]!, blockHeadings[0]?.index ?? Infinity);
  const headerResult = readDocumentHeader(rows.slice(0, firstContent));
  if (!headerResult.ok) return headerResult;
  const header = headerResult.header;
  const planId = `afol-${header.year}`;
  const periodId = `${planId}:rendicontazione`;

  const structures: z.input<typeof Structure>[] = [];
  const nodes: z.input<typeof PlanNode>[] = [];
  const blocksByIndex = new Map<number, Block>();
  for (const { heading, index } of blockHeadings) {
    const name = normaliseBlockName(heading.text);
    const kind = STRUCTURE_KINDS.find(([pattern]) => pattern.test(name))?.[1];
    const structureId = kind ? `${ORGANISATION_ID}:${slugify(name)}` : null;
    if (kind && structureId && !structures.some((s) => s.id === structureId)) {
      structures.push({ id: structureId, organisationId: ORGANISATION_ID, name, kind });
    }
    const nodeId = `${planId}:block-${slugify(name)}`;
    nodes.push({ id: nodeId, planId, kind: "structure_block", title: name, structureId, position: nodes.length });
    blocksByIndex.set(index, { heading, nodeId, structureId });
  }

  const errors: ImportError[] = [];
  const warnings: z.input<typeof ImportWarning>[] = [];
  const objectiveBlocks: ObjectiveBlock[] = [];
  const seenCodes = new Map<string, number>();
  let currentBlock: Block | null = null;
  const boundaryIndexes = boundaries.map((b) => b.index);

  for (let i = firstContent; i < rows.length; i++) {
    const block = blocksByIndex.get(i);
    if (block) currentBlock = block;
    if (boundaryIndexes.includes(i) && !block) currentBlock = null;
    if (!objectiveStarts.includes(i)) continue;

    const end = Math.min(
      objectiveStarts.find((s) => s > i) ?? rows.length,
      boundaryIndexes.find((b) => b > i) ?? rows.length,
    );
    const opening = rows[i]!;
    const code = readObjectiveStart(opening)!.code;
    const previous = seenCodes.get(code);
    if (previous !== undefined) {
      errors.push({ location: lineLocation(opening.line), message: `Obiettivo ${code} ripetuto (già alla riga ${previous}).` });
      continue;
    }
    seenCodes.set(code, opening.line);
    if (!currentBlock) {
      warnings.push({
        itemType: "objective",
        itemId: `${planId}:obj-${code}`,
        code: "objective-outside-block",
        message: `Obiettivo ${code}: non è sotto l'intestazione di un blocco (struttura); resta senza struttura.`,
        location: lineLocation(opening.line),
      });
    }
    const parsed = parseObjectiveBlock(rows.slice(i, end), {
      planId,
      year: header.year,
      nodeId: currentBlock?.nodeId ?? null,
      structureId: currentBlock?.structureId ?? null,
      position: objectiveBlocks.length,
      periodId,
    });
    if (parsed.ok) objectiveBlocks.push(parsed.block);
    else errors.push(...parsed.errors);
  }

  warnings.push(...numberingGaps([...seenCodes.entries()], planId));

  const pesature = readPesatureSection(rows, boundaries, planId);
  if (pesature.errors.length > 0) errors.push(...pesature.errors);
  if (errors.length > 0) return { ok: false, errors };

  const bundle: PlanBundleInput = {
    organisation: {
      id: ORGANISATION_ID,
      name: ORGANISATION_NAME,
      shortName: "Afolmet",
      kind: "agency",
      address: header.address,
      taxCode: header.taxCode,
      email: header.email,
    },
    structures,
    plan: {
      id: planId,
      organisationId: ORGANISATION_ID,
      title: header.title,
      kind: "performance_plan",
      yearFrom: header.year,
      yearTo: header.year,
      approvalAct: header.approvalAct,
      approvalDate: header.approvalDate,
      state: header.approvalAct ? "approved" : "draft",
      description: header.premessa,
      sourceFile: fileName,
      sourceLayout: LAYOUT,
    },
    nodes,
    objectives: objectiveBlocks.map((b) => b.objective),
    steps: objectiveBlocks.flatMap((b) => b.steps),
    indicators: objectiveBlocks.flatMap((b) => b.indicators),
    targets: objectiveBlocks.flatMap((b) => b.targets),
    // The plan is written before the year: results are reported at its end, in the Relazione sulla performance.
    periods: [{ id: periodId, planId, label: `Rendicontazione ${header.year}`, cutoffDate: `${header.year}-12-31`, kind: "final" }],
    measurements: objectiveBlocks.flatMap((b) => b.measurements),
    roleWeightings: pesature.roleWeightings,
    warnings: [...objectiveBlocks.flatMap((b) => b.warnings), ...warnings, ...pesature.warnings],
  };
  return { ok: true, bundle };
}

/** Objectives are numbered 1…N across the whole plan: a missing number means a block was lost. */
function numberingGaps(codes: [string, number][], planId: string): z.input<typeof ImportWarning>[] {
  const numbers = new Set(codes.map(([code]) => Number(code)));
  const highest = Math.max(...numbers);
  const gaps: z.input<typeof ImportWarning>[] = [];
  for (let n = 1; n <= highest; n++) {
    if (!numbers.has(n)) {
      gaps.push({
        itemType: "plan",
        itemId: planId,
        code: "objective-numbering-gap",
        message: `Manca l'obiettivo ${n}: la numerazione va da 1 a ${highest}.`,
        location: null,
      });
    }
  }
  return gaps;
}

function readPesatureSection(
  rows: Row[],
  boundaries: { heading: Heading; index: number }[],
  planId: string,
): { roleWeightings: NonNullable<PlanBundleInput["roleWeightings"]>; warnings: z.input<typeof ImportWarning>[]; errors: ImportError[] } {
  const k = boundaries.findIndex(({ heading }) => isPesatureHeading(heading.text));
  if (k < 0) {
    const warning = {
      itemType: "plan",
      itemId: planId,
      code: "missing-role-weightings",
      message: "Sezione «Pesature» non trovata: il piano resta senza pesature per ruolo.",
      location: null,
    };
    return { roleWeightings: [], warnings: [warning], errors: [] };
  }
  const start = boundaries[k]!.index + 1;
  const end = boundaries[k + 1]?.index ?? rows.length;
  const result = parsePesature(rows.slice(start, end), planId, rows[start - 1]!.line);
  return result.ok
    ? { roleWeightings: result.roleWeightings, warnings: result.warnings, errors: [] }
    : { roleWeightings: [], warnings: [], errors: result.errors };
}
