import { resolveDbTarget, UnsupportedDbUrl } from "@deconflict/db/path";
import * as v from "valibot";
import { UsageError } from "./exit-codes.ts";

// The only place the CLI reads the environment.
const EnvSchema = v.object({
  DECONFLICT_DB: v.optional(v.pipe(v.string(), v.trim())),
  DATABASE_URL: v.optional(v.pipe(v.string(), v.trim())),
});

export type CliEnv = v.InferOutput<typeof EnvSchema>;

/** The CLI's environment, validated once. Empty values count as unset. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): CliEnv {
  const env = v.parse(EnvSchema, { DECONFLICT_DB: source.DECONFLICT_DB, DATABASE_URL: source.DATABASE_URL });
  return { DECONFLICT_DB: env.DECONFLICT_DB || undefined, DATABASE_URL: env.DATABASE_URL || undefined };
}

/** Every command's `--db` option, worded once. */
export const DB_OPTION = [
  "--db <file|url>",
  "SQLite file or postgres:// URL (default: $DECONFLICT_DB, else $DATABASE_URL, else data/deconflict.db at the repo root)",
] as const;

/** The database a command opens: a SQLite path or a PostgreSQL URL; any other URL is bad usage. */
export function dbTarget(flag: string | undefined, env: CliEnv): string {
  try {
    return resolveDbTarget(flag, env);
  } catch (e) {
    if (e instanceof UnsupportedDbUrl) throw new UsageError(e.message);
    throw e;
  }
}
