// The four real documents shipped as demo data and as the first test fixtures (copied from shared/seeds).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SEED_FILES = {
  afol: "000_bf779390cccf24cc.txt", // AFOL Metropolitana, Piano Performance 2022
  anpal: "002_b7cbac2fc63730f0.txt", // ANPAL Servizi, Rapporto sui risultati 2019
  lombardia: "003_c6eff009a6b7c3fc.txt", // Regione Lombardia, Obiettivi strategici 2026
  arti: "004_760d7e162607ed3a.txt", // ARTI Toscana, Monitoraggio intermedio al 30/06/2021
} as const;
export type SeedName = keyof typeof SEED_FILES;

export function seedPath(name: SeedName): string {
  return fileURLToPath(new URL(`../../demo/seeds/${SEED_FILES[name]}`, import.meta.url));
}

export function readSeed(name: SeedName): string {
  return readFileSync(seedPath(name), "utf8");
}
