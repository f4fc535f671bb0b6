import { describe, expect, it } from "vitest";
import { ARTI_SCALE } from "../model";
import { formatPercent } from "./explain";
import { DEFAULT_SCORING_RULES } from "./scoring-rules";
import { applyStatusOverride, computeStatus, expectedProgressByTime, type ProgressEvidence, type StatusResult } from "./status";
import { ARTI_CRONO_1, ARTI_CRONO_2, ARTI_CRONO_6, ARTI_CRONO_7, ARTI_CRONO_8 } from "./test-factories";

const rules = DEFAULT_SCORING_RULES.status;
const base = { cutoffDate: "2021-06-30", planStart: "2021-01-01", dueDate: "2021-12-31", rules, scale: ARTI_SCALE };

function status(evidence: ProgressEvidence, extra: Partial<typeof base> & { subject?: string } = {}): StatusResult {
  return computeStatus({ ...base, ...extra, evidence });
}
function level(result: StatusResult): string {
  if (result.kind !== "computed") throw new Error(result.reason);
  return result.label;
}

describe("expected progress by time", () => {
  it("01/01/2021 → 30/06/2021 of 2021 = 181 ÷ 365 days = 49,59%", () => {
    expect(formatPercent(expectedProgressByTime("2021-01-01", "2021-12-31", "2021-06-30") as number)).toBe("49,59%");
  });
  it("at the due date 100%, before the start 0%, never beyond", () => {
    expect(expectedProgressByTime("2021-01-01", "2021-12-31", "2021-12-31")).toBe(100);
    expect(expectedProgressByTime("2021-01-01", "2021-12-31", "2020-12-31")).toBe(0);
    expect(expectedProgressByTime("2021-01-01", "2021-12-31", "2022-03-31")).toBe(100);
  });
  it("a due date before the start is not computable", () => {
    expect(expectedProgressByTime("2021-01-01", "2020-12-31", "2021-06-30")).toMatchObject({ kind: "not-computable" });
  });
});

describe("ARTI cronoprogrammi at 30/06/2021 (expected = weights of phases planned to end by then)", () => {
  it("cronoprogramma 6: 50% done, 50% expected → 3. secondo le aspettative", () => {
    const result = status({ kind: "cronoprogramma", phases: ARTI_CRONO_6, actual: 50 }, { subject: "ARTI 1.7" });
    expect(level(result)).toBe("3. secondo le aspettative");
    expect(result.kind === "computed" && result.explanation.text).toBe(
      "ARTI 1.7 al 30/06/2021: avanzamento 50,00% contro 50,00% atteso (fasi previste in conclusione) → 3. secondo le aspettative",
    );
  });
  it("cronoprogramma 8: 5% done, 5% expected (phase 2 by 31/03) → 3. secondo le aspettative, as ARTI stated", () => {
    expect(level(status({ kind: "cronoprogramma", phases: ARTI_CRONO_8, actual: 5 }))).toBe("3. secondo le aspettative");
  });
  it("cronoprogramma 2: 15% done, 15% expected → 3. secondo le aspettative, as ARTI stated", () => {
    expect(level(status({ kind: "cronoprogramma", phases: ARTI_CRONO_2, actual: 15 }))).toBe("3. secondo le aspettative");
  });
  it("cronoprogramma 1: no phase due yet, work under way → 3. secondo le aspettative, as ARTI stated", () => {
    expect(level(status({ kind: "cronoprogramma", phases: ARTI_CRONO_1, actual: 0 }))).toBe("3. secondo le aspettative");
  });
  it("cronoprogramma 7: 0% done, 45% expected (phase 1 by 30/04) → 4. da iniziare - in ritardo (ARTI wrote 5. in ritardo)", () => {
    expect(level(status({ kind: "cronoprogramma", phases: ARTI_CRONO_7, actual: 0 }))).toBe("4. da iniziare - in ritardo");
  });
  it("cronoprogramma 7 checked on 31/12/2020, before any phase starts → 2. da iniziare - secondo le aspettative", () => {
    expect(level(status({ kind: "cronoprogramma", phases: ARTI_CRONO_7, actual: 0 }, { cutoffDate: "2020-12-31" }))).toBe(
      "2. da iniziare - secondo le aspettative",
    );
  });
  it("cronoprogramma 8 with expected progress by time instead: 5% against 49,59% → 5. in ritardo", () => {
    const timeRules = { ...rules, expectedProgress: "time" as const };
    expect(level(computeStatus({ ...base, rules: timeRules, evidence: { kind: "cronoprogramma", phases: ARTI_CRONO_8, actual: 5 } }))).toBe("5. in ritardo");
  });
});

describe("counts growing through the year (expected = time elapsed)", () => {
  it("ARTI 1.5: 188,94% of the yearly target against 49,59% expected → 1. in anticipo, as ARTI stated", () => {
    const result = status({ kind: "cumulative", actual: (37_787 * 100) / 20_000 }, { subject: "ARTI 1.5" });
    expect(level(result)).toBe("1. in anticipo");
    expect(result.kind === "computed" && result.explanation.text).toBe(
      "ARTI 1.5 al 30/06/2021: avanzamento 188,94% contro 49,59% atteso (tempo trascorso) → 1. in anticipo",
    );
  });
  it("ARTI 1.4: 56,00% against 49,59% expected (112,9% of expected) → 3. secondo le aspettative, as ARTI stated", () => {
    expect(level(status({ kind: "cumulative", actual: (25_202 * 100) / 45_000 }))).toBe("3. secondo le aspettative");
  });
  it("20% against 49,59% expected (40% of expected, under 90%) → 5. in ritardo", () => {
    expect(level(status({ kind: "cumulative", actual: 20 }))).toBe("5. in ritardo");
  });
  it("ARTI 4.1: no data yet ('sarà rilevato a fine anno'), due 31/12 → 2. da iniziare - secondo le aspettative, as ARTI stated", () => {
    expect(level(status({ kind: "cumulative", actual: null }))).toBe("2. da iniziare - secondo le aspettative");
  });
  it("no data at the due date → 4. da iniziare - in ritardo", () => {
    expect(level(status({ kind: "cumulative", actual: null }, { cutoffDate: "2021-12-31" }))).toBe("4. da iniziare - in ritardo");
  });
});

describe("rates (ratios of flows of the period: compared with the target at any date)", () => {
  it("ARTI 2.1: 94,43% of target (≥ 90%) → 3. secondo le aspettative, as ARTI stated", () => {
    expect(level(status({ kind: "rate", actual: (305 * 100) / 323 }))).toBe("3. secondo le aspettative");
  });
  it("ARTI 4.2: 95% formati against 67% (141,79%) → 3, a rate is never 'in anticipo' by default, as ARTI stated", () => {
    expect(level(status({ kind: "rate", actual: (95 * 100) / 67 }))).toBe("3. secondo le aspettative");
  });
  it("85% of target (under 90%) → 5. in ritardo", () => {
    expect(level(status({ kind: "rate", actual: 85 }))).toBe("5. in ritardo");
  });
});

describe("deadlines", () => {
  it("done 15/06/2022 for 'entro luglio 2022', checked 30/06/2022 → 1. in anticipo", () => {
    expect(level(status({ kind: "deadline", due: "2022-07-31", doneDate: "2022-06-15" }, { cutoffDate: "2022-06-30", planStart: "2022-01-01", dueDate: "2022-07-31" }))).toBe("1. in anticipo");
  });
  it("not done at 30/06/2022 for 'entro luglio 2022' → 3. secondo le aspettative", () => {
    expect(level(status({ kind: "deadline", due: "2022-07-31", doneDate: null }, { cutoffDate: "2022-06-30", planStart: "2022-01-01", dueDate: "2022-07-31" }))).toBe("3. secondo le aspettative");
  });
  it("not done at 31/12/2022 → 5. in ritardo; done 05/08/2022 → 5. in ritardo", () => {
    const at = { cutoffDate: "2022-12-31", planStart: "2022-01-01", dueDate: "2022-07-31" };
    expect(level(status({ kind: "deadline", due: "2022-07-31", doneDate: null }, at))).toBe("5. in ritardo");
    expect(level(status({ kind: "deadline", due: "2022-07-31", doneDate: "2022-08-05" }, at))).toBe("5. in ritardo");
  });
  it("AFOL 8.2 'entro dicembre 2022' stated 'non realizzato' at 31/12/2022, the due date → 5. in ritardo; nothing stated → 3. secondo le aspettative", () => {
    const at = { cutoffDate: "2022-12-31", planStart: "2022-01-01", dueDate: "2022-12-31" };
    expect(level(status({ kind: "deadline", due: "2022-12-31", doneDate: null, statedNotDone: true }, at))).toBe("5. in ritardo");
    expect(level(status({ kind: "deadline", due: "2022-12-31", doneDate: null }, at))).toBe("3. secondo le aspettative");
  });
});

describe("scale", () => {
  it("a three-level scale without a mapping for 'in ritardo' (level 5) is not computable, naming the scale", () => {
    const scale = { name: "Semaforo", levels: [{ level: 1, label: "verde", tone: "green" as const }, { level: 2, label: "giallo", tone: "yellow" as const }, { level: 3, label: "rosso", tone: "red" as const }] };
    const result = computeStatus({ ...base, scale, evidence: { kind: "cumulative", actual: 20 } });
    expect(result).toMatchObject({ kind: "not-computable" });
    expect(result.kind === "not-computable" && result.reason).toContain("«Semaforo» non ha il livello 5");
  });
  it("the same scale with its own mapping works: 188,94% → verde", () => {
    const scale = { name: "Semaforo", levels: [{ level: 1, label: "verde", tone: "green" as const }, { level: 2, label: "giallo", tone: "yellow" as const }, { level: 3, label: "rosso", tone: "red" as const }] };
    const semaforo = { ...rules, levels: { ahead: 1, "not-started-on-track": 1, "on-track": 1, "not-started-late": 3, late: 3 } };
    expect(level(computeStatus({ ...base, scale, rules: semaforo, evidence: { kind: "cumulative", actual: 188.94 } }))).toBe("verde");
  });
});

describe("evaluator override", () => {
  const computed = status({ kind: "cronoprogramma", phases: ARTI_CRONO_6, actual: 50 });
  it("ARTI 1.7: computed 3, evaluator sets 1 'fase 1 conclusa quattro mesi prima' → both kept, effective 1", () => {
    const evaluation = applyStatusOverride(computed, { level: 1, reason: "fase 1 conclusa quattro mesi prima del previsto", by: "ARTI", at: "2021-07-15" }, ARTI_SCALE);
    expect(evaluation.computed).toBe(computed);
    expect(evaluation.override).toMatchObject({ level: 1, label: "1. in anticipo", by: "ARTI" });
    expect(evaluation.effective).toEqual({ level: 1, label: "1. in anticipo", source: "override" });
  });
  it("without override the computed level is effective", () => {
    expect(applyStatusOverride(computed, null, ARTI_SCALE).effective).toEqual({ level: 3, label: "3. secondo le aspettative", source: "computed" });
  });
  it("an override without reason, or with a level not on the scale, is refused with a message", () => {
    expect(applyStatusOverride(computed, { level: 1, reason: " ", by: "OIV", at: "2021-07-15" }, ARTI_SCALE, "ARTI 1.7").overrideError).toBe(
      "ARTI 1.7: la correzione del livello richiede una motivazione",
    );
    const wrong = applyStatusOverride(computed, { level: 9, reason: "x", by: "OIV", at: "2021-07-15" }, ARTI_SCALE);
    expect(wrong.overrideError).toContain("livello 9");
    expect(wrong.effective?.source).toBe("computed");
  });
});
