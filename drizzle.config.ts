import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/db/schema.ts", "./src/db/schema-auth.ts", "./src/db/schema-evaluation.ts"],
  out: "./src/db/migrations",
  casing: "snake_case",
});
