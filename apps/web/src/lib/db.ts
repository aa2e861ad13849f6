import { existsSync } from "node:fs";
import { type Db, isPostgresUrl, openReadOnlyDb } from "@deconflict/db";
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
  ready = db;
  return db;
}
