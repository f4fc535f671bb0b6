// Importer for the ARTI "Monitoraggio intermedio al 30/06/2021" layout (seed 004): the main table of
// objectives and indicators with their mid-year values, followed by the "ARTI crono N" timelines.
// Pure: text in, plan bundle (or errors naming the line) out. Ids are deterministic so a re-import is idempotent.
import { ARTI_SCALE, type ImportWarning, type PlanBundleInput } from "../../domain/model";
import { formatItalianNumber as fmt, isPercentText, parseItalianNumber } from "../../domain/italian";
import type { ImportError, ImportResult, TextImporter } from "./types";
import { type CronoSection, readCronoSections } from "./arti/cronoprogrammi";
import { ASSESSMENT_CELL, type IndicatorRow, type MainTable, type ObjectiveRow, readMainTable } from "./arti/main-table";
import { readSourceLines, valueOrNull, location } from "./arti/source-lines";
import { findStatedFigures } from "./arti/stated-figures";
import { StructureRegistry } from "./arti/structures";

export const ARTI_ORGANISATION_ID = "arti-toscana";
export const REGIONE_TOSCANA_ID = "regione-toscana";
const LAYOUT = "arti-monitoraggio";

type Bundle = Required<Pick<PlanBundleInput, "nodes" | "objectives" | "cronoprogrammi" | "phases" | "indicators" | "targets" | "measurements" | "warnings">>;

export const artiMonitoraggioImporter: TextImporter = {
  layout: LAYOUT,
  description: "ARTI Toscana – Monitoraggio intermedio degli obiettivi (tabella per ambito strategico e cronoprogrammi)",
  detect(text: string): boolean {
    return (
      /MONITORAGGIO INTERMEDIO AL\s+\d/i.test(text) &&
      /\tAMBITO STRATEGICO\t/i.test(text) &&
      /Valutazione sintetica/i.test(text)
    );
  },
  parse(text: string, fileName: string): ImportResult {
    return parseArtiMonitoraggio(text, fileName);
  },
};

export function parseArtiMonitoraggio(text: string, fileName: string): ImportResult {
  const errors: ImportError[] = [];
  const lines = readSourceLines(text);
  // A Windows-1252 file read as UTF-8 turns "à" into U+FFFD: stop rather than import "dignit� del lavoro".
  const garbled = lines.find((l) => l.raw.includes("\uFFFD"));
  if (garbled) {
    return {
      ok: false,
      errors: [
        {
          location: location(garbled.number, garbled.raw.split("\t").findIndex((c) => c.includes("\uFFFD")) + 1),
          message:
            "Il testo contiene caratteri non leggibili («\uFFFD»): il file non è stato letto con la codifica giusta. " +
            "Salvarlo in UTF-8 oppure importarlo indicando la codifica Windows-1252.",
        },
      ],
    };
  }
  const table = readMainTable(lines, errors);
  if (!table) return { ok: false, errors };
  const cronos = readCronoSections(lines, table.endIndex, errors);
  if (errors.length > 0) return { ok: false, errors };
  if (table.areas.length === 0) {
    return { ok: false, errors: [{ location: null, message: "La tabella principale non contiene alcun obiettivo." }] };
  }
  return new BundleBuilder(table, cronos, fileName).build();
}

/** "Si veda il cronoprogramma ARTI 5" → 5. */
function cronoReferences(...texts: Array<string | null>): number[] {
  const found = new Set<number>();
  for (const t of texts) for (const m of (t ?? "").matchAll(/cronoprogramma\s+ARTI\s+(\d+)/gi)) found.add(Number(m[1]));
  return [...found];
}

/** Act references cited in a title: "Decreto Legge 4/2015", "DL 4/2019", "DGRT 988/19". */
function citedActs(title: string): Map<string, string> {
  const acts = new Map<string, string>();
  const pattern = /\b(Decreto Legge|Decreto Legislativo|D\.?\s?Lgs\.?|D\.?L\.?|DGRT?|DD|DM|L\.)\s*(?:n\.\s*)?(\d+\/\d+)/gi;
  for (const m of title.matchAll(pattern)) acts.set(m[2]!.split("/")[0]!, m[0]);
  return acts;
}

class BundleBuilder {
  private readonly planId: string;
  private readonly periodId: string;
  private readonly structures = new StructureRegistry(ARTI_ORGANISATION_ID, REGIONE_TOSCANA_ID);
  private readonly out: Bundle = {
    nodes: [],
    objectives: [],
    cronoprogrammi: [],
    phases: [],
    indicators: [],
    targets: [],
    measurements: [],
    warnings: [],
  };
  private readonly errors: ImportError[] = [];
  /** crono number → the objective and indicator whose notes name it. */
  private readonly cronoOwners = new Map<number, { objective: ObjectiveRow; objectiveId: string }>();

  constructor(
    private readonly table: MainTable,
    private readonly cronos: CronoSection[],
    private readonly fileName: string,
  ) {
    this.planId = `arti-${table.firstYear}`;
    this.periodId = `${this.planId}:${table.cutoffText.replace(/\//g, "-")}`;
  }

  build(): ImportResult {
    for (const area of this.table.areas)
      for (const objective of area.objectives)
        for (const indicator of objective.indicators) this.structures.register(indicator.responsible);
    for (const crono of this.cronos) for (const phase of crono.phases) this.structures.register(phase.responsibleStructure);

    this.addObjectives();
    this.checkWeights();
    this.addCronoprogrammi();
    if (this.errors.length > 0) return { ok: false, errors: this.errors };

    const table = this.table;
    return {
      ok: true,
      bundle: {
        organisation: {
          id: ARTI_ORGANISATION_ID,
          name: "Agenzia Regionale Toscana per l'Impiego (ARTI)",
          shortName: "ARTI",
          kind: "agency",
          parentId: REGIONE_TOSCANA_ID,
        },
        relatedOrganisations: [{ id: REGIONE_TOSCANA_ID, name: "Regione Toscana", shortName: null, kind: "region" }],
        structures: this.structures.list(),
        plan: {
          id: this.planId,
          organisationId: ARTI_ORGANISATION_ID,
          title: table.planTitle ?? `Monitoraggio intermedio obiettivi ${table.firstYear} - ARTI`,
          kind: "monitoring_report",
          yearFrom: table.firstYear,
          yearTo: Math.max(table.firstYear, table.laterYears.to),
          sourceFile: this.fileName,
          sourceLayout: LAYOUT,
          assessmentScale: ARTI_SCALE,
        },
        periods: [
          {
            id: this.periodId,
            planId: this.planId,
            label: `Monitoraggio intermedio al ${table.cutoffText}`,
            cutoffDate: table.cutoffDate,
            kind: "intermediate",
          },
        ],
        ...this.out,
      },
    };
  }

  private warn(warning: Omit<ImportWarning, "itemId" | "location"> & { itemId?: string | null; location?: string | null }) {
    this.out.warnings.push({ itemId: null, location: null, ...warning });
  }

  private addObjectives() {
    let position = 0;
    this.table.areas.forEach((area, areaIndex) => {
      const nodeId = `${this.planId}:ambito-${area.code}`;
      this.out.nodes.push({ id: nodeId, planId: this.planId, kind: "strategic_area", code: area.code, title: area.title, position: areaIndex });
      for (const objective of area.objectives) this.addObjective(objective, nodeId, position++);
    });
  }

  private addObjective(objective: ObjectiveRow, nodeId: string, position: number) {
    const id = `${this.planId}:obj-${objective.code}`;
    const first = objective.indicators[0]!;
    const where = location(objective.line);
    let weight: number | null = null;
    if (objective.weight) {
      weight = parseItalianNumber(objective.weight.text);
      if (weight == null || weight < 0 || weight > 100) {
        this.errors.push({
          location: location(objective.line, objective.weight.column),
          message: `Obiettivo ${objective.code}: peso «${objective.weight.text}» non valido (atteso un valore tra 0 e 100, es. «6,00%»).`,
        });
        weight = null;
      }
    } else {
      this.warn({
        itemType: "objective",
        itemId: id,
        code: "missing-weight",
        message: `Obiettivo ${objective.code}: la ${where} non ha il peso (colonna «Peso %»); il peso resta non indicato.`,
        location: where,
      });
    }
    // "Obiettivo condiviso con … (obiettivo di filiera)" (1.1, 1.2): the sentence of the notes that says it.
    const coOwners =
      (first.notes ?? "")
        .split(/(?<=\.)\s+(?=[A-Z])/)
        .find((s) => /obiettivo condiviso con|obiettivo di filiera|in corresponsabilit/i.test(s))
        ?.replace(/\.$/, "") ?? null;
    this.out.objectives.push({
      id,
      planId: this.planId,
      nodeId,
      code: objective.code,
      title: objective.title,
      weight,
      structureId: this.structures.idOf(first.responsible),
      coOwners,
      programmingLinks: first.programmingLinks,
      notes: first.notes,
      position,
    });
    objective.indicators.forEach((row, index) => this.addIndicator(objective, id, row, index));
  }

  private addIndicator(objective: ObjectiveRow, objectiveId: string, row: IndicatorRow, index: number) {
    const id = `${objectiveId}:ind-${index + 1}`;
    const label = `Obiettivo ${objective.code}, indicatore ${index + 1}`;
    const where = location(row.line);
    const definition = row.definition.text;
    const isProgress = /secondo il cronoprogramma/i.test(definition);
    // A ratio "A/B" (1.6 "Numero istruttorie effettuate/numero domande pervenute"); "fiere /eventi … / recruitment
    // days secondo il cronoprogramma" (1.3) has slashes but is a list, hence one slash and not a progress indicator.
    const parts = definition.split("/");
    const isRatio = !isProgress && parts.length === 2;

    const crono = cronoReferences(row.notes, row.monitoringNote);
    if (crono.length > 1) {
      this.warn({
        itemType: "indicator",
        itemId: id,
        code: "crono-ambiguous",
        message: `${label} (${where}): le note richiamano più cronoprogrammi (${crono.map((n) => `ARTI ${n}`).join(", ")}); collegato al primo.`,
        location: where,
      });
    }
    for (const n of crono.slice(0, 1)) {
      if (!this.cronoOwners.has(n)) this.cronoOwners.set(n, { objective, objectiveId });
    }
    const cronoNumber = crono[0];
    const cronoExists = cronoNumber != null && this.cronos.some((c) => c.number === cronoNumber);
    if (cronoNumber != null && !cronoExists) {
      this.warn({
        itemType: "indicator",
        itemId: id,
        code: "crono-missing",
        message: `${label} (${where}): le note richiamano il cronoprogramma ARTI ${cronoNumber}, che non è presente nel file.`,
        location: where,
      });
    }

    const baseline = valueOrNull(row.baseline);
    const baselineParts = baseline?.match(/^(.+?)\s+dato\s+(\d{4})$/i);
    const hasPercent = [row.baseline, row.targetFirstYear, row.targetLaterYears, row.achieved?.text ?? ""].some(isPercentText);
    this.out.indicators.push({
      id,
      planId: this.planId,
      objectiveId,
      code: `${objective.code}.${index + 1}`,
      position: index,
      definition,
      unit: hasPercent ? "%" : null,
      method: isRatio ? definition : null,
      numeratorLabel: isRatio ? parts[0]!.trim() : null,
      denominatorLabel: isRatio ? parts[1]!.trim() : null,
      direction: isProgress ? "progress" : "increase",
      dataSource: row.dataSource,
      responsibleStructure: row.responsible,
      programmingLinks: row.programmingLinks,
      baselineText: baseline,
      baselineValue: parseItalianNumber(baselineParts ? baselineParts[1] : baseline),
      baselineYear: baselineParts ? Number(baselineParts[2]) : null,
      notes: row.notes,
      cronoprogrammaId: cronoExists ? `${this.planId}:crono-${cronoNumber}` : null,
    });

    const { firstYear, laterYears, targetLabels } = this.table;
    const targets = [
      { text: row.targetFirstYear, label: targetLabels.firstYear, from: firstYear, to: firstYear },
      { text: row.targetLaterYears, label: targetLabels.laterYears, from: laterYears.from, to: laterYears.to },
    ];
    targets.forEach((t, position) => {
      const text = valueOrNull(t.text);
      if (!text) return;
      this.out.targets.push({
        id: `${id}:target-${t.from === t.to ? t.from : `${t.from}-${t.to}`}`,
        indicatorId: id,
        position,
        label: t.label,
        yearFrom: t.from,
        yearTo: t.to,
        text,
      });
    });

    if (row.missingColumns.length > 0) {
      this.warn({
        itemType: "indicator",
        itemId: id,
        code: "missing-cells",
        message:
          `${label} (${where}): la riga non ha le celle ${row.missingColumns.map((c) => `«${c}»`).join(", ")}; ` +
          (row.assessment
            ? "le celle presenti sono state allineate alla «Valutazione sintetica» in fondo alla riga e le altre lasciate vuote."
            : "le celle presenti sono state lette nell'ordine dell'intestazione e le altre lasciate vuote."),
        location: where,
      });
    }
    this.addMeasurement(label, id, row);
  }

  private addMeasurement(label: string, indicatorId: string, row: IndicatorRow) {
    const where = location(row.line);
    const valueText = row.achieved?.text ?? null;
    const value = parseItalianNumber(valueOrNull(valueText));
    if (valueOrNull(valueText) != null && value == null) {
      this.warn({
        itemType: "measurement",
        itemId: indicatorId,
        code: "value-not-numeric",
        message: `${label} (${location(row.line, row.achieved!.column)}): valore conseguito «${valueText}» non numerico, conservato come testo.`,
        location: location(row.line, row.achieved!.column),
      });
    }
    const assessmentLevel = row.assessment ? Number(row.assessment.match(ASSESSMENT_CELL)![1]) : null;
    if (assessmentLevel != null && !ARTI_SCALE.levels.some((l) => l.level === assessmentLevel)) {
      this.warn({
        itemType: "measurement",
        itemId: indicatorId,
        code: "assessment-unknown",
        message: `${label} (${where}): valutazione «${row.assessment}» fuori dalla scala ARTI (livelli da 1 a 5).`,
        location: where,
      });
    }
    // Numerator and denominator are not columns of the ARTI table: they come from the prose of the notes
    // (see stated-figures.ts for the sentences of seed 004 they are read from).
    const figures = findStatedFigures(row.monitoringNote, row.notes);
    if (figures && value != null) this.checkStatedFigures(label, indicatorId, row, value, figures);
    this.out.measurements.push({
      id: `${indicatorId}:${this.table.cutoffText.replace(/\//g, "-")}`,
      indicatorId,
      periodId: this.periodId,
      value,
      valueText,
      numerator: figures?.numerator ?? null,
      denominator: figures?.denominator ?? null,
      note: row.monitoringNote,
      source: row.dataSource,
      assessmentLevel,
      assessmentText: row.assessment,
    });
  }

  private checkStatedFigures(
    label: string,
    indicatorId: string,
    row: IndicatorRow,
    value: number,
    figures: { numerator: number | null; denominator: number | null },
  ) {
    const where = location(row.line);
    const { numerator, denominator } = figures;
    const stated = row.achieved!.text;
    if (numerator != null && denominator) {
      const computed = (numerator / denominator) * 100;
      // The sheet writes two decimals: anything further than half a hundredth is not a rounding of the ratio.
      if (Math.abs(computed - value) > 0.005 + 1e-9) {
        this.warn({
          itemType: "measurement",
          itemId: indicatorId,
          code: "value-mismatch",
          message:
            `${label} (${where}): dalle note ${fmt(numerator)} / ${fmt(denominator)} = ${fmt(computed, 2)}%, ` +
            `il valore conseguito riportato è ${stated}; si conserva il valore riportato.`,
          location: where,
        });
      }
    } else if (denominator != null) {
      this.warn({
        itemType: "measurement",
        itemId: indicatorId,
        code: "numerator-unclear",
        message:
          `${label} (${where}): la nota di monitoraggio indica il totale (${fmt(denominator)}) ma non un numeratore univoco; ` +
          `il numeratore resta vuoto e si conserva il valore riportato ${stated}.`,
        location: where,
      });
    }
  }

  private checkWeights() {
    const stated = this.table.statedWeightTotal;
    if (!stated) return;
    const statedValue = parseItalianNumber(stated.text);
    const objectives = this.out.objectives;
    const sum = Math.round(objectives.reduce((s, o) => s + (o.weight ?? 0), 0) * 100) / 100;
    if (statedValue == null || Math.abs(sum - statedValue) < 0.005) return;
    const missing = objectives.filter((o) => o.weight == null).map((o) => o.code);
    this.warn({
      itemType: "plan",
      itemId: this.planId,
      code: "weights-sum",
      message:
        `La somma dei pesi degli obiettivi è ${fmt(sum, 2)}% mentre la tabella riporta ${stated.text} (${location(stated.line)})` +
        (missing.length > 0 ? `; senza peso: ${missing.join(", ")}.` : "."),
      location: location(stated.line),
    });
  }

  private addCronoprogrammi() {
    for (const crono of this.cronos) {
      const id = `${this.planId}:crono-${crono.number}`;
      const owner = this.cronoOwners.get(crono.number);
      if (!owner) {
        this.errors.push({
          location: location(crono.line),
          message: `Il cronoprogramma ARTI ${crono.number} non è richiamato da nessun obiettivo («Si veda il cronoprogramma ARTI ${crono.number}»).`,
        });
        continue;
      }
      this.out.cronoprogrammi.push({
        id,
        objectiveId: owner.objectiveId,
        code: `ARTI ${crono.number}`,
        title: crono.title,
        targetText: crono.targetText,
        dueDate: crono.dueDate,
      });
      this.checkCronoTitle(crono, owner.objective, id);
      for (const phase of crono.phases) {
        const { line, ...fields } = phase;
        this.out.phases.push({ id: `${id}:fase-${phase.number}`, cronoprogrammaId: id, ...fields });
        if (phase.actualEndText == null && phase.monitoringNote == null && phase.dataSource == null) {
          this.warn({
            itemType: "phase",
            itemId: `${id}:fase-${phase.number}`,
            code: "missing-monitoring",
            message: `ARTI crono ${crono.number}, fase ${phase.number} (${location(line)}): nessun dato di monitoraggio (fine effettiva, note e fonte dati vuote).`,
            location: location(line),
          });
        }
      }
      this.checkPhaseWeights(crono, id);
    }
  }

  /** Titles may abbreviate ("cpi", "DGRT"); they must not cite a different act (crono 4 "DL 4/2019" vs 1.4 "Decreto Legge 4/2015"). */
  private checkCronoTitle(crono: CronoSection, objective: ObjectiveRow, id: string) {
    const inObjective = citedActs(objective.title);
    for (const [number, written] of citedActs(crono.title)) {
      const other = inObjective.get(number);
      if (other && other.replace(/\D+/g, "/") !== written.replace(/\D+/g, "/")) {
        this.warn({
          itemType: "cronoprogramma",
          itemId: id,
          code: "title-mismatch",
          message:
            `ARTI crono ${crono.number} (${location(crono.titleLine)}): il titolo cita «${written}» mentre l'obiettivo ` +
            `${objective.code} (${location(objective.line)}) cita «${other}».`,
          location: location(crono.titleLine),
        });
      }
    }
  }

  private checkPhaseWeights(crono: CronoSection, id: string) {
    const sum = Math.round(crono.phases.reduce((s, p) => s + (p.weight ?? 0), 0) * 100) / 100;
    const expected = crono.statedTotal?.value ?? 100;
    if (Math.abs(sum - expected) < 0.005) return;
    const where = location(crono.statedTotal?.line ?? crono.line);
    this.warn({
      itemType: "cronoprogramma",
      itemId: id,
      code: "phase-weights-sum",
      message: `ARTI crono ${crono.number}: la somma dei pesi delle fasi è ${fmt(sum, 2)}% invece di ${fmt(expected, 2)}% (${where}).`,
      location: where,
    });
  }
}
