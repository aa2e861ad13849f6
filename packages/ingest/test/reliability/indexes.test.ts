import { join } from "node:path";
import { closeDb, openDb } from "@deconflict/db";
import { afterAll, describe, expect, test } from "vitest";
import { tempDir } from "./support/corpus.ts";
import { rows } from "./support/inspect.ts";

const tmp = tempDir("indexes");
afterAll(() => tmp.cleanup());

// A foreign key whose child column has no index makes each delete of a parent row (and each
// `DELETE … WHERE source_id = ?` in removeExtractions) scan the whole child table, which made re-extraction and
// re-ingest of changed files quadratic (docs/benchmarks.md, finding 2). Migration 0002 indexed the last four.
const KNOWN_UNINDEXED: string[] = [];

async function unindexedForeignKeys(dbPath: string): Promise<string[]> {
  const tables = await rows(
    dbPath,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'",
  );
  const missing: string[] = [];
  for (const { name } of tables) {
    const fks = await rows(dbPath, `PRAGMA foreign_key_list(${String(name)})`);
    const indexes = await rows(dbPath, `PRAGMA index_list(${String(name)})`);
    const leading = new Set<string>();
    for (const index of indexes) {
      const [first] = await rows(dbPath, `PRAGMA index_info(${String(index.name)})`);
      if (first) leading.add(String(first.name));
    }
    // A rowid alias (INTEGER PRIMARY KEY) needs no index.
    const pk = (await rows(dbPath, `PRAGMA table_info(${String(name)})`)).find((c) => Number(c.pk) === 1);
    for (const fk of fks) {
      const column = String(fk.from);
      if (!leading.has(column) && column !== String(pk?.name)) missing.push(`${String(name)}.${column}`);
    }
  }
  return missing.sort();
}

describe("the schema, at scale", () => {
  test("every foreign-key column is indexed", async () => {
    const db = join(tmp.dir, "schema.db");
    closeDb(await openDb(db));
    expect(await unindexedForeignKeys(db)).toEqual(KNOWN_UNINDEXED);
  });
});
