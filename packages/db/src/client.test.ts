import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { closeDb, openDb, openReadOnlyDb } from "./client.ts";

const dirs: string[] = [];
function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), "deconflict-db-"));
  dirs.push(dir);
  return join(dir, "nested", "test.db");
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("openDb", () => {
  test("applies every migration to a fresh file and creates its folder", async () => {
    const db = await openDb(tempDbPath());
    const tables = await db.$client.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    const names = tables.rows.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "sources",
        "source_origins",
        "events",
        "event_mentions",
        "force_reports",
        "casualties",
        "escalations",
        "claims",
      ]),
    );
    closeDb(db);
  });

  test("turns on WAL and foreign keys", async () => {
    const db = await openDb(tempDbPath());
    const mode = await db.$client.execute("PRAGMA journal_mode");
    const fk = await db.$client.execute("PRAGMA foreign_keys");
    expect(mode.rows[0]?.journal_mode).toBe("wal");
    expect(fk.rows[0]?.foreign_keys).toBe(1);
    closeDb(db);
  });

  test("is idempotent: a second open applies nothing twice", async () => {
    const path = tempDbPath();
    closeDb(await openDb(path));
    const db = await openDb(path);
    const applied = await db.$client.execute("SELECT count(*) AS n FROM __drizzle_migrations");
    expect(Number(applied.rows[0]?.n)).toBeGreaterThan(0);
    closeDb(db);
  });
});

describe("openReadOnlyDb", () => {
  test("reads but refuses writes", async () => {
    const path = tempDbPath();
    closeDb(await openDb(path));
    const ro = await openReadOnlyDb(path);
    await expect(ro.$client.execute("SELECT count(*) FROM sources")).resolves.toBeDefined();
    await expect(ro.$client.execute("DELETE FROM sources")).rejects.toThrow();
    closeDb(ro);
  });
});
