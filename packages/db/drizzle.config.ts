import { defineConfig } from "drizzle-kit";

// SQLite, the embedded default. PostgreSQL: drizzle.pg.config.ts. `npm run generate -- --name what` makes both.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/schema/index.ts",
  out: "./migrations/sqlite",
});
