// `npm run bench:reports`: how long the Relazione takes for AFOL's plan (23 objectives, 80 indicators, results
// entered): DOCX, and PDF printed by Chromium — cold (browser started for it, as the command line does) and warm
// (browser already running, as the server keeps it). Target: under 3 s each.
import { performance } from "node:perf_hooks";
import { evaluatePlan } from "../src/domain/evaluation/evaluate-plan";
import { AFOL_PERIOD_ID } from "../src/io/reports/afol-results.fixture";
import { createPdfPrinter } from "../src/io/reports/pdf-printer";
import { renderRelazioneDocx } from "../src/io/reports/relazione-docx";
import { buildRelazioneReport } from "../src/io/reports/relazione-model";
import { renderRelazionePdf } from "../src/io/reports/relazione-pdf";
import { afolWithResults } from "../src/io/reports/seed-plans.fixture";

const TARGET_MS = 3000;

async function timeIt(label: string, work: () => Promise<unknown>, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const verdict = median < TARGET_MS ? "entro" : "OLTRE";
  console.log(`${label}: mediana ${median.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times.at(-1)!.toFixed(0)}, ${runs} esecuzioni) — ${verdict} i ${TARGET_MS} ms`);
  return median;
}

const bundle = afolWithResults();
/** From the plan to the document: evaluation, model and rendering are all in the time. */
const report = () => {
  const evaluation = evaluatePlan(bundle, { periodId: AFOL_PERIOD_ID });
  if (evaluation.kind !== "computed") throw new Error(evaluation.reason);
  return buildRelazioneReport({ bundle, evaluation, generatedOn: "2023-03-31" });
};

const results = [
  await timeIt("Relazione AFOL 2022 in DOCX", async () => renderRelazioneDocx(report())),
  await timeIt("Relazione AFOL 2022 in PDF, Chromium avviato per il documento (riga di comando)", async () => {
    const cold = createPdfPrinter();
    try {
      cold.warmUp(); // as renderReport does: the browser starts while the document is built
      return await renderRelazionePdf(report(), cold);
    } finally {
      await cold.close();
    }
  }, 3),
];
const printer = createPdfPrinter();
try {
  await renderRelazionePdf(report(), printer); // starts the browser
  results.push(await timeIt("Relazione AFOL 2022 in PDF, Chromium già avviato (server)", async () => renderRelazionePdf(report(), printer)));
} finally {
  await printer.close();
}
if (results.some((ms) => ms >= TARGET_MS)) process.exitCode = 1;
