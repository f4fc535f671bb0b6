// End-to-end tests: `npm run test:e2e`. Each file starts its own server (fresh data folder, free port) and its
// own Chromium (Debian's /usr/bin/chromium); files run one after the other. The web app is built first.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/support/build-web-app.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
