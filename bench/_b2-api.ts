import { createAccount } from "../src/auth/accounts";
import { SYSTEM_ACTOR } from "../src/audit/audit-log";
import { openPglite } from "../src/db/connect";
import { savePlanBundle } from "../src/db/plan-store";
import { buildApp } from "../src/server/app";
import { generatePlan } from "./generate-plan";
const handle = await openPglite(null);
await handle.migrate();
const plan = generatePlan(500);
await savePlanBundle(handle.db, plan);
await createAccount(handle.db, { email: "b@t.local", displayName: "B", role: "administrator", organisationId: null, structures: [], password: "benchmark-albero-piano" }, SYSTEM_ACTOR);
const app = await buildApp({ database: handle, security: { cookieSecure: false } });
const login = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "b@t.local", password: "benchmark-albero-piano" } });
const cookie = String([login.headers["set-cookie"]].flat()[0]).split(";")[0]!;
for (const url of ["/api/auth/session", "/api/me/notifications", `/api/plans/${plan.plan.id}`]) {
  const ts: number[] = [];
  for (let i = 0; i < 6; i++) { const t = performance.now(); const r = await app.inject({ method: "GET", url, headers: { cookie, "accept-encoding": "br" } }); ts.push(performance.now() - t); if (i === 0) console.log(url, r.statusCode, r.rawPayload.length); }
  console.log(url, ts.map((t) => t.toFixed(0)).join(" "));
}
await app.close(); await handle.close();
