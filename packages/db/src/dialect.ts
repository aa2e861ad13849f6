// Everything that differs between SQLite and PostgreSQL, in one place. Query functions build SQL with drizzle on
// the one schema; when they need a raw statement, a transaction, a lock or a fact about the database, they ask here.
import { is, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { PgDatabase } from "drizzle-orm/pg-core";
import type { Conn, Db } from "./client.ts";

export type Dialect = "sqlite" | "pg";

export { isPostgresUrl } from "./url.ts";

/** The dialect of a database or of a transaction open on one. */
export function dialectOf(conn: Conn): Dialect {
  return is(conn, PgDatabase) ? "pg" : "sqlite";
}

type PgConn = NodePgDatabase<Record<string, unknown>>;
const asPg = (conn: Conn) => conn as unknown as PgConn;
type SqliteAll = { all<T>(query: SQL): Promise<T[]> };

/** A raw statement's rows as plain objects, in either dialect. */
export async function rows<T = Record<string, unknown>>(conn: Conn, query: SQL | string): Promise<T[]> {
  const q = typeof query === "string" ? sql.raw(query) : query;
  if (dialectOf(conn) === "pg") return (await asPg(conn).execute(q)).rows as T[];
  return (conn as unknown as SqliteAll).all<T>(q);
}

// A database's or a transaction's drizzle session: its driver handle runs a statement built by hand.
type Session = { session: { tx?: LibsqlRunner; client: LibsqlRunner | PgRunner } };
type LibsqlRunner = { execute(stmt: { sql: string; args: unknown[] }): Promise<{ rows: Record<string, unknown>[] }> };
type PgRunner = { query(text: string, params: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };

/**
 * Runs a statement written by hand, with `?` placeholders (renumbered `$1…` on PostgreSQL), on the connection or
 * the open transaction, skipping drizzle's SQL builder: for the writer's hottest statements, where building cost
 * as much as running. Reaches the driver through drizzle's session (pinned drizzle version; covered by the
 * query tests on both backends).
 */
export async function runPrepared(
  conn: Conn,
  text: string,
  params: readonly unknown[],
): Promise<Record<string, unknown>[]> {
  const { session } = conn as unknown as Session;
  if (dialectOf(conn) === "pg") return (await (session.client as PgRunner).query(numbered(text), [...params])).rows;
  const runner = session.tx ?? (session.client as LibsqlRunner);
  return (await runner.execute({ sql: text, args: [...params] })).rows;
}

const renumbered = new Map<string, string>();

/** `?` placeholders as PostgreSQL's `$1, $2…`, once per statement text. */
function numbered(text: string): string {
  let out = renumbered.get(text);
  if (out === undefined) {
    let n = 0;
    out = text.replace(/\?/g, () => `$${++n}`);
    if (renumbered.size < 1000) renumbered.set(text, out);
  }
  return out;
}

/** How many rows match `condition`, as an aggregate: `sum(bool)` is SQLite-only, CASE works in both. */
export function countWhere(condition: SQLWrapper | undefined): SQL<number> {
  return sql<number>`coalesce(sum(CASE WHEN ${condition ?? sql`1 = 1`} THEN 1 ELSE 0 END), 0)`.mapWith(Number);
}

// PostgreSQL's codes for a transaction that lost a race and may simply be run again.
const RACE = /^(40001|40P01)$/;
// The server went away (restarted, failed over) or is starting up: worth waiting for, then running again.
const GONE = /^(08...|57P0[123]|ECONNREFUSED|ECONNRESET|EPIPE|terminated)$/;
const MAX_RACE_ATTEMPTS = 8;
const RECONNECT_FOR_MS = 30_000;

// node-postgres says some of it in words only: a socket that closed, a client left unusable by one.
const GONE_WORDS = /Connection terminated|not queryable|Client was closed|Connection ended/i;

/** The error's codes down its cause chain (drizzle wraps the driver's error), "terminated" for GONE_WORDS. */
function pgCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (typeof e.code === "string") codes.push(e.code);
    if (typeof e.message === "string" && GONE_WORDS.test(e.message)) codes.push("terminated");
  }
  return codes;
}

/** True when a PostgreSQL call failed because the server went away (restarted, failed over, starting up). */
export function isConnectionLost(error: unknown): boolean {
  return pgCodes(error).some((c) => GONE.test(c));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One write transaction. SQLite: BEGIN IMMEDIATE, so concurrent writers queue on the file lock. PostgreSQL: the
 * transaction first takes an advisory lock per key (sorted, so two writers never wait on each other in a circle)
 * and holds them to commit. It is run again when the server reports a deadlock or serialization failure, and
 * when the connection was lost (a rolled-back transaction left nothing behind), for up to 30 s.
 */
export async function writeTransaction<T>(db: Db, fn: (tx: Conn) => Promise<T>, lockKeys: string[] = []): Promise<T> {
  if (dialectOf(db) === "sqlite") return db.transaction(fn, { behavior: "immediate" });
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await asPg(db).transaction(async (tx) => {
        await lockKeysFor(tx as unknown as Conn, lockKeys);
        return fn(tx as unknown as Conn);
      });
    } catch (e) {
      if (pgCodes(e).some((c) => RACE.test(c)) && attempt < MAX_RACE_ATTEMPTS)
        await sleep(Math.random() * 20 * attempt);
      else if (isConnectionLost(e) && Date.now() - started < RECONNECT_FOR_MS)
        await sleep(Math.min(250 * attempt, 2000));
      else throw e;
    }
  }
}

/** Takes transaction-scoped advisory locks on string keys (PostgreSQL); SQLite's write lock already covers all. */
export async function lockKeysFor(tx: Conn, keys: readonly string[]): Promise<void> {
  if (dialectOf(tx) !== "pg" || keys.length === 0) return;
  // One round trip: the array is scanned in its (sorted) order, each row taking its lock before the next.
  const sorted = sql.join(
    [...new Set(keys)].sort().map((k) => sql`${k}`),
    sql`, `,
  );
  await asPg(tx).execute(
    sql`SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest(ARRAY[${sorted}]::text[]) AS t(k)`,
  );
}

/** Locks an event row until commit (PostgreSQL), so read-modify-write of its counts never loses an update. */
export async function lockEventRow(tx: Conn, eventId: number): Promise<void> {
  if (dialectOf(tx) !== "pg") return;
  await asPg(tx).execute(sql`SELECT 1 FROM events WHERE id = ${eventId} FOR UPDATE`);
}

/** The Monday (ISO week start) of an ISO-date text column, as ISO-date text. */
export function weekStart(conn: Conn, column: SQLWrapper): SQL<string> {
  return dialectOf(conn) === "pg"
    ? sql<string>`to_char(date_trunc('week', (${column})::date), 'YYYY-MM-DD')`
    : sql<string>`date(${column}, '-6 days', 'weekday 1')`;
}

/** Whether a table exists: the dashboard shows an empty state until an ingest has created the schema. */
export async function hasTable(conn: Conn, name: string): Promise<boolean> {
  const found =
    dialectOf(conn) === "pg"
      ? await rows(
          conn,
          sql`SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = ${name}`,
        )
      : await rows(conn, sql`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ${name}`);
  return found.length > 0;
}

/**
 * A value that changes whenever another connection commits a write: SQLite's data_version; on PostgreSQL the
 * server's WAL position, which moves on any write (so a cache keyed on it may clear early, never late).
 */
export async function dataVersion(conn: Conn): Promise<string> {
  const [row] =
    dialectOf(conn) === "pg"
      ? await rows<{ v: unknown }>(conn, "SELECT pg_current_wal_lsn()::text AS v")
      : await rows<{ v: unknown }>(conn, "SELECT data_version AS v FROM pragma_data_version");
  return String(row?.v ?? "");
}
