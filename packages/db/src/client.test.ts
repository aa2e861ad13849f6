import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { closeDb, type Db, openDb, openReadOnlyDb } from "./client.ts";
import { hasTable, rows } from "./dialect.ts";
import { PgConnectError } from "./pg-client.ts";
import { TABLE_NAMES } from "./schema/names.ts";
import { tempTarget, testDialect } from "./testing/index.ts";
import { describeUrl } from "./url.ts";

const cleanups: (() => Promise<void>)[] = [];
const opened: Db[] = [];
async function target(): Promise<string> {
  const t = await tempTarget();
  cleanups.push(t.cleanup);
  // A nested folder that does not exist yet: openDb creates it.
  return testDialect() === "pg" ? t.target : join(t.target, "..", "nested", "test.db");
}
async function open(path: string, readOnly = false): Promise<Db> {
  const db = readOnly ? await openReadOnlyDb(path) : await openDb(path);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await closeDb(db);
  for (const c of cleanups.splice(0)) await c();
});

const TABLES = TABLE_NAMES;

describe(`openDb (${testDialect()})`, () => {
  test("applies every migration to a fresh database", async () => {
    const db = await open(await target());
    for (const name of TABLES) expect(await hasTable(db, name), name).toBe(true);
  });

  test("is idempotent: a second open applies nothing twice", async () => {
    const path = await target();
    await closeDb(await openDb(path));
    const db = await open(path);
    const table = testDialect() === "pg" ? "drizzle.__drizzle_migrations" : "__drizzle_migrations";
    const [applied] = await rows<{ n: unknown }>(db, `SELECT count(*) AS n FROM ${table}`);
    const [again] = await rows<{ n: unknown }>(db, `SELECT count(*) AS n FROM ${table}`);
    expect(Number(applied?.n)).toBeGreaterThan(0);
    expect(again?.n).toEqual(applied?.n);
  });

  test("several processes opening a new database at once migrate it once", async () => {
    const path = await target();
    const dbs = await Promise.all([openDb(path), openDb(path), openDb(path)]);
    opened.push(...dbs);
    for (const name of TABLES) expect(await hasTable(dbs[0] as Db, name)).toBe(true);
  });
});

describe(`openReadOnlyDb (${testDialect()})`, () => {
  test("reads but refuses writes", async () => {
    const path = await target();
    await closeDb(await openDb(path));
    const ro = await open(path, true);
    await expect(rows(ro, "SELECT count(*) FROM sources")).resolves.toBeDefined();
    await expect(rows(ro, "DELETE FROM sources")).rejects.toThrow();
  });
});

describe.runIf(testDialect() === "sqlite")("SQLite pragmas", () => {
  test("turns on WAL and foreign keys", async () => {
    const db = await open(await target());
    const [mode] = await rows(db, "PRAGMA journal_mode");
    const [fk] = await rows(db, "PRAGMA foreign_keys");
    expect(mode?.journal_mode).toBe("wal");
    expect(fk?.foreign_keys).toBe(1);
  });
});

describe("PostgreSQL URLs", () => {
  test("an unreachable server is one line naming host and port, never the password", async () => {
    // Port 1 on loopback: nothing listens there.
    const url = "postgres://alice:s3cret@127.0.0.1:1/news";
    const error = await openDb(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PgConnectError);
    expect((error as Error).message).toBe(
      "cannot connect to PostgreSQL at 127.0.0.1:1/news: connection refused (is the server running?)",
    );
    expect((error as Error).message).not.toContain("s3cret");
  });

  test("describeUrl keeps host, port and database only", () => {
    expect(describeUrl("postgresql://u:p@db.example:6543/x")).toBe("db.example:6543/x");
    expect(describeUrl("postgres://u:p@db.example/x")).toBe("db.example:5432/x");
  });
});
