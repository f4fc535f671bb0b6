// Vitest global setup: build dist/web when missing or older than its sources (the server serves it).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function buildWebApp(): void {
  const script = fileURLToPath(new URL("../../scripts/build-web.mjs", import.meta.url));
  execFileSync(process.execPath, [script], { stdio: "inherit" });
}
