// `npm run bench:web`: time to render the plan tree of a generated 500-indicator plan in Chromium (target under
// 1 s on localhost, issue #4), and the sizes of the built web app (dist/web), raw and gzip.
// The server runs in this process on an in-memory PGlite; each measure opens the tree in a fresh browser context
// (no cache), from navigation start to the tree on screen, as the page itself measures it (performance.now()),
// and where the time went (page HTML, scripts, the plan's API call, the figures, the tree's first commit).
// BENCH_RESOURCES=1 lists every file and call the page made, with its timing.
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
  /** computing the figures in the page (evaluatePlan), and the tree's first commit. */
  figures: number;
  figuresRuns: number;
  committed: number;
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
    figures: performance.getEntriesByName("traguardo:tree-figures").reduce((t, e) => t + e.duration, 0),
    figuresRuns: performance.getEntriesByName("traguardo:tree-figures").length,
    committed: performance.getEntriesByName("traguardo:tree-committed")[0]?.startTime ?? 0,
  };
}

const describeSplit = (s: Split) =>
  `HTML ${s.html.toFixed(0)}, JS scaricati ${s.scripts.toFixed(0)}, API piano ${s.apiStart.toFixed(0)}→${s.apiEnd.toFixed(0)} (${(s.apiEnd - s.apiStart).toFixed(0)} ms, ${(s.apiBytes / 1024).toFixed(0)} kB trasferiti), cifre calcolate ${s.figuresRuns === 1 ? "una volta" : `${s.figuresRuns} volte`} in ${s.figures.toFixed(0)} ms, albero disegnato a ${s.committed.toFixed(0)}`;

const kB = (bytes: number) => `${(bytes / 1024).toLocaleString("it-IT", { maximumFractionDigits: 1 })} kB`;

/** Whether dist/web holds React's development build (made with NODE_ENV=test by an older e2e run). */
function isDevelopmentBuild(): boolean {
  const assets = join(webRoot, "assets");
  try {
    return readdirSync(assets).some((name) => name.endsWith(".js") && readFileSync(join(assets, name), "utf8").includes("jsxDEV"));
  } catch {
    return false;
  }
}

execFileSync(process.execPath, [join(repo, "scripts", "build-web.mjs"), ...(isDevelopmentBuild() ? ["--force"] : [])], { stdio: "inherit" });

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

/** The plan's API call alone, from this process (no browser): median of RUNS, with the bytes sent. */
async function timePlanApi(): Promise<{ median: number; bytes: number; encoding: string }> {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "bench@traguardo.local", password }) });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
  const times: number[] = [];
  let bytes = 0;
  let encoding = "";
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const res = await fetch(`${baseUrl}/api/plans/${encodeURIComponent(plan.plan.id)}`, { headers: { cookie, "accept-encoding": "br, gzip" } });
    await res.arrayBuffer();
    times.push(performance.now() - start);
    bytes = Number(res.headers.get("content-length") ?? 0);
    encoding = res.headers.get("content-encoding") ?? "nessuna";
  }
  return { median: [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!, bytes, encoding };
}
const api = await timePlanApi();
console.log(`API GET /api/plans/:id (solo server, ${RUNS} richieste): mediana ${api.median.toFixed(0)} ms, ${(api.bytes / 1024).toFixed(0)} kB (compressione ${api.encoding})`);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const times: number[] = [];
  const splits: Split[] = [];
  let counted = "";
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 900 }, locale: "it-IT" });
    const login = await context.request.post("/api/auth/login", { data: { email: "bench@traguardo.local", password } });
    if (!login.ok()) throw new Error(`accesso non riuscito: ${login.status()} ${await login.text()}`);
    const page = await context.newPage();
    await page.goto(`/piani/${encodeURIComponent(plan.plan.id)}`, { waitUntil: "commit" });
    // time since navigation start when the tree and its first objective are in the page
    const handleTime = await page.waitForFunction(() => (document.querySelector('[data-testid="plan-tree"] .tree-objective') ? performance.now() : false), undefined, { polling: "raf", timeout: 30_000 });
    times.push((await handleTime.jsonValue()) as number);
    splits.push(await page.evaluate(readSplit));
    if (process.env.BENCH_RESOURCES) console.log(await page.evaluate(() => (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((r) => `${r.name.replace(location.origin, "")} ${r.startTime.toFixed(0)}→${r.responseEnd.toFixed(0)}`).join("\n")));
    counted = await page.getByTestId("tree-count").innerText();
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(`Albero del piano generato (${INDICATORS} indicatori; «${counted}»), dalla navigazione all'albero visibile, contesto nuovo senza cache:`);
  for (const [i, s] of splits.entries()) console.log(`  esecuzione ${i + 1}: ${times[i]!.toFixed(0)} ms — ${describeSplit(s)}`);
  console.log(`  mediana ${median.toFixed(0)} ms (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}, ${RUNS} esecuzioni) — obiettivo < ${TARGET_MS} ms: ${median < TARGET_MS ? "rispettato" : "NON rispettato"}`);
} finally {
  await browser.close();
  await app.close();
  await handle.close();
}

const sizes = bundleSizes();
const total = sizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), { raw: 0, gzip: 0 });
console.log(`Applicazione web compilata (dist/web): ${kB(total.raw)}, ${kB(total.gzip)} con gzip`);
for (const s of sizes.slice(0, 8)) console.log(`  ${s.file}: ${kB(s.raw)} (gzip ${kB(s.gzip)})`);
