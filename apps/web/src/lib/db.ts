import { existsSync } from "node:fs";
import { type Db, openReadOnlyDb } from "@deconflict/db";
import { env } from "../env.ts";

let ready: Db | null = null;
let opening: Promise<Db> | null = null;

/**
 * The read-only database, opened once per server; null while there is no data to show: the file
 * does not exist yet, or an ingest has created it but not its tables. Checked on every call until
 * then, so the first ingest shows up without a restart.
 */
export async function getDb(): Promise<Db | null> {
  if (ready) return ready;
  if (!existsSync(env.dbPath)) return null;
  opening ??= openReadOnlyDb(env.dbPath).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  const db = await opening;
  if (!(await hasSchema(db))) return null;
  ready = db;
  return db;
}

async function hasSchema(db: Db): Promise<boolean> {
  const r = await db.$client.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'");
  return r.rows.length > 0;
}
