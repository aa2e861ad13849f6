// PostgreSQL through node-postgres: a small pool, migrations under an advisory lock, errors a user can act on.
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as schema from "./schema/index.ts";
import { describeUrl } from "./url.ts";

const MIGRATIONS = fileURLToPath(new URL("../migrations/pg", import.meta.url));

// int8 (ids, counts, sums) and numeric (sums of int8) come back as strings by default; every value here fits a
// double, and SQLite returns numbers, so both dialects give the query functions the same JS types. Set on the
// module's parsers because drizzle passes its own per-query parser table, which falls back to them.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);

// One key for every process migrating the same database, so two first opens never both create the tables.
const MIGRATION_LOCK = 0x6465636f; // "deco"

/** A PostgreSQL server that cannot be used: the message names host and port, never the password. */
export class PgConnectError extends Error {
  override readonly name = "PgConnectError";
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused (is the server running?)",
  ENOTFOUND: "unknown host",
  EAI_AGAIN: "unknown host",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  "28P01": "password authentication failed",
  "28000": "authentication failed",
  "3D000": "the database does not exist",
  "57P03": "the server is starting up or shutting down",
};

export function pgConnectError(url: string, error: unknown): PgConnectError {
  const e = error as { code?: string; message?: string; errors?: { code?: string }[] };
  const code = e.code ?? e.errors?.[0]?.code ?? "";
  const reason = REASONS[code] ?? (e.message || code || String(error)).replace(url, describeUrl(url));
  return new PgConnectError(`cannot connect to PostgreSQL at ${describeUrl(url)}: ${reason}`);
}

export type PgDb = ReturnType<typeof makeDb>;

function makeDb(pool: pg.Pool) {
  // The SQLite tables are handed to the pg driver too: the queries use them, and drizzle renders them as pg SQL.
  return drizzle(pool, { schema });
}

function poolFor(url: string, readOnly: boolean): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: 10_000,
    // The dashboard's connections refuse writes, as its SQLite connection does; its aggregates group ~100k rows
    // by event, which spills to disk at the default 4 MB of sort and hash memory.
    ...(readOnly ? { options: "-c default_transaction_read_only=on -c work_mem=32MB" } : {}),
  });
  // A client whose server went away must not crash the process (an unhandled 'error' event): the query in flight
  // fails, and the transaction retries or reports it.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  return pool;
}

/** Connects, checks the server answers, and (for writing) applies pending migrations under an advisory lock. */
export async function openPg(url: string, readOnly: boolean): Promise<PgDb> {
  const pool = poolFor(url, readOnly);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    await pool.end().catch(() => {});
    throw pgConnectError(url, e);
  }
  try {
    if (!readOnly) {
      await client.query("SET client_min_messages = warning");
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
      try {
        await migrate(drizzle(client), { migrationsFolder: MIGRATIONS });
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
      }
    }
  } catch (e) {
    client.release();
    await pool.end().catch(() => {});
    throw e;
  }
  client.release();
  return makeDb(pool);
}
