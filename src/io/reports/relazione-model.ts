// The Relazione sulla performance as plain data, before any format: every figure is the evaluation's
// (PlanEvaluation), already written the Italian way ("188,94%", "30/06/2021", "37.787"), so the DOCX, the PDF
// and the public page print the same words and numbers. Pure: the date of the document is passed in.
import { formatDate, formatNumber, formatPercent } from "../../domain/evaluation/explain";
import type { PlanEvaluation } from "../../domain/evaluation/evaluate-plan";
import type { Finding } from "../../domain/evaluation/findings";
import type { IndicatorEvaluation } from "../../domain/evaluation/indicator-evaluation";
import { checkRoleWeighting } from "../../domain/evaluation/individual";
import { isNotComputable, sum } from "../../domain/evaluation/result";
import type { StatusShare, WeightedScore } from "../../domain/evaluation/rollup";
import type { AssessmentLevel, Indicator, Measurement, Objective, Plan, PlanBundle } from "../../domain/model";
import type { NotComputable } from "../../domain/evaluation/result";
import type { z } from "zod";

export type Tone = z.infer<typeof AssessmentLevel>["tone"];

export interface ScoreRow {
  label: string;
  /** "98,15%" or "non calcolabile". */
  score: string;
  /** the number behind `score`, for charts; null when not computable. */
  value: number | null;
  objectives: number;
  /** how the score was obtained, or why it could not be. */
  explanation: string;
}

export interface StatusRow {
  label: string;
  tone: Tone;
  count: number;
  /** "91,30%". */
  share: string;
}

export interface IndicatorRow {
  /** "ARTI 1.5.2". */
  label: string;
  definition: string;
  baseline: string;
  target: string;
  actual: string;
  achievement: string;
  score: string;
  status: string;
  tone: Tone;
  /** monitoring note, the reason a figure is missing, the evaluator's correction. */
  note: string;
  source: string;
  explanation: string;
}

export interface StepRow {
  description: string;
  planned: string;
  actual: string;
}

export interface PhaseRow {
  number: string;
  description: string;
  output: string;
  plannedStart: string;
  plannedEnd: string;
  responsible: string;
  weight: string;
  actualEnd: string;
  note: string;
}

export interface CronoprogrammaBlock {
  code: string;
  title: string;
  due: string;
  /** "Avanzamento al 30/06/2021: 15,00% (evaluation)", or null when no indicator follows it. */
  progress: string | null;
  phases: PhaseRow[];
  weightsTotal: string;
}

export interface ObjectiveSection {
  /** for links inside the document: "obiettivo-1-5". */
  anchor: string;
  /** "Obiettivo 1.5". */
  label: string;
  heading: string;
  area: string;
  structure: string;
  weight: string;
  expectedResult: string | null;
  description: string | null;
  stakeholders: string | null;
  coOwners: string | null;
  programmingLinks: string | null;
  notes: string | null;
  score: string;
  status: string;
  tone: Tone;
  scoreExplanation: string;
  indicators: IndicatorRow[];
  steps: StepRow[];
  cronoprogrammi: CronoprogrammaBlock[];
}

export interface FindingRow {
  severity: string;
  item: string;
  message: string;
}

export interface PesaturaRow {
  role: string;
  organisational: string;
  individual: string;
  behaviour: string;
  total: string;
  check: string;
}

export interface RelazioneReport {
  title: string;
  subtitle: string;
  organisation: { name: string; details: string[] };
  plan: { title: string; kind: string; years: string; approval: string; state: string };
  period: { label: string; cutoffDate: string; kind: string } | null;
  generatedOn: string;
  /** "Traguardo", keywords for the document properties. */
  keywords: string[];
  summary: {
    score: string;
    scoreValue: number | null;
    scoreExplanation: string;
    paragraphs: string[];
    objectivesByStatus: StatusRow[];
    indicatorsByStatus: StatusRow[];
  };
  areas: ScoreRow[];
  structures: ScoreRow[];
  objectives: ObjectiveSection[];
  findings: FindingRow[];
  importWarnings: FindingRow[];
  pesature: { rows: PesaturaRow[]; paragraph: string } | null;
}

const PLAN_KIND: Record<Plan["kind"], string> = {
  performance_plan: "Piano della performance",
  objectives_assigned: "Obiettivi assegnati",
  operating_plan: "Piano operativo",
  monitoring_report: "Monitoraggio",
};
const PLAN_STATE: Record<Plan["state"], string> = { draft: "bozza", approved: "approvato", revised: "revisionato" };
const SEVERITY = { error: "Errore", warning: "Avviso", info: "Informazione" } as const;
const DASH = "—";

function scoreText(score: WeightedScore | NotComputable | null | undefined): string {
  if (!score) return DASH;
  return isNotComputable(score) ? "non calcolabile" : formatPercent(score.value);
}

function scoreValue(score: WeightedScore | NotComputable): number | null {
  return isNotComputable(score) ? null : score.value;
}

function explanationOf(score: WeightedScore | NotComputable): string {
  return isNotComputable(score) ? score.reason : score.explanation.text;
}

function toneOf(bundle: PlanBundle, level: number | null): Tone {
  return bundle.plan.assessmentScale.levels.find((l) => l.level === level)?.tone ?? "grey";
}

function statusRows(bundle: PlanBundle, shares: readonly StatusShare[]): StatusRow[] {
  return shares.map((s) => ({ label: s.label, tone: toneOf(bundle, s.level), count: s.count, share: formatPercent(s.share) }));
}

function years(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

function isPercentIndicator(bundle: PlanBundle, indicator: Indicator, evaluation: IndicatorEvaluation | null): boolean {
  const target = bundle.targets.find((t) => t.id === evaluation?.targetId) ?? bundle.targets.find((t) => t.indicatorId === indicator.id);
  const parsed = target?.parsed;
  if (parsed?.kind === "threshold") return parsed.isPercent;
  if (parsed?.kind === "relative") return parsed.unit === "%";
  return indicator.unit?.trim() === "%";
}

function isBlank(text: string | null | undefined): boolean {
  const t = text?.trim() ?? "";
  return t === "" || t === "-" || t === "–";
}

/** The value as the organisation wrote it; else the measured number; else the cronoprogramma's progress. */
function actualText(bundle: PlanBundle, indicator: Indicator, result: IndicatorEvaluation | null, measurement: Measurement | null): string {
  if (measurement && !isBlank(measurement.valueText)) return measurement.valueText!.trim();
  const percent = isPercentIndicator(bundle, indicator, result);
  if (measurement?.numerator != null && measurement.denominator != null) {
    return `${formatNumber(measurement.numerator)} / ${formatNumber(measurement.denominator)}`;
  }
  if (measurement?.value != null) return percent ? formatPercent(measurement.value) : formatNumber(measurement.value);
  if (result?.model === "cronoprogramma" && result.achievement.kind === "computed" && result.achievement.actual !== null) {
    return `avanzamento ${formatPercent(result.achievement.actual)}`;
  }
  return DASH;
}

function indicatorRow(bundle: PlanBundle, indicator: Indicator, result: IndicatorEvaluation | null, prefix: string | null): IndicatorRow {
  const measurement = result?.measurementId ? (bundle.measurements.find((m) => m.id === result.measurementId) ?? null) : null;
  const target = result?.targetText ?? bundle.targets.filter((t) => t.indicatorId === indicator.id).sort((a, b) => a.position - b.position)[0]?.text ?? DASH;
  const notes: string[] = [];
  if (measurement?.note) notes.push(measurement.note);
  let achievement = DASH;
  let score = DASH;
  let explanation = "";
  if (result) {
    if (result.achievement.kind === "computed") {
      achievement = formatPercent(result.achievement.percent);
      explanation = result.achievement.explanation.text;
    } else if (result.hasValue) {
      achievement = "non calcolabile";
      notes.push(result.achievement.reason);
    } else {
      // nothing measured yet: the achievement is missing, not failed
      explanation = result.achievement.reason;
      if (notes.length === 0) notes.push(result.achievement.reason);
    }
    if (result.score) score = result.score.kind === "computed" ? formatPercent(result.score.value) : "non calcolabile";
    if (result.status.override) notes.push(`Livello corretto da ${result.status.override.by} il ${formatDate(result.status.override.at)}: ${result.status.override.reason}`);
  }
  const baseline = !isBlank(indicator.baselineText)
    ? indicator.baselineText!
    : indicator.baselineValue !== null
      ? `${formatNumber(indicator.baselineValue)}${indicator.baselineYear ? ` (${indicator.baselineYear})` : ""}`
      : DASH;
  return {
    label: result?.label ?? (prefix ? `${prefix} ${indicator.code}` : indicator.code),
    definition: indicator.definition,
    baseline,
    target,
    actual: actualText(bundle, indicator, result, measurement),
    achievement,
    score,
    status: result?.status.effective?.label ?? DASH,
    tone: toneOf(bundle, result?.status.effective?.level ?? null),
    note: notes.join(" — "),
    source: indicator.dataSource ?? measurement?.source ?? DASH,
    explanation,
  };
}

function anchorOf(objective: Objective): string {
  return `obiettivo-${objective.code.replace(/[^0-9A-Za-z]+/g, "-")}`;
}

function cronoprogrammaBlocks(bundle: PlanBundle, objective: Objective, evaluation: PlanEvaluation | null): CronoprogrammaBlock[] {
  return bundle.cronoprogrammi
    .filter((c) => c.objectiveId === objective.id)
    .map((crono) => {
      const phases = bundle.phases.filter((p) => p.cronoprogrammaId === crono.id).sort((a, b) => a.number - b.number);
      const follower = evaluation?.indicators.find((r) => bundle.indicators.find((i) => i.id === r.indicatorId)?.cronoprogrammaId === crono.id);
      const progress =
        follower && evaluation
          ? follower.achievement.kind === "computed" && follower.achievement.actual !== null
            ? `Avanzamento al ${formatDate(evaluation.cutoffDate)}: ${formatPercent(follower.achievement.actual)} (${follower.label})`
            : `Avanzamento non calcolabile: ${follower.achievement.kind === "computed" ? "" : follower.achievement.reason}`
          : null;
      return {
        code: crono.code,
        title: crono.title,
        due: crono.dueDate ? formatDate(crono.dueDate) : (crono.targetText ?? DASH),
        progress,
        weightsTotal: formatPercent(sum(phases.filter((p) => p.weight !== null).map((p) => p.weight!))),
        phases: phases.map((p) => ({
          number: String(p.number),
          description: p.description,
          output: p.output ?? DASH,
          plannedStart: p.plannedStart ? formatDate(p.plannedStart) : DASH,
          plannedEnd: p.plannedEnd ? formatDate(p.plannedEnd) : DASH,
          responsible: p.responsibleStructure ?? DASH,
          weight: p.weight === null ? DASH : formatPercent(p.weight),
          actualEnd: p.actualEnd ? formatDate(p.actualEnd) : isBlank(p.actualEndText) ? DASH : p.actualEndText!,
          note: p.monitoringNote ?? "",
        })),
      };
    });
}

function objectiveSection(bundle: PlanBundle, objective: Objective, evaluation: PlanEvaluation | null): ObjectiveSection {
  const result = evaluation?.objectives.find((o) => o.objectiveId === objective.id) ?? null;
  const node = bundle.nodes.find((n) => n.id === objective.nodeId) ?? null;
  const structureId = objective.structureId ?? node?.structureId ?? null;
  const structure = bundle.structures.find((s) => s.id === structureId) ?? null;
  const prefix = bundle.organisation.shortName;
  const indicators = bundle.indicators
    .filter((i) => i.objectiveId === objective.id)
    .sort((a, b) => a.position - b.position)
    .map((i) => indicatorRow(bundle, i, evaluation?.indicators.find((r) => r.indicatorId === i.id) ?? null, prefix));
  const steps = bundle.steps
    .filter((s) => s.objectiveId === objective.id)
    .sort((a, b) => a.position - b.position)
    .map((s) => ({
      description: s.description,
      planned: s.plannedTiming ?? (s.plannedDate ? formatDate(s.plannedDate) : DASH),
      actual: s.actualTiming ?? (s.actualDate ? formatDate(s.actualDate) : DASH),
    }));
  return {
    anchor: anchorOf(objective),
    label: `Obiettivo ${objective.code}`,
    heading: `Obiettivo ${objective.code} — ${objective.title}`,
    area: node ? (node.code ? `${node.code} ${node.title}` : node.title) : DASH,
    structure: structure?.name ?? DASH,
    weight: objective.weight === null ? "non indicato" : formatPercent(objective.weight),
    expectedResult: objective.expectedResult,
    description: objective.description,
    stakeholders: objective.stakeholders,
    coOwners: objective.coOwners,
    programmingLinks: objective.programmingLinks,
    notes: objective.notes,
    score: result ? scoreText(result.score) : DASH,
    status: result?.levelLabel ?? DASH,
    tone: toneOf(bundle, result?.level ?? null),
    scoreExplanation: result ? explanationOf(result.score) : "",
    indicators,
    steps,
    cronoprogrammi: cronoprogrammaBlocks(bundle, objective, evaluation),
  };
}

function findingRow(f: Finding): FindingRow {
  return { severity: SEVERITY[f.severity], item: f.item, message: f.message };
}

function summaryParagraphs(bundle: PlanBundle, evaluation: PlanEvaluation | null): string[] {
  const counts = `Il piano conta ${bundle.objectives.length} obiettivi e ${bundle.indicators.length} indicatori.`;
  if (!evaluation) return [counts, "Non è stato scelto un periodo di monitoraggio: il documento riporta il piano senza risultati."];
  const measured = evaluation.indicators.filter((i) => i.hasValue).length;
  const score = evaluation.plan.score;
  const first = isNotComputable(score)
    ? `Al ${formatDate(evaluation.cutoffDate)} il punteggio complessivo non è calcolabile: ${score.reason}.`
    : `Al ${formatDate(evaluation.cutoffDate)} il punteggio complessivo del piano è ${formatPercent(score.value)} (${score.weighting === "equal" ? "media a pesi uguali" : "media ponderata per i pesi indicati"} di ${score.included.length} obiettivi valutabili su ${bundle.objectives.length}).`;
  const byStatus = evaluation.statusDistribution.objectives
    .filter((s) => s.count > 0)
    .map((s) => `${s.count} «${s.label}»`)
    .join(", ");
  return [
    first,
    `${counts} Gli indicatori con un valore rilevato sono ${measured}.`,
    byStatus ? `Stato degli obiettivi: ${byStatus}.` : "Nessun obiettivo ha ancora uno stato.",
    `Le constatazioni di coerenza (${evaluation.findings.length}) sono riportate in allegato.`,
  ];
}

function pesature(bundle: PlanBundle, evaluation: PlanEvaluation | null): RelazioneReport["pesature"] {
  if (bundle.roleWeightings.length === 0) return null;
  const rows = [...bundle.roleWeightings]
    .sort((a, b) => a.position - b.position)
    .map((w) => {
      const check = checkRoleWeighting(w);
      return {
        role: w.role,
        organisational: formatPercent(w.organisational),
        individual: formatPercent(w.individual),
        behaviour: formatPercent(w.behaviour),
        total: w.statedTotal === null ? DASH : formatPercent(w.statedTotal),
        check: check.kind === "valid" ? "corretta (somma 100%)" : check.message,
      };
    });
  const score = evaluation?.plan.score;
  const paragraph =
    score && !isNotComputable(score)
      ? `La performance organizzativa (${formatPercent(score.value)}) concorre al punteggio individuale con il peso indicato per ciascun ruolo; obiettivi individuali e comportamenti sono valutati a parte.`
      : "La performance organizzativa concorre al punteggio individuale con il peso indicato per ciascun ruolo; obiettivi individuali e comportamenti sono valutati a parte.";
  return { rows, paragraph };
}

export interface RelazioneInput {
  bundle: PlanBundle;
  evaluation: PlanEvaluation | null;
  /** ISO date the document is produced. */
  generatedOn: string;
  /** the chapter on individual performance (pesature); true by default, false for a Relazione on the organisation only. */
  includeIndividual?: boolean;
}

export function buildRelazioneReport({ bundle, evaluation, generatedOn, includeIndividual = true }: RelazioneInput): RelazioneReport {
  const { organisation, plan } = bundle;
  const period = evaluation ? (bundle.periods.find((p) => p.id === evaluation.periodId) ?? null) : null;
  const details = [organisation.address, organisation.taxCode ? `C.F./P.IVA ${organisation.taxCode}` : null, organisation.email].filter(
    (d): d is string => !!d,
  );
  // the act as written already names its date ("Approvato nel Cda del 10 giugno 2022")
  const approval = plan.approvalAct ?? (plan.approvalDate ? `Approvato il ${formatDate(plan.approvalDate)}` : "atto di approvazione non indicato");
  const groupRow = (g: PlanEvaluation["nodes"][number]): ScoreRow => ({
    label: g.label,
    score: scoreText(g.score),
    value: scoreValue(g.score),
    objectives: g.objectiveIds.length,
    explanation: explanationOf(g.score),
  });
  return {
    title: "Relazione sulla performance",
    subtitle: period ? `${plan.title} — ${period.label}` : plan.title,
    organisation: { name: organisation.name, details },
    plan: { title: plan.title, kind: PLAN_KIND[plan.kind], years: years(plan.yearFrom, plan.yearTo), approval, state: PLAN_STATE[plan.state] },
    period: evaluation
      ? { label: evaluation.periodLabel, cutoffDate: formatDate(evaluation.cutoffDate), kind: period?.kind === "final" ? "rendicontazione finale" : "monitoraggio intermedio" }
      : null,
    generatedOn: formatDate(generatedOn),
    keywords: ["Relazione sulla performance", "ciclo della performance", organisation.shortName ?? organisation.name, plan.title],
    summary: {
      score: evaluation ? scoreText(evaluation.plan.score) : DASH,
      scoreValue: evaluation ? scoreValue(evaluation.plan.score) : null,
      scoreExplanation: evaluation ? explanationOf(evaluation.plan.score) : "",
      paragraphs: summaryParagraphs(bundle, evaluation),
      objectivesByStatus: evaluation ? statusRows(bundle, evaluation.statusDistribution.objectives) : [],
      indicatorsByStatus: evaluation ? statusRows(bundle, evaluation.statusDistribution.indicators) : [],
    },
    areas: evaluation ? evaluation.nodes.filter((n) => n.objectiveIds.length > 0).map(groupRow) : [],
    structures: evaluation ? evaluation.structures.map(groupRow) : [],
    // the importers write objectives in the document's order
    objectives: bundle.objectives.map((o) => objectiveSection(bundle, o, evaluation)),
    findings: evaluation ? evaluation.findings.map(findingRow) : [],
    importWarnings: bundle.warnings.map((w) => ({ severity: "Avviso", item: w.location ?? w.itemType, message: w.message })),
    pesature: includeIndividual ? pesature(bundle, evaluation) : null,
  };
}
