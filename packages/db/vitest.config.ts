import { defineConfig } from "vitest/config";

// Every suite runs twice: on SQLite files, and on PostgreSQL (CI's server, or a throwaway cluster started by the
// global setup), each test in a database of its own.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    projects: [
      // The type tests are dialect-free: once, with the SQLite project.
      { extends: true, test: { name: "sqlite", typecheck: { enabled: true, include: ["src/**/*.test-d.ts"] } } },
      {
        extends: true,
        test: {
          name: "pg",
          env: { DECONFLICT_TEST_DIALECT: "pg" },
          globalSetup: ["./src/testing/pg-global-setup.ts"],
          typecheck: { enabled: false },
        },
      },
    ],
  },
});
