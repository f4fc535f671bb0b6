// `npm run bench:web`: time to render the plan tree of a generated 500-indicator plan in Chromium (target under
// 1 s on localhost, issue #4), and the sizes of the built web app (dist/web), raw and gzip.
// The server runs in this process on an in-memory PGlite; each measure opens the tree in a fresh browser context
// (no cache), from navigation start to the tree on screen, as the page itself measures it (performance.now()).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { createAccount } from "../src/auth/accounts";
import { SYSTEM_ACTOR } from "../src/audit/audit-log";
import { openPglite } from "../src/db/connect";
import { savePlanBundle } from "../src/db/plan-store";
import { buildApp } from "../src/server/app";
import { registerWebApp } from "../src/server/static";
import { generatePlan } from "./generate-plan";

const INDICATORS = 500;
const RUNS = 5;
const TARGET_MS = 1000;
const repo = fileURLToPath(new URL("..", import.meta.url));
const webRoot = join(repo, "dist", "web");

function bundleSizes(): { file: string; raw: number; gzip: number }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html)$/.test(name)) files.push(path);
    }
  };
  walk(webRoot);
  return files
    .map((path) => {
      const content = readFileSync(path);
      return { file: path.slice(webRoot.length + 1), raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

/** Where the time went in one run, from the page's own timings (ms since navigation start). */
interface Split {
  html: number;
  scripts: number;
  apiStart: number;
  apiEnd: number;
  apiBytes: number;
}

function readSplit(): Split {
  const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
  const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
  const scripts = resources.filter((r) => r.initiatorType === "script" || r.name.endsWith(".js"));
  const api = resources.find((r) => /\/api\/plans\/[^/]+(\/tree)?(\?.*)?$/.test(new URL(r.name).pathname));
  return {
    html: nav.responseEnd,
    scripts: Math.max(0, ...scripts.map((r) => r.responseEnd)),
    apiStart: api?.requestStart ?? 0,
    apiEnd: api?.responseEnd ?? 0,
    apiBytes: api?.transferSize ?? 0,
  };
}

const describeSplit = (s: Split) =>
  `HTML ${s.html.toFixed(0)}, JS scaricati ${s.scripts.toFixed(0)}, API piano ${s.apiStart.toFixed(0)}→${s.apiEnd.toFixed(0)} (${(s.apiEnd - s.apiStart).toFixed(0)} ms, ${(s.apiBytes / 1024).toFixed(0)} kB trasferiti)`;

const kB = (bytes: number) => `${(bytes / 1024).toLocaleString("it-IT", { maximumFractionDigits: 1 })} kB`;



const handle = await openPglite(null);
await handle.migrate();
const plan = generatePlan(INDICATORS);
await savePlanBundle(handle.db, plan);
const password = "benchmark-albero-piano";
await createAccount(handle.db, { email: "bench@traguardo.local", displayName: "Benchmark", role: "administrator", organisationId: null, structures: [], password }, SYSTEM_ACTOR);
const app = await buildApp({ database: handle, security: { cookieSecure: false } });
await registerWebApp(app, { root: webRoot });
const address = await app.listen({ port: 0, host: "localhost" });
const baseUrl = address.replace("127.0.0.1", "localhost").replace("[::1]", "localhost");


const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 900 }, locale: "it-IT" });
  await context.request.post("/api/auth/login", { data: { email: "bench@traguardo.local", password } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await page.goto(`/piani/${encodeURIComponent(plan.plan.id)}`, { waitUntil: "commit" });
  const h = await page.waitForFunction(() => (document.querySelector('[data-testid="plan-tree"] .tree-objective') ? performance.now() : false), undefined, { polling: "raf", timeout: 30_000 });
  console.log("tree at", await h.jsonValue());
  const { profile } = (await cdp.send("Profiler.stop")) as any;
  const dt: Record<number, number> = {};
  profile.samples.forEach((id: number, i: number) => (dt[id] = (dt[id] ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self: Record<string, number> = {};
  const byUrl: Record<string, number> = {};
  for (const n of profile.nodes) {
    const k = `${n.callFrame.functionName} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
    self[k] = (self[k] ?? 0) + (dt[n.id] ?? 0);
    const u = n.callFrame.url.split("/").pop() || n.callFrame.functionName;
    byUrl[u] = (byUrl[u] ?? 0) + (dt[n.id] ?? 0);
  }
  if (run === 2) {
    console.log(Object.entries(byUrl).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${(v / 1000).toFixed(0)} ${k}`).join("\n"));
    console.log(Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 1000).toFixed(0)} ${k}`).join("\n"));
  }
  await context.close();
}
await browser.close(); await app.close(); await handle.close();
