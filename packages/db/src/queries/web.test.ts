import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Db } from "../client.ts";
import { tempDb } from "../testing/index.ts";
import { markItemsSeen, originExists, saveValidators, seenItemKeys, validatorsOf } from "./web.ts";

describe("web fetch state", () => {
  let db: Db;
  let cleanup: () => void;
  beforeEach(async () => ({ db, cleanup } = await tempDb()));
  afterEach(() => cleanup());

  describe("validators", () => {
    test("are null for a URL never fetched, then kept and replaced", async () => {
      expect(await validatorsOf(db, { url: "https://a.example/x" })).toBeNull();
      await saveValidators(db, { url: "https://a.example/x", etag: '"1"', lastModified: null, checkedAt: "t1" });
      await saveValidators(db, { url: "https://a.example/x", etag: '"2"', lastModified: "Mon", checkedAt: "t2" });
      expect(await validatorsOf(db, { url: "https://a.example/x" })).toEqual({
        etag: '"2"',
        lastModified: "Mon",
        checkedAt: "t2",
      });
    });
  });

  describe("feed items", () => {
    test("are seen per feed, and marking twice keeps the first date", async () => {
      const items = Array.from({ length: 1200 }, (_, i) => ({ key: `k${i}`, link: null }));
      await markItemsSeen(db, { feedUrl: "f1", items, seenAt: "t1" });
      await markItemsSeen(db, { feedUrl: "f1", items: [{ key: "k1", link: "x" }], seenAt: "t2" });
      const seen = await seenItemKeys(db, { feedUrl: "f1", keys: ["k0", "k1199", "new"] });
      expect([...seen].sort()).toEqual(["k0", "k1199"]);
      expect((await seenItemKeys(db, { feedUrl: "f2", keys: ["k0"] })).size).toBe(0);
      const rows = await db.$client.execute("SELECT seen_at FROM feed_items WHERE item_key = 'k1'");
      expect(rows.rows[0]?.seen_at).toBe("t1");
    });
  });

  test("originExists tells whether a path or URL was stored", async () => {
    expect(await originExists(db, { path: "https://a.example/x" })).toBe(false);
  });
});
