// Writes open-data.schema.json from the zod schema: `npx tsx src/io/open-data/write-schema.ts`.
// A test fails when the committed file and the schema drift apart.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openDataJsonSchema } from "./open-data-schema";

export const SCHEMA_FILE = fileURLToPath(new URL("./open-data.schema.json", import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, `${JSON.stringify(openDataJsonSchema(), null, 2)}\n`);
  console.log(`✓ ${SCHEMA_FILE}`);
}
