// Builds the web application into dist/web (served by src/server/static.ts) and runs its unit tests.
// `root` is this folder, so the config works from any working directory.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const webRoot = fileURLToPath(new URL(".", import.meta.url));
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: webRoot,
  base: "/",
  plugins: [react()],
  resolve: {
    alias: {
      // the pure domain (model, Italian formats, evaluation engine) is shared with the server
      "@domain": fromRoot("../src/domain"),
      // the server's rights (pure functions): the screens hide what the API would refuse
      "@policies": fromRoot("../src/auth/policies"),
      "@bootstrap-italia-fonts": fromRoot("../node_modules/bootstrap-italia/dist/fonts"),
    },
  },
  build: {
    outDir: fromRoot("../dist/web"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development, with the API running on 3100
    proxy: { "/api": process.env.TRAGUARDO_API_URL ?? "http://localhost:3100" },
  },
  test: {
    root: webRoot,
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 60_000,
    // design-react-kit only imports through a bundler (its ESM entry is broken in plain Node)
    server: { deps: { inline: ["design-react-kit"] } },
  },
});
