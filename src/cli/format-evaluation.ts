// A plan evaluation as text for the terminal: plan score, objectives with score and status, findings.
import { isNotComputable, type PlanEvaluation } from "../domain/evaluation";
import { formatItalianDate, formatItalianPercent } from "../domain/italian";

function score(value: { kind: string; value?: number; reason?: string }): string {
  if (isNotComputable(value)) return `n.c. (${value.reason})`;
  return formatItalianPercent(value.value ?? 0);
}

export function formatEvaluation(evaluation: PlanEvaluation): string {
  const lines = [
    `${evaluation.plan.label} — ${evaluation.periodLabel} (stati al ${formatItalianDate(evaluation.cutoffDate)})`,
    `Punteggio complessivo: ${score(evaluation.plan.score)}`,
    "",
    "Obiettivi:",
    ...evaluation.objectives.map(
      (o) => `  ${o.label.padEnd(16)} ${score(o.score).padStart(9)}  ${o.levelLabel ?? "—"}  ${o.title.slice(0, 70)}`,
    ),
  ];
  if (evaluation.findings.length) {
    lines.push("", `Verifiche di coerenza (${evaluation.findings.length}):`);
    for (const f of evaluation.findings) lines.push(`  - ${f.message}`);
  }
  return lines.join("\n");
}
