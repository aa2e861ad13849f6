import { existsSync } from "node:fs";
import { closeDb, type Db, isPostgresUrl, openDb, openReadOnlyDb, pendingMigrations } from "@deconflict/db";
import { hasTable } from "@deconflict/db/dialect";
import { env } from "../env.ts";

let ready: Db | null = null;
let opening: Promise<Db> | null = null;

/**
 * The read-only database, opened once per server; null while there is no data to show: the SQLite file
 * does not exist yet, or an ingest has created the database but not its tables. Checked on every call until
 * then, so the first ingest shows up without a restart.
 */
export async function getDb(): Promise<Db | null> {
  if (ready) return ready;
  if (!isPostgresUrl(env.dbPath) && !existsSync(env.dbPath)) return null;
  opening ??= openReadOnlyDb(env.dbPath).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  const db = await opening;
  if (!(await hasTable(db, "events"))) return null;
  // A database made by an older version: its new columns come first, as the CLI would add them (the read-only
  // connection sees them once they are committed).
  if ((await pendingMigrations(db)) > 0) await closeDb(await openDb(env.dbPath));
  ready = db;
  return db;
}
