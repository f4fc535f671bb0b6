import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { openPglite } from "../src/db/connect";
import { savePlanBundle, loadPlanBundle } from "../src/db/plan-store";
import { PlanBundle } from "../src/domain/model";
import { evaluatePlan } from "../src/domain/evaluation/evaluate-plan";
import { generatePlan } from "./generate-plan";
const handle = await openPglite(null);
await handle.migrate();
const plan = generatePlan(500);
await savePlanBundle(handle.db, plan);
const time = async (label: string, f: () => unknown) => { const t = performance.now(); const r = await f(); console.log(label, (performance.now() - t).toFixed(1), "ms"); return r; };
for (let i = 0; i < 3; i++) {
  const b = (await time("load", () => loadPlanBundle(handle.db, plan.plan.id))) as PlanBundle;
  await time("zod parse", () => PlanBundle.parse(b));
  const json = (await time("stringify", () => JSON.stringify(b))) as string;
  console.log("size", json.length);
  const gz = (await time("gzip6", () => gzipSync(json, { level: 6 }))) as Buffer;
  console.log("gz", gz.length);
  const gz1 = (await time("gzip1", () => gzipSync(json, { level: 1 }))) as Buffer;
  console.log("gz1", gz1.length);
  const br = (await time("br4", () => brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }))) as Buffer;
  console.log("br", br.length);
  await time("JSON.parse", () => JSON.parse(json));
  await time("evaluatePlan", () => evaluatePlan(b, { periodId: b.periods[0]!.id } as never));
}
await handle.close();
