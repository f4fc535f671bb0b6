// The person's attributes copied onto the events: packed at ingestion, read back with the persons' types, and
// added to a warehouse loaded before the copy existed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { unpackPersonAttribute } from "./person-attributes";
import { ident, sql } from "./sql/fragment";
import { handMadeDuckDb } from "./test-support/warehouses";
import { openWarehouse } from "./warehouse";

const ATTRIBUTES = ["sex", "citizenship", "education", "disadvantaged", "disability", "rdc", "adi", "naspi", "birth_year"];
const dir = mkdtempSync(join(tmpdir(), "traguardo-person-attributes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("attributi della persona sugli eventi", () => {
  it("ogni evento dei dati di prova porta sesso, cittadinanza, titolo, flag, anno di nascita e CPI della sua persona", async () => {
    const warehouse = await handMadeDuckDb();
    for (const attribute of ATTRIBUTES) {
      const rows = await warehouse.query(
        sql`SELECT count(*) AS n FROM events e JOIN persons p ON p.person_key = e.person_key WHERE ${unpackPersonAttribute(attribute, sql`e.person_attrs`)} IS DISTINCT FROM ${ident("p", attribute)}`,
      );
      expect(rows[0]!.n, attribute).toBe(0);
    }
    const [cpi] = await warehouse.query(sql`SELECT count(*) AS n, count(*) FILTER (WHERE e.person_cpi = p.cpi_code) AS same FROM events e JOIN persons p ON p.person_key = e.person_key`);
    expect(cpi!.n).toBe(41);
    expect(cpi!.same).toBe(41);
    const [key] = await warehouse.query(sql`SELECT count(*) AS n FROM events e JOIN persons p ON p.person_key = e.person_key JOIN offices o ON o.office_key = e.person_cpi_key WHERE o.office_code = p.cpi_code`);
    expect(key!.n).toBe(41);
    await warehouse.close();
  });

  it("un magazzino caricato prima della copia riceve le due colonne all'apertura, riempite dalle persone", async () => {
    const path = join(dir, "vecchio.duckdb");
    const old = await handMadeDuckDb(path);
    const [before] = await old.query(sql`SELECT list(person_attrs ORDER BY event_key) AS attrs FROM events`);
    for (const column of ["person_attrs", "person_cpi", "person_cpi_key"]) await old.execute(sql`ALTER TABLE events DROP COLUMN ${ident(column)}`);
    await old.execute(sql`ALTER TABLE offices DROP COLUMN office_key`);
    await old.close();

    const reopened = await openWarehouse({ path, threads: 1 });
    const [after] = await reopened.query(sql`SELECT list(person_attrs ORDER BY event_key) AS attrs, count(person_cpi) AS cpi FROM events`);
    expect(after!.attrs).toEqual(before!.attrs);
    expect(after!.cpi).toBe(41);
    const [keys] = await reopened.query(
      sql`SELECT count(DISTINCT office_key) AS offices, count(*) FILTER (WHERE o.office_code = p.cpi_code) AS same FROM events e JOIN persons p ON p.person_key = e.person_key JOIN offices o ON o.office_key = e.person_cpi_key`,
    );
    expect(keys!.same).toBe(41);
    await reopened.close();
  });
});
