import { describe, expect, test } from "vitest";
import { coverageMatrix, eventsPerSource } from "./coverage.ts";
import { forceTotals } from "./forces.ts";
import { kpis } from "./kpis.ts";
import { pivotStrikes, strikesOverTime } from "./strikes-over-time.ts";
import { useSampleDb } from "./testing/db.ts";

const world = useSampleDb();

describe("overview queries", () => {
  describe("kpis", () => {
    test("count events, strikes, sources, claims and contested claims", async () => {
      expect(await kpis(world.db)).toEqual({ events: 3, strikes: 3, sources: 5, claims: 3, contestedClaims: 1 });
    });
    test("narrow sources and claims to the filtered events", async () => {
      expect(await kpis(world.db, { from: "2017-06-01" })).toEqual({
        events: 2,
        strikes: 2,
        sources: 2,
        claims: 2,
        contestedClaims: 1,
      });
    });
  });

  describe("strikes by month", () => {
    test("buckets strikes by month and attacker", async () => {
      expect(await strikesOverTime(world.db)).toEqual({
        buckets: [
          { period: "2017-05", series: "US-led coalition", strikes: 1 },
          { period: "2017-06", series: "US-led coalition", strikes: 2 },
        ],
        unplaced: 0,
      });
    });
    test("folds attackers past the limit into one column", () => {
      const buckets = ["A", "B", "C"].map((series, i) => ({ period: "2017-01", series, strikes: 3 - i }));
      const { rows, series } = pivotStrikes(buckets, "month", 2);
      expect(series).toEqual(["A", "Other attackers"]);
      expect(rows).toEqual([{ period: "2017-01", A: 3, "Other attackers": 3 }]);
    });
    test("pivots into one row per month, filling empty months with zero", () => {
      const { rows, series } = pivotStrikes([
        { period: "2017-03", series: "A", strikes: 2 },
        { period: "2017-05", series: "B", strikes: 1 },
      ]);
      expect(series).toEqual(["A", "B"]);
      expect(rows).toEqual([
        { period: "2017-03", A: 2, B: 0 },
        { period: "2017-04", A: 0, B: 0 },
        { period: "2017-05", A: 0, B: 1 },
      ]);
    });
  });

  describe("force totals", () => {
    test("merge each event's sources into a range, then sum the ranges", async () => {
      const totals = await forceTotals(world.db);
      const artillery = totals.find((t) => t.category === "artillery" && t.status === "destroyed");
      // One source says two pieces, the other names artillery without a number: merged 2, then summed.
      expect(artillery).toEqual({ category: "artillery", status: "destroyed", low: 2, high: 2, events: 1 });
      const tanks = totals.filter((t) => t.category === "tank").map((t) => [t.status, t.low, t.high]);
      expect(tanks).toEqual(
        expect.arrayContaining([
          ["hit", 1, 1],
          ["damaged", 1, 1],
        ]),
      );
    });
    test("keep to the filtered events", async () => {
      const totals = await forceTotals(world.db, { from: "2017-06-06", to: "2017-06-06" });
      expect(totals.find((t) => t.category === "anti-aircraft")).toMatchObject({ low: 1, high: 1 });
    });
  });

  describe("source coverage", () => {
    test("marks which source tells which event, oldest event first", async () => {
      const cov = await coverageMatrix(world.db);
      expect(cov.events.map((e) => e.date)).toEqual(["2017-05-18", "2017-06-06", "2017-06-08"]);
      const may18 = world.ids.eventIds[0];
      expect(cov.links.filter(([, e]) => e === may18)).toHaveLength(4);
      expect(cov.sources).toHaveLength(5);
    });
    test("counts events per source, most first", async () => {
      const per = await eventsPerSource(world.db);
      expect(per[0]).toMatchObject({ label: "CNN", events: 2 });
      expect(per.map((p) => p.events).reduce((a, b) => a + b, 0)).toBe(7);
    });
  });
});
