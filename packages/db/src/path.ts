import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isPostgresUrl } from "./url.ts";

/** The repository root: packages/db/src → ../../.. */
export const REPO_ROOT = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");

export const DEFAULT_DB_PATH = resolve(REPO_ROOT, "data/deconflict.db");

/** A database value that is neither a path nor a PostgreSQL URL (`mysql://…`): refused, never made a folder. */
export class UnsupportedDbUrl extends Error {
  override readonly name = "UnsupportedDbUrl";
}

/**
 * What to open: `--db` beats `DECONFLICT_DB`, which beats `DATABASE_URL` (only when both are unset, as the
 * ecosystem expects), which beats the default file at the repo root. A `postgres://` or `postgresql://` URL is
 * kept as it is; a `file:` URL or a plain path is a SQLite file, relative to `cwd`.
 */
export function resolveDbTarget(
  flag: string | undefined,
  env: { DECONFLICT_DB?: string | undefined; DATABASE_URL?: string | undefined },
  cwd = process.cwd(),
): string {
  const given = (v: string | undefined) => (v && v.trim().length > 0 ? v.trim() : undefined);
  const chosen = given(flag) ?? given(env.DECONFLICT_DB) ?? given(env.DATABASE_URL);
  if (!chosen) return DEFAULT_DB_PATH;
  if (isPostgresUrl(chosen)) return chosen;
  const file = chosen.startsWith("file:") ? chosen.slice("file:".length) : chosen;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(file);
  if (scheme) {
    throw new UnsupportedDbUrl(
      `unsupported database URL scheme "${scheme[1]}:" (use a SQLite file path or a postgres:// URL)`,
    );
  }
  return isAbsolute(file) ? file : resolve(cwd, file);
}

/** `--db` beats `DECONFLICT_DB`, which beats the default file (kept for callers without DATABASE_URL). */
export function resolveDbPath(flag: string | undefined, envValue: string | undefined, cwd = process.cwd()): string {
  return resolveDbTarget(flag, { DECONFLICT_DB: envValue }, cwd);
}
