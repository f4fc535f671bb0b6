#!/usr/bin/env node
// Builds the web application into dist/web with Vite, only when dist/web is missing or older than its sources
// (web/, and src/domain which the app imports). `npm start` calls it; `--force` rebuilds anyway.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
const output = join(repo, "dist", "web", "index.html");
const sources = [join(repo, "web"), join(repo, "src", "domain"), join(repo, "package-lock.json")];
const SKIPPED = new Set(["node_modules", "dist", "screenshots"]);

/** The newest modification time under a path, and the file that has it. */
function newest(path) {
  if (!existsSync(path)) return { time: 0, file: null };
  const stat = statSync(path);
  if (!stat.isDirectory()) return { time: stat.mtimeMs, file: path };
  let best = { time: 0, file: null };
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.endsWith(".test.ts") || entry.name.endsWith(".test.tsx")) continue;
    const found = newest(join(path, entry.name));
    if (found.time > best.time) best = found;
  }
  return best;
}

/** Why a build is needed, or null when dist/web is up to date. */
export function reasonToBuild() {
  if (!existsSync(output)) return "dist/web non esiste";
  const built = statSync(output).mtimeMs;
  for (const source of sources) {
    const found = newest(source);
    if (found.time > built) return `${relative(repo, found.file)} è più recente di dist/web`;
  }
  return null;
}

async function main() {
  const force = process.argv.includes("--force");
  const reason = force ? "richiesto con --force" : reasonToBuild();
  if (!reason) {
    console.log("Applicazione web già compilata (dist/web aggiornata).");
    return;
  }
  console.log(`Compilazione dell'applicazione web (${reason})…`);
  // a build started from Vitest (the e2e global setup) inherits NODE_ENV=test, and Vite then bundles React's
  // development build (StrictMode renders twice, several times slower): the served app is always production
  process.env.NODE_ENV = "production";
  const { build } = await import("vite");
  await build({ configFile: join(repo, "web", "vite.config.ts"), logLevel: "warn" });
  console.log("✓ applicazione web compilata in dist/web");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(`Compilazione dell'applicazione web non riuscita: ${error?.message ?? error}`);
    process.exit(1);
  });
}
