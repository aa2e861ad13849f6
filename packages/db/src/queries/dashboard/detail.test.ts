import { describe, expect, test } from "vitest";
import { eventDetail } from "./event-detail.ts";
import { sourceDetail } from "./source-detail.ts";
import { useSampleDb } from "./testing/db.ts";

const world = useSampleDb();

describe("the event detail", () => {
  test("is null for an unknown id", async () => {
    expect(await eventDetail(world.db, 9999)).toBeNull();
  });
  test("quotes the sentence each source used, oldest source first", async () => {
    const d = await eventDetail(world.db, world.ids.eventIds[0] ?? 0);
    expect(d?.mentions.map((m) => m.source)).toEqual([
      "Daily Wire Service",
      "Evening Post",
      "Morning Herald",
      "Wire <Agency>",
    ]);
    expect(d?.mentions[1]?.text).toBe(
      "US-led aircraft hit a convoy of 20 vehicles heading for At Tanf on Thursday, officials said.",
    );
  });
  test("gives each fact the words every source used and the merged range", async () => {
    const d = await eventDetail(world.db, world.ids.eventIds[1] ?? 0);
    const artillery = d?.forces.find((f) => f.key === "artillery destroyed");
    expect(artillery?.reports.map((r) => [r.source, r.text])).toEqual([
      ["CNN", "two artillery pieces"],
      ["Wire <Agency>", "artillery pieces"],
    ]);
    expect(artillery?.merged).toMatchObject({ low: 2, high: 2 });
    expect(d?.casualties[0]).toMatchObject({ key: "killed", reports: [{ text: "an estimated 10 fighters" }] });
  });
  test("says why each telling joined the event, and with which source", async () => {
    const d = await eventDetail(world.db, world.ids.eventIds[0] ?? 0);
    const joined = d?.mentions.filter((m) => m.joined !== null) ?? [];
    // Every telling but the event's first joined it for a reason.
    expect(joined).toHaveLength((d?.mentions.length ?? 0) - 1);
    for (const m of joined) {
      expect(m.joined).toMatch(/^joined: same day, same attacker, /);
      expect(d?.mentions.map((x) => x.source)).toContain(m.joinedWith);
    }
    expect(d?.event).toMatchObject({ placeDisputed: expect.any(Boolean), tollDisputed: expect.any(Boolean) });
  });
  test("lists claims and escalation steps", async () => {
    const contested = await eventDetail(world.db, world.ids.eventIds[1] ?? 0);
    expect(contested?.claims.map((c) => c.stance).sort()).toEqual(["asserts", "contests"]);
    const may18 = await eventDetail(world.db, world.ids.eventIds[0] ?? 0);
    expect(may18?.escalations.map((e) => e.step)).toEqual(["show-of-force", "warning-shots"]);
  });
});

describe("the source detail", () => {
  test("returns the text and every span, in reading order", async () => {
    const d = await sourceDetail(world.db, world.ids.sourceIds.get("d.txt") ?? 0);
    expect(d?.label).toBe("CNN");
    expect(d?.file).toBe("d.txt");
    const types = d?.annotations.map((a) => a.type);
    expect(types).toEqual(expect.arrayContaining(["event", "force", "casualty", "claim"]));
    for (const a of d?.annotations ?? []) expect(a.end).toBeLessThanOrEqual(d?.text.length ?? 0);
    const starts = d?.annotations.map((a) => a.start) ?? [];
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});
