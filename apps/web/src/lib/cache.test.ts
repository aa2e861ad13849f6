import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDb, openDb, openReadOnlyDb } from "@deconflict/db";
import { afterAll, describe, expect, test } from "vitest";
import { cached, keyOf } from "./cache.ts";

const dir = mkdtempSync(join(tmpdir(), "deconflict-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cached", () => {
  test("computes once until another connection commits, then again", async () => {
    const path = join(dir, "c.db");
    const writer = await openDb(path);
    const reader = await openReadOnlyDb(path);
    let computed = 0;
    const count = () =>
      cached(reader, "n", async () => {
        computed++;
        return Number((await reader.$client.execute("SELECT count(*) FROM source_origins")).rows[0]?.[0]);
      });
    expect(await count()).toBe(0);
    expect(await count()).toBe(0);
    expect(computed).toBe(1);
    await writer.$client.execute(
      "INSERT INTO sources (content_hash, text, extractor_version, ingested_at) VALUES ('h', 't', 'v', 'now')",
    );
    await writer.$client.execute("INSERT INTO source_origins (path, source_id) VALUES ('a.txt', 1)");
    expect(await count()).toBe(1);
    expect(computed).toBe(2);
    closeDb(reader);
    closeDb(writer);
  });
});

describe("keyOf", () => {
  test("ignores field order and undefined fields", () => {
    expect(keyOf("k", { a: 1, b: undefined, c: "x" })).toBe(keyOf("k", { c: "x", a: 1 }));
  });
});
