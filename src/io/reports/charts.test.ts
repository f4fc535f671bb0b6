import { describe, expect, it } from "vitest";
import { chartToPng, renderScoreChart, renderStatusChart } from "./charts";
import { buildRelazioneReport } from "./relazione-model";
import { evaluated, SEED_PERIODS, seedBundle } from "./seed-plans.fixture";

const bundle = seedBundle("arti");
const report = buildRelazioneReport({ bundle, evaluation: evaluated(bundle, SEED_PERIODS.arti), generatedOn: "2021-07-15" });

describe("charts rendered on the server", () => {
  it("scores by strategic area: one bar per area, labelled the Italian way (ambito 3 = 97,07%)", () => {
    const chart = renderScoreChart("Punteggio per ambito strategico", report.areas)!;
    expect(chart.svg.startsWith("<svg")).toBe(true);
    expect(chart.svg).toContain("97,07%");
    expect(chart.svg).toContain("Servizi alle imprese");
    expect(chart.description).toContain("3 Servizi alle imprese 97,07%");
  });

  it("objectives by status: counts and shares per level, with the text alternative", () => {
    const chart = renderStatusChart("Obiettivi per stato", report.summary.objectivesByStatus)!;
    expect(chart.description).toMatch(/^Obiettivi per stato: 1\. in anticipo \d+ \(\d+,\d\d%\)/);
    // ARTI 2.2 has not started and is late: level 4, orange on the plan's scale
    expect(chart.description).toContain("4. da iniziare - in ritardo 1 (6,67%)");
    expect(chart.svg).toContain("#A35200");
  });

  it("PNG for the DOCX: a real PNG at twice the size", () => {
    const chart = renderScoreChart("Punteggio per struttura", report.structures)!;
    const png = chartToPng(chart);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(chart.width * 2);
    expect(png.readUInt32BE(20)).toBe(chart.height * 2);
  });

  it("no chart when nothing has a score", () => {
    expect(renderScoreChart("x", [{ label: "a", score: "non calcolabile", value: null, objectives: 1, explanation: "" }])).toBeNull();
  });
});
