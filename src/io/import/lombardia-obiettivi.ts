// Regione Lombardia, "Allegato 1 – Obiettivi strategici per l'anno 2026" (seed 003): the objectives the Region
// assigns to Provinces and the Metropolitan City for the delegated employment services. The document is plain
// text in a fixed order: the annex title, an introduction listing the system indicators as "- …;" bullets, then
// for each "Obiettivo N: TITOLO" a "Quota di risorse riconosciute al pieno raggiungimento dell'obiettivo: minimo 40%"
// line, a descriptive paragraph and the numbered "Dimensioni da osservare". It gives no weights, indicators
// per objective nor targets: we read what is written and say what is missing, never fill it in.
import type { ImportWarning, Indicator, Objective, Organisation, PlanBundleInput, PlanNode } from "../../domain/model";
import { parseItalianNumber } from "../../domain/italian";
import { htmlToPlainText } from "../html-text";
import type { ImportError, ImportResult, TextImporter } from "./types";

const LAYOUT = "lombardia-obiettivi";
const REGION_ID = "regione-lombardia";

const TITLE_LINE = /^(?:Allegato\s+\S+\s*[–—-]\s*)?(Obiettivi strategici\b.*)$/i;
const OBJECTIVE_HEADING = /^Obiettivo\s+(\d+)\s*[:.–—-]\s*(.*)$/i;
const RESOURCE_SHARE_LINE = /^Quota di risorse\b[^:]*:\s*(.*)$/i;
const DIMENSIONS_HEADING = /^Dimensioni da osservare\s*:?\s*$/i;
const NUMBERED_ITEM = /^(\d+)\s*[.)]\s+(.+)$/;
const BULLET_ITEM = /^[-–•*]\s+(.+)$/;
const MARKUP = /<\/?(?:p|br|li|ul|ol|b|i|strong|em|div|span)\b[^>]*>/i;

// Lombardy's employment services are delegated to its 11 Provinces and to the Città Metropolitana di Milano
// (which replaced the Province of Milan under L. 56/2014). The annex names them only as a group.
const LOMBARD_PROVINCES: ReadonlyArray<readonly [slug: string, name: string]> = [
  ["bergamo", "Bergamo"],
  ["brescia", "Brescia"],
  ["como", "Como"],
  ["cremona", "Cremona"],
  ["lecco", "Lecco"],
  ["lodi", "Lodi"],
  ["mantova", "Mantova"],
  ["monza-brianza", "Monza e della Brianza"],
  ["pavia", "Pavia"],
  ["sondrio", "Sondrio"],
  ["varese", "Varese"],
];

interface Line {
  number: number;
  text: string;
}

/** Names a line (or a range) of the source for messages: "riga 16", "righe 7–12". */
type Where = (first: number, last?: number) => string;

export const lombardiaObiettiviImporter: TextImporter = {
  layout: LAYOUT,
  description: "Regione Lombardia – Obiettivi strategici assegnati a Province e Città Metropolitana",
  detect(text) {
    const plain = toPlainText(text).text;
    return (
      /^\s*Obiettivo\s+\d+\s*:/im.test(plain) &&
      /^\s*Quota di risorse riconosciut/im.test(plain) &&
      /^\s*Dimensioni da osservare/im.test(plain)
    );
  },
  parse(text, fileName) {
    return parseLombardiaObiettivi(text, fileName);
  },
};

function parseLombardiaObiettivi(source: string, fileName: string): ImportResult {
  const { text, fromHtml } = toPlainText(source);
  const where: Where = (first, last = first) =>
    (last === first ? `riga ${first}` : `righe ${first}–${last}`) + (fromHtml ? " del testo estratto dall'HTML" : "");
  const lines: Line[] = text.split("\n").map((raw, i) => ({ number: i + 1, text: raw.trim() }));
  const errors: ImportError[] = [];
  const warnings: ImportWarning[] = [];

  const titleIndex = lines.findIndex((line) => TITLE_LINE.test(line.text));
  const headingIndexes = lines.flatMap((line, i) => (OBJECTIVE_HEADING.test(line.text) ? [i] : []));
  if (titleIndex < 0) {
    errors.push({
      location: null,
      message: "Manca il titolo «Allegato 1 – Obiettivi strategici per l'anno AAAA»: il file non sembra l'allegato degli obiettivi di Regione Lombardia.",
    });
  }
  if (headingIndexes.length === 0) {
    errors.push({ location: null, message: "Nessun obiettivo trovato: attese righe come «Obiettivo 1: TITOLO»." });
  }
  const firstHeading = headingIndexes[0];
  if (titleIndex < 0 || firstHeading === undefined) return { ok: false, errors };

  const titleLine = lines[titleIndex]!;
  const title = TITLE_LINE.exec(titleLine.text)![1]!.trim();
  const year = Number(/\b(20\d{2})\b/.exec(title)?.[1] ?? NaN);
  if (!Number.isInteger(year)) {
    errors.push({ location: where(titleLine.number), message: `Il titolo «${title}» non indica l'anno degli obiettivi (es. «per l'anno 2026»).` });
  }
  if (firstHeading < titleIndex) {
    errors.push({
      location: where(lines[firstHeading]!.number),
      message: `«${lines[firstHeading]!.text}» precede il titolo dell'allegato: atteso prima il titolo, poi l'introduzione e gli obiettivi.`,
    });
  }
  const planId = `lombardia-${year}`;

  const intro = lines.slice(titleIndex + 1, firstHeading);
  const objectives: Objective[] = [];
  const blocks = headingIndexes.map((start, i) => lines.slice(start, headingIndexes[i + 1] ?? lines.length));
  for (const [position, block] of blocks.entries()) {
    const objective = readObjective(block, planId, position, where, errors);
    if (!objective) continue;
    if (objectives.some((o) => o.code === objective.code)) {
      errors.push({ location: where(block[0]!.number), message: `L'obiettivo ${objective.code} compare due volte.` });
      continue;
    }
    objectives.push(objective);
    warnings.push({
      itemType: "objective",
      itemId: objective.id,
      code: "no-targets",
      message:
        `L'obiettivo ${objective.code} «${objective.title}» non ha nel documento peso, indicatori né target: ` +
        `sono riportate solo la quota di risorse («${objective.resourceShareText}») e ` +
        `${countDimensions(objective.dimensions.length)} da osservare. Definire indicatori e target prima del monitoraggio.`,
      location: where(block[0]!.number),
    });
  }
  checkResourceShares(objectives, planId, warnings);
  if (errors.length > 0) return { ok: false, errors };

  const systemNode = readSystemIndicators(intro, planId, where, warnings);
  const assignees = findAssignees(intro, planId, where, warnings);
  const region: Organisation = {
    id: REGION_ID,
    name: "Regione Lombardia",
    shortName: null,
    kind: "region",
    parentId: null,
    taxCode: null,
    address: null,
    email: null,
  };

  const bundle: PlanBundleInput = {
    organisation: region,
    relatedOrganisations: assignees,
    plan: {
      id: planId,
      organisationId: REGION_ID,
      title,
      kind: "objectives_assigned",
      yearFrom: year,
      yearTo: year,
      assignedById: REGION_ID,
      assigneeIds: assignees.map((o) => o.id),
      description: joinParagraphs(intro),
      sourceFile: fileName,
      sourceLayout: LAYOUT,
    },
    nodes: systemNode ? [systemNode.node] : [],
    objectives,
    indicators: systemNode?.indicators ?? [],
    warnings,
  };
  return { ok: true, bundle };
}

/** Reads one "Obiettivo N: …" block, from its heading to the next heading. */
function readObjective(
  block: Line[],
  planId: string,
  position: number,
  where: Where,
  errors: ImportError[],
): Objective | null {
  const heading = block[0]!;
  const [, code, rawTitle] = OBJECTIVE_HEADING.exec(heading.text)!;
  const title = rawTitle!.trim();
  const errorCount = errors.length;
  if (title === "") {
    errors.push({ location: where(heading.number), message: `L'obiettivo ${code} non ha un titolo dopo «Obiettivo ${code}:».` });
  }

  const dimensionsAt = block.findIndex((line) => DIMENSIONS_HEADING.test(line.text));
  const body = dimensionsAt < 0 ? block.slice(1) : block.slice(1, dimensionsAt);
  const shareLines = body.filter((line) => RESOURCE_SHARE_LINE.test(line.text));
  let share: ResourceShare | null = null;
  let shareText: string | null = null;
  if (shareLines.length === 0) {
    errors.push({
      location: where(heading.number),
      message: `L'obiettivo ${code} non ha la riga «Quota di risorse riconosciute al pieno raggiungimento dell'obiettivo: …» (es. «minimo 40%»).`,
    });
  } else if (shareLines.length > 1) {
    errors.push({
      location: where(shareLines[1]!.number),
      message: `L'obiettivo ${code} ha più di una riga «Quota di risorse…» (righe ${shareLines.map((l) => l.number).join(", ")}).`,
    });
  } else {
    const shareLine = shareLines[0]!;
    shareText = RESOURCE_SHARE_LINE.exec(shareLine.text)![1]!.trim().replace(/[.;]$/, "");
    share = parseResourceShare(shareText);
    if (!share) {
      errors.push({
        location: where(shareLine.number),
        message: `Quota di risorse dell'obiettivo ${code} non leggibile: «${shareText}» (attesi «minimo 40%», «massimo 20%», «30%» o «tra 20% e 40%»).`,
      });
    }
  }

  const dimensions: string[] = [];
  const notes: Line[] = [];
  if (dimensionsAt < 0) {
    errors.push({
      location: where(heading.number),
      message: `L'obiettivo ${code} non ha la sezione «Dimensioni da osservare:».`,
    });
  } else {
    readDimensions(block.slice(dimensionsAt + 1), code!, dimensions, notes, where, errors);
    if (dimensions.length === 0) {
      errors.push({
        location: where(block[dimensionsAt]!.number),
        message: `L'obiettivo ${code}: «Dimensioni da osservare» non è seguita da alcuna voce numerata («1. …»).`,
      });
    }
  }
  if (errors.length > errorCount || !share) return null;

  return {
    id: `${planId}:obj-${code}`,
    planId,
    nodeId: null,
    code: code!,
    title,
    description: joinParagraphs(body.filter((line) => !RESOURCE_SHARE_LINE.test(line.text))),
    expectedResult: null,
    stakeholders: null,
    weight: null,
    structureId: null,
    coOwners: null,
    programmingLinks: null,
    notes: joinParagraphs(notes),
    resourceShareMin: share.min,
    resourceShareMax: share.max,
    resourceShareText: shareText,
    dimensions,
    position,
  };
}

/**
 * The numbered list under "Dimensioni da osservare:" ("1. …;"). A line that is not an item continues the one above it
 * (a wrapped line); after a blank line it is kept as a note of the objective rather than dropped.
 */
function readDimensions(
  lines: Line[],
  code: string,
  dimensions: string[],
  notes: Line[],
  where: Where,
  errors: ImportError[],
): void {
  let continuesItem = false;
  for (const line of lines) {
    if (line.text === "") {
      continuesItem = false;
      if (notes.length > 0) notes.push(line);
      continue;
    }
    const numbered = NUMBERED_ITEM.exec(line.text);
    if (numbered) {
      const expected = dimensions.length + 1;
      if (Number(numbered[1]) !== expected) {
        errors.push({
          location: where(line.number),
          message: `L'obiettivo ${code}: attesa la dimensione ${expected}, trovata «${numbered[1]}.» — la numerazione deve essere 1, 2, 3…`,
        });
      }
      dimensions.push(stripListPunctuation(numbered[2]!));
      continuesItem = true;
    } else if (BULLET_ITEM.test(line.text)) {
      // a numbered list saved as HTML (<ol><li>) reaches us as "- …" lines
      dimensions.push(stripListPunctuation(BULLET_ITEM.exec(line.text)![1]!));
      continuesItem = true;
    } else if (continuesItem && dimensions.length > 0 && notes.length === 0) {
      dimensions[dimensions.length - 1] = stripListPunctuation(`${dimensions.at(-1)} ${line.text}`);
    } else {
      notes.push(line);
    }
  }
}

/** The introduction's "- …;" list: the indicators the Osservatorio monitors for the whole system. */
function readSystemIndicators(
  intro: Line[],
  planId: string,
  where: Where,
  warnings: ImportWarning[],
): { node: PlanNode; indicators: Indicator[] } | null {
  const items = intro.flatMap((line) => {
    const bullet = BULLET_ITEM.exec(line.text);
    return bullet ? [{ line, definition: stripListPunctuation(bullet[1]!) }] : [];
  });
  if (items.length === 0) return null;
  const introText = intro.map((line) => line.text).join(" ");
  // "monitoraggio periodico a cura dell'Osservatorio del Mercato del Lavoro" (seed 003)
  const dataSource = /a cura dell['’]\s*(Osservatorio\b.*?)(?:\s+al fine\b|[,.;:]|$)/i.exec(introText)?.[1]?.trim() ?? null;
  const isExample = /a titolo esemplificativo/i.test(introText);
  const nodeId = `${planId}:indicatori-sistema`;
  const node: PlanNode = {
    id: nodeId,
    planId,
    parentId: null,
    kind: "group",
    code: null,
    title: "Indicatori di sistema",
    structureId: null,
    position: 0,
    notes: isExample
      ? "Indicatori della performance del sistema pubblico e privato, elencati nell'introduzione «a titolo esemplificativo»."
      : null,
  };
  const indicators = items.map(({ definition }, i): Indicator => ({
    id: `${nodeId}:ind-${i + 1}`,
    planId,
    objectiveId: null,
    nodeId,
    code: `IS${i + 1}`,
    position: i,
    definition,
    unit: null,
    method: null,
    numeratorLabel: null,
    denominatorLabel: null,
    direction: isLowerBetter(definition) ? "decrease" : "increase",
    dataSource,
    responsibleStructure: null,
    programmingLinks: null,
    baselineText: null,
    baselineValue: null,
    baselineYear: null,
    notes: null,
    cronoprogrammaId: null,
  }));
  warnings.push({
    itemType: "node",
    itemId: nodeId,
    code: "no-targets",
    message: `I ${indicators.length} indicatori di sistema sono elencati senza valori iniziali né target: non ne sono stati aggiunti.`,
    location: where(items[0]!.line.number, items.at(-1)!.line.number),
  });
  return { node, indicators };
}

// Drop-out ("Tasso di abbandono dal percorso di attivazione", seed 003) is the one system indicator where less is
// better; objective 1 asks likewise for a "Riduzione del tasso di caduta".
function isLowerBetter(definition: string): boolean {
  return /\b(abbandono|caduta|dispersione)\b/i.test(definition);
}

/** "Province e Città Metropolitana" are named as a group: we add them from the institutional order and say so. */
function findAssignees(
  intro: Line[],
  planId: string,
  where: Where,
  warnings: ImportWarning[],
): Organisation[] {
  const mention = intro.find((line) => /Province\s+e\s+Citt[àa]\s+Metropolitana/i.test(line.text));
  if (!mention) return [];
  const organisation = (id: string, name: string, shortName: string, kind: Organisation["kind"]): Organisation => ({
    id,
    name,
    shortName,
    kind,
    parentId: REGION_ID,
    taxCode: null,
    address: null,
    email: null,
  });
  const assignees = [
    ...LOMBARD_PROVINCES.map(([slug, name]) => organisation(`provincia-${slug}`, `Provincia di ${name}`, name, "province")),
    organisation("citta-metropolitana-milano", "Città Metropolitana di Milano", "Milano", "metropolitan_city"),
  ];
  warnings.push({
    itemType: "plan",
    itemId: planId,
    code: "assignees-added",
    message:
      "Il documento assegna gli obiettivi a «Province e Città Metropolitana» senza elencarle: sono state aggiunte " +
      `le ${LOMBARD_PROVINCES.length} Province lombarde e la Città Metropolitana di Milano secondo l'ordinamento ` +
      "istituzionale, non dal testo. Verificare l'elenco.",
    location: where(mention.number),
  });
  return assignees;
}

/** The minimum shares alone cannot exceed the whole transfer. */
function checkResourceShares(objectives: Objective[], planId: string, warnings: ImportWarning[]): void {
  const minimumTotal = objectives.reduce((sum, o) => sum + (o.resourceShareMin ?? 0), 0);
  if (minimumTotal > 100) {
    warnings.push({
      itemType: "plan",
      itemId: planId,
      code: "resource-shares-exceed",
      message: `Le quote minime di risorse degli obiettivi sommano a ${minimumTotal}%, oltre il 100%.`,
      location: null,
    });
  }
}

export interface ResourceShare {
  min: number | null;
  max: number | null;
}

/** "minimo 40%" → {min: 40}, "massimo 20%" → {max: 20}, "30%" → {30, 30}, "tra 20% e 40%" → {20, 40}; null otherwise. */
export function parseResourceShare(text: string): ResourceShare | null {
  const percent = String.raw`(\d+(?:,\d+)?)\s*%`;
  const patterns: Array<[RegExp, (a: number, b: number) => ResourceShare]> = [
    [new RegExp(String.raw`^(?:minimo|almeno|non inferiore al?)\s+${percent}$`, "i"), (a) => ({ min: a, max: null })],
    [new RegExp(String.raw`^(?:massimo|fino al?|non superiore al?)\s+${percent}$`, "i"), (a) => ({ min: null, max: a })],
    [new RegExp(String.raw`^(?:tra(?: il)?|dal?)\s+(\d+(?:,\d+)?)\s*%?\s+(?:e(?: il)?|al?)\s+${percent}$`, "i"), (a, b) => ({ min: a, max: b })],
    [new RegExp(String.raw`^(?:pari al?\s+)?${percent}$`, "i"), (a) => ({ min: a, max: a })],
  ];
  for (const [pattern, build] of patterns) {
    const match = pattern.exec(text.trim());
    if (!match) continue;
    const [a, b] = [match[1], match[2]].map((n) => (n === undefined ? NaN : parseItalianNumber(n) ?? NaN));
    const share = build(a!, b!);
    const values = [share.min, share.max].filter((v): v is number => v !== null);
    if (values.some((v) => !Number.isFinite(v) || v < 0 || v > 100)) return null;
    if (share.min !== null && share.max !== null && share.min > share.max) return null;
    return share;
  }
  return null;
}

/** Seeds from Word come as plain text; a fragment saved as HTML is reduced to its text first. */
function toPlainText(source: string): { text: string; fromHtml: boolean } {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return MARKUP.test(text) ? { text: htmlToPlainText(text), fromHtml: true } : { text, fromHtml: false };
}

function countDimensions(count: number): string {
  return count === 1 ? "una dimensione" : `${count} dimensioni`;
}

function stripListPunctuation(text: string): string {
  return text.trim().replace(/\s*[;.,]$/, "").trim();
}

/** Paragraphs as written: lines of a paragraph on separate lines, paragraphs separated by one blank line. */
function joinParagraphs(lines: Line[]): string | null {
  const text = lines
    .map((line) => line.text)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return text === "" ? null : text;
}
