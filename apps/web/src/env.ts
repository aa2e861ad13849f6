import { DEFAULT_DB_PATH, resolveDbPath } from "@deconflict/db";
import * as v from "valibot";

// The only place the web app reads process.env.
const EnvSchema = v.object({
  DECONFLICT_DB: v.optional(v.pipe(v.string(), v.trim())),
});

function loadEnv() {
  const parsed = v.safeParse(EnvSchema, { DECONFLICT_DB: process.env.DECONFLICT_DB });
  if (!parsed.success) throw new Error(`Invalid environment: ${v.summarize(parsed.issues)}`);
  return {
    /** Absolute path of the SQLite database the dashboard reads. */
    dbPath: resolveDbPath(undefined, parsed.output.DECONFLICT_DB),
    defaultDbPath: DEFAULT_DB_PATH,
  } as const;
}

export const env = loadEnv();
