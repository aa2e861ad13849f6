import { ExportV1Schema } from "@deconflict/domain";
import * as v from "valibot";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { Db } from "../client.ts";
import { claims } from "../schema/index.ts";
import { claim, extraction, force, mention, noMeta, sha256, tempDb } from "../testing/index.ts";
import { exportV1 } from "./export.ts";
import { csvTable } from "./export-csv.ts";
import { storeSource } from "./store-source.ts";

let db: Db;
let cleanup: () => void;
beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
  const a = extraction({
    mentions: [
      mention({
        forces: [force({ count: { low: 3, high: 3, qualifier: "exact" } }), force({ status: "present", count: null })],
        casualties: [
          {
            kind: "killed",
            count: { low: 10, high: 10, qualifier: "about" },
            who: "fighters",
            span: { start: 0, end: 4 },
          },
        ],
      }),
    ],
    claims: [
      claim({ text: 'He said, "no strike"', stance: "contests", claimKind: "belief", cue: { start: 3, end: 7 } }),
    ],
  });
  const b = extraction({
    mentions: [mention({ forces: [force({ count: { low: 60, high: null, qualifier: "more-than" } })] })],
  });
  await storeSource(db, {
    originPath: "/corpus/x/001_a.txt",
    contentHash: sha256("a"),
    meta: { ...noMeta, outlet: "CNN", title: "Strike, again", publishedAt: "2017-06-08" },
    extraction: a,
  });
  await storeSource(db, { originPath: "/corpus/x/002_b.html", contentHash: sha256("b"), meta: noMeta, extraction: b });
  await storeSource(db, { originPath: "/corpus/x/copy.txt", contentHash: sha256("b"), meta: noMeta, extraction: b });
});
afterEach(() => cleanup());

describe("exportV1", () => {
  test("is exactly SPEC format version 1", async () => {
    const out = await exportV1(db);
    expect(() => v.parse(ExportV1Schema, out)).not.toThrow();
  });

  test("names sources s<n> by the base name of their first origin", async () => {
    const out = await exportV1(db);
    expect(out.sources).toEqual([
      { id: "s1", file: "001_a.txt", title: "Strike, again", outlet: "CNN", publishedAt: "2017-06-08" },
      { id: "s2", file: "002_b.html", title: null, outlet: null, publishedAt: null },
    ]);
  });

  test("merges forces per category and status across sources into {low, high}", async () => {
    const [event] = (await exportV1(db)).events;
    expect(event?.sources).toEqual(["s1", "s2"]);
    expect(event?.forces).toEqual([
      { category: "armed-vehicle", status: "hit", count: { low: 3, high: null } },
      { category: "armed-vehicle", status: "present", count: null },
    ]);
    expect(event?.casualties).toEqual([{ kind: "killed", count: { low: 10, high: 10 } }]);
    expect(event).toMatchObject({ id: "e1", attacker: "US-led coalition", target: "pro-regime forces" });
  });

  test("stores each claim's kind and cue span", async () => {
    const rows = await db.select().from(claims);
    expect(rows).toMatchObject([{ claimKind: "belief", cueStart: 3, cueEnd: 7 }]);
  });

  test("points claims at their source and event", async () => {
    const out = await exportV1(db);
    expect(out.claims).toEqual([
      {
        source: "s1",
        speaker: "two US officials",
        speakerKind: "anonymous-official",
        text: 'He said, "no strike"',
        stance: "contests",
        claimKind: "belief",
        event: "e1",
      },
    ]);
  });
});

describe("exportV1's optional SPEC fields", () => {
  test("give the canonical key and side of recognised actors only, beside the text's own names", async () => {
    const { db: fresh, cleanup: done } = await tempDb();
    try {
      await storeSource(fresh, {
        originPath: "/c/eln.txt",
        contentHash: sha256("sides"),
        meta: noMeta,
        extraction: extraction({
          mentions: [
            mention({
              attacker: { key: "eln", name: "ELN rebels", side: "colombia-insurgents" },
              target: { key: "~army base", name: "army base", side: null },
            }),
          ],
        }),
      });
      const [event] = (await exportV1(fresh)).events;
      expect(event).toMatchObject({
        attacker: "ELN rebels",
        attackerSide: { key: "eln", side: "colombia-insurgents" },
        target: "army base",
        targetSide: null,
      });
    } finally {
      done();
    }
  });

  test("carry a new event's coordinates and type from its first mention", async () => {
    const { db: fresh, cleanup: done } = await tempDb();
    try {
      const geo = { lat: 35.47, lon: 44.39, precision: "place" as const };
      await storeSource(fresh, {
        originPath: "/c/a.txt",
        contentHash: sha256("geo-first"),
        meta: noMeta,
        extraction: extraction({ mentions: [mention({ location: "Kirkuk", geo, eventType: "Battles" })] }),
      });
      expect((await exportV1(fresh)).events[0]).toMatchObject({ geo, eventType: "Battles", instruments: [] });
    } finally {
      done();
    }
  });

  test("carry the first located mention's coordinates, the ACLED type and every source's instruments once", async () => {
    const { db: fresh, cleanup: done } = await tempDb();
    try {
      const located = mention({
        location: "Kirkuk",
        geo: { lat: 35.47, lon: 44.39, precision: "place" },
        eventType: "Explosions/Remote violence",
        subEventType: "Remote explosive/landmine/IED",
        instruments: ["car bomb"],
      });
      await storeSource(fresh, {
        originPath: "/c/a.txt",
        contentHash: sha256("geo-a"),
        meta: { ...noMeta, outlet: "A" },
        extraction: extraction({ mentions: [mention({ location: null, instruments: ["Car bomb", "IED"] })] }),
      });
      await storeSource(fresh, {
        originPath: "/c/b.txt",
        contentHash: sha256("geo-b"),
        meta: { ...noMeta, outlet: "B" },
        extraction: extraction({ mentions: [located] }),
      });
      const out = await exportV1(fresh);
      expect(() => v.parse(ExportV1Schema, out)).not.toThrow();
      expect(out.events).toHaveLength(1);
      expect(out.events[0]).toMatchObject({
        location: "Kirkuk",
        geo: { lat: 35.47, lon: 44.39, precision: "place" },
        eventType: "Explosions/Remote violence",
        subEventType: "Remote explosive/landmine/IED",
        instruments: ["Car bomb", "IED"],
      });
    } finally {
      done();
    }
  });
});

describe("CSV export", () => {
  test("writes one header and one row per stored row, quoting commas and quotes", async () => {
    const sources = (await csvTable(db, "sources")).split("\r\n");
    expect(sources[0]).toBe(
      "source_id,file,title,outlet,url,published_at,byline,content_hash,extractor_version,ingested_at",
    );
    expect(sources[1]).toMatch(/^s1,001_a\.txt,"Strike, again",CNN,,2017-06-08,,/);
    expect(sources).toHaveLength(4);
    const claims = await csvTable(db, "claims");
    expect(claims).toContain('"He said, ""no strike"""');
    expect(claims.split("\r\n")[0]).toContain("stance,claim_kind,text");
    expect(claims).toContain("contests,belief,");
  });

  test("flattens events ACLED-style with their sources and merged casualties", async () => {
    const [header, row] = (await csvTable(db, "events")).split("\r\n");
    const cells = row?.split(",") ?? [];
    const col = (name: string) => cells[header?.split(",").indexOf(name) ?? -1];
    expect(col("event_id")).toBe("e1");
    expect(col("sources")).toBe("s1;s2");
    expect(col("grade")).toBe("contested");
    expect([col("killed_low"), col("killed_high")]).toEqual(["10", "10"]);
  });

  test("lists every force report unmerged", async () => {
    expect((await csvTable(db, "forces")).trim().split("\r\n")).toHaveLength(4);
  });
});
