import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";

/** A path as the user will recognise it: relative to the working folder when inside it; a URL as it is. */
export function shown(path: string, cwd = process.cwd()): string {
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(path)) return path;
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** The real path of a file that may not exist yet (its folder's real path plus its name). */
export function realTarget(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) return realpathSync(abs);
  const dir = dirname(abs);
  return existsSync(dir) ? join(realpathSync(dir), abs.slice(dir.length + 1)) : abs;
}

/** True when writing `target` would overwrite the database or its WAL and shared-memory files. */
export function isDatabaseFile(target: string, dbPath: string): boolean {
  const t = realTarget(target);
  const db = realTarget(dbPath);
  return [db, `${db}-wal`, `${db}-shm`, `${db}-journal`].includes(t);
}
