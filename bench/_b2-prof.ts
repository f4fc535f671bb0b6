import { evaluatePlan } from "../src/domain/evaluation/evaluate-plan";
import { generatePlan } from "./generate-plan";
const b = generatePlan(500);
for (let i = 0; i < 20; i++) { const t = performance.now(); evaluatePlan(b, { periodId: b.periods[0]!.id }); if (i % 5 === 0) console.log((performance.now() - t).toFixed(1)); }
