import { defineConfig } from "vitest/config";

// Whatever touches a database runs twice: on SQLite files, and on PostgreSQL (CI's server, or a throwaway
// cluster started by the global setup), each test in a database of its own. Extraction tests run once.
const ON_POSTGRES = [
  "src/pipeline/**/*.test.ts",
  "test/cli/{ingest,export,reextract,workers}.test.ts",
  "test/web/{ingest-web,watch}.test.ts",
  "test/reliability/{concurrent,crash,order,pg-restart}.test.ts",
];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          // The server-restart fault test is PostgreSQL's own.
          exclude: ["test/reliability/pg-restart.test.ts", "**/node_modules/**"],
          typecheck: { enabled: true, include: ["src/**/*.test-d.ts"] },
        },
      },
      {
        extends: true,
        test: {
          name: "pg",
          include: ON_POSTGRES,
          env: { DECONFLICT_TEST_DIALECT: "pg" },
          globalSetup: ["../db/src/testing/pg-global-setup.ts"],
        },
      },
    ],
  },
});
