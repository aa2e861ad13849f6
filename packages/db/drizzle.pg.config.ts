import { defineConfig } from "drizzle-kit";

// The PostgreSQL tables are derived from the SQLite ones (src/schema/pg.ts): generate after editing src/schema.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/pg.ts",
  out: "./migrations/pg",
});
