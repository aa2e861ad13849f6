import { isConnectionLost } from "@deconflict/db/dialect";

// SQLite conditions that no later article can get past: stop the run instead of failing every file.
const FATAL = /^SQLITE_(READONLY|FULL|IOERR|CANTOPEN|CORRUPT|NOTADB|PERM|BUSY|LOCKED|AUTH)/;

/** The database itself cannot be written: one clear line for the user, the run stops. */
export class DatabaseError extends Error {
  override readonly name = "DatabaseError";
}

function sqliteCode(error: unknown): string | null {
  for (let e = error as { code?: unknown; extendedCode?: unknown; cause?: unknown } | undefined; e; ) {
    const code = typeof e.extendedCode === "string" ? e.extendedCode : typeof e.code === "string" ? e.code : null;
    if (code?.startsWith("SQLITE_")) return code;
    e = e.cause as typeof e;
  }
  return null;
}

function rootMessage(error: unknown): string {
  let e = error as { message?: unknown; cause?: unknown } | undefined;
  while (e?.cause) e = e.cause as typeof e;
  const message = typeof e?.message === "string" ? e.message : String(error);
  return message.replace(/^SQLITE_\w+: /, "");
}

const PLAIN: Record<string, string> = {
  SQLITE_READONLY: "the database is read-only",
  SQLITE_FULL: "the disk or database is full",
  SQLITE_CANTOPEN: "the database file cannot be opened",
  SQLITE_NOTADB: "the file is not a SQLite database",
  SQLITE_CORRUPT: "the database file is corrupt",
  SQLITE_BUSY: "the database stayed locked by another process",
  SQLITE_LOCKED: "the database stayed locked by another process",
  SQLITE_PERM: "permission denied",
};

// PostgreSQL (SQLSTATE, or the socket's errno) conditions that stop every write: the server went away, refuses
// writes, is out of space, or refuses us.
const PG_PLAIN: [RegExp, string][] = [
  [/^25006$/, "the database is read-only"],
  [/^53100$/, "the disk or database is full"],
  [/^(42501|28...)$/, "permission denied"],
  [/^53300$/, "the server has too many connections"],
];

function pgPlain(error: unknown): string | null {
  if (isConnectionLost(error)) return "lost the connection to the server";
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined; e; ) {
    const code = typeof e.code === "string" ? e.code : null;
    const hit = code ? PG_PLAIN.find(([re]) => re.test(code)) : undefined;
    if (hit) return hit[1];
    e = e.cause as typeof e;
  }
  return null;
}

/** A DatabaseError when `error` is a condition that stops every write, else null. */
export function asDatabaseError(error: unknown, dbPath: string): DatabaseError | null {
  const pg = pgPlain(error);
  if (pg) return new DatabaseError(`cannot write the database ${dbPath}: ${pg}`);
  const code = sqliteCode(error);
  const fsCode = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === null && !(fsCode && /^(EACCES|EROFS|ENOSPC|EPERM|ENOTDIR|EISDIR)$/.test(fsCode))) {
    return null;
  }
  if (code !== null && !FATAL.test(code)) return null;
  const primary = code?.split("_").slice(0, 2).join("_");
  const plain = (code && (PLAIN[code] ?? (primary ? PLAIN[primary] : undefined))) ?? rootMessage(error);
  return new DatabaseError(`cannot write the database ${dbPath}: ${plain}`);
}
