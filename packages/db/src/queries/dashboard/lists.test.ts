import { describe, expect, test } from "vitest";
import { extraction, mention, noMeta, sha256, tempDb } from "../../testing/index.ts";
import { storeSource } from "../store-source.ts";
import { listClaims } from "./claims-list.ts";
import { listEvents } from "./events-list.ts";
import { filterOptions } from "./options.ts";
import { useSampleDb } from "./testing/db.ts";

const world = useSampleDb();

describe("the events list", () => {
  test("lists newest first by default", async () => {
    const page = await listEvents(world.db);
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.date)).toEqual(["2017-06-08", "2017-06-06", "2017-05-18"]);
  });
  describe("filters", () => {
    test("by date range, overlapping the event's possible days", async () => {
      const page = await listEvents(world.db, { filter: { from: "2017-05-01", to: "2017-05-31" } });
      expect(page.rows.map((r) => r.id)).toEqual([world.ids.eventIds[0]]);
    });
    test("by minimum number of sources", async () => {
      const page = await listEvents(world.db, { filter: { minSources: 3 } });
      expect(page.rows.map((r) => r.sourceCount)).toEqual([4]);
    });
    test("by grade and attacker", async () => {
      const page = await listEvents(world.db, { filter: { grade: "contested", attacker: "US-led coalition" } });
      expect(page.rows.map((r) => r.date)).toEqual(["2017-06-06"]);
    });
    test("by location substring, treating % literally", async () => {
      expect((await listEvents(world.db, { filter: { location: "tanf" } })).total).toBe(3);
      expect((await listEvents(world.db, { filter: { location: "%" } })).total).toBe(0);
    });
  });
  describe("sorting and paging", () => {
    test("sorts by sources ascending", async () => {
      const page = await listEvents(world.db, { sort: "sources", dir: "asc" });
      expect(page.rows.map((r) => r.sourceCount)).toEqual([1, 2, 4]);
    });
    test("clamps a page past the end to the last page", async () => {
      const page = await listEvents(world.db, { page: 99, pageSize: 2 });
      expect(page).toMatchObject({ page: 2, pageCount: 2 });
      expect(page.rows).toHaveLength(1);
    });
  });
});

describe("the claims explorer", () => {
  test("filters by stance", async () => {
    const { rows } = await listClaims(world.db, { filter: { stance: "contests" } });
    expect(rows.map((r) => r.speaker)).toEqual(["Sen. Viktor Ozerov"]);
  });
  test("filters by claim kind", async () => {
    const { rows } = await listClaims(world.db, { filter: { claimKind: "belief" } });
    expect(rows.map((r) => [r.speaker, r.claimKind])).toEqual([["Sen. Viktor Ozerov", "belief"]]);
    expect((await listClaims(world.db, { filter: { claimKind: "intention" } })).total).toBe(0);
  });
  test("gives each claim its source sentence with the cue marked", async () => {
    const { rows } = await listClaims(world.db, { filter: { speaker: "the coalition" } });
    const s = rows[0]?.sentence;
    expect(s?.text).toBe("The coalition said the convoy posed a threat to its forces.");
    expect(s?.cue && s.text.slice(s.cue.start, s.cue.end)).toBe("said");
  });
  test("searches the text case-insensitively", async () => {
    const { rows } = await listClaims(world.db, { filter: { q: "POSED A THREAT" } });
    expect(rows).toHaveLength(2);
  });
  test("filters by event and carries the event's summary", async () => {
    const { rows } = await listClaims(world.db, { filter: { eventId: world.ids.eventIds[1] } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ eventDate: "2017-06-06", eventKind: "airstrike" });
  });
});

describe("filter options", () => {
  test("offer the attackers and targets present, and say the lists are complete", async () => {
    expect(await filterOptions(world.db)).toEqual({
      attackers: ["US-led coalition"],
      attackerGroups: [{ key: "us-led coalition", names: ["US-led coalition"] }],
      targets: ["pro-regime forces"],
      complete: true,
    });
  });
  test("offer the speakers, most quoted first", async () => {
    const { speakerOptions } = await import("./options.ts");
    expect(await speakerOptions(world.db)).toContain("Sen. Viktor Ozerov");
  });
});

describe("the export scope", () => {
  test("keeps the filtered events and the sources that tell them", async () => {
    const { exportScope } = await import("./export-scope.ts");
    const scope = await exportScope(world.db, { from: "2017-06-07" });
    expect(scope.eventIds).toEqual([world.ids.eventIds[2]]);
    expect(scope.sourceIds).toHaveLength(1);
  });
});

describe("the attacker filter", () => {
  test("groups the texts' names by actor key, and filters by the key", async () => {
    const { db, cleanup } = await tempDb();
    try {
      const named = [
        ["US-led coalition", "2017-05-18"],
        ["U.S.-led anti-ISIS coalition", "2017-06-06"],
        ["US-led coalition", "2017-06-08"],
      ] as const;
      for (const [i, [name, day]] of named.entries())
        await storeSource(db, {
          originPath: `/c/${i}.txt`,
          contentHash: sha256(`group-${i}`),
          meta: noMeta,
          extraction: extraction({
            mentions: [
              mention({
                attacker: { key: "us-coalition", name, side: "us-coalition" },
                date: { value: day, precision: "day" },
              }),
            ],
          }),
        });
      const options = await filterOptions(db);
      expect(options.attackerGroups).toEqual([
        { key: "us-coalition", names: ["US-led coalition", "U.S.-led anti-ISIS coalition"] },
      ]);
      expect((await listEvents(db, { filter: { attacker: "us-coalition" } })).total).toBe(3);
      expect((await listEvents(db, { filter: { attacker: "U.S.-led anti-ISIS coalition" } })).total).toBe(1);
    } finally {
      cleanup();
    }
  });
});
