import type { Extraction } from "@deconflict/domain";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Db } from "../client.ts";
import { actor, claim, extraction, force, mention, noMeta, sha256, tempDb, testDialect } from "../testing/index.ts";
import { tableCounts } from "./counts.ts";
import { exportV1 } from "./export.ts";
import { type StoreSourceInput, storeSource, storeSources } from "./store-source.ts";

let db: Db;
let cleanup: () => void;
beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
});
afterEach(() => cleanup());

const events = () => db.query.events.findMany({ orderBy: (e, { asc }) => asc(e.id) });

function store(
  path: string,
  content: string,
  x: Extraction | (() => Extraction) = extraction(),
  outlet: string | null = null,
) {
  return storeSource(db, {
    originPath: path,
    contentHash: sha256(content),
    meta: { ...noMeta, outlet },
    extraction: x,
  });
}

describe("storeSource", () => {
  describe("dedup by content hash", () => {
    test("stores a new article as ingested", async () => {
      const r = await store("/c/a.txt", "A", extraction({ mentions: [mention()] }));
      expect(r.status).toBe("ingested");
      expect((await tableCounts(db)).sources).toBe(1);
    });

    test("the same path and bytes again is unchanged, and writes nothing", async () => {
      await store("/c/a.txt", "A", extraction({ mentions: [mention()], claims: [claim()] }));
      const before = await tableCounts(db);
      const r = await store("/c/a.txt", "A", () => {
        throw new Error("must not extract an unchanged article");
      });
      expect(r.status).toBe("unchanged");
      expect(await tableCounts(db)).toEqual(before);
    });

    test("the same bytes under a second name are stored once, with both origins", async () => {
      const first = await store("/c/a.txt", "A", extraction({ mentions: [mention()] }));
      const second = await store("/c/copy.txt", "A", extraction({ mentions: [mention()] }));
      expect(second).toEqual({ status: "duplicate", sourceId: first.sourceId });
      const counts = await tableCounts(db);
      expect(counts).toMatchObject({ sources: 1, sourceOrigins: 2, eventMentions: 1 });
    });
  });

  describe("a reprint: the same bytes under several names", () => {
    const exported = async () => (await exportV1(db)).sources.map(({ file, outlet }) => ({ file, outlet }));
    const copies = [
      { path: "/feed-b/002-cnn.txt", outlet: "CNN" },
      { path: "/feed-a/001-dw.txt", outlet: "DW" },
      { path: "/feed-a/003-afp.txt", outlet: "AFP" },
    ];

    test("carries the first name's outlet whichever copy arrives first", async () => {
      const seen = new Set<string>();
      for (const order of [
        [0, 1, 2],
        [2, 1, 0],
        [1, 2, 0],
      ]) {
        ({ db, cleanup } = await tempDb());
        for (const i of order) {
          const c = copies[i] as (typeof copies)[number];
          await store(c.path, "A", extraction({ mentions: [mention()] }), c.outlet);
        }
        seen.add(JSON.stringify(await exported()));
        const [e] = await events();
        expect(e?.outletCount).toBe(1);
        cleanup();
      }
      expect([...seen]).toEqual([JSON.stringify([{ file: "001-dw.txt", outlet: "DW" }])]);
      ({ db, cleanup } = await tempDb());
    });

    test("extracts a later copy only when it comes first, and gives its mentions that outlet", async () => {
      await store("/c/b.txt", "A", extraction({ mentions: [mention()] }), "CNN");
      const later = await store("/c/c.txt", "A", () => {
        throw new Error("a copy that does not come first must not be extracted");
      });
      expect(later.status).toBe("duplicate");
      await store("/c/a.txt", "A", () => extraction({ mentions: [mention()] }), "DW");
      expect(await exported()).toEqual([{ file: "a.txt", outlet: "DW" }]);
      const keys = await db.query.eventMentions.findMany({ columns: { outletKey: true } });
      expect(keys).toEqual([{ outletKey: "o:dw" }]);
    });

    test("names the next copy when the named one's path gets other content", async () => {
      await store("/c/a.txt", "A", extraction({ mentions: [mention()] }), "DW");
      await store("/c/b.txt", "A", extraction({ mentions: [mention()] }), "CNN");
      await store("/c/a.txt", "B", extraction({ mentions: [mention()] }), "DW");
      expect((await exported()).map((s) => s.file).sort()).toEqual(["a.txt", "b.txt"]);
    });
  });

  describe("a known path with new content", () => {
    test("replaces that source's extractions and leaves no orphan events", async () => {
      await store("/c/a.txt", "A", extraction({ mentions: [mention({ forces: [force()] })], claims: [claim()] }));
      const r = await store(
        "/c/a.txt",
        "A2",
        extraction({ mentions: [mention({ kind: "ground-attack", attacker: actor("ISIS") })] }),
      );
      expect(r.status).toBe("replaced");
      const counts = await tableCounts(db);
      expect(counts).toMatchObject({ sources: 1, sourceOrigins: 1, events: 1, eventMentions: 1, forceReports: 0 });
      expect(counts.claims).toBe(0);
      expect((await events())[0]?.kind).toBe("ground-attack");
    });

    test("keeps the old content for another path that still holds it", async () => {
      await store("/c/a.txt", "A", extraction({ mentions: [mention()] }));
      await store("/c/b.txt", "A");
      const r = await store("/c/b.txt", "B", extraction({ mentions: [mention({ attacker: actor("ISIS") })] }));
      expect(r.status).toBe("replaced");
      expect(await tableCounts(db)).toMatchObject({ sources: 2, sourceOrigins: 2, events: 2 });
    });

    test("a path whose new content is already stored points there, and the orphaned source goes", async () => {
      await store("/c/a.txt", "A", extraction({ mentions: [mention()] }));
      await store("/c/b.txt", "B", extraction({ mentions: [mention({ attacker: actor("ISIS") })] }));
      const r = await store("/c/b.txt", "A");
      expect(r.status).toBe("duplicate");
      expect(await tableCounts(db)).toMatchObject({ sources: 1, sourceOrigins: 2, events: 1, eventMentions: 1 });
    });
  });

  describe("cross-source resolution", () => {
    test("keeps one article's two mentions apart: the extractor already merged its own tellings", async () => {
      const village = (location: string) => mention({ location, kind: "drone-strike" });
      await store("/c/a.txt", "A", extraction({ mentions: [village("Aitaroun"), village("Majdal Selm")] }));
      expect(await events()).toHaveLength(2);
    });

    test("a second outlet's telling still joins the first of those events", async () => {
      await store("/c/a.txt", "A", extraction({ mentions: [mention(), mention({ location: "Deir ez-Zor" })] }));
      await store("/c/b.txt", "B", extraction({ mentions: [mention()] }), "Reuters");
      const all = await events();
      expect(all).toHaveLength(2);
      expect(all.map((e) => e.sourceCount)).toEqual([2, 1]);
    });

    test("joins mentions of one event from two outlets and grades it fair", async () => {
      await store("/c/a.txt", "A", extraction({ mentions: [mention()] }), "CNN");
      await store("/c/b.txt", "B", extraction({ mentions: [mention({ location: "the town of At Tanf" })] }), "Reuters");
      const [only, ...rest] = await events();
      expect(rest).toHaveLength(0);
      expect(only).toMatchObject({ sourceCount: 2, outletCount: 2, grade: "fair", date: "2017-06-08" });
    });

    test("keeps tellings a day apart distinct: a day-dated text is not vague", async () => {
      await store("/c/a.txt", "A", extraction({ mentions: [mention()] }), "CNN");
      const next = mention({ date: { value: "2017-06-09", precision: "day" } });
      await store("/c/b.txt", "B", extraction({ mentions: [next] }), "Reuters");
      expect(await events()).toHaveLength(2);
    });

    test("keeps two strikes of one day on two towns distinct, and joins each town's tellings", async () => {
      const on = (location: string) => extraction({ mentions: [mention({ location })] });
      await store("/c/a.txt", "A", on("Kramatorsk"), "CNN");
      await store("/c/b.txt", "B", on("Druzhkivka"), "CNN");
      await store("/c/c.txt", "C", on("Kramatorsk"), "AFP");
      await store("/c/d.txt", "D", on("Druzhkivka"), "AFP");
      const told = (await events()).map((e) => [e.location, e.sourceCount, e.placeDisputed]);
      expect(told.sort()).toEqual([
        ["Druzhkivka", 2, false],
        ["Kramatorsk", 2, false],
      ]);
    });

    test("records why a telling joined, and flags a rising toll", async () => {
      const told = (killed: number, location: string) =>
        extraction({
          mentions: [
            mention({
              location,
              casualties: [
                {
                  kind: "killed",
                  count: { low: killed, high: killed, qualifier: "exact" },
                  who: null,
                  span: { start: 0, end: 1 },
                },
              ],
            }),
          ],
        });
      await store("/c/a.txt", "A", told(4, "Kramatorsk"), "CNN");
      await store("/c/b.txt", "B", told(9, "Kramatorsk"), "AFP");
      const [only] = await events();
      expect(only).toMatchObject({ sourceCount: 2, tollDisputed: true, placeDisputed: false });
      const reasons = (await db.query.eventMentions.findMany()).map((m) => m.joinReason && JSON.parse(m.joinReason));
      expect(reasons.filter(Boolean)).toEqual([
        expect.objectContaining({ rule: "place", place: { relation: "same", km: null }, toll: "differs" }),
      ]);
    });

    test("counts two sources with no outlet as two outlets, and one outlet twice as one", async () => {
      await store("/c/a.txt", "A", extraction({ mentions: [mention()] }));
      await store("/c/b.txt", "B", extraction({ mentions: [mention()] }));
      await store("/c/c.txt", "C", extraction({ mentions: [mention()] }), "CNN");
      await store("/c/d.txt", "D", extraction({ mentions: [mention()] }), "cnn");
      expect((await events())[0]).toMatchObject({ sourceCount: 4, outletCount: 3, grade: "confirmed" });
    });

    test("joins a month-dated telling only to tellings as vague about that month", async () => {
      const june = mention({ date: { value: "2017-06", precision: "month" } });
      await store("/c/a.txt", "A", extraction({ mentions: [june] }));
      await store("/c/b.txt", "B", extraction({ mentions: [mention()] }));
      await store("/c/c.txt", "C", extraction({ mentions: [june] }));
      expect((await events()).map((e) => [e.date, e.datePrecision, e.sourceCount])).toEqual([
        ["2017-06", "month", 2],
        ["2017-06-08", "day", 1],
      ]);
    });

    test("keeps different attackers, distant dates and other kind classes apart", async () => {
      await store("/c/a.txt", "A", extraction({ mentions: [mention()] }));
      await store("/c/b.txt", "B", extraction({ mentions: [mention({ attacker: actor("Russia") })] }));
      await store(
        "/c/c.txt",
        "C",
        extraction({ mentions: [mention({ date: { value: "2017-06-20", precision: "day" } })] }),
      );
      await store("/c/d.txt", "D", extraction({ mentions: [mention({ kind: "ground-attack" })] }));
      expect(await events()).toHaveLength(4);
    });

    test("gives a mention with no date or attacker an event of its own", async () => {
      await store("/c/a.txt", "A", extraction({ mentions: [mention({ date: null })] }));
      await store("/c/b.txt", "B", extraction({ mentions: [mention({ date: null })] }));
      await store("/c/c.txt", "C", extraction({ mentions: [mention({ attacker: null })] }));
      expect(await events()).toHaveLength(3);
    });

    test("grades an event contested when a linked claim contests it", async () => {
      await store("/c/a.txt", "A", extraction({ mentions: [mention()], claims: [claim({ stance: "contests" })] }));
      expect((await events())[0]?.grade).toBe("contested");
    });
  });

  describe("facts and claims", () => {
    test("copy event and source ids down, and resolve a claim's mention index", async () => {
      const r = await store(
        "/c/a.txt",
        "A",
        extraction({
          mentions: [
            mention({ attacker: actor("ISIS") }),
            mention({ forces: [force(), force({ status: "present" })] }),
          ],
          claims: [claim({ mentionIndex: 1 }), claim({ mentionIndex: null })],
        }),
      );
      const [, second] = await events();
      const forces = await db.query.forceReports.findMany();
      expect(forces.map((f) => [f.eventId, f.sourceId])).toEqual([
        [second?.id, r.sourceId],
        [second?.id, r.sourceId],
      ]);
      const stored = await db.query.claims.findMany({ orderBy: (c, { asc }) => asc(c.id) });
      expect(stored.map((c) => c.eventId)).toEqual([second?.id, null]);
      expect(stored[0]?.mentionId).not.toBeNull();
    });
  });

  describe("a batch (storeSources)", () => {
    const input = (path: string, content: string, x: StoreSourceInput["extraction"], outlet: string | null = null) => ({
      originPath: path,
      contentHash: sha256(content),
      meta: { ...noMeta, outlet },
      extraction: x,
    });
    const corpus = () => [
      input("/c/a.txt", "A", extraction({ mentions: [mention()], claims: [claim()] }), "CNN"),
      input("/c/b.txt", "B", extraction({ mentions: [mention({ location: "the town of At Tanf" })] }), "Reuters"),
      input("/c/copy-of-a.txt", "A", extraction({ mentions: [mention()], claims: [claim()] }), "CNN"),
      input("/c/c.txt", "C", extraction({ mentions: [mention({ location: "Deir ez-Zor" })] }), "AFP"),
    ];

    test("stores what storing one at a time stores, with the same statuses", async () => {
      const one = [];
      for (const i of corpus()) one.push(await storeSource(db, i));
      const sequential = { export: await exportV1(db), counts: await tableCounts(db) };
      await cleanup();
      ({ db, cleanup } = await tempDb());
      const batched = await storeSources(db, corpus());
      expect(batched).toEqual(one);
      expect(batched.map((r) => r.status)).toEqual(["ingested", "ingested", "duplicate", "ingested"]);
      expect({ export: await exportV1(db), counts: await tableCounts(db) }).toEqual(sequential);
    });

    test("again, every article is unchanged and nothing is written", async () => {
      await storeSources(db, corpus());
      const before = await tableCounts(db);
      const again = corpus().map((i) => ({
        ...i,
        extraction: () => {
          throw new Error("must not extract an unchanged article");
        },
      }));
      expect((await storeSources(db, again)).map((r) => r.status)).toEqual(Array(4).fill("unchanged"));
      expect(await tableCounts(db)).toEqual(before);
    });

    test("one article that cannot be stored: on SQLite none of the batch is, on PostgreSQL those before it", async () => {
      const batch = corpus();
      batch[1] = input("/c/b.txt", "B", () => {
        throw new Error("extraction failed");
      });
      await expect(storeSources(db, batch)).rejects.toThrow("extraction failed");
      const stored = testDialect() === "pg" ? 1 : 0;
      expect(await tableCounts(db)).toMatchObject({ sources: stored, sourceOrigins: stored, eventMentions: stored });
    });
  });
});
