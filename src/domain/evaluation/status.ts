// Status at a cut-off date on the plan's scale (default ARTI's five levels, seed 004 "Valutazione sintetica"):
// the expected progress at the date — time elapsed between plan start and due date, or the weights of the
// phases planned to end by then — against the actual progress. The evaluator may override the computed
// level with a reason: both are kept.
import type { AssessmentScale, CronoprogrammaPhase } from "../model";
import { computeExpectedPhaseProgress } from "./cronoprogramma";
import { explain, formatDate, formatPercent, type Explanation } from "./explain";
import { daysBetween, isNotComputable, notComputable, stable, type NotComputable } from "./result";
import type { StatusCategory, StatusRules } from "./scoring-rules";

export type StatusBasis = "phases" | "time" | "rate" | "deadline" | "no-data";

export interface StatusComputed {
  kind: "computed";
  category: StatusCategory;
  level: number;
  label: string;
  basis: StatusBasis;
  /** progress expected at the date, percent (null when not applicable). */
  expectedProgress: number | null;
  actualProgress: number | null;
  explanation: Explanation;
}
export type StatusResult = StatusComputed | NotComputable;

/** What is known about progress at the date. */
export type ProgressEvidence =
  /** a cronoprogramma: actual = weight of phases done (percent). */
  | { kind: "cronoprogramma"; phases: readonly CronoprogrammaPhase[]; actual: number }
  /** a count growing through the year: actual = percent of the yearly target reached so far (null: no data). */
  | { kind: "cumulative"; actual: number | null }
  /** a ratio of flows (istruttorie/domande): actual = achievement percent (null: no data). */
  | { kind: "rate"; actual: number | null }
  /** a deadline: done on doneDate, or not done (null); statedNotDone when the result says so ("non realizzato"). */
  | { kind: "deadline"; due: string; doneDate: string | null; statedNotDone?: boolean };

export interface StatusInput {
  subject?: string | null;
  cutoffDate: string;
  /** first day of the plan (or of the indicator's target year). */
  planStart: string;
  /** last day the target allows (end of the target's year, or the cronoprogramma's due date). */
  dueDate: string;
  evidence: ProgressEvidence;
  rules: StatusRules;
  scale: AssessmentScale;
}

/**
 * Share of time elapsed at the date between start and due date, both days included, in percent:
 * 01/01/2021–30/06/2021 of 2021 = 181 ÷ 365 = 49,59%.
 */
export function expectedProgressByTime(planStart: string, dueDate: string, cutoffDate: string): number | NotComputable {
  const total = daysBetween(planStart, dueDate) + 1;
  if (total <= 0) return notComputable(`la scadenza (${formatDate(dueDate)}) precede l'inizio (${formatDate(planStart)})`);
  const elapsed = Math.min(Math.max(daysBetween(planStart, cutoffDate) + 1, 0), total);
  return (elapsed * 100) / total;
}

/** Category from actual vs expected progress: late under lateBelow% of expected, ahead from aheadFrom%. */
export function classifyProgress(
  actual: number,
  expected: number,
  options: { lateBelow: number; aheadFrom: number; canBeAhead: boolean; hasStarted: boolean },
): StatusCategory {
  const a = stable(actual);
  const e = stable(expected);
  if (e <= 0) {
    if (a > 0) return options.canBeAhead ? "ahead" : "on-track";
    return options.hasStarted ? "on-track" : "not-started-on-track";
  }
  if (a <= 0) return "not-started-late";
  const ratio = stable((a * 100) / e);
  if (ratio < options.lateBelow) return "late";
  if (options.canBeAhead && ratio >= options.aheadFrom) return "ahead";
  return "on-track";
}

/** The level and label of a category on the scale, or why the scale cannot show it. */
export function levelFor(category: StatusCategory, rules: StatusRules, scale: AssessmentScale): { level: number; label: string } | NotComputable {
  const level = rules.levels[category];
  const found = scale.levels.find((l) => l.level === level);
  if (!found) return notComputable(`la scala «${scale.name}» non ha il livello ${level} previsto per «${category}»`);
  return { level: found.level, label: found.label };
}

function describe(category: StatusCategory, basis: StatusBasis, actual: number | null, expected: number | null): string {
  switch (basis) {
    case "no-data":
      return category === "not-started-on-track" ? "nessun dato, nulla ancora in scadenza" : "nessun dato e scadenza superata";
    case "deadline":
      return "";
    case "rate":
      return `raggiungimento ${formatPercent(actual ?? 0)} contro il 100% atteso`;
    case "phases":
      return `avanzamento ${formatPercent(actual ?? 0)} contro ${formatPercent(expected ?? 0)} atteso (fasi previste in conclusione)`;
    case "time":
      return `avanzamento ${formatPercent(actual ?? 0)} contro ${formatPercent(expected ?? 0)} atteso (tempo trascorso)`;
  }
}

export function computeStatus(input: StatusInput): StatusResult {
  const { cutoffDate, rules, evidence } = input;
  const who = input.subject ? `${input.subject} ` : "";
  let category: StatusCategory;
  let basis: StatusBasis;
  let expected: number | null = null;
  let actual: number | null = null;
  let detail = "";
  const beforeStart = cutoffDate < input.planStart;

  if (evidence.kind === "deadline") {
    basis = "deadline";
    const due = evidence.due;
    if (evidence.doneDate !== null && evidence.doneDate <= cutoffDate) {
      const onTime = evidence.doneDate <= due;
      category = !onTime ? "late" : cutoffDate < due ? "ahead" : "on-track";
      detail = `concluso il ${formatDate(evidence.doneDate)}, scadenza ${formatDate(due)}`;
    } else if (cutoffDate < due || (cutoffDate === due && !evidence.statedNotDone)) {
      // on the due date itself the work may still end that day, unless the result says it was not done
      category = beforeStart ? "not-started-on-track" : "on-track";
      detail = `non ancora concluso, scadenza ${formatDate(due)}`;
    } else {
      category = "late";
      detail = `non concluso alla scadenza del ${formatDate(due)}`;
    }
  } else if (beforeStart) {
    // nothing can have started before the plan does; a value read then is not progress
    basis = evidence.kind === "cronoprogramma" ? "phases" : evidence.kind === "rate" ? "rate" : "time";
    category = "not-started-on-track";
    detail = `data anteriore all'inizio (${formatDate(input.planStart)})`;
  } else if (evidence.kind !== "cronoprogramma" && evidence.actual === null) {
    basis = "no-data";
    category = cutoffDate < input.dueDate ? "not-started-on-track" : "not-started-late";
  } else if (evidence.kind === "rate") {
    basis = "rate";
    actual = evidence.actual!;
    expected = 100;
    category = classifyProgress(actual, 100, { ...rules, canBeAhead: rules.ratesCanBeAhead, hasStarted: true });
  } else {
    const usePhases = evidence.kind === "cronoprogramma" && rules.expectedProgress !== "time";
    actual = evidence.actual;
    let hasStarted = true;
    if (usePhases) {
      basis = "phases";
      const byPhases = computeExpectedPhaseProgress(evidence.phases, cutoffDate, input.subject ?? "cronoprogramma");
      if (isNotComputable(byPhases)) return byPhases;
      expected = byPhases.value;
      hasStarted = byPhases.hasStarted;
    } else {
      basis = "time";
      const byTime = expectedProgressByTime(input.planStart, input.dueDate, cutoffDate);
      if (isNotComputable(byTime)) return notComputable(`${who}${byTime.reason}`.trim());
      expected = byTime;
    }
    category = classifyProgress(actual!, expected, { ...rules, canBeAhead: true, hasStarted });
  }

  const level = levelFor(category, rules, input.scale);
  if (isNotComputable(level)) return level;
  detail = detail || describe(category, basis, actual, expected);
  return {
    kind: "computed",
    category,
    level: level.level,
    label: level.label,
    basis,
    expectedProgress: expected,
    actualProgress: actual,
    explanation: explain({
      figure: "stato",
      subject: input.subject,
      value: level.level,
      inputs: { atteso: expected, effettivo: actual, inizio: input.planStart, scadenza: input.dueDate },
      rule:
        basis === "phases" || basis === "time" || basis === "rate"
          ? `in ritardo sotto il ${formatPercent(rules.lateBelow, 0)} dell'atteso, in anticipo dal ${formatPercent(rules.aheadFrom, 0)}`
          : basis === "deadline"
            ? "data di conclusione rispetto alla scadenza"
            : "nessun dato: da iniziare",
      cutoffDate,
      text: `${who}al ${formatDate(cutoffDate)}: ${detail} → ${level.label}`,
    }),
  };
}

// --- evaluator overrides ------------------------------------------------------------------------------------

export interface StatusOverride {
  level: number;
  reason: string;
  /** who decided: "OIV", "Nucleo di valutazione", a user's name. */
  by: string;
  /** ISO date of the decision. */
  at: string;
}

export interface StatusEvaluation {
  computed: StatusResult;
  override: (StatusOverride & { label: string }) | null;
  /** the level that counts: the override when present, else the computed one. */
  effective: { level: number; label: string; source: "computed" | "override" } | null;
  /** why an override was refused (level not on the scale, no reason). */
  overrideError: string | null;
}

/** Keeps the computed status and the evaluator's override side by side; the override must name a level and a reason. */
export function applyStatusOverride(computed: StatusResult, override: StatusOverride | null | undefined, scale: AssessmentScale, subject = ""): StatusEvaluation {
  const fromComputed =
    computed.kind === "computed" ? { level: computed.level, label: computed.label, source: "computed" as const } : null;
  if (!override) return { computed, override: null, effective: fromComputed, overrideError: null };
  const who = subject ? `${subject}: ` : "";
  const found = scale.levels.find((l) => l.level === override.level);
  let error: string | null = null;
  if (!found) error = `${who}la correzione indica il livello ${override.level}, che non è nella scala «${scale.name}»`;
  else if (!override.reason.trim()) error = `${who}la correzione del livello richiede una motivazione`;
  else if (!override.by.trim()) error = `${who}la correzione del livello deve indicare chi la decide`;
  if (error || !found) return { computed, override: null, effective: fromComputed, overrideError: error };
  return {
    computed,
    override: { ...override, label: found.label },
    effective: { level: found.level, label: found.label, source: "override" },
    overrideError: null,
  };
}
