// Reading definition files from disk: the shipped set (src/analytics/definitions) or a user's file or folder.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDefinition, type LoadedDefinition } from "./load-definition";

export const SHIPPED_DEFINITIONS_DIR = fileURLToPath(new URL("../definitions/", import.meta.url));

/** Reads every .yaml/.yml/.json definition in a folder (or one file); throws listing every error found. */
export function readDefinitions(path: string = SHIPPED_DEFINITIONS_DIR): LoadedDefinition[] {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => /\.(ya?ml|json)$/i.test(f))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const loaded: LoadedDefinition[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const result = loadDefinition(readFileSync(file, "utf8"), basename(file));
    if (result.ok) loaded.push(result.loaded);
    else errors.push(...result.errors);
  }
  const seen = new Map<string, string>();
  for (const { definition, fileName } of loaded) {
    const other = seen.get(definition.id);
    if (other) errors.push(`${fileName}: id «${definition.id}» già usato in ${other}`);
    seen.set(definition.id, fileName);
  }
  if (errors.length > 0) throw new Error(`Definizioni non valide:\n${errors.map((e) => `- ${e}`).join("\n")}`);
  return loaded;
}

export function readShippedDefinitions(): LoadedDefinition[] {
  return readDefinitions(SHIPPED_DEFINITIONS_DIR);
}
