import { afterEach, describe, expect, test } from "vitest";
import { closeDb, openDb, openReadOnlyDb } from "./client.ts";
import { pendingMigrations } from "./schema-version.ts";
import { olderSchemaDatabase, tempDb, tempTarget } from "./testing/index.ts";

let cleanup: () => Promise<void> = async () => {};
afterEach(() => cleanup());

describe("pendingMigrations", () => {
  test("a database this version made lacks none", async () => {
    const made = await tempDb();
    cleanup = made.cleanup;
    expect(await pendingMigrations(made.db)).toBe(0);
  });

  test("one an older version made lacks its newer migrations, until a writable open applies them", async () => {
    const { target, cleanup: drop } = await tempTarget();
    cleanup = drop;
    await olderSchemaDatabase(target, 1);
    const before = await openReadOnlyDb(target);
    expect(await pendingMigrations(before)).toBe(1);
    await closeDb(before);
    await closeDb(await openDb(target));
    const after = await openReadOnlyDb(target);
    expect(await pendingMigrations(after)).toBe(0);
    await closeDb(after);
  });
});
