// SQL is assembled from typed parts, never by pasting strings: only the literal text of a `sql` template is
// trusted; names and values go through the dialect's quoting when the fragment is rendered.
import type { SqlDialect } from "./dialect";

type Part =
  | { kind: "text"; text: string }
  | { kind: "identifier"; names: readonly string[] }
  | { kind: "value"; value: string | number | boolean | null }
  | { kind: "date"; iso: string }
  | { kind: "code"; value: string; typeName: string };

export class SqlFragment {
  constructor(readonly parts: readonly Part[]) {}
}

export function sql(strings: TemplateStringsArray, ...values: SqlFragment[]): SqlFragment {
  const parts: Part[] = [];
  strings.forEach((text, i) => {
    if (text) parts.push({ kind: "text", text });
    const value = values[i];
    if (value) parts.push(...value.parts);
  });
  return new SqlFragment(parts);
}

/** A (possibly qualified) table or column name: ident("e", "event_date") → "e"."event_date". */
export function ident(...names: string[]): SqlFragment {
  return new SqlFragment([{ kind: "identifier", names }]);
}

/** A string, number, boolean or NULL value, quoted by the dialect. */
export function value(v: string | number | boolean | null): SqlFragment {
  if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`valore numerico non finito: ${v}`);
  return new SqlFragment([{ kind: "value", value: v }]);
}

/** A calendar date (YYYY-MM-DD). */
export function dateValue(iso: string): SqlFragment {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`data non valida: ${iso}`);
  return new SqlFragment([{ kind: "date", iso }]);
}

/** A value of a fixed code list (event type, LEP letter…): typed as the column's ENUM where the dialect has one. */
export function codeValue(v: string, typeName: string): SqlFragment {
  return new SqlFragment([{ kind: "code", value: v, typeName }]);
}

const SEPARATORS = {
  comma: ", ",
  commaLine: ",\n  ",
  and: " AND ",
  or: " OR ",
  plus: " + ",
  space: " ",
  unionAll: "\nUNION ALL\n",
  line: "\n",
} as const;

export function join(fragments: readonly SqlFragment[], separator: keyof typeof SEPARATORS): SqlFragment {
  const parts: Part[] = [];
  fragments.forEach((fragment, i) => {
    if (i > 0) parts.push({ kind: "text", text: SEPARATORS[separator] });
    parts.push(...fragment.parts);
  });
  return new SqlFragment(parts);
}

/** AND of the conditions (TRUE when there are none), each parenthesised. */
export function and(conditions: readonly SqlFragment[]): SqlFragment {
  if (conditions.length === 0) return sql`TRUE`;
  if (conditions.length === 1) return conditions[0]!;
  return join(
    conditions.map((c) => sql`(${c})`),
    "and",
  );
}

export function or(conditions: readonly SqlFragment[]): SqlFragment {
  if (conditions.length === 0) return sql`FALSE`;
  if (conditions.length === 1) return conditions[0]!;
  return join(
    conditions.map((c) => sql`(${c})`),
    "or",
  );
}

export function render(fragment: SqlFragment, dialect: SqlDialect): string {
  let out = "";
  for (const part of fragment.parts) {
    switch (part.kind) {
      case "text":
        out += part.text;
        break;
      case "identifier":
        out += part.names.map((n) => dialect.quoteIdentifier(n)).join(".");
        break;
      case "value":
        out += dialect.quoteValue(part.value);
        break;
      case "date":
        out += dialect.dateLiteral(part.iso);
        break;
      case "code":
        out += dialect.codeLiteral(dialect.quoteValue(part.value), dialect.quoteIdentifier(part.typeName));
        break;
    }
  }
  return out;
}
