import { describe, expect, it } from "vitest";
import { allocateResources, checkShareConstraints, proposeShareSetting, validateShareSetting, type ShareConstraint } from "./allocation";
import { notComputable } from "./result";

// Lombardia 2026, seed 003: obiettivo 1 minimo 40%, obiettivo 2 massimo 20%, obiettivo 3 minimo 20%
const LOMBARDIA: ShareConstraint[] = [
  { objectiveId: "o1", label: "Obiettivo 1", min: 40, max: null },
  { objectiveId: "o2", label: "Obiettivo 2", min: null, max: 20 },
  { objectiveId: "o3", label: "Obiettivo 3", min: 20, max: null },
];

describe("share constraints", () => {
  it("Lombardia (≥40, ≤20, ≥20) can be satisfied", () => {
    expect(checkShareConstraints(LOMBARDIA)).toEqual([]);
  });
  it("minimums 40 + 50 + 20 = 110 → impossible, with a clear message", () => {
    const constraints = LOMBARDIA.map((c) => (c.objectiveId === "o2" ? { ...c, min: 50, max: null } : c));
    expect(checkShareConstraints(constraints)).toEqual(["la somma dei minimi (110,00%) supera il 100%: nessuna ripartizione possibile"]);
  });
  it("maximums 20 + 20 + 20 = 60 → impossible", () => {
    const constraints = LOMBARDIA.map((c) => ({ ...c, min: null, max: 20 }));
    expect(checkShareConstraints(constraints)).toEqual(["la somma dei massimi (60,00%) non arriva al 100%: nessuna ripartizione possibile"]);
  });
  it("a minimum over its own maximum → named", () => {
    expect(checkShareConstraints([{ objectiveId: "a", label: "Obiettivo 1", min: 50, max: 30 }, { objectiveId: "b", label: "Obiettivo 2", min: null, max: null }])).toContain(
      "Obiettivo 1: il minimo (50,00%) supera il massimo (30,00%)",
    );
  });
});

describe("share settings", () => {
  it("Lombardia: the most even setting is 40 / 20 / 40", () => {
    const proposed = proposeShareSetting(LOMBARDIA);
    expect(proposed.kind === "computed" && proposed.shares).toEqual({ o1: 40, o2: 20, o3: 40 });
    expect(proposed.kind === "computed" && proposed.explanation.text).toBe(
      "Quote proposte, il più possibile uniformi entro minimi e massimi: Obiettivo 1 40,00%, Obiettivo 2 20,00%, Obiettivo 3 40,00%",
    );
  });
  it("without limits three objectives get 33,33% each, adding up to 100", () => {
    const proposed = proposeShareSetting(LOMBARDIA.map((c) => ({ ...c, min: null, max: null })));
    expect(proposed.kind === "computed" && Object.values(proposed.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 12);
  });
  it("with minimums 60 and 20 and a third free: 60 / 20 / 20", () => {
    const proposed = proposeShareSetting([
      { objectiveId: "a", label: "A", min: 60, max: null },
      { objectiveId: "b", label: "B", min: 20, max: null },
      { objectiveId: "c", label: "C", min: null, max: null },
    ]);
    expect(proposed.kind === "computed" && proposed.shares).toEqual({ a: 60, b: 20, c: 20 });
  });
  it("impossible constraints: no proposal, the reason instead", () => {
    const constraints = LOMBARDIA.map((c) => (c.objectiveId === "o2" ? { ...c, min: 50, max: null } : c));
    expect(proposeShareSetting(constraints)).toEqual(notComputable("la somma dei minimi (110,00%) supera il 100%: nessuna ripartizione possibile"));
  });
  it("Lombardia 50 / 20 / 30 is valid", () => {
    expect(validateShareSetting(LOMBARDIA, { o1: 50, o2: 20, o3: 30 })).toEqual([]);
  });
  it("Lombardia 35 / 25 / 40 breaks the minimum of obiettivo 1 and the maximum of obiettivo 2", () => {
    expect(validateShareSetting(LOMBARDIA, { o1: 35, o2: 25, o3: 40 })).toEqual([
      "Obiettivo 1: quota 35,00% sotto il minimo del 40,00%",
      "Obiettivo 2: quota 25,00% oltre il massimo del 20,00%",
    ]);
  });
  it("Lombardia 40 / 20 / 30 adds up to 90 → refused", () => {
    expect(validateShareSetting(LOMBARDIA, { o1: 40, o2: 20, o3: 30 })).toEqual(["le quote sommano a 90,00%, non al 100%"]);
  });
});

describe("what each assignee earns", () => {
  const setting = { o1: 40, o2: 20, o3: 40 };
  const bergamo = { assigneeId: "bg", label: "Provincia di Bergamo", budget: 1_000_000, achievements: { o1: 80, o2: 120, o3: 50 } };
  it("€ 1.000.000 at 40/20/40 with 80%, 120% (capped at 100) and 50%: 320.000 + 200.000 + 200.000 = € 720.000 earned, € 280.000 not", () => {
    const result = allocateResources(LOMBARDIA, setting, [bergamo]);
    expect(result.kind).toBe("computed");
    if (result.kind !== "computed") return;
    const [a] = result.assignees;
    expect(a!.lines.map((l) => l.earned)).toEqual([320_000, 200_000, 200_000]);
    expect(a!.earned).toBe(720_000);
    expect(a!.unearned).toBe(280_000);
    expect(a!.explanation.text).toBe(
      "Provincia di Bergamo: su € 1.000.000 — Obiettivo 1 40,00% × 80,00% = € 320.000; Obiettivo 2 20,00% × 100,00% = € 200.000; Obiettivo 3 40,00% × 50,00% = € 200.000; riconosciuti € 720.000, non riconosciuti € 280.000",
    );
  });
  it("with the cap at 120%: obiettivo 2 earns € 240.000, total € 760.000", () => {
    const result = allocateResources(LOMBARDIA, setting, [bergamo], { cap: 120 });
    expect(result.kind === "computed" && result.assignees[0]!.earned).toBe(760_000);
  });
  it("an achievement not available keeps its quota pending, not lost and not counted as 0 silently", () => {
    const result = allocateResources(LOMBARDIA, setting, [{ ...bergamo, achievements: { o1: 100, o2: null, o3: notComputable("dato non pervenuto") } }]);
    if (result.kind !== "computed") throw new Error(result.reason);
    expect(result.assignees[0]).toMatchObject({ earned: 400_000, unearned: 0, pending: 600_000 });
    expect(result.assignees[0]!.lines[2]!.note).toBe("dato non pervenuto: quota in attesa");
  });
  it("an invalid share setting makes the allocation not computable, with the reasons", () => {
    expect(allocateResources(LOMBARDIA, { o1: 35, o2: 25, o3: 40 }, [bergamo]).kind).toBe("not-computable");
  });
});
