import { describe, expect, it } from "vitest";
import type { BudgetLine, BudgetTable, Objective, ReportedTable } from "../model";
import {
  checkBudgetTable,
  checkCronoprogrammaValue,
  checkMeasurementRatios,
  checkObjectiveWeights,
  checkPhaseWeights,
  checkPlanConsistency,
  checkRatio,
  checkReportedTable,
  checkRoleWeightings,
} from "./consistency";
import { ARTI_CRONO_2, ARTI_CRONO_6, ARTI_CRONO_8, buildBundle, phase } from "./test-factories";

describe("ratios recomputed from numerator and denominator", () => {
  const ok: [string, number, number, number][] = [
    ["ARTI 1.5: 37.787 / 20.000 = 188,94% as stated", 37_787, 20_000, 188.94],
    ["ARTI 1.6: 96 / 106 = 90,57% as stated", 96, 106, 90.57],
    ["ARTI 2.1: 305 / 323 = 94,43% as stated", 305, 323, 94.43],
    ["ARTI 3.2: 5.758 / 7.914 = 72,76% as stated", 5_758, 7_914, 72.76],
    ["ARTI 1.4: 25.202 / 45.000 = 56,0044% stated 56,00%: rounding", 25_202, 45_000, 56],
    ["ARTI 3.1: 15.609 / 18.280 = 85,3884% stated 85,38% (truncated): 0,008 pp, within 0,01 pp", 15_609, 18_280, 85.38],
  ];
  for (const [name, numerator, denominator, stated] of ok) {
    it(name, () => {
      expect(checkRatio({ item: name.split(":")[0]!, numerator, denominator, stated })).toBeNull();
    });
  }
  it("ARTI 4.2: 483 formati / 500 dipendenti = 96,60% but 95,00% stated → finding with both figures", () => {
    const result = checkRatio({ item: "ARTI 4.2", numerator: 483, denominator: 500, stated: 95 });
    expect(result).toMatchObject({ code: "ratio-mismatch", item: "ARTI 4.2", stated: 95, computed: 96.6 });
    expect(result?.message).toBe("ARTI 4.2: valore dichiarato 95,00%, ricalcolato 483 / 500 = 96,60% (differenza 1,6 punti)");
  });
  it("denominator zero → finding, never NaN", () => {
    expect(checkRatio({ item: "X", numerator: 5, denominator: 0, stated: 50 })).toMatchObject({ code: "zero-denominator", severity: "error" });
  });
  it("measurements of a bundle: 96/106 stated 90,57 passes, 96/106 stated 95 is flagged, a negative count is flagged", () => {
    const indicators = [{ id: "i1", code: "1.6" }, { id: "i2", code: "1.6bis" }, { id: "i3", code: "1.3" }].map((i) => ({
      ...i, planId: "p", objectiveId: null, nodeId: null, position: 0, definition: "d", unit: null, method: null, numeratorLabel: null, denominatorLabel: null,
      direction: "unknown" as const, dataSource: null, responsibleStructure: null, programmingLinks: null, baselineText: null, baselineValue: null, baselineYear: null, notes: null, cronoprogrammaId: null,
    }));
    const m = (id: string, indicatorId: string, value: number, numerator: number | null = null, denominator: number | null = null) => ({
      id, indicatorId, periodId: "p1", value, valueText: null, numerator, denominator, note: null, source: null, assessmentLevel: null, assessmentText: null, origin: "imported" as const, assigneeId: null, provenance: null,
    });
    const findings = checkMeasurementRatios(indicators, [m("a", "i1", 90.57, 96, 106), m("b", "i2", 95, 96, 106), m("c", "i3", -4)], { prefix: "ARTI" });
    expect(findings.map((f) => [f.code, f.item])).toEqual([
      ["ratio-mismatch", "ARTI 1.6bis"],
      ["negative-value", "ARTI 1.3"],
    ]);
  });
});

describe("weights add up to 100%", () => {
  it("ARTI cronoprogrammi 2, 6, 8: phases add up to 100% → no finding", () => {
    const crono = (id: string) => ({ id, objectiveId: "o", code: id, title: id, targetText: null, dueDate: null });
    expect([...checkPhaseWeights(crono("crono-2"), ARTI_CRONO_2), ...checkPhaseWeights(crono("crono-6"), ARTI_CRONO_6), ...checkPhaseWeights(crono("crono-8"), ARTI_CRONO_8)]).toEqual([]);
  });
  it("phases 50 + 45 and one without weight → two findings naming the phase and the sum 95,00%", () => {
    const crono = { id: "c", objectiveId: "o", code: "ARTI 9", title: "t", targetText: null, dueDate: null };
    const findings = checkPhaseWeights(crono, [phase("c", 1, 50, null, null), phase("c", 2, 45, null, null), phase("c", 3, null, null, null)]);
    expect(findings.map((f) => f.message)).toEqual([
      "cronoprogramma ARTI 9: fasi senza peso: 3",
      "cronoprogramma ARTI 9: i pesi delle fasi sommano a 95,00%, non al 100%",
    ]);
  });
  it("ARTI 2021 objectives add up to 77% (1.4, 1.5 and 4.4 without weight) → two findings", () => {
    // seed 004, "Peso %": 1.1 6, 1.2 8, 1.3 8, 1.6 4, 1.7 8, 2.1 5, 2.2 4, 2.3 5, 3.1 8, 3.2 6, 4.1 8, 4.2 7
    const weights: [string, number | null][] = [["1.1", 6], ["1.2", 8], ["1.3", 8], ["1.4", null], ["1.5", null], ["1.6", 4], ["1.7", 8], ["2.1", 5], ["2.2", 4], ["2.3", 5], ["3.1", 8], ["3.2", 6], ["4.1", 8], ["4.2", 7], ["4.4", null]];
    const objectives = weights.map(([code, weight]) => ({ id: code, planId: "p", code, title: code, weight }) as Objective);
    const findings = checkObjectiveWeights(objectives, { item: "ARTI 2021" });
    expect(findings.map((f) => f.message)).toEqual([
      "ARTI 2021: obiettivi senza peso: 1.4, 1.5, 4.4",
      "ARTI 2021: i pesi degli obiettivi sommano a 77,00%, non al 100%",
    ]);
    expect(findings[1]).toMatchObject({ code: "objective-weights-sum", stated: 100, computed: 77 });
  });
  it("weights over 100% are named as such", () => {
    const objectives = [60, 50].map((weight, i) => ({ id: `${i}`, planId: "p", code: `${i + 1}`, title: "t", weight }) as Objective);
    expect(checkObjectiveWeights(objectives)[0]!.message).toBe("piano: i pesi degli obiettivi sommano a 110,00%, non al 100% (oltre il 100%)");
  });
  it("AFOL gives no weights at all → nothing to add up, no finding", () => {
    expect(checkObjectiveWeights([{ id: "1", planId: "p", code: "1", title: "t", weight: null } as Objective])).toEqual([]);
  });
});

// ANPAL 2019, seed 002: budget of the Piano Operativo 2017-2020 (first table) and DD n. 549 del 20.12.2019.
function line(tableId: string, position: number, amounts: (number | null)[], extra: Partial<BudgetLine> = {}): BudgetLine {
  return { id: `${tableId}-${position}`, tableId, position, rowKind: "line", section: null, axis: null, investmentPriority: null, lineCode: null, description: null, fundingSource: null, amounts, ...extra };
}
const PO_TABLE: BudgetTable = { id: "po", planId: "p", code: "po-2017-2020", title: "Piano Operativo 2017-2020", act: null, columns: ["Risorse ANPAL 2017-2020", "Risorse ANPAL Servizi 2017-2020"], position: 0 };
const PO_ROWS: [number | null, number | null][] = [
  [null, 3_892_962.46], [243_521.99, 1_931_155.1], [734_981.52, 2_737_301.78], [93_178.05, 2_851_246.76], [267_986.23, 53_982_689.28],
  [120_785.28, 16_229_988.05], [32_368.92, 44_413_777.67], [1_945_832.84, 1_698_527.83], [13_929_476.08, 11_102_113.28], [374_576.15, 0],
  [89_586.94, 2_000_099.39], [22_624.62, 3_219_734.74], [1_468_088.04, 2_885_713.33], [2_251_570.69, null], [848_571.42, null],
  [584_496.18, 782_880.24], [546_496.95, null], [904_343.68, 1_011_202.27], [897_666.8, 134_608.42], [null, 24_909_739.74],
];
const PO_LINES = [
  ...PO_ROWS.map((amounts, i) => line("po", i, amounts)),
  line("po", 99, [25_722_311.28, 173_783_740.34], { rowKind: "total", description: "TOTALE" }),
];

const DD549: BudgetTable = { id: "dd549", planId: "p", code: "DD n. 549 del 20.12.2019", title: "Rideterminazione", act: "DD n. 549 del 20.12.2019", columns: ["Totale budget 2017-2020", "Budget rideterminato", "Risorse disimpegnate"], position: 1 };
const DD549_ROWS: [string, string, number, number, number][] = [
  ["Coord. Sez. 1", "PON SPAO", 10_580_261.52, 5_808_125.38, 4_772_136.15],
  ["1", "PON SPAO", 3_892_962.46, 2_066_551, 1_826_411.46],
  ["2", "PON SPAO", 1_931_155.1, 925_627.3, 1_005_527.8],
  ["3", "PON SPAO", 2_737_301.78, 1_522_743.89, 1_214_557.89],
  ["4", "PON SPAO", 2_851_246.76, 1_340_023.76, 1_511_222.99],
  ["5 - POC-", "POC SPAO", 53_982_689.28, 29_575_141.55, 24_407_547.73],
  ["Coord. Sez. 2", "PON SPAO", 11_313_129.88, 5_855_428.38, 5_457_701.5],
  ["6", "PON SPAO", 16_229_988.05, 8_027_304.75, 8_202_683.3],
  ["7 - POC-", "POC SPAO", 44_413_777.67, 23_256_766.47, 21_157_011.2],
  ["8", "PON SPAO", 1_698_527.83, 849_748.81, 848_779.02],
  ["Coord. Sez. 3", "PON SPAO", 3_016_348.34, 1_506_047.69, 1_510_300.65],
  ["9", "PON SPAO", 11_102_113.28, 3_121_862.47, 7_980_250.81],
  ["11", "PON SPAO", 2_000_099.39, 996_701.07, 1_003_398.32],
  ["12", "PON SPAO", 3_219_734.74, 1_637_366.78, 1_582_367.96],
  ["13", "PON SPAO", 2_885_713.33, 1_420_649.89, 1_465_063.44],
  ["16", "PON SPAO", 782_880.24, 383_814.81, 399_065.43],
  ["18", "PON SPAO", 1_011_202.27, 504_901.01, 506_301.26],
  ["19", "PON SPAO", 134_608.42, 64_609.65, 69_998.76],
];
const DD549_LINES = [
  ...DD549_ROWS.map(([lineCode, fundingSource, ...amounts], i) => line("dd549", i, amounts, { lineCode, fundingSource })),
  line("dd549", 50, [75_387_273.39, 36_031_506.64, 39_355_766.74], { rowKind: "subtotal", fundingSource: "PON SPAO", description: "Totale risorse ANPAL Servizi a valere sul PON SPAO" }),
  line("dd549", 51, [98_396_466.95, 52_831_908.02, 45_564_558.93], { rowKind: "subtotal", fundingSource: "POC SPAO", description: "Totale risorse ANPAL Servizi a valere sul POC SPAO" }),
  line("dd549", 52, [173_783_740.34, 88_863_414.66, 84_920_325.67], { rowKind: "total", description: "Totale complessivo" }),
];

describe("budget tables: rows against totals and subtotals, per column", () => {
  it("ANPAL Piano Operativo: 'Risorse ANPAL' rows add up to 25.356.152,38, the TOTALE says 25.722.311,28 → finding; the other column adds up to 173.783.740,34", () => {
    const findings = checkBudgetTable(PO_TABLE, PO_LINES);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "table-total-mismatch", stated: 25_722_311.28, computed: 25_356_152.38 });
    expect(findings[0]!.message).toBe(
      "Piano Operativo 2017-2020, «TOTALE», colonna «Risorse ANPAL 2017-2020»: indicato 25.722.311,28, somma di tutte le righe 25.356.152,38 (differenza 366.158,90)",
    );
  });
  it("ANPAL DD n. 549: PON SPAO rows = 75.387.273,39, POC SPAO rows = 98.396.466,95, all = 173.783.740,34, in the three columns → no finding", () => {
    expect(checkBudgetTable(DD549, DD549_LINES)).toEqual([]);
  });
  it("DD n. 549 with line 9 mistyped as 11.102.113,82 → PON subtotal and total flagged in the first column", () => {
    const broken = DD549_LINES.map((l) => (l.lineCode === "9" ? { ...l, amounts: [11_102_113.82, ...l.amounts.slice(1)] } : l));
    const findings = checkBudgetTable(DD549, broken);
    expect(findings.map((f) => [f.stated, f.computed])).toEqual([
      [75_387_273.39, 75_387_273.93],
      [173_783_740.34, 173_783_740.88],
    ]);
  });
  it("contiguous subtotals (DD n. 570 'SEZIONE 1 - Totale' = 1.140.586 + 2.531.340 + 1.787.880 + 2.043.345 + 44.960.569 = 52.463.720)", () => {
    const table: BudgetTable = { id: "dd570", planId: "p", code: "DD n. 570", title: "t", act: null, columns: ["Totale complessivo"], position: 2 };
    const lines = [
      line("dd570", 0, [10_771_777]),
      line("dd570", 1, [10_771_777], { rowKind: "subtotal", description: "COORDINAMENTO Totale" }),
      ...[1_140_586, 2_531_340, 1_787_880, 2_043_345, 44_960_569].map((v, i) => line("dd570", 2 + i, [v])),
      line("dd570", 7, [52_463_720], { rowKind: "subtotal", description: "SEZIONE 1 - Totale" }),
      line("dd570", 8, [63_235_497], { rowKind: "total", description: "Totale" }),
    ];
    expect(checkBudgetTable(table, lines)).toEqual([]);
    const broken = lines.map((l) => (l.position === 7 ? { ...l, amounts: [52_463_721] } : l));
    expect(checkBudgetTable(table, broken)[0]!.message).toContain("indicato 52.463.721, somma delle righe precedenti 52.463.720");
  });
});

describe("reported tables", () => {
  // ANPAL FIXO, Linea 7 (seed 002): Inserite in PLUS, Verificate e validate, Rendicontate ad ANPAL
  const FIXO: ReportedTable = {
    id: "fixo",
    planId: "p",
    code: "fixo-linea-7",
    title: "FIXO Linea 7",
    columns: ["Misura", "Inserite Nr.", "Inserite Importo", "Verificate Nr.", "Verificate Importo", "Rendicontate Nr.", "Rendicontate Importo"],
    rows: [
      { kind: "row", cells: ["Orientamento I livello", "2.589", "152.082,00", "11.299", "667.726,00", "28.532", "1.678.104,00"] },
      { kind: "row", cells: ["Orientamento II livello", "1.148", "210.373,00", "5.445", "945.116,50", "13.390", "2.468.244,00"] },
      { kind: "row", cells: ["Accompagnamento al lavoro", "212", "381.829,00", "771", "1.539.993,00", "766", "1.537.122,00"] },
      { kind: "total", cells: ["Totali", "3.949", "744.284,00", "17.515", "3.152.835,50", "42.688", "5.683.470,00"] },
    ],
    notes: null,
    position: 0,
  };
  it("FIXO: 2.589 + 1.148 + 212 = 3.949 and 152.082 + 210.373 + 381.829 = 744.284,00 (and the other four columns) → no finding", () => {
    expect(checkReportedTable(FIXO)).toEqual([]);
  });
  it("FIXO with 'Totali' 3.959 → finding naming the column, stated 3.959 and computed 3.949", () => {
    const broken = { ...FIXO, rows: FIXO.rows.map((r) => (r.kind === "total" ? { ...r, cells: ["Totali", "3.959", ...r.cells.slice(2)] } : r)) };
    const findings = checkReportedTable(broken);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ stated: 3_959, computed: 3_949 });
    expect(findings[0]!.message).toBe("FIXO Linea 7, riga «Totali», colonna «Inserite Nr.»: indicato 3.959, somma delle righe 3.949");
  });
  it("numbers stored as numbers work the same: 152.082 + 210.373 + 381.829 = 744.284", () => {
    const rows: ReportedTable["rows"] = [
      { kind: "row", cells: ["Orientamento I livello", 152_082] },
      { kind: "row", cells: ["Orientamento II livello", 210_373] },
      { kind: "row", cells: ["Accompagnamento al lavoro", 381_829] },
      { kind: "total", cells: ["Totali", 744_284] },
    ];
    const numeric = { ...FIXO, columns: ["Misura", "Importo"], rows };
    expect(checkReportedTable(numeric)).toEqual([]);
  });
});

describe("stated indicator value against cronoprogramma progress", () => {
  const crono = (id: string, code: string) => ({ id, objectiveId: "o", code, title: code, targetText: null, dueDate: "2021-12-31" });
  it("ARTI 1.2: 30,00% stated, cronoprogramma ARTI 2 at 30/06/2021 = 15,00% (phase 1 done 31/03/21) → finding", () => {
    const result = checkCronoprogrammaValue({ item: "ARTI 1.2", indicatorId: "i12", stated: 30, cronoprogramma: crono("crono-2", "ARTI 2"), phases: ARTI_CRONO_2, cutoffDate: "2021-06-30" });
    expect(result).toMatchObject({ code: "cronoprogramma-value-mismatch", stated: 30, computed: 15 });
    expect(result!.message).toBe(
      "ARTI 1.2: valore dichiarato 30,00%, avanzamento del cronoprogramma ARTI 2 15,00% — cronoprogramma ARTI 2 al 30/06/2021: 15,00% (fase 1 conclusa il 31/03/2021 (peso 15,00%))",
    );
  });
  it("ARTI 1.7: 50,00% stated = cronoprogramma ARTI 6 → no finding; ARTI 2.3: 5,00% = cronoprogramma ARTI 8 → no finding", () => {
    expect(checkCronoprogrammaValue({ item: "ARTI 1.7", indicatorId: "i17", stated: 50, cronoprogramma: crono("crono-6", "ARTI 6"), phases: ARTI_CRONO_6, cutoffDate: "2021-06-30" })).toBeNull();
    expect(checkCronoprogrammaValue({ item: "ARTI 2.3", indicatorId: "i23", stated: 5, cronoprogramma: crono("crono-8", "ARTI 8"), phases: ARTI_CRONO_8, cutoffDate: "2021-06-30" })).toBeNull();
  });
});

describe("role weightings", () => {
  it("AFOL PO 30/45/25 passes; a 30/45/20 weighting is an error finding", () => {
    const w = (role: string, b: number) => ({ id: role, planId: "p", role, position: 0, organisational: 30, individual: 45, behaviour: b, statedTotal: 100 });
    const findings = checkRoleWeightings([w("PO divisioni", 25), w("PO amministrazione", 20)]);
    expect(findings.map((f) => f.message)).toEqual(["Pesatura «PO amministrazione»: 30 + 45 + 20 = 95, non 100"]);
  });
});

describe("all checks on a bundle", () => {
  it("runs ratio, weight, table and cronoprogramma checks together", () => {
    const bundle = buildBundle({
      organisation: { id: "arti", name: "ARTI", shortName: "ARTI" },
      objectives: [
        { id: "o12", planId: "plan", code: "1.2", title: "Fiera", weight: 8 },
        { id: "o42", planId: "plan", code: "4.2", title: "Formazione", weight: 7 },
      ],
      cronoprogrammi: [{ id: "crono-2", objectiveId: "o12", code: "ARTI 2", title: "Fiera" }],
      phases: ARTI_CRONO_2,
      indicators: [
        { id: "i12", planId: "plan", objectiveId: "o12", code: "1.2", definition: "Fiera secondo il cronoprogramma", cronoprogrammaId: "crono-2" },
        { id: "i42", planId: "plan", objectiveId: "o42", code: "4.2", definition: "Personale formato/personale totale" },
      ],
      periods: [{ id: "p1", planId: "plan", label: "Monitoraggio intermedio al 30/06/2021", cutoffDate: "2021-06-30" }],
      measurements: [
        { id: "m12", indicatorId: "i12", periodId: "p1", value: 30 },
        { id: "m42", indicatorId: "i42", periodId: "p1", value: 95, numerator: 483, denominator: 500 },
      ],
    });
    const findings = checkPlanConsistency(bundle, "2021-06-30");
    expect(findings.map((f) => [f.code, f.item])).toEqual([
      ["ratio-mismatch", "ARTI 4.2"],
      ["objective-weights-sum", "Piano di prova"],
      ["cronoprogramma-value-mismatch", "ARTI 1.2"],
    ]);
  });
});
