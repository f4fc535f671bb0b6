// A person's score: the weighted sum of organisational performance, individual objectives and behaviours,
// with the weights of the person's role (AFOL "Pesature", seed 000: dg 35/50/15, dirigenti 35/50/15,
// PO 30/45/25, personale 15/45/40 — each adds up to 100). Weightings that do not add up to 100 are refused.
import type { RoleWeighting } from "../model";
import { explain, formatNumber, formatPercent, type Explanation } from "./explain";
import { isFiniteNumber, notComputable, stable, type NotComputable } from "./result";

export type WeightingCheck = { kind: "valid"; total: number } | { kind: "invalid"; total: number | null; message: string };

const COMPONENTS = [
  ["organisational", "performance organizzativa"],
  ["individual", "obiettivi individuali"],
  ["behaviour", "comportamenti"],
] as const;

/** A role weighting is valid when its three parts are not negative and add up to 100 (and to the stated total). */
export function checkRoleWeighting(weighting: RoleWeighting): WeightingCheck {
  const who = `Pesatura «${weighting.role}»`;
  for (const [key, name] of COMPONENTS) {
    const value = weighting[key];
    if (!isFiniteNumber(value) || value < 0) {
      return { kind: "invalid", total: null, message: `${who}: il peso di ${name} non è valido (${String(value)})` };
    }
  }
  const total = stable(weighting.organisational + weighting.individual + weighting.behaviour);
  const addends = `${formatNumber(weighting.organisational)} + ${formatNumber(weighting.individual)} + ${formatNumber(weighting.behaviour)} = ${formatNumber(total)}`;
  if (total !== 100) return { kind: "invalid", total, message: `${who}: ${addends}, non 100` };
  if (weighting.statedTotal !== null && stable(weighting.statedTotal) !== total) {
    return { kind: "invalid", total, message: `${who}: ${addends}, ma il totale indicato è ${formatNumber(weighting.statedTotal)}` };
  }
  return { kind: "valid", total };
}

export interface PersonComponents {
  /** score of organisational performance (the plan's or the structure's), percent. */
  organisational: number | null;
  /** score of the person's individual objectives, percent. */
  individual: number | null;
  /** behaviour score (comportamenti), percent. */
  behaviour: number | null;
}

export interface PersonScore {
  kind: "computed";
  value: number;
  contributions: { organisational: number; individual: number; behaviour: number };
  explanation: Explanation;
}

/**
 * Score = (w_org × org + w_ind × ind + w_beh × beh) ÷ 100, each component capped (100 by default).
 * A missing component with a weight above zero makes the score not computable, naming the component.
 */
export function computePersonScore(
  weighting: RoleWeighting,
  components: PersonComponents,
  options: { subject?: string; cap?: number } = {},
): PersonScore | NotComputable {
  const who = options.subject ? `${options.subject}: ` : "";
  const check = checkRoleWeighting(weighting);
  if (check.kind === "invalid") return notComputable(`${who}${check.message}`);
  const cap = options.cap ?? 100;
  const contributions = { organisational: 0, individual: 0, behaviour: 0 };
  const terms: string[] = [];
  for (const [key, name] of COMPONENTS) {
    const weight = weighting[key];
    const raw = components[key];
    if (weight === 0) continue;
    if (!isFiniteNumber(raw)) return notComputable(`${who}manca il punteggio di ${name} (peso ${formatNumber(weight)})`);
    if (raw < 0) return notComputable(`${who}punteggio di ${name} negativo (${formatNumber(raw)})`);
    const score = Math.min(raw, cap);
    contributions[key] = (weight * score) / 100;
    terms.push(`${formatNumber(weight)}% × ${formatPercent(score)}`);
  }
  const value = contributions.organisational + contributions.individual + contributions.behaviour;
  return {
    kind: "computed",
    value,
    contributions,
    explanation: explain({
      figure: "punteggio individuale",
      subject: options.subject ?? weighting.role,
      value,
      inputs: { ...components, pesoOrganizzativa: weighting.organisational, pesoIndividuale: weighting.individual, pesoComportamenti: weighting.behaviour },
      rule: `pesatura «${weighting.role}»: ${formatNumber(weighting.organisational)}/${formatNumber(weighting.individual)}/${formatNumber(weighting.behaviour)}`,
      text: `${who}${terms.join(" + ")} = ${formatPercent(value)} (pesatura «${weighting.role}»)`,
    }),
  };
}
