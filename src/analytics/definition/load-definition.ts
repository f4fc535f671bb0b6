// Reading a definition from YAML or JSON text: parse, validate the shape (zod), validate the meaning
// (check-definition) and fingerprint it, so a materialised result records exactly which definition made it.
import { createHash } from "node:crypto";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { checkDefinition, type DefinitionProblem } from "./check-definition";
import { IndicatorDefinition } from "./definition-schema";

export interface LoadedDefinition {
  definition: IndicatorDefinition;
  /** sha256 of the canonical JSON of the validated definition: comments and key order do not change it. */
  hash: string;
  fileName: string;
}

export type LoadResult = { ok: true; loaded: LoadedDefinition } | { ok: false; errors: string[] };

export function loadDefinition(text: string, fileName: string): LoadResult {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return { ok: false, errors: [`${fileName}: YAML/JSON non leggibile: ${(error as Error).message}`] };
  }
  const parsed = IndicatorDefinition.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${fileName}: ${describeIssue(issue)}`) };
  }
  const problems = checkDefinition(parsed.data);
  if (problems.length > 0) return { ok: false, errors: problems.map((p) => `${fileName}: ${describeProblem(p)}`) };
  return { ok: true, loaded: { definition: parsed.data, hash: hashDefinition(parsed.data), fileName } };
}

export function hashDefinition(definition: IndicatorDefinition): string {
  return createHash("sha256").update(canonicalJson(definition)).digest("hex").slice(0, 16);
}

/** JSON with keys sorted at every level, so equal definitions give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function describeProblem(problem: DefinitionProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

// zod's messages are English; users read Italian, with the place in the definition first.
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = pathOf(issue.path) || "(radice)";
  switch (issue.code) {
    case "invalid_type":
      if (/received undefined/.test(issue.message)) return `${where}: campo obbligatorio mancante`;
      return `${where}: tipo non valido (atteso ${issue.expected})`;
    case "unrecognized_keys":
      return `${where}: ${issue.keys.length > 1 ? "campi non previsti" : "campo non previsto"} ${issue.keys.map((k) => `«${k}»`).join(", ")}`;
    case "invalid_union":
      if ("discriminator" in issue && issue.discriminator === "measure") {
        return `${where}: measure deve essere count, rate o duration`;
      }
      if (issue.errors.flat().every((i) => i.code === "invalid_type" && /received undefined/.test(i.message))) {
        return `${where}: campo obbligatorio mancante`;
      }
      return `${where}: valore non valido (${firstNestedMessage(issue)})`;
    case "invalid_value":
      return `${where}: valore non ammesso (ammessi: ${issue.values.map(String).join(", ")})`;
    case "too_small":
      return `${where}: ${issue.origin === "array" ? "la lista non può essere vuota" : `valore troppo piccolo (minimo ${String(issue.minimum)})`}`;
    case "invalid_format":
      return `${where}: ${issue.message}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

function firstNestedMessage(issue: z.core.$ZodIssueInvalidUnion): string {
  const nested = issue.errors.flat();
  const deepest = nested.find((i) => i.code === "unrecognized_keys") ?? nested[0];
  return deepest ? describeIssue({ ...deepest, path: [...issue.path, ...deepest.path] }) : "nessuna forma ammessa corrisponde";
}
