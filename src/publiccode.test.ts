// publiccode.yml must stay valid for the Italian reuse catalogue (spec 0.4): required keys and both languages.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";

const Description = z.object({
  shortDescription: z.string().min(1).max(150),
  longDescription: z.string().min(150).max(10000),
  features: z.array(z.string().min(1)).min(1),
});

const PublicCode = z.object({
  publiccodeYmlVersion: z.string().regex(/^0\.[4-9]/),
  name: z.string().min(1),
  url: z.url(),
  softwareVersion: z.string(),
  releaseDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  platforms: z.array(z.string()).min(1),
  categories: z.array(z.string()).min(1),
  developmentStatus: z.enum(["concept", "development", "beta", "stable", "obsolete"]),
  softwareType: z.enum(["standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web", "standalone/backend", "standalone/other", "addon", "library", "configurationFiles"]),
  description: z.object({ it: Description, en: Description }),
  legal: z.object({ license: z.literal("AGPL-3.0-or-later") }),
  maintenance: z.object({ type: z.enum(["internal", "contract", "community", "none"]) }),
  localisation: z.object({ localisationReady: z.boolean(), availableLanguages: z.array(z.string()).min(1) }),
});

describe("publiccode.yml", () => {
  it("has the keys of spec 0.4, in Italian and English, under AGPL-3.0-or-later", () => {
    const doc = parse(readFileSync(new URL("../publiccode.yml", import.meta.url), "utf8"));
    expect(() => PublicCode.parse(doc)).not.toThrow();
  });

  it("names the same version as package.json", () => {
    const doc = parse(readFileSync(new URL("../publiccode.yml", import.meta.url), "utf8"));
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(doc.softwareVersion).toBe(pkg.version);
  });
});
