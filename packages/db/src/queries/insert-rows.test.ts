import { asc } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Db } from "../client.ts";
import { claims, events, sources } from "../schema/index.ts";
import { claim, sha256, tempDb } from "../testing/index.ts";
import { insertRows } from "./insert-rows.ts";
import { claimRow } from "./rows.ts";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
});
afterEach(() => cleanup());

const source = (hash: string) => ({
  contentHash: sha256(hash),
  title: 'It\'s a "title"; with ? marks',
  outlet: null,
  url: null,
  publishedAt: null,
  byline: null,
  originPath: `/c/${hash}.txt`,
  text: "text ?",
  extractorVersion: "test",
  ingestedAt: "2024-01-01T00:00:00.000Z",
});

describe("insertRows", () => {
  test("stores what drizzle's insert stores: defaults, boolean and text columns, question marks in values", async () => {
    await db.insert(events).values({ kind: "airstrike", kindClass: "strike", grade: "single-source" });
    await insertRows(db, events, [{ kind: "airstrike", kindClass: "strike", grade: "single-source" }]);
    const [viaDrizzle, viaRows] = await db.select().from(events).orderBy(asc(events.id));
    expect(viaRows).toEqual({ ...viaDrizzle, id: viaRows?.id });
    expect(viaRows).toMatchObject({ placeDisputed: false, sourceCount: 0 });
  });

  test("returns the asked columns of every row, under their keys", async () => {
    const returned = await insertRows(db, sources, [source("a"), source("b"), source("c")], ["id", "contentHash"]);
    const stored = await db.select({ id: sources.id, contentHash: sources.contentHash }).from(sources);
    expect(returned.map((r) => ({ id: Number(r.id), contentHash: r.contentHash })).sort((a, b) => a.id - b.id)).toEqual(
      stored.sort((a, b) => a.id - b.id),
    );
    expect((await db.select().from(sources)).map((s) => s.title)).toEqual(Array(3).fill(source("a").title));
  });

  test("rows that set different columns: a missing value takes the column's default", async () => {
    const [{ id } = { id: 0 }] = await insertRows(db, sources, [source("a")], ["id"]);
    const row = claimRow(claim(), { sourceId: Number(id), mentionId: null, eventId: null });
    const { claimKind: _, ...withoutKind } = row;
    await insertRows(db, claims, [{ ...row, claimKind: "belief" }, withoutKind]);
    const kinds = (await db.select({ kind: claims.claimKind }).from(claims).orderBy(asc(claims.id))).map((r) => r.kind);
    expect(kinds).toEqual(["belief", "statement"]);
  });

  test("inside a transaction, writes roll back with it", async () => {
    await expect(
      db.transaction(async (tx) => {
        await insertRows(tx, sources, [source("a")]);
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    expect(await db.select().from(sources)).toEqual([]);
  });

  test("no rows is no statement", async () => {
    expect(await insertRows(db, sources, [])).toEqual([]);
  });
});
