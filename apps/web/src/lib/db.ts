import { existsSync } from "node:fs";
import { type Db, openReadOnlyDb } from "@deconflict/db";
import { env } from "../env.ts";

let opened: Promise<Db> | null = null;

/** The read-only database, opened once per server; null while the file does not exist yet. */
export async function getDb(): Promise<Db | null> {
  if (opened) return opened;
  // Checked on every call until it exists, so the first ingest shows up without a restart.
  if (!existsSync(env.dbPath)) return null;
  opened = openReadOnlyDb(env.dbPath).catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

/** True when the database file exists but has no tables yet (an ingest is creating it). */
export async function hasSchema(db: Db): Promise<boolean> {
  const r = await db.$client.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'");
  return r.rows.length > 0;
}
