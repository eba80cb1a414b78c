import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

const resolve = {
  alias: {
    "@": root,
    // Next's bundler resolves this to an empty module on the server; outside Next it throws.
    "server-only": path.join(root, "tests/setup/server-only.ts"),
  },
};

export default defineConfig({
  test: {
    maxWorkers: 2,
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
    projects: [
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", "tests/scripts/start.test.ts", "tests/docker/standalone.test.ts"],
          globalSetup: ["tests/setup/services.ts"],
          setupFiles: ["tests/setup/database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve,
        test: {
          // Tests that need the built app: browser tests and the launcher.
          name: "app",
          include: ["tests/e2e/**/*.test.ts", "tests/scripts/start.test.ts", "tests/docker/standalone.test.ts"],
          globalSetup: ["tests/setup/services.ts", "tests/setup/app-server.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
