// Resource shares (Lombardia, seed 003: "Quota di risorse riconosciute al pieno raggiungimento dell'obiettivo:
// minimo 40%" / "massimo 20%" / "minimo 20%"): choose or check a share per objective (shares add up to 100,
// each within its minimum and maximum), then what each assignee (Province, Città Metropolitana) earns:
// budget × share × achievement, achievement capped at 100% unless the plan says otherwise.
import type { Objective } from "../model";
import { explain, formatNumber, formatPercent, type Explanation } from "./explain";
import { isFiniteNumber, isNotComputable, notComputable, stable, sum, type NotComputable } from "./result";

export interface ShareConstraint {
  objectiveId: string;
  /** "Obiettivo 1". */
  label: string;
  /** percent; null when the objective sets none. */
  min: number | null;
  max: number | null;
}

/** Share constraints as the objectives state them (resourceShareMin / resourceShareMax). */
export function constraintsFromObjectives(objectives: readonly Objective[]): ShareConstraint[] {
  return objectives.map((o) => ({ objectiveId: o.id, label: `Obiettivo ${o.code}`, min: o.resourceShareMin, max: o.resourceShareMax }));
}

const lower = (c: ShareConstraint) => c.min ?? 0;
const upper = (c: ShareConstraint) => c.max ?? 100;

/** Why no share setting can satisfy the constraints (empty when one can). */
export function checkShareConstraints(constraints: readonly ShareConstraint[]): string[] {
  const errors: string[] = [];
  if (constraints.length === 0) return ["nessun obiettivo a cui assegnare quote di risorse"];
  for (const c of constraints) {
    if ((c.min !== null && (!isFiniteNumber(c.min) || c.min < 0 || c.min > 100)) || (c.max !== null && (!isFiniteNumber(c.max) || c.max < 0 || c.max > 100))) {
      errors.push(`${c.label}: minimo e massimo devono essere tra 0% e 100%`);
    } else if (lower(c) > upper(c)) {
      errors.push(`${c.label}: il minimo (${formatPercent(lower(c))}) supera il massimo (${formatPercent(upper(c))})`);
    }
  }
  const minimums = sum(constraints.map(lower));
  if (minimums > 100) errors.push(`la somma dei minimi (${formatPercent(minimums)}) supera il 100%: nessuna ripartizione possibile`);
  const maximums = sum(constraints.map(upper));
  if (maximums < 100) errors.push(`la somma dei massimi (${formatPercent(maximums)}) non arriva al 100%: nessuna ripartizione possibile`);
  return errors;
}

export type ShareSetting = Record<string, number>;

/** Why a share setting breaks the constraints (empty when it is valid). */
export function validateShareSetting(constraints: readonly ShareConstraint[], setting: ShareSetting): string[] {
  const errors: string[] = [];
  for (const c of constraints) {
    const share = setting[c.objectiveId];
    if (share === undefined) {
      errors.push(`${c.label}: quota non indicata`);
      continue;
    }
    if (!isFiniteNumber(share) || share < 0) errors.push(`${c.label}: quota non valida (${String(share)})`);
    else if (c.min !== null && stable(share) < c.min) errors.push(`${c.label}: quota ${formatPercent(share)} sotto il minimo del ${formatPercent(c.min)}`);
    else if (c.max !== null && stable(share) > c.max) errors.push(`${c.label}: quota ${formatPercent(share)} oltre il massimo del ${formatPercent(c.max)}`);
  }
  for (const id of Object.keys(setting)) {
    if (!constraints.some((c) => c.objectiveId === id)) errors.push(`quota indicata per un obiettivo sconosciuto (${id})`);
  }
  const total = sum(Object.values(setting).filter(isFiniteNumber));
  if (total !== 100) errors.push(`le quote sommano a ${formatPercent(total)}, non al 100%`);
  return errors;
}

export interface ProposedShares {
  kind: "computed";
  shares: ShareSetting;
  explanation: Explanation;
}

/**
 * The most even setting within the limits: every objective gets the same share L, raised to its minimum or
 * lowered to its maximum, with L such that the shares add up to 100. Lombardia (≥40, ≤20, ≥20) → 40/20/40.
 */
export function proposeShareSetting(constraints: readonly ShareConstraint[]): ProposedShares | NotComputable {
  const errors = checkShareConstraints(constraints);
  if (errors.length) return notComputable(errors.join("; "));
  const clampAt = (level: number) => constraints.map((c) => Math.min(Math.max(level, lower(c)), upper(c)));
  const total = (level: number) => sum(clampAt(level));
  const breakpoints = [...new Set(constraints.flatMap((c) => [lower(c), upper(c)]))].sort((a, b) => a - b);
  let level = breakpoints[breakpoints.length - 1]!;
  for (let i = 0; i < breakpoints.length - 1; i++) {
    const from = breakpoints[i]!;
    const to = breakpoints[i + 1]!;
    if (total(from) <= 100 && total(to) >= 100) {
      const free = constraints.filter((c) => lower(c) <= from && upper(c) >= to).length;
      level = free === 0 ? from : from + (100 - total(from)) / free;
      break;
    }
  }
  if (breakpoints.length === 1) level = breakpoints[0]!;
  const values = clampAt(level);
  const shares: ShareSetting = Object.fromEntries(constraints.map((c, i) => [c.objectiveId, values[i]!]));
  const text = constraints.map((c, i) => `${c.label} ${formatPercent(values[i]!)}`).join(", ");
  return {
    kind: "computed",
    shares,
    explanation: explain({
      figure: "quote di risorse",
      value: null,
      inputs: Object.fromEntries(constraints.map((c) => [c.label, `${c.min ?? "-"}–${c.max ?? "-"}`])),
      rule: "ripartizione più uniforme possibile entro minimi e massimi",
      text: `Quote proposte, il più possibile uniformi entro minimi e massimi: ${text}`,
    }),
  };
}

export interface AssigneeAllocationInput {
  assigneeId: string;
  /** "Provincia di Bergamo". */
  label: string;
  /** resources in euro available to this assignee on full achievement. */
  budget: number;
  /** achievement (or score) per objective, percent; null or NotComputable when not available. */
  achievements: Record<string, number | NotComputable | null>;
}

export interface AllocationLine {
  objectiveId: string;
  label: string;
  share: number;
  available: number;
  achievement: number | null;
  earned: number;
  unearned: number;
  /** the amount waiting for an achievement that is not available yet. */
  pending: number;
  note: string | null;
}

export interface AssigneeAllocation {
  kind: "computed";
  assigneeId: string;
  label: string;
  budget: number;
  lines: AllocationLine[];
  earned: number;
  unearned: number;
  pending: number;
  explanation: Explanation;
}

export type AllocationResult = { kind: "computed"; assignees: AssigneeAllocation[] } | NotComputable;

/** What each assignee earns: budget × share × min(achievement, cap); the rest is reported as unearned. */
export function allocateResources(
  constraints: readonly ShareConstraint[],
  setting: ShareSetting,
  assignees: readonly AssigneeAllocationInput[],
  options: { cap?: number } = {},
): AllocationResult {
  const errors = [...checkShareConstraints(constraints), ...validateShareSetting(constraints, setting)];
  if (errors.length) return notComputable(errors.join("; "));
  const cap = options.cap ?? 100;
  const results: AssigneeAllocation[] = [];
  for (const assignee of assignees) {
    if (!isFiniteNumber(assignee.budget) || assignee.budget < 0) {
      return notComputable(`${assignee.label}: importo non valido (${String(assignee.budget)})`);
    }
    const lines: AllocationLine[] = constraints.map((c) => {
      const share = setting[c.objectiveId]!;
      const available = (assignee.budget * share) / 100;
      const raw = assignee.achievements[c.objectiveId] ?? null;
      if (raw === null || isNotComputable(raw) || !isFiniteNumber(raw) || raw < 0) {
        const why = isNotComputable(raw) ? raw.reason : raw === null ? "raggiungimento non disponibile" : "raggiungimento non valido";
        return { objectiveId: c.objectiveId, label: c.label, share, available, achievement: null, earned: 0, unearned: 0, pending: available, note: `${why}: quota in attesa` };
      }
      const counted = Math.min(raw, cap);
      const earned = (available * counted) / 100;
      return {
        objectiveId: c.objectiveId,
        label: c.label,
        share,
        available,
        achievement: raw,
        earned,
        unearned: Math.max(available - earned, 0),
        pending: 0,
        note: raw > cap ? `raggiungimento ${formatPercent(raw)} considerato al ${formatPercent(cap, 0)}` : null,
      };
    });
    const earned = lines.reduce((t, l) => t + l.earned, 0);
    const unearned = lines.reduce((t, l) => t + l.unearned, 0);
    const pending = lines.reduce((t, l) => t + l.pending, 0);
    const terms = lines
      .map((l) =>
        l.achievement === null
          ? `${l.label} ${formatPercent(l.share)} in attesa`
          : `${l.label} ${formatPercent(l.share)} × ${formatPercent(Math.min(l.achievement, cap))} = € ${formatNumber(l.earned)}`,
      )
      .join("; ");
    results.push({
      kind: "computed",
      assigneeId: assignee.assigneeId,
      label: assignee.label,
      budget: assignee.budget,
      lines,
      earned,
      unearned,
      pending,
      explanation: explain({
        figure: "risorse riconosciute",
        subject: assignee.label,
        value: earned,
        inputs: { budget: assignee.budget, ...Object.fromEntries(lines.map((l) => [l.label, l.achievement])) },
        rule: `budget × quota × raggiungimento (massimo ${formatPercent(cap, 0)})`,
        text:
          `${assignee.label}: su € ${formatNumber(assignee.budget)} — ${terms}; riconosciuti € ${formatNumber(earned)}, non riconosciuti € ${formatNumber(unearned)}` +
          (pending > 0 ? `, in attesa € ${formatNumber(pending)}` : ""),
      }),
    });
  }
  return { kind: "computed", assignees: results };
}
