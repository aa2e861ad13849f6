import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: packages/db/src → ../../.. */
export const REPO_ROOT = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");

export const DEFAULT_DB_PATH = resolve(REPO_ROOT, "data/deconflict.db");

/** `--db` beats `DECONFLICT_DB`, which beats the default file at the repo root. */
export function resolveDbPath(flag: string | undefined, envValue: string | undefined, cwd = process.cwd()): string {
  const chosen = flag ?? (envValue && envValue.length > 0 ? envValue : undefined);
  if (!chosen) return DEFAULT_DB_PATH;
  return isAbsolute(chosen) ? chosen : resolve(cwd, chosen);
}
