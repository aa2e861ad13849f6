import { defineConfig } from "vitest/config";

const e2e = {
  include: ["test/e2e/**/*.test.ts"],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // One browser and one server at a time: the machine has two cores.
  fileParallelism: false,
};

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["src/**/*.test.ts"] } },
      {
        test: {
          name: "unit-pg",
          include: ["src/**/*.test.ts"],
          env: { DECONFLICT_TEST_DIALECT: "pg" },
          globalSetup: ["../../packages/db/src/testing/pg-global-setup.ts"],
        },
      },
      // Builds the app once and starts `next start` on a database from the real ingest CLI.
      { test: { name: "e2e", ...e2e, globalSetup: ["test/e2e/global-setup.ts"] } },
      // The same pages on PostgreSQL: CI's server, or a throwaway cluster.
      {
        test: {
          name: "e2e-pg",
          ...e2e,
          env: { DECONFLICT_TEST_DIALECT: "pg" },
          globalSetup: ["../../packages/db/src/testing/pg-global-setup.ts", "test/e2e/global-setup.ts"],
        },
      },
    ],
  },
});
