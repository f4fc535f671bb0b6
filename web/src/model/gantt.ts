// A cronoprogramma as Gantt rows (seed 004, "ARTI crono 1–8"): planned start–end, actual end, weight, and the
// state of each phase at the cut-off date. The chart and its table alternative both read these rows.
import type { Cronoprogramma, CronoprogrammaPhase } from "@domain/model";
import { computeCronoprogrammaProgress, computeExpectedPhaseProgress } from "@domain/evaluation/cronoprogramma";
import { isNotComputable } from "@domain/evaluation/result";

export type PhaseState = "done-on-time" | "done-late" | "overdue" | "in-progress" | "not-started" | "undated";

export interface GanttRow {
  phaseId: string;
  number: number;
  description: string;
  output: string | null;
  responsible: string | null;
  weight: number | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualEnd: string | null;
  /** the actual end as written ("31/03/21", "-"). */
  actualEndText: string | null;
  note: string | null;
  state: PhaseState;
}

export interface GanttView {
  cronoprogramma: Cronoprogramma;
  rows: GanttRow[];
  cutoffDate: string;
  /** first and last date to draw: planned dates, actual ends, the cut-off and the due date. */
  range: { from: string; to: string } | null;
  /** weight of the phases done by the cut-off, percent; null when the phases have no weights. */
  progress: number | null;
  progressText: string | null;
  /** weight of the phases planned to end by the cut-off, percent. */
  expected: number | null;
}

/** What a phase is at the cut-off: done (on time or late), overdue, running, not started. */
export function phaseState(phase: CronoprogrammaPhase, cutoffDate: string): PhaseState {
  if (phase.actualEnd !== null && phase.actualEnd <= cutoffDate) {
    return phase.plannedEnd !== null && phase.actualEnd > phase.plannedEnd ? "done-late" : "done-on-time";
  }
  if (phase.plannedEnd === null && phase.plannedStart === null) return "undated";
  if (phase.plannedEnd !== null && phase.plannedEnd < cutoffDate) return "overdue";
  if (phase.plannedStart !== null && phase.plannedStart <= cutoffDate) return "in-progress";
  return "not-started";
}

export function buildGantt(cronoprogramma: Cronoprogramma, phases: readonly CronoprogrammaPhase[], cutoffDate: string): GanttView {
  const own = phases.filter((p) => p.cronoprogrammaId === cronoprogramma.id).sort((a, b) => a.number - b.number);
  const rows: GanttRow[] = own.map((p) => ({
    phaseId: p.id,
    number: p.number,
    description: p.description,
    output: p.output,
    responsible: p.responsibleStructure,
    weight: p.weight,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    actualEnd: p.actualEnd,
    actualEndText: p.actualEndText,
    note: p.monitoringNote,
    state: phaseState(p, cutoffDate),
  }));
  const dates = [
    ...own.flatMap((p) => [p.plannedStart, p.plannedEnd, p.actualEnd]),
    cutoffDate,
    cronoprogramma.dueDate,
  ].filter((d): d is string => d !== null);
  const sorted = [...dates].sort();
  const label = `cronoprogramma ${cronoprogramma.code}`;
  const progress = own.length ? computeCronoprogrammaProgress(own, cutoffDate, { label }) : null;
  const expected = own.length ? computeExpectedPhaseProgress(own, cutoffDate, label) : null;
  return {
    cronoprogramma,
    rows,
    cutoffDate,
    range: sorted.length ? { from: sorted[0]!, to: sorted[sorted.length - 1]! } : null,
    progress: progress && !isNotComputable(progress) ? progress.value : null,
    progressText: progress ? (isNotComputable(progress) ? progress.reason : progress.text) : null,
    expected: expected && !isNotComputable(expected) ? expected.value : null,
  };
}
