import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDb, type Db, openDb } from "@deconflict/db";
import { tableCounts } from "@deconflict/db/queries";
import { tempTarget } from "@deconflict/db/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ReadArticle } from "../read/read-article.ts";
import { ingestPaths, metaOf } from "./ingest-paths.ts";

describe("metaOf", () => {
  const read = (over: Partial<ReadArticle["article"]>, byline: string | null = null): ReadArticle => ({
    originPath: "/a.txt",
    bytes: new Uint8Array(),
    contentHash: "0".repeat(64),
    article: { title: null, outlet: null, url: null, publishedAt: null, text: "x", ...over },
    byline,
  });
  const found = {
    extractorVersion: "t",
    text: "x",
    title: "Title in text",
    byline: "By Text",
    publishedAt: "June 7, 2017",
    mentions: [],
    claims: [],
  };

  test("keeps what the manifest or page said over what the extractor found", () => {
    expect(metaOf(read({ title: "Meta", publishedAt: "2017-01-01" }, "By Meta"), found)).toMatchObject({
      title: "Meta",
      publishedAt: "2017-01-01",
      byline: "By Meta",
    });
  });

  test("falls back to the extractor, normalising its date to a day, then to null", () => {
    expect(metaOf(read({}), found)).toMatchObject({
      title: "Title in text",
      publishedAt: "2017-06-07",
      byline: "By Text",
    });
    expect(metaOf(read({}), null)).toEqual({ title: null, outlet: null, url: null, publishedAt: null, byline: null });
  });
});

describe("ingestPaths", () => {
  let dir: string;
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "deconflict-pipeline-"));
    const { target, cleanup } = await tempTarget();
    drop = cleanup;
    db = await openDb(target);
  });
  afterAll(async () => {
    await closeDb(db);
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("counts each outcome, reports progress, and stops between articles when told", async () => {
    writeFileSync(join(dir, "a.txt"), "Artillery struck the town of Izium on 3 May 2022, officials said.");
    writeFileSync(join(dir, "b.txt"), "");
    const seen: string[] = [];
    const first = await ingestPaths(db, [join(dir, "a.txt"), join(dir, "b.txt")], {
      onProgress: (p) => seen.push(`${p.done}/${p.total} ${p.status}`),
    });
    expect(first).toMatchObject({ ingested: 1, failed: [{ reason: expect.stringMatching(/empty/) }], total: 2 });
    expect(seen).toEqual(["1/2 ingested", "2/2 failed"]);

    const stop = new AbortController();
    stop.abort();
    const stopped = await ingestPaths(db, [join(dir, "a.txt")], { signal: stop.signal });
    expect(stopped).toMatchObject({ interrupted: true, ingested: 0, unchanged: 0 });
    expect((await tableCounts(db)).sources).toBe(1);
  });
});
