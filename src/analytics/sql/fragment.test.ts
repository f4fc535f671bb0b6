import { describe, expect, it } from "vitest";
import { DIALECTS } from "./dialect";
import { and, dateValue, ident, or, render, sql, value } from "./fragment";

const duck = DIALECTS.duckdb;

describe("frammenti SQL", () => {
  it("i valori passano sempre dal quoting: «l'Aquila» diventa 'l''Aquila'", () => {
    expect(render(sql`SELECT * FROM offices WHERE province_name = ${value("l'Aquila")}`, duck)).toBe(
      "SELECT * FROM offices WHERE province_name = 'l''Aquila'",
    );
  });

  it("i nomi semplici restano nudi, gli altri tra virgolette doppie", () => {
    expect(render(sql`${ident("e", "event_date")}, ${ident("month")}, ${ident('strano"nome')}`, duck)).toBe(
      'e.event_date, "month", "strano""nome"',
    );
  });

  it("date e numeri: una data inesistente nel formato o un NaN non arrivano all'SQL", () => {
    expect(render(dateValue("2022-06-01"), DIALECTS.postgres)).toBe("DATE '2022-06-01'");
    expect(() => dateValue("01/06/2022")).toThrow("data non valida");
    expect(() => value(Number.NaN)).toThrow("valore numerico non finito");
  });

  it("AND e OR di nessuna condizione valgono TRUE e FALSE", () => {
    expect(render(and([]), duck)).toBe("TRUE");
    expect(render(or([]), duck)).toBe("FALSE");
    expect(render(and([sql`a`, sql`b`]), duck)).toBe("(a) AND (b)");
  });

  it("il mese come testo: strftime in DuckDB, to_char in PostgreSQL", () => {
    expect(render(DIALECTS.duckdb.monthKey(ident("d")), duck)).toBe("strftime(d, '%Y-%m')");
    expect(render(DIALECTS.postgres.monthKey(ident("d")), DIALECTS.postgres)).toBe("to_char(d, 'YYYY-MM')");
  });
});
