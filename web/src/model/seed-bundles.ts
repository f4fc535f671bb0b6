// Test helper: the demo plans read from the real seeds by the real importers (Node only, never bundled).
// The seed folder is found from the working directory: under jsdom, import.meta.url is a Vite URL, not a file.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { PlanBundle } from "@domain/model";
import { importText } from "../../../src/io/import";
import { SEED_FILES, type SeedName } from "../../../src/io/seeds";

function seedsFolder(): string {
  let dir = process.cwd();
  while (!existsSync(join(dir, "demo", "seeds"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`demo/seeds non trovata risalendo da ${process.cwd()}`);
    dir = parent;
  }
  return join(dir, "demo", "seeds");
}

const cache = new Map<SeedName, PlanBundle>();

export function seedBundle(seed: SeedName): PlanBundle {
  const cached = cache.get(seed);
  if (cached) return structuredClone(cached);
  const result = importText(readFileSync(join(seedsFolder(), SEED_FILES[seed]), "utf8"), SEED_FILES[seed]);
  if (!result.ok) throw new Error(`seed ${seed}: ${result.errors.map((e) => e.message).join("; ")}`);
  cache.set(seed, result.bundle);
  return structuredClone(result.bundle);
}
