import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it as test } from "vitest";
import { en } from "./en";
import { it } from "./it";

type Tree = { [key: string]: string | string[] | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "object" && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("interface messages", () => {
  const italian = new Set(keys(it as unknown as Tree));

  test("English has exactly the Italian keys", () => {
    expect(keys(en as unknown as Tree).sort()).toEqual([...italian].sort());
  });

  test("every t(\"…\") written in the sources exists in Italian (plural keys via _one/_other)", () => {
    const root = fileURLToPath(new URL("..", import.meta.url));
    const missing: string[] = [];
    for (const file of sourceFiles(root)) {
      for (const match of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([a-zA-Z0-9_.-]+)"/g)) {
        const key = match[1]!;
        if (!italian.has(key) && !italian.has(`${key}_one`)) missing.push(`${file.slice(root.length)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("no message is left empty, and the Italian ones are not English", () => {
    const values = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : Array.isArray(v) ? v : values(v)));
    expect(values(it as unknown as Tree).filter((v) => v.trim() === "")).toEqual([]);
    expect(values(en as unknown as Tree).filter((v) => v.trim() === "")).toEqual([]);
    expect((it as unknown as { monitoring: { save: string } }).monitoring.save).toBe("Salva");
  });
});
