// Progress of a cronoprogramma at a cut-off date: the weight of the phases done by then (seed 004: "Fine
// effettiva (se entro il 30/6)" and "Peso %"), and the weight of the phases planned to end by then.
import type { CronoprogrammaPhase } from "../model";
import { formatDate, formatNumber, formatPercent } from "./explain";
import { notComputable, sum, type NotComputable } from "./result";

export interface PhaseCredit {
  number: number;
  weight: number;
  /** share of the weight credited: 100 for a phase done, the evaluator's share for a phase partly done. */
  creditPercent: number;
  actualEnd: string | null;
}

export interface CronoprogrammaProgress {
  kind: "computed";
  /** progress in percent of the total weight. */
  value: number;
  credited: PhaseCredit[];
  totalWeight: number;
  /** numbers of the phases without a weight (left out of the computation, reported). */
  phasesWithoutWeight: number[];
  text: string;
}

export interface ProgressOptions {
  /** phase id → percent done, for phases not finished by the date (only when the plan allows partial credit). */
  partialCredit?: Record<string, number>;
  /** name for messages: "cronoprogramma ARTI 6". */
  label?: string;
}

function weighted(phases: readonly CronoprogrammaPhase[], label: string): { phases: CronoprogrammaPhase[]; missing: number[]; total: number } | NotComputable {
  if (phases.length === 0) return notComputable(`${label}: nessuna fase`);
  const missing = phases.filter((p) => p.weight === null).map((p) => p.number);
  const withWeight = phases.filter((p) => p.weight !== null);
  if (withWeight.some((p) => p.weight! < 0)) return notComputable(`${label}: peso di fase negativo`);
  const total = sum(withWeight.map((p) => p.weight!));
  if (total <= 0) return notComputable(`${label}: le fasi non hanno pesi`);
  return { phases: withWeight, missing, total };
}

/** Weight of the phases done by the cut-off (actual end ≤ cut-off), in percent of the total weight. */
export function computeCronoprogrammaProgress(
  phases: readonly CronoprogrammaPhase[],
  cutoffDate: string,
  options: ProgressOptions = {},
): CronoprogrammaProgress | NotComputable {
  const label = options.label ?? "cronoprogramma";
  const base = weighted(phases, label);
  if ("kind" in base) return base;
  const credited: PhaseCredit[] = [];
  for (const phase of base.phases) {
    if (phase.actualEnd !== null && phase.actualEnd <= cutoffDate) {
      credited.push({ number: phase.number, weight: phase.weight!, creditPercent: 100, actualEnd: phase.actualEnd });
      continue;
    }
    const partial = options.partialCredit?.[phase.id];
    if (partial !== undefined && partial > 0) {
      credited.push({ number: phase.number, weight: phase.weight!, creditPercent: Math.min(partial, 100), actualEnd: null });
    }
  }
  const done = sum(credited.map((c) => (c.weight * c.creditPercent) / 100));
  const value = (done * 100) / base.total;
  const parts = credited.map((c) =>
    c.creditPercent === 100
      ? `fase ${c.number} conclusa il ${formatDate(c.actualEnd!)} (peso ${formatPercent(c.weight)})`
      : `fase ${c.number} al ${formatPercent(c.creditPercent, 0)} (peso ${formatPercent(c.weight)})`,
  );
  const normalised = base.total === 100 ? "" : ` su un peso totale di ${formatNumber(base.total)}`;
  const text =
    `${label} al ${formatDate(cutoffDate)}: ${formatPercent(value)}` +
    (parts.length ? ` (${parts.join("; ")})` : " (nessuna fase conclusa)") +
    normalised +
    (base.missing.length ? `; fasi senza peso escluse: ${base.missing.join(", ")}` : "");
  return { kind: "computed", value, credited, totalWeight: base.total, phasesWithoutWeight: base.missing, text };
}

export interface ExpectedPhaseProgress {
  kind: "computed";
  /** weight of the phases planned to end by the date, in percent of the total weight. */
  value: number;
  duePhases: number[];
  /** true when at least one phase was planned to start by the date. */
  hasStarted: boolean;
  text: string;
}

/** Weight of the phases planned to end by the cut-off (planned end ≤ cut-off). */
export function computeExpectedPhaseProgress(
  phases: readonly CronoprogrammaPhase[],
  cutoffDate: string,
  label = "cronoprogramma",
): ExpectedPhaseProgress | NotComputable {
  const base = weighted(phases, label);
  if ("kind" in base) return base;
  const due = base.phases.filter((p) => p.plannedEnd !== null && p.plannedEnd <= cutoffDate);
  const value = (sum(due.map((p) => p.weight!)) * 100) / base.total;
  const hasStarted = phases.some((p) => p.plannedStart !== null && p.plannedStart <= cutoffDate);
  const text = due.length
    ? `${label}: previste concluse entro il ${formatDate(cutoffDate)} le fasi ${due.map((p) => p.number).join(", ")} (${formatPercent(value)})`
    : `${label}: nessuna fase prevista in conclusione entro il ${formatDate(cutoffDate)}`;
  return { kind: "computed", value, duePhases: due.map((p) => p.number), hasStarted, text };
}
