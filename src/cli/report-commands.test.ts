// `traguardo report` and `traguardo publish` as a user runs them: a real process on a real embedded database.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite } from "../db/connect";
import { savePlanBundle } from "../db/plan-store";
import { findPublications } from "../db/publications";
import { parseCsv } from "../io/open-data/open-data-csv";
import { seedBundle } from "../io/reports/seed-plans.fixture";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "traguardo-report-cli-"));
const dataDir = join(dir, "db");
const env: NodeJS.ProcessEnv = { ...process.env, TRAGUARDO_DATA_DIR: dataDir };
delete env.DATABASE_URL;

// the commands on a program of their own, as src/cli/main.ts wires them
const ENTRY = `
import { register } from "tsx/esm/api";
register();
const { Command } = await import("commander");
const { registerReportCommands } = await import("./src/cli/report-commands.ts");
const program = new Command("traguardo");
registerReportCommands(program);
await program.parseAsync(process.argv.slice(1), { from: "user" });
`;

async function traguardo(...args: string[]) {
  try {
    const { stdout, stderr } = await run("node", ["--input-type=module", "-e", ENTRY, ...args], { env, cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  const handle = await openPglite(dataDir);
  await handle.migrate();
  await savePlanBundle(handle.db, seedBundle("arti"));
  await handle.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("traguardo report / publish", () => {
  it("report --format csv writes the open data of ARTI at 30/06/2021", async () => {
    const output = join(dir, "arti.csv");
    const result = await traguardo("report", "arti-2021", "--period", "arti-2021:30-06-2021", "--format", "csv", "-o", output);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(`✓ ${output} (Dati aperti (CSV), Monitoraggio intermedio al 30/06/2021)\n`);
    const rows = parseCsv(readFileSync(output, "utf8"));
    const header = rows[0]!;
    expect(rows.find((r) => r[header.indexOf("indicatore_codice")] === "1.5.2")![header.indexOf("raggiungimento_percentuale")]).toBe("188.94");
  }, 120_000);

  it("report --format xlsx writes the ARTI monitoring table and its eight cronoprogrammi", async () => {
    const xlsx = join(dir, "arti.xlsx");
    expect((await traguardo("report", "arti-2021", "-f", "xlsx", "-o", xlsx)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets).toHaveLength(9);
  }, 120_000);

  it("says what is wrong: unknown format or period; exits with 1", async () => {
    const format = await traguardo("report", "arti-2021", "-f", "odt");
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('Formato "odt" non supportato: usare docx, pdf, xlsx, csv, json');
    expect((await traguardo("report", "arti-2021", "-f", "csv", "-p", "2099")).stderr).toContain("Periodo «2099» non presente");
  }, 120_000);

  it("publish freezes a publication recorded as published by «cli»", async () => {
    const result = await traguardo("publish", "arti-2021");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✓ pubblicato «Monitoraggio intermedio obiettivi 2021 - ARTI — Monitoraggio intermedio al 30\/06\/2021»: \/trasparenza\/[0-9a-f-]{36}\n$/);
    const handle = await openPglite(dataDir);
    try {
      const list = await findPublications(handle.db, { planId: "arti-2021" });
      expect(list.map((p) => p.publishedBy)).toEqual(["cli"]);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
