// The four real documents go through the whole import pipeline (layout detection, parsing, targets, validation).
import { describe, expect, it } from "vitest";
import { readSeed, SEED_FILES } from "../seeds";
import { importFile, importText } from ".";

function importSeed(name: keyof typeof SEED_FILES) {
  const result = importText(readSeed(name), SEED_FILES[name]);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.location}: ${e.message}`).join("\n"));
  return result;
}

describe("import pipeline on the four seeds", () => {
  it("AFOL 2022: 23 objectives, 80 indicators with parsed targets, 5 pesature", () => {
    const { bundle, layout } = importSeed("afol");
    expect(layout).toBe("afol-piano");
    expect(bundle.objectives).toHaveLength(23);
    expect(bundle.indicators).toHaveLength(80);
    expect(bundle.roleWeightings).toHaveLength(5);
    expect(bundle.targets.every((t) => t.parsed !== null)).toBe(true);
    const relative = bundle.targets.find((t) => t.text === "+20% rispetto al 2021 (29)")?.parsed;
    expect(relative).toMatchObject({ kind: "relative", resolvedValue: 34.8 });
  });

  it("ARTI 2021: 4 areas, 15 objectives, 18 indicators, 8 cronoprogrammi with 25 phases", () => {
    const { bundle } = importSeed("arti");
    expect(bundle.nodes.filter((n) => n.kind === "strategic_area")).toHaveLength(4);
    expect(bundle.objectives.map((o) => o.code)).toEqual(
      ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2", "4.4"],
    );
    expect(bundle.indicators).toHaveLength(18);
    expect(bundle.cronoprogrammi).toHaveLength(8);
    expect(bundle.phases).toHaveLength(25);
    expect(bundle.objectives.reduce((sum, o) => sum + (o.weight ?? 0), 0)).toBe(77);
    expect(bundle.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["missing-weight", "weights-sum"]));
  });

  it("ANPAL 2019: 13 result indicators, 3 budget tables, 19 spending programmes, FIXO tables", () => {
    const { bundle } = importSeed("anpal");
    expect(bundle.indicators).toHaveLength(13);
    expect(bundle.budgetTables).toHaveLength(3);
    expect(bundle.spendingProgrammes).toHaveLength(19);
    expect(bundle.reportedTables).toHaveLength(2);
  });

  it("Lombardia 2026: 3 objectives with resource shares, 6 system indicators, 12 assignees", () => {
    const { bundle } = importSeed("lombardia");
    expect(bundle.objectives.map((o) => [o.resourceShareMin, o.resourceShareMax])).toEqual([
      [40, null],
      [null, 20],
      [20, null],
    ]);
    expect(bundle.indicators).toHaveLength(6);
    expect(bundle.plan.assigneeIds).toHaveLength(12);
  });

  it("names the supported layouts when a file is not one of them", async () => {
    const result = await importFile(new TextEncoder().encode("Verbale della riunione del 3 marzo"), "verbale.txt");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/^Formato del documento non riconosciuto/);
  });

  it("refuses an empty file", async () => {
    const result = await importFile(new Uint8Array(), "vuoto.txt");
    expect(result).toEqual({ ok: false, layout: null, errors: [{ location: "vuoto.txt", message: "Il file è vuoto" }] });
  });
});
