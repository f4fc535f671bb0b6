// The weights of a cronoprogramma's phases: running total after each phase and whether they make 100%
// (progress at a date is the weight of what is done, so weights that do not sum to 100 distort it).
export interface PhaseWeightRow {
  id: string;
  weight: number | null;
}

export interface PhaseWeights {
  /** total after each phase, in the order given. */
  running: number[];
  total: number;
  /** phases without a weight. */
  missing: number;
  /** the total is 100 (to a hundredth). */
  complete: boolean;
}

export function sumPhaseWeights(rows: readonly PhaseWeightRow[]): PhaseWeights {
  let total = 0;
  const running: number[] = [];
  let missing = 0;
  for (const row of rows) {
    if (row.weight === null) missing += 1;
    else total += row.weight;
    // sums of decimals (12,5 + 37,5…) rounded to hundredths, so 99,999999 shows as 100
    total = Math.round(total * 100) / 100;
    running.push(total);
  }
  return { running, total, missing, complete: Math.abs(total - 100) < 0.005 && missing === 0 };
}
