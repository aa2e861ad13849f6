import { afterEach, describe, expect, test } from "vitest";
import { closeDb, type Db, openDb } from "../client.ts";
import { rows } from "../dialect.ts";
import { actor, extraction, mention, noMeta, sha256, tempTarget, testDialect } from "../testing/index.ts";
import { tableCounts } from "./counts.ts";
import { storeSource } from "./store-source.ts";

const open: Db[] = [];
let cleanup: () => Promise<void> = async () => {};
afterEach(async () => {
  for (const db of open.splice(0)) await closeDb(db);
  await cleanup();
});

/** Two writers with connections of their own, as two ingest processes have. */
async function twoWriters(): Promise<[Db, Db]> {
  const t = await tempTarget();
  cleanup = t.cleanup;
  const a = await openDb(t.target);
  const b = await openDb(t.target);
  open.push(a, b);
  return [a, b];
}

// Strikes three days apart (a day either way is the same strike), each told by two different articles.
const strike = (day: number) =>
  extraction({
    mentions: [mention({ date: { value: `2017-06-${String(day).padStart(2, "0")}`, precision: "day" } })],
  });

// PostgreSQL's row and advisory locks. (Two SQLite connections in one process cannot interleave: libsql blocks the
// event loop while it waits for the file lock; SQLite's concurrent writers are tested as processes, in
// packages/ingest/test/reliability.)
describe.runIf(testDialect() === "pg")("concurrent writers on PostgreSQL", () => {
  test("the same strike stored by two writers at the same moment is one event, with both sources", async () => {
    const [a, b] = await twoWriters();
    const days = Array.from({ length: 10 }, (_, i) => 1 + 3 * i);
    await Promise.all(
      days.flatMap((day) => [
        storeSource(a, {
          originPath: `/a/${day}.txt`,
          contentHash: sha256(`a${day}`),
          meta: { ...noMeta, outlet: "AFP" },
          extraction: strike(day),
        }),
        storeSource(b, {
          originPath: `/b/${day}.txt`,
          contentHash: sha256(`b${day}`),
          meta: { ...noMeta, outlet: "CNN" },
          extraction: strike(day),
        }),
      ]),
    );
    const events = await rows<{ n: number; sources: number; outlets: number }>(
      a,
      "SELECT count(*) AS n, min(source_count) AS sources, min(outlet_count) AS outlets FROM events",
    );
    expect(events[0]).toEqual({ n: days.length, sources: 2, outlets: 2 });
  });

  test("the same article stored by two writers at once is stored once, under both paths", async () => {
    const [a, b] = await twoWriters();
    const x = extraction({ mentions: [mention({ attacker: actor("russia") })] });
    const results = await Promise.all([
      storeSource(a, { originPath: "/a/x.txt", contentHash: sha256("x"), meta: noMeta, extraction: x }),
      storeSource(b, { originPath: "/b/x.txt", contentHash: sha256("x"), meta: noMeta, extraction: x }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["duplicate", "ingested"]);
    expect(await tableCounts(a)).toMatchObject({ sources: 1, sourceOrigins: 2, events: 1, eventMentions: 1 });
  });
});
