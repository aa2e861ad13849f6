import { describe, expect, test } from "vitest";
import { actorDetail, listActors, speakerVariants } from "./actors.ts";
import { listEvents } from "./events-list.ts";
import { mapEvents } from "./map-events.ts";
import { pivotStrikes, strikesOverTime } from "./strikes-over-time.ts";
import { useSampleDb } from "./testing/db.ts";
import { GEO_WORLD } from "./testing/geo-world.ts";

const world = useSampleDb(GEO_WORLD);

describe("the map's events", () => {
  test("are the located ones, with merged casualties, and the rest are counted", async () => {
    const map = await mapEvents(world.db);
    expect(map.located).toBe(4);
    expect(map.unlocated).toBe(1);
    expect(map.events.map((e) => e.location)).toEqual(["El Fasher", "Cauca", "Odesa", "Kharkiv"]);
    const kharkiv = map.events.find((e) => e.location === "Kharkiv");
    expect(kharkiv).toMatchObject({ lat: 49.99, lon: 36.23, precision: "place", attackerKey: "russia" });
    // Three killed per one source, four per the other: the range; 12 wounded.
    expect(kharkiv?.killed).toEqual({ low: 3, high: 4 });
    expect(kharkiv?.wounded).toEqual({ low: 12, high: 12 });
    expect(map.events.find((e) => e.location === "Odesa")?.killed).toBeNull();
  });
  test("follow the events list's filter", async () => {
    const map = await mapEvents(world.db, { kind: "drone-strike" });
    expect(map.events.map((e) => e.location).sort()).toEqual(["Cauca", "Kharkiv"]);
    expect(map.unlocated).toBe(0);
    const none = await mapEvents(world.db, { from: "2030-01-01" });
    expect(none).toEqual({ events: [], located: 0, unlocated: 0 });
  });
  test("stop at the limit but count every located event", async () => {
    const map = await mapEvents(world.db, {}, 2);
    expect(map.events).toHaveLength(2);
    expect(map.located).toBe(4);
  });
});

describe("strikes over time", () => {
  test("bucket by ISO week, each week starting on a Monday", async () => {
    const { buckets, unplaced } = await strikesOverTime(world.db, {}, "week");
    // 4 March 2024 was a Monday; 15 March a Friday (week of the 11th); 1 April a Monday; 11 May a Saturday.
    expect(buckets.map((b) => [b.period, b.strikes])).toEqual([
      ["2024-03-04", 1],
      ["2024-03-11", 1],
      ["2024-04-01", 1],
      ["2024-05-06", 1],
    ]);
    expect(unplaced).toBe(0);
  });
  test("add up by week to the months' totals", async () => {
    const sum = (b: { strikes: number }[]) => b.reduce((n, x) => n + x.strikes, 0);
    const weeks = await strikesOverTime(world.db, {}, "week");
    const months = await strikesOverTime(world.db, {}, "month");
    expect(sum(weeks.buckets) + weeks.unplaced).toBe(sum(months.buckets) + months.unplaced);
    expect(months.buckets.map((b) => [b.period, b.series, b.strikes])).toEqual([
      ["2024-03", "Russian forces", 2],
      ["2024-04", "ELN rebels", 1],
      ["2024-05", "Rapid Support Forces", 1],
    ]);
  });
  test("stack by kind when asked", async () => {
    const { buckets } = await strikesOverTime(world.db, { actor: "russia", actorRole: "attacker" }, "month", "kind");
    expect(buckets).toEqual([
      { period: "2024-03", series: "drone-strike", strikes: 1 },
      { period: "2024-03", series: "missile-strike", strikes: 1 },
    ]);
  });
  test("pivot weeks with the quiet weeks filled", () => {
    const { rows, series } = pivotStrikes(
      [
        { period: "2024-03-04", series: "A", strikes: 2 },
        { period: "2024-03-18", series: "A", strikes: 1 },
      ],
      "week",
    );
    expect(series).toEqual(["A"]);
    expect(rows).toEqual([
      { period: "2024-03-04", A: 2 },
      { period: "2024-03-11", A: 0 },
      { period: "2024-03-18", A: 1 },
    ]);
  });
});

describe("actors", () => {
  test("are listed by key with the texts' names, most active first", async () => {
    const page = await listActors(world.db);
    expect(page.rows.map((r) => [r.key, r.asAttacker, r.asTarget])).toEqual([
      ["russia", 2, 0],
      ["~eln rebels", 2, 0],
      ["rsf", 1, 0],
      ["~army patrol", 0, 1],
      ["~army post", 0, 1],
      ["~civilians", 0, 1],
    ]);
    const russia = page.rows[0];
    expect(russia?.names.map((n) => n.name)).toEqual(["Russian forces", "Moscow"]);
    expect(russia?.canonical).toBe(true);
    expect(page.rows[1]?.canonical).toBe(false);
  });
  test("are searched by name or key, and paged", async () => {
    expect((await listActors(world.db, { q: "moscow" })).rows.map((r) => r.key)).toEqual(["russia"]);
    expect((await listActors(world.db, { q: "army" })).total).toBe(2);
    const second = await listActors(world.db, { pageSize: 4, page: 2 });
    expect([second.total, second.pageCount, second.rows.length]).toEqual([6, 2, 2]);
  });
  test("have a page with targets, claims both ways and sources", async () => {
    const d = await actorDetail(world.db, "russia");
    expect(d?.actor).toMatchObject({ asAttacker: 2, asTarget: 0, firstDate: "2024-03-04", lastDate: "2024-03-15" });
    expect(d?.targets).toEqual([
      { key: "~civilians", name: "civilians", events: 1 },
      { key: null, name: null, events: 1 },
    ]);
    expect(d?.claimsMade.rows.map((c) => c.speaker)).toEqual(["Russia"]);
    expect(d?.claimsAbout.rows.map((c) => c.text)).toEqual(["it hit a fuel depot"]);
    // Sources, not outlets: the Kyiv Ledger's two articles tell one event each.
    expect(d?.sources.map((s) => [s.label, s.events])).toEqual([
      ["Kyiv Ledger", 1],
      ["Eastern Wire", 1],
      ["Kyiv Ledger", 1],
    ]);
    expect(d?.sourceTotal).toBe(3);
  });
  test("match claims by a text-keyed actor's own name", async () => {
    const d = await actorDetail(world.db, "~eln rebels");
    expect(d?.claimsMade.rows.map((c) => c.text)).toEqual(["The post was a legitimate target,"]);
  });
  test("is null for a key no event has", async () => {
    expect(await actorDetail(world.db, "~nobody")).toBeNull();
  });
  test("an actor's events are the events list filtered by its key", async () => {
    const events = await listEvents(world.db, { filter: { actor: "~eln rebels" } });
    expect(events.rows.map((e) => e.location)).toEqual([null, "Cauca"]);
    const asTarget = await listEvents(world.db, { filter: { actor: "~civilians", actorRole: "target" } });
    expect(asTarget.total).toBe(1);
    expect((await listEvents(world.db, { filter: { actor: "~civilians", actorRole: "attacker" } })).total).toBe(0);
  });
  test("speaker spellings cover articles and capitals", () => {
    expect(speakerVariants("~eln rebels", ["ELN rebels"])).toEqual(
      expect.arrayContaining(["ELN rebels", "the ELN rebels", "eln rebels", "The eln rebels"]),
    );
  });
});
