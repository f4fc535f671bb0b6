// Importer for ANPAL Servizi's "Rapporto sui risultati" (seed 002, the 2019 report, May 2020): the result
// indicators by Missione/Programma, the three budget tables of the Piano Operativo, the spending programme
// sheets and the tables reported in them. The pieces live in ./anpal/; this file puts the plan together.
import type { PlanBundleInput } from "../../domain/model";
import type {
  MonitoringPeriodInput as MonitoringPeriod,
  OrganisationInput as Organisation,
  PlanNodeInput as PlanNode,
} from "./anpal/bundle-types";
import { readBudgetTables } from "./anpal/budget-tables";
import { IssueLog } from "./anpal/issues";
import { collectFootnotes, isBlank, isTabRow, location, normaliseName, splitLines, type SourceLine } from "./anpal/lines";
import { programmeKey, readProgrammeHeadings, type Heading } from "./anpal/programme-headings";
import { readResultIndicators, type ResultIndicators } from "./anpal/result-indicators";
import { readSpendingProgrammes } from "./anpal/spending-programmes";
import type { ImportResult, TextImporter } from "./types";

export const ANPAL_RAPPORTO_LAYOUT = "anpal-rapporto";

const TITLE = /^RAPPORTO SUI RISULTATI\s+(\d{4})$/i;

const ANPAL_SERVIZI: Organisation = {
  id: "anpal-servizi",
  name: "ANPAL Servizi S.p.A.",
  shortName: "ANPAL Servizi",
  kind: "agency",
  // "La Società è sottoposta al controllo analogo dell'ANPAL" (seed 002 line 51).
  parentId: "anpal",
  taxCode: null,
  address: null,
  email: null,
};

const ANPAL: Organisation = {
  id: "anpal",
  name: "ANPAL - Agenzia nazionale per le politiche attive del lavoro",
  shortName: "ANPAL",
  kind: "agency",
  parentId: null,
  taxCode: null,
  address: null,
  email: null,
};

export const anpalRapportoImporter: TextImporter = {
  layout: ANPAL_RAPPORTO_LAYOUT,
  description:
    "ANPAL Servizi – Rapporto sui risultati: indicatori di risultato per Missione e Programma, budget del Piano " +
    "Operativo, schede dei programmi di spesa",
  detect: detectAnpalRapporto,
  parse: parseAnpalRapporto,
};

/** The title "RAPPORTO SUI RISULTATI 2019", ANPAL Servizi and the result indicator tables. */
export function detectAnpalRapporto(text: string): boolean {
  const lines = splitLines(text.slice(0, 5000));
  return (
    lines.some((l) => TITLE.test(l.text.trim())) &&
    text.includes("ANPAL Servizi") &&
    /INDICATORI DI RISULTATO/.test(text)
  );
}

export function parseAnpalRapporto(text: string, fileName: string): ImportResult {
  const lines = splitLines(text);
  const titleLine = lines.find((l) => !isTabRow(l) && TITLE.test(l.text.trim()));
  if (!titleLine) {
    return {
      ok: false,
      errors: [
        {
          location: null,
          message:
            "Titolo «RAPPORTO SUI RISULTATI AAAA» non trovato: " +
            "il file non sembra un Rapporto sui risultati di ANPAL Servizi.",
        },
      ],
    };
  }
  const year = Number(titleLine.text.trim().match(TITLE)![1]);
  const planId = `anpal-servizi-${year}`;
  const issues = new IssueLog();
  const footnotes = collectFootnotes(lines);
  const period: MonitoringPeriod = {
    id: `${planId}:consuntivo-${year}`,
    planId,
    label: `Consuntivo ${year}`,
    cutoffDate: `${year}-12-31`,
    kind: "final",
  };

  const results = readResultIndicators(lines, { planId, year, periodId: period.id, footnotes, issues });
  const budgets = readBudgetTables(lines, planId, issues);
  const { headings, descriptions } = readProgrammeHeadings(lines);
  const spending = readSpendingProgrammes(lines, headings, footnotes, planId, issues);
  annotateNodes(results, headings, descriptions, issues);

  if (issues.errors.length > 0) return { ok: false, errors: issues.errors };

  const bundle: PlanBundleInput = {
    organisation: ANPAL_SERVIZI,
    relatedOrganisations: [ANPAL],
    plan: {
      id: planId,
      organisationId: ANPAL_SERVIZI.id,
      title: `Rapporto sui risultati ${year}`,
      kind: "operating_plan",
      yearFrom: year,
      // "Pianificazione 2019 2021": the targets reach beyond the reported year.
      yearTo: Math.max(year, ...results.targets.map((t) => t.yearTo ?? year)),
      description: missionParagraph(lines),
      sourceFile: fileName,
      sourceLayout: ANPAL_RAPPORTO_LAYOUT,
    },
    nodes: results.nodes,
    objectives: results.objectives,
    indicators: results.indicators,
    targets: results.targets,
    periods: [period],
    measurements: results.measurements,
    budgetTables: budgets.budgetTables,
    budgetLines: budgets.budgetLines,
    spendingProgrammes: spending.spendingProgrammes,
    reportedTables: spending.reportedTables,
    warnings: issues.warnings,
  };
  return { ok: true, bundle };
}

/** The first paragraph under "La mission di ANPAL Servizi" (seed 002 line 41), as the plan's description. */
function missionParagraph(lines: SourceLine[]): string | null {
  const heading = lines.findIndex((l) => !isTabRow(l) && /^La mission di ANPAL Servizi$/i.test(l.text.trim()));
  if (heading < 0) return null;
  const paragraph = lines.slice(heading + 1).find((l) => !isBlank(l));
  return paragraph && !isTabRow(paragraph) ? paragraph.text.trim() : null;
}

/**
 * Gives each Programma node the "Descrizione del programma" of the sheets' section and checks that the indicator
 * table and the headings name Missioni and Programmi alike (seed 002 line 309 writes "politiche di integrazione
 * e sociale", the headings at lines 334 and 687 "politiche di integrazione sociale").
 */
function annotateNodes(
  results: ResultIndicators,
  headings: Heading[],
  descriptions: Map<string, { text: string; line: number }>,
  issues: IssueLog,
): void {
  for (const node of results.nodes) {
    const missionCode = node.kind === "mission" ? node.code : parentOf(results.nodes, node)?.code;
    if (!missionCode || !node.code) continue;
    const heading = headings.find(
      (h) => h.kind === node.kind && h.code === node.code && (h.kind === "mission" || h.missionCode === missionCode),
    );
    if (node.kind === "programme") {
      const description = descriptions.get(programmeKey(missionCode, node.code));
      if (description) node.notes = [description.text, node.notes].filter(Boolean).join("\n");
    }
    if (!heading || normaliseName(heading.title) === normaliseName(node.title)) continue;
    const label = node.kind === "mission" ? "Missione" : "Programma";
    issues.warn({
      itemType: "node",
      itemId: node.id,
      code: "name-mismatch",
      message:
        `${label} ${node.code}: la tabella indicatori scrive «${node.title}», il titolo alla ${location(heading.line)} ` +
        `«${heading.title}». Mantenuto il testo della tabella.`,
      line: results.nodeLines.get(node.id) ?? null,
    });
  }
}

function parentOf(nodes: PlanNode[], node: PlanNode): PlanNode | undefined {
  return nodes.find((n) => n.id === node.parentId);
}
