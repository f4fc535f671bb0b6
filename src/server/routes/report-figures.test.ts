// The figures in every format are the evaluation API's, for the four seed plans: the open data (JSON, CSV) in
// points rounded to two decimals, the Relazione (DOCX) and the exchange workbook (XLSX) written the Italian way.
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/connect";
import { savePlanBundle } from "../../db/plan-store";
import { createTestDatabase, testDatabaseKinds } from "../../db/test-database";
import type { PlanEvaluation } from "../../domain/evaluation/evaluate-plan";
import { formatDate, formatPercent, roundForDisplay } from "../../domain/evaluation/explain";
import { parseCsv } from "../../io/open-data/open-data-csv";
import { OpenDataDocument } from "../../io/open-data/open-data-schema";
import { afolWithResults, SEED_PERIODS, seedBundle } from "../../io/reports/seed-plans.fixture";
import { buildApp } from "../app";
import { signIn, type SignedIn } from "../test-auth";

const PLANS = [
  { id: "arti-2021", period: SEED_PERIODS.arti },
  { id: "afol-2022", period: SEED_PERIODS.afol },
  { id: "anpal-servizi-2019", period: SEED_PERIODS.anpal },
] as const;

const points = (value: number) => roundForDisplay(value, 2);
const computedPercent = (r: { kind: string; percent?: number }) => (r.kind === "computed" ? r.percent! : null);

async function docxParagraphs(payload: Buffer): Promise<string[]> {
  const document = (await (await JSZip.loadAsync(payload)).file("word/document.xml")!.async("string")).replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
  return [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
}

describe.each(testDatabaseKinds())("report figures = evaluation API, on %s", (kind) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let office: SignedIn;
  const get = (url: string) => app.inject({ method: "GET", url, headers: office.headers });
  const evaluationOf = async (planId: string, periodId: string) => (await get(`/api/plans/${planId}/evaluation?periodId=${encodeURIComponent(periodId)}`)).json() as PlanEvaluation;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    for (const bundle of [seedBundle("arti"), afolWithResults(), seedBundle("anpal"), seedBundle("lombardia")]) await savePlanBundle(handle.db, bundle);
    app = await buildApp({ database: handle, today: () => "2023-03-31" });
    office = await signIn(app, "planning_office");
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  for (const plan of PLANS) {
    const query = `?periodId=${encodeURIComponent(plan.period)}`;

    it(`${plan.id}: open-data.json and open-data.csv carry the evaluation's plan, objective and indicator figures`, async () => {
      const evaluation = await evaluationOf(plan.id, plan.period);
      const doc = OpenDataDocument.parse((await get(`/api/plans/${plan.id}/reports/open-data.json${query}`)).json());
      expect(doc.planScorePercent).toBe(evaluation.plan.score.kind === "computed" ? points(evaluation.plan.score.value) : null);
      const objectiveScores = new Map(doc.objectives.map((o) => [o.id, o.scorePercent]));
      for (const o of evaluation.objectives) expect(objectiveScores.get(o.objectiveId), o.code).toBe(o.score.kind === "computed" ? points(o.score.value) : null);

      const rows = parseCsv((await get(`/api/plans/${plan.id}/reports/open-data.csv${query}`)).body);
      const header = rows[0]!;
      const column = (name: string) => header.indexOf(name);
      const byIndicator = new Map(rows.slice(1).map((r) => [r[column("indicatore_id")], r]));
      let compared = 0;
      for (const i of evaluation.indicators) {
        const row = byIndicator.get(i.indicatorId);
        expect(row, i.code).toBeDefined();
        const percent = computedPercent(i.achievement);
        expect(row![column("raggiungimento_percentuale")], i.code).toBe(percent === null ? "" : String(points(percent)));
        expect(row![column("stato")], i.code).toBe(i.status.effective?.label ?? "");
        if (percent !== null) compared += 1;
      }
      expect(compared).toBeGreaterThan(0);
    });

    it(`${plan.id}: relazione.docx prints the evaluation's plan score and every indicator's achievement`, async () => {
      const evaluation = await evaluationOf(plan.id, plan.period);
      const paragraphs = await docxParagraphs((await get(`/api/plans/${plan.id}/reports/relazione.docx${query}`)).rawPayload);
      const score = evaluation.plan.score.kind === "computed" ? formatPercent(evaluation.plan.score.value) : "non calcolabile";
      expect(paragraphs).toContain(`Punteggio complessivo al ${formatDate(evaluation.cutoffDate)}: ${score}`);
      for (const i of evaluation.indicators) {
        const percent = computedPercent(i.achievement);
        if (percent === null) continue;
        // the indicator's row: its label, then definition, baseline, target, actual, achievement…
        const at = paragraphs.findIndex((p, n) => p === i.label && paragraphs.slice(n, n + 9).includes(formatPercent(percent)));
        expect(at, `${i.label} ${formatPercent(percent)}`).toBeGreaterThanOrEqual(0);
      }
    });
  }

  it("arti-2021: monitoraggio.xlsx, «Valore conseguito» of each ratio indicator = the evaluation's actual (ARTI 1.5.2: 188,94% → 1,8894)", async () => {
    const evaluation = await evaluationOf("arti-2021", SEED_PERIODS.arti);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get("/api/plans/arti-2021/reports/monitoraggio.xlsx")).rawPayload as unknown as ExcelJS.Buffer);
    const ws = workbook.getWorksheet("Monitoraggio")!;
    const numbers: number[] = [];
    ws.getColumn(13).eachCell((cell) => {
      if (typeof cell.value === "number") numbers.push(cell.value);
    });
    const ratios = evaluation.indicators.filter((i) => i.achievement.kind === "computed" && i.achievement.rule === "ratio" && i.achievement.actual !== null);
    expect(ratios.length).toBeGreaterThan(3);
    for (const i of ratios) {
      const actual = (i.achievement as { actual: number }).actual / 100;
      // the workbook keeps the value as the agency wrote it: ARTI 3.1.1 states 85,38% for 15.609 / 18.280 = 85,3884%,
      // within the 0,01-point tolerance of the consistency checks
      expect(numbers.some((n) => Math.abs(n - actual) <= 0.0001), `${i.code} ${actual}`).toBe(true);
    }
    expect(numbers).toContain(1.8894);
  });

  it("afol-2022: monitoraggio.xlsx, the «Relazione sulla performance» row of every objective carries the evaluation's score", async () => {
    const evaluation = await evaluationOf("afol-2022", SEED_PERIODS.afol);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get("/api/plans/afol-2022/reports/monitoraggio.xlsx")).rawPayload as unknown as ExcelJS.Buffer);
    const texts: string[] = [];
    for (const ws of workbook.worksheets) ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === "string" && texts.push(cell.value)));
    for (const o of evaluation.objectives) {
      const score = o.score;
      if (score.kind !== "computed") continue;
      expect(texts.some((t) => t.startsWith(`Punteggio ${formatPercent(score.value)}`)), `obiettivo ${o.code}`).toBe(true);
    }
    // AFOL 8.2 'non realizzato' at the due date counts 0%: objective 8 = (100 + 0) ÷ 2 = 50,00%
    expect(texts.some((t) => t.startsWith("Punteggio 50,00% — 5. in ritardo"))).toBe(true);
  });

  it("lombardia-2026 (no period): every format reports the plan without results", async () => {
    const doc = OpenDataDocument.parse((await get("/api/plans/lombardia-2026/reports/open-data.json")).json());
    expect(doc.period).toBeNull();
    expect(doc.planScorePercent).toBeNull();
    expect((await get("/api/plans/lombardia-2026/evaluation")).statusCode).toBe(400);
    const paragraphs = await docxParagraphs((await get("/api/plans/lombardia-2026/reports/relazione.docx")).rawPayload);
    expect(paragraphs.join(" ")).not.toMatch(/Punteggio complessivo al/);
  });
});
