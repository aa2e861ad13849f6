import { closeDb, openDb, openReadOnlyDb } from "@deconflict/db";
import { rows } from "@deconflict/db/dialect";
import { tempTarget } from "@deconflict/db/testing";
import { afterAll, describe, expect, test } from "vitest";
import { cached, keyOf } from "./cache.ts";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

describe("cached", () => {
  test("computes once until another connection commits, then again", async () => {
    const { target, cleanup } = await tempTarget();
    cleanups.push(cleanup);
    const writer = await openDb(target);
    const reader = await openReadOnlyDb(target);
    let computed = 0;
    const count = () =>
      cached(reader, "n", async () => {
        computed++;
        const [row] = await rows<{ n: unknown }>(reader, "SELECT count(*) AS n FROM source_origins");
        return Number(row?.n);
      });
    expect(await count()).toBe(0);
    expect(await count()).toBe(0);
    expect(computed).toBe(1);
    await rows(
      writer,
      "INSERT INTO sources (content_hash, text, extractor_version, ingested_at) VALUES ('h', 't', 'v', 'now') RETURNING id",
    );
    await rows(writer, "INSERT INTO source_origins (path, source_id) VALUES ('a.txt', 1)");
    expect(await count()).toBe(1);
    expect(computed).toBe(2);
    await closeDb(reader);
    await closeDb(writer);
  });
});

describe("keyOf", () => {
  test("ignores field order and undefined fields", () => {
    expect(keyOf("k", { a: 1, b: undefined, c: "x" })).toBe(keyOf("k", { c: "x", a: 1 }));
  });
});
