import { DEFAULT_DB_PATH, resolveDbTarget } from "@deconflict/db/path";
import * as v from "valibot";

// The only place the web app reads process.env.
const EnvSchema = v.object({
  DECONFLICT_DB: v.optional(v.pipe(v.string(), v.trim())),
  DATABASE_URL: v.optional(v.pipe(v.string(), v.trim())),
});

function loadEnv() {
  const parsed = v.safeParse(EnvSchema, {
    DECONFLICT_DB: process.env.DECONFLICT_DB,
    DATABASE_URL: process.env.DATABASE_URL,
  });
  if (!parsed.success) throw new Error(`Invalid environment: ${v.summarize(parsed.issues)}`);
  return {
    /** What the dashboard reads: an absolute SQLite path or a postgres:// URL, as the CLI resolves it. */
    dbPath: resolveDbTarget(undefined, parsed.output),
    defaultDbPath: DEFAULT_DB_PATH,
  } as const;
}

export const env = loadEnv();
