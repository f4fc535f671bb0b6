// The `traguardo` command as a user runs it: a real process, a real embedded database on disk.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { seedPath } from "../io/seeds";

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), "traguardo-cli-"));
const env = { ...process.env, TRAGUARDO_DATA_DIR: join(dataDir, "db"), DATABASE_URL: "" };
delete (env as Record<string, string | undefined>).DATABASE_URL;

async function traguardo(...args: string[]) {
  try {
    const { stdout, stderr } = await run("node", ["bin/traguardo.js", ...args], { env, cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("traguardo command", () => {
  it("imports the ARTI monitoring, exports it as XLSX and JSON", async () => {
    const imported = await traguardo("import", seedPath("arti"));
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('piano "arti-2021" (arti-monitoraggio): 15 obiettivi, 18 indicatori');
    expect(imported.stdout).toContain("La somma dei pesi degli obiettivi è 77,00% mentre la tabella riporta 100,00%");

    const xlsx = join(dataDir, "arti.xlsx");
    expect((await traguardo("export", "arti-2021", "-o", xlsx)).code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe("PK");

    const json = join(dataDir, "arti.json");
    expect((await traguardo("export", "arti-2021", "--format", "json", "-o", json)).code).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8")).phases).toHaveLength(25);
  });

  it("refuses a malformed file with the line and reason, exits non-zero and changes nothing", async () => {
    const broken = readFileSync(seedPath("arti"), "utf8").replace("01/01/2021\t01/11/2021", "01/01/2021\t31/02/2021");
    const file = join(dataDir, "arti-rotto.txt");
    writeFileSync(file, broken);
    const result = await traguardo("import", file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("nessun dato modificato");
    expect(result.stderr).toMatch(/riga \d+, colonna \d+/);
    const json = join(dataDir, "arti-dopo.json");
    await traguardo("export", "arti-2021", "--format", "json", "-o", json);
    expect(JSON.parse(readFileSync(json, "utf8")).phases[0].plannedEnd).toBe("2021-11-01");
  });

  it("says which plan is missing", async () => {
    const result = await traguardo("export", "nessuno");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Piano "nessuno" non trovato');
  });
});
