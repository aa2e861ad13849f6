import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { type Client, createClient, type ResultSet } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type pg from "pg";
import { openPg } from "./pg-client.ts";
import * as schema from "./schema/index.ts";
import { installStatementCache } from "./statement-cache.ts";
import { isPostgresUrl } from "./url.ts";

installStatementCache();

/**
 * A database or an open transaction on it: what query functions take. Typed as SQLite's async builder; a
 * PostgreSQL database has the same builder methods (select, insert … returning, update, delete, transaction), and
 * what differs between the two is asked of ./dialect.ts, never of the driver.
 */
export type Conn = BaseSQLiteDatabase<"async", ResultSet, typeof schema>;

/** An open database of either dialect. Its driver client is for ./dialect.ts and closeDb only. */
export type Db = Conn & { $client: Client | pg.Pool };

const MIGRATIONS = fileURLToPath(new URL("../migrations/sqlite", import.meta.url));

// WAL lets the dashboard read while an ingest writes; the busy timeout makes writers queue, not fail: SQLite's
// lock is not fair, so a writer can wait through many of another ingest's short transactions on a busy machine.
const PRAGMAS = [
  // The busy timeout first: switching a new file to WAL takes a lock, and without it a second process racing on a
  // brand-new database gets "locked" at once instead of waiting.
  "PRAGMA busy_timeout = 60000",
  "PRAGMA journal_mode = WAL",
  "PRAGMA foreign_keys = ON",
  "PRAGMA synchronous = NORMAL",
];

/** Creates a folder and missing parents one level at a time: Node 20's recursive mkdir can spin forever under /proc. */
function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolder(parent);
  mkdirSync(dir);
}

function fileUrl(path: string): string {
  return path === ":memory:" ? ":memory:" : `file:${path}`;
}

/**
 * Opens a writable database and applies any pending migrations: a `postgres://` URL, else a SQLite file path
 * (created with its folders if needed).
 */
export async function openDb(path: string): Promise<Db> {
  if (isPostgresUrl(path)) return (await openPg(path, false)) as unknown as Db;
  if (path !== ":memory:") makeFolder(dirname(path));
  // One connection: the pragmas below are per connection, and a pooled second one would lack them.
  const client = createClient({ url: fileUrl(path), concurrency: 1 });
  for (const pragma of PRAGMAS) await client.execute(pragma);
  const db = drizzle(client, { schema }) as LibSQLDatabase<typeof schema> & { $client: Client };
  try {
    await migrate(db, { migrationsFolder: MIGRATIONS });
  } catch (e) {
    // Another connection migrated the new file at the same moment: its migrations are recorded now, so a second
    // pass applies nothing (or fails for a real reason).
    if (!/already exists/.test(String((e as Error).cause ?? e))) throw e;
    await migrate(db, { migrationsFolder: MIGRATIONS });
  }
  return db as Db;
}

/** Opens an existing database for reading only, as the dashboard does. */
export async function openReadOnlyDb(path: string): Promise<Db> {
  if (isPostgresUrl(path)) return (await openPg(path, true)) as unknown as Db;
  // libsql's URL takes no mode=ro, so the connection itself refuses writes.
  const client = createClient({ url: fileUrl(path), concurrency: 1 });
  await client.execute("PRAGMA busy_timeout = 10000");
  await client.execute("PRAGMA query_only = ON");
  return drizzle(client, { schema }) as unknown as Db;
}

/** Closes the file or the connection pool. */
export async function closeDb(db: Db): Promise<void> {
  const client = db.$client;
  if ("end" in client) await client.end().catch(() => {});
  else client.close();
}
