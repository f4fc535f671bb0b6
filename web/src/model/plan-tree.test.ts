import { describe, expect, it } from "vitest";
import { computePlanFigures } from "./plan-figures";
import { buildPlanTree, countTree, EMPTY_FILTER, filterPlanTree, ownersOf, type NodeBranch } from "./plan-tree";
import { seedBundle } from "./seed-bundles";

describe("ARTI plan tree (seed 004): 4 ambiti strategici → 15 obiettivi → 18 indicatori", () => {
  const bundle = seedBundle("arti");
  const tree = buildPlanTree(bundle, computePlanFigures(bundle, null));

  it("has the four strategic areas at the root, area 1 with objectives 1.1–1.7", () => {
    expect(tree.map((b) => (b.kind === "node" ? b.node.code : b.id))).toEqual(["1", "2", "3", "4"]);
    const area1 = tree[0] as NodeBranch;
    expect(area1.children.map((c) => (c.kind === "objective" ? c.objective.code : ""))).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"]);
    expect(countTree(tree)).toEqual({ objectives: 15, indicators: 18 });
  });

  it("objective 1.1 weighs 6,00% and belongs to the Direzione", () => {
    const o = (tree[0] as NodeBranch).children[0]!;
    expect(o.kind === "objective" && o.objective.weight).toBe(6);
    expect(o.kind === "objective" && o.structureName).toBe("Direzione");
  });

  it("searching 'colloqui' finds only indicator 1.5.2 (37.787 colloqui a distanza)", () => {
    const found = filterPlanTree(tree, { ...EMPTY_FILTER, text: "colloqui" });
    expect(countTree(found)).toEqual({ objectives: 1, indicators: 1 });
  });

  it("searching ignores accents and case: 'ATTIVITA previste' finds the 5 indicators 'Realizzazione delle attività previste…'", () => {
    const found = filterPlanTree(tree, { ...EMPTY_FILTER, text: "ATTIVITA previste" });
    expect(countTree(found)).toEqual({ objectives: 5, indicators: 5 });
  });

  const codesOf = (branches: ReturnType<typeof filterPlanTree>) =>
    branches.flatMap((b) => (b.kind === "node" ? b.children : [b])).flatMap((c) => (c.kind === "objective" ? c.indicators.map((i) => i.indicator.code) : []));

  it("status '4. da iniziare - in ritardo' keeps ARTI 2.2.1 (cronoprogramma ARTI 7 overdue); '1. in anticipo' keeps 1.5.2 (188,94%)", () => {
    expect(codesOf(filterPlanTree(tree, { ...EMPTY_FILTER, status: 4 }))).toEqual(["2.2.1"]);
    expect(codesOf(filterPlanTree(tree, { ...EMPTY_FILTER, status: 1 }))).toEqual(["1.5.2"]);
  });

  it("kind of target 'previous-value' finds nothing for 2021 (those targets are for 2022–2023)", () => {
    expect(countTree(filterPlanTree(tree, { ...EMPTY_FILTER, targetKind: "previous-value" }))).toEqual({ objectives: 0, indicators: 0 });
  });

  it("owners are the responsible structures written in the source, and filter on them", () => {
    const owners = ownersOf(bundle);
    expect(owners).toContain("Direzione");
    const byDirezione = countTree(filterPlanTree(tree, { ...EMPTY_FILTER, owner: "Direzione" }));
    expect(byDirezione.indicators).toBeGreaterThan(0);
    expect(byDirezione.indicators).toBeLessThanOrEqual(18);
  });

  it("structure filter keeps only the objectives of that structure", () => {
    const found = filterPlanTree(tree, { ...EMPTY_FILTER, structureId: "arti-toscana:rpct" });
    const objectives = found.flatMap((b) => (b.kind === "node" ? b.children : [b]));
    expect(objectives.length).toBeGreaterThan(0);
    expect(objectives.every((o) => o.kind === "objective" && o.objective.structureId === "arti-toscana:rpct")).toBe(true);
  });
});

describe("AFOL plan tree (seed 000): structure blocks own their objectives", () => {
  const bundle = seedBundle("afol");
  const tree = buildPlanTree(bundle, computePlanFigures(bundle, null));

  it("5 blocks, 23 objectives, 80 indicators; the Divisione Lavoro block gives its objectives their structure", () => {
    expect(tree.map((b) => (b.kind === "node" ? b.node.title : ""))).toEqual([
      "Performance aziendale",
      "Direzione Generale",
      "Area Amministrazione",
      "Divisione Lavoro",
      "Divisione Formazione",
    ]);
    expect(countTree(tree)).toEqual({ objectives: 23, indicators: 80 });
    const lavoro = tree[3] as NodeBranch;
    expect(lavoro.children.every((c) => c.kind === "objective" && c.structureName === "Divisione Lavoro")).toBe(true);
  });

  it("deadline targets ('entro luglio 2022') are found by kind", () => {
    expect(countTree(filterPlanTree(tree, { ...EMPTY_FILTER, targetKind: "deadline" })).indicators).toBeGreaterThan(10);
  });
});

describe("Lombardia (seed 003): objectives without area and system indicators on a node", () => {
  it("keeps the 3 objectives and the 'Indicatori di sistema' node with its indicators", () => {
    const bundle = seedBundle("lombardia");
    const tree = buildPlanTree(bundle, computePlanFigures(bundle, null));
    const group = tree.find((b) => b.kind === "node") as NodeBranch;
    expect(group.node.title).toBe("Indicatori di sistema");
    expect(group.indicators.length).toBeGreaterThan(0);
    expect(countTree(tree).objectives).toBe(3);
  });
});
