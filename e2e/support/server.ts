// A Traguardo server for one test file: `traguardo serve` on a free port with a fresh data folder in a temp
// directory (demo plans and demo accounts unless `demo: false`; the first administrator from ADMINISTRATOR).
// Stopped and its folder deleted afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ADMINISTRATOR } from "./accounts";

const repo = fileURLToPath(new URL("../..", import.meta.url));

export interface TestServer {
  baseUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls until the server answers, the process dies, or the time is up. */
async function waitUntilReady(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once("exit", (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`Il server di test è terminato (codice ${exited}):\n${output()}`);
    try {
      const health = await fetch(`${baseUrl}/api/health`);
      if (health.ok) {
        const page = await fetch(`${baseUrl}/`);
        const html = await page.text();
        if (!html.includes('<div id="root">')) {
          throw new Error(`Il server non serve l'applicazione web a "/" (HTTP ${page.status}): registrare registerWebApp(app) di src/server/static.ts`);
        }
        return;
      }
    } catch (error) {
      if (error instanceof Error && error.message.includes("registerWebApp")) throw error;
      // not listening yet
    }
    // poll interval while waiting for the condition above (not a fixed wait for an outcome)
    await new Promise<void>((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Il server di test non ha risposto entro ${timeoutMs / 1000} s:\n${output()}`);
}

export async function startTestServer(options: { demo?: boolean } = {}): Promise<TestServer> {
  const external = process.env.TRAGUARDO_E2E_BASE_URL;
  if (external) {
    // debugging against a server already running (its data is not reset between files)
    return { baseUrl: external.replace(/\/$/, ""), dataDir: "", stop: async () => {} };
  }
  const dataDir = mkdtempSync(join(tmpdir(), "traguardo-e2e-"));
  const port = await freePort();
  // "localhost", not 127.0.0.1: browsers keep Secure session cookies on http://localhost only
  const baseUrl = `http://localhost:${port}`;
  let log = "";
  const entry = process.env.TRAGUARDO_E2E_SERVER_ENTRY ? [process.env.TRAGUARDO_E2E_SERVER_ENTRY] : [join(repo, "src", "cli", "main.ts"), "serve"];
  // each instance has its own embedded database: never the PostgreSQL server CI names in DATABASE_URL,
  // which every instance would share (and "an instance without demo plans" would find the others' plans)
  const { DATABASE_URL: _sharedServer, ...inherited } = process.env;
  const child = spawn(process.execPath, [join(repo, "node_modules", "tsx", "dist", "cli.mjs"), ...entry], {
    cwd: repo,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: "localhost",
      TRAGUARDO_DATA_DIR: dataDir,
      TRAGUARDO_DEMO: options.demo === false ? "false" : "true",
      TRAGUARDO_ADMIN_EMAIL: ADMINISTRATOR.email,
      TRAGUARDO_ADMIN_PASSWORD: ADMINISTRATOR.password,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (log += String(chunk)));
  child.stderr?.on("data", (chunk) => (log += String(chunk)));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseUrl, child, () => log, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, stop };
}
