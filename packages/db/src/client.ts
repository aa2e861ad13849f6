import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { type Client, createClient, type ResultSet } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import * as schema from "./schema/index.ts";
import { installStatementCache } from "./statement-cache.ts";

installStatementCache();

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

/** A database or an open transaction on it: what query functions take. */
export type Conn = BaseSQLiteDatabase<"async", ResultSet, typeof schema>;

const MIGRATIONS = fileURLToPath(new URL("../migrations", import.meta.url));

// WAL lets the dashboard read while an ingest writes; the busy timeout makes writers queue, not fail.
const PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA busy_timeout = 10000",
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

/** Opens (creating if needed) a writable database and applies any pending migrations. */
export async function openDb(path: string): Promise<Db> {
  if (path !== ":memory:") makeFolder(dirname(path));
  // One connection: the pragmas below are per connection, and a pooled second one would lack them.
  const client = createClient({ url: fileUrl(path), concurrency: 1 });
  for (const pragma of PRAGMAS) await client.execute(pragma);
  const db = drizzle(client, { schema }) as Db;
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

/** Opens an existing database for reading only, as the dashboard does. */
export async function openReadOnlyDb(path: string): Promise<Db> {
  // libsql's URL takes no mode=ro, so the connection itself refuses writes.
  const client = createClient({ url: fileUrl(path), concurrency: 1 });
  await client.execute("PRAGMA busy_timeout = 10000");
  await client.execute("PRAGMA query_only = ON");
  return drizzle(client, { schema }) as Db;
}

export function closeDb(db: Db): void {
  db.$client.close();
}
