// `traguardo analytics` as a user runs it: a real process, a DuckDB warehouse on disk. Generated data go through
// ingestion and the full shipped set; the hand-made data (test-support/hand-made-data.ts, every figure worked out
// by hand in the analytics tests) carry four bad rows that must be rejected with their line and reason.
import { execFile } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { writeHandMadeCsv } from "../analytics/test-support/hand-made-data";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "traguardo-cli-analytics-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function traguardo(...args: string[]) {
  try {
    const { stdout, stderr } = await run("node", ["bin/traguardo.js", "analytics", ...args], { cwd: process.cwd(), maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The CSV rows of `compute --format csv` for the total of each definition: id → [value, numerator, denominator]. */
function totals(csv: string): Record<string, string[]> {
  const rows = csv.trim().split("\n").slice(1).map((line) => line.split(";"));
  return Object.fromEntries(rows.filter((r) => r[1] === "total").map((r) => [r[0]!, r.slice(4)]));
}

describe("traguardo analytics", () => {
  it("generates 2.000 persons, loads every row once (a second load adds nothing) and computes the 17 shipped indicators for 2022", async () => {
    const data = join(dir, "generati");
    const warehouse = join(dir, "generati.duckdb");
    const generated = await traguardo("generate", "--persons", "2000", "--seed", "7", "--out", data, "--format", "csv");
    expect(generated.code).toBe(0);
    const [, offices, persons, events] = /✓ ([\d.]+) sedi, ([\d.]+) persone, ([\d.]+) eventi/.exec(generated.stdout) ?? [];
    expect(persons).toBe("2.000");

    const files = ["sedi.csv", "persone.csv", "eventi.csv"].map((f) => join(data, f));
    const ingested = await traguardo("ingest", ...files, "--db", warehouse, "--as-of", "2024-01-01");
    expect(ingested.code).toBe(0);
    expect(ingested.stdout).toContain(`(offices): ${offices} righe lette, ${offices} caricate, 0 già presenti, 0 scartate`);
    expect(ingested.stdout).toContain(`(persons): ${persons} righe lette, ${persons} caricate, 0 già presenti, 0 scartate`);
    expect(ingested.stdout).toContain(`(events): ${events} righe lette, ${events} caricate, 0 già presenti, 0 scartate`);

    const again = await traguardo("ingest", files[2]!, "--db", warehouse);
    expect(again.stdout).toContain("file già caricato (lotto 3), nessuna riga aggiunta");

    const computed = await traguardo("compute", "shipped", "--period", "2022", "--db", warehouse);
    expect(computed.code).toBe(0);
    expect(computed.stdout).toMatch(new RegExp(`Dati ds-[0-9a-f]{12} \\(3 file, l'ultimo «eventi\\.csv»; ${events!.replace(".", "\\.")} eventi dal `));
    expect(computed.stdout).toContain("Periodo 2022-01-01 – 2022-12-31: 17 indicatori ricalcolati, 0 già aggiornati");
    const recomputed = await traguardo("compute", "shipped", "--period", "2022", "--db", warehouse);
    expect(recomputed.stdout).toContain("0 indicatori ricalcolati, 17 già aggiornati");
  });

  it("rejects an unknown LEP code, a future date, an unknown person and a duplicated row, with line and reason; the rest is computed", async () => {
    const files = writeHandMadeCsv(join(dir, "a-mano"));
    // lines 43–46 of the file (line 1 is the header, the 41 hand-made events are lines 2–42)
    appendFileSync(
      files.events,
      [
        "E042;P1;2022-03-01;lep_service;C01;;;Z;;;;;",
        "E043;P2;2030-01-01;did;C01;;;;;;;;",
        "E044;P99;2022-03-01;did;C01;;;;;;;;",
        "E002;P1;2022-01-10;access;C01;;in_person;;;;;;",
      ].join("\n") + "\n",
    );
    const warehouse = join(dir, "a-mano.duckdb");
    const ingested = await traguardo("ingest", files.offices, files.persons, files.events, "--db", warehouse, "--as-of", "2024-01-01");
    expect(ingested.stdout).toContain("(events): 45 righe lette, 41 caricate, 0 già presenti, 4 scartate");
    expect(ingested.stdout).toContain("- lep_code: codice LEP sconosciuto (ammessi: A, B, C, D, E, F, G, H, I, J, K, L, M) (1 riga)");
    expect(readFileSync(`${files.events}.scarti.csv`, "utf8").trim().split("\n")).toEqual([
      "riga;campo;motivo;valore",
      "43;lep_code;codice LEP sconosciuto (ammessi: A, B, C, D, E, F, G, H, I, J, K, L, M);Z",
      "44;event_date;data futura (successiva al 01/01/2024);2030-01-01",
      "45;person_id;persona sconosciuta (caricare prima il file delle persone);P99",
      "46;riga;riga duplicata: stessa chiave della riga 3;",
    ]);

    const computed = await traguardo("compute", "shipped", "--period", "2022", "--db", warehouse, "--format", "csv");
    expect(computed.code).toBe(0);
    const byDefinition = totals(computed.stdout);
    expect(Object.keys(byDefinition)).toHaveLength(17);
    // GOL from June 2022: P2, P3 and P4 (pact after the assessment); P6 had no assessment (shipped-definitions.test.ts)
    expect(byDefinition["afol-12-gol-persone-trattate"]).toEqual(["3", "3", ""]);
    // drop-out: of the 6 pacts, P3 (basic guidance only) and P6 (nothing within 90 days)
    expect(byDefinition["lombardia-1-2-tasso-di-caduta"]).toEqual(["33,33333333333333", "2", "6"]);

    // a reader that stops early (head, a pager) ends the command quietly, without a stack trace
    const piped = await run("bash", ["-c", `node bin/traguardo.js analytics compute shipped --period 2022 --db ${warehouse} --format csv | head -1`]);
    expect(piped.stdout).toBe("definizione;disaggregazione;chiave;etichetta;valore;numeratore;denominatore\n");
    expect(piped.stderr).toBe("");
  });
});
