import { describe, expect, test } from "vitest";
import type { EventKind } from "../vocabulary.ts";
import { clusterBlock } from "./cluster.ts";
import type { ResolvableMention } from "./compare.ts";
import { explainJoin } from "./explain.ts";

interface Telling {
  source: string;
  place?: string | null;
  geo?: [number, number];
  target?: string;
  killed?: number;
  kind?: EventKind;
}

let n = 0;
function telling(t: Telling): ResolvableMention {
  return {
    key: `${t.source}:${String(n++).padStart(4, "0")}`,
    sourceKey: t.source,
    kind: t.kind ?? "missile-strike",
    place: {
      name: t.place ?? null,
      geo: t.geo ? { lat: t.geo[0], lon: t.geo[1], precision: "place" } : null,
    },
    target: t.target ? { key: `site:${t.target}`, name: t.target, side: null } : null,
    toll: { killed: t.killed === undefined ? null : { low: t.killed, high: t.killed }, wounded: null },
  };
}

/** Events as sets of source names, sorted, so two resolutions compare by content. */
const shape = (ms: ResolvableMention[]) =>
  clusterBlock(ms)
    .map((c) =>
      c.members
        .map((m) => m.sourceKey)
        .sort()
        .join("+"),
    )
    .sort();

describe("clusterBlock", () => {
  describe("in a dense day", () => {
    test("strikes on different towns stay distinct", () => {
      const day = ["Kramatorsk", "Druzhkivka", "Kostiantynivka", "Sloviansk"].map((place, i) =>
        telling({ source: `a${i}`, place, target: "a market" }),
      );
      expect(clusterBlock(day)).toHaveLength(4);
    });
    test("one strike told by three outlets is one event", () => {
      const ms = [
        telling({ source: "reuters", place: "Kramatorsk", target: "an apartment block", killed: 4 }),
        telling({ source: "ap", place: "the city of Kramatorsk", target: "a residential building", killed: 5 }),
        telling({ source: "kyiv", place: "Kramatorsk", killed: 4 }),
        telling({ source: "afp", place: "Sloviansk", target: "a school" }),
      ];
      expect(shape(ms)).toEqual(["afp", "ap+kyiv+reuters"]);
    });
    test("two strikes on one town with different targets stay distinct", () => {
      const ms = [
        telling({ source: "a", place: "Pokrovsk", target: "a school" }),
        telling({ source: "b", place: "Pokrovsk", target: "a fuel depot" }),
        telling({ source: "c", place: "Pokrovsk", target: "the school building" }),
      ];
      expect(shape(ms)).toEqual(["a+c", "b"]);
    });
    test("irreconcilable tolls stay distinct", () => {
      const ms = [
        telling({ source: "a", place: "Pokrovsk", killed: 2 }),
        telling({ source: "b", place: "Pokrovsk", killed: 90 }),
      ];
      expect(clusterBlock(ms)).toHaveLength(2);
    });
    test("one article's own tellings stay distinct", () => {
      const ms = [telling({ source: "a", place: "Lyman" }), telling({ source: "a", place: "Lyman" })];
      expect(clusterBlock(ms)).toHaveLength(2);
    });
  });

  describe("with coordinates", () => {
    test("places a few km apart join, flagged", () => {
      const [c] = clusterBlock([
        telling({ source: "a", place: "Kramatorsk", geo: [48.72, 37.56], target: "a school" }),
        telling({ source: "b", place: "Biletske", geo: [48.74, 37.52], target: "the school building" }),
        telling({ source: "c", place: "Lyman", geo: [48.99, 37.8] }),
      ]);
      expect(c?.members).toHaveLength(2);
      expect(c?.placeDisputed).toBe(true);
      const reason = [...(c?.reasons.values() ?? [])][0];
      expect(reason && explainJoin(reason, "day")).toMatch(/^joined: same day, same attacker, places 3.\d km apart/);
    });
    test("near but differently named places with nothing else agreeing stay apart", () => {
      const ms = [
        telling({ source: "a", place: "Bureij", geo: [31.44, 34.4] }),
        telling({ source: "b", place: "Maghazi", geo: [31.42, 34.39] }),
        telling({ source: "c", place: "Nuseirat", geo: [31.45, 34.39], target: "a school" }),
      ];
      expect(clusterBlock(ms)).toHaveLength(3);
    });
    test("near places do not chain across a front (complete link)", () => {
      const ms = [
        telling({ source: "a", place: "West", geo: [48.7, 37.5], target: "a market" }),
        telling({ source: "b", place: "Middle", geo: [48.7, 37.555], target: "a market" }),
        telling({ source: "c", place: "East", geo: [48.7, 37.61], target: "a market" }),
      ];
      expect(clusterBlock(ms)).toHaveLength(2);
    });
  });

  describe("with nothing to compare", () => {
    test("a telling without place joins the day's only event", () => {
      const [c, ...rest] = clusterBlock([
        telling({ source: "a", place: "Kharkiv", killed: 3 }),
        telling({ source: "b", place: null }),
      ]);
      expect(rest).toHaveLength(0);
      expect([...(c?.reasons.values() ?? [])][0]?.rule).toBe("unambiguous");
    });
    test("and stays apart when the day has several", () => {
      const ms = [
        telling({ source: "a", place: "Kharkiv" }),
        telling({ source: "b", place: "Izium" }),
        telling({ source: "c", place: null }),
      ];
      expect(clusterBlock(ms)).toHaveLength(3);
    });
    test("a lone telling naming another town stays apart, even when only one event has its kind of target", () => {
      const ms = [
        telling({ source: "a", place: "Kramatorsk", target: "a school" }),
        telling({ source: "b", place: "Lyman", target: "a market" }),
        telling({ source: "c", place: "Siversk", target: "a school" }),
      ];
      expect(clusterBlock(ms)).toHaveLength(3);
    });
    test("a telling with no place joins the one event with its kind of target", () => {
      const ms = [
        telling({ source: "a", place: "Kramatorsk", target: "a school" }),
        telling({ source: "b", place: "Lyman", target: "a market" }),
        telling({ source: "c", place: null, target: "the school building" }),
      ];
      expect(shape(ms)).toEqual(["a+c", "b"]);
    });
    test("a differently named place joins the only event, flagged", () => {
      const [c] = clusterBlock([
        telling({ source: "a", place: "At Tanf", target: "the base" }),
        telling({ source: "b", place: "Syria", target: "a military base" }),
      ]);
      expect(c?.members).toHaveLength(2);
      expect(c?.placeDisputed).toBe(true);
    });
    test("but two towns' strikes of one day, each told once, stay apart unless their targets agree", () => {
      const ms = [
        telling({ source: "a", place: "Kramatorsk", target: "a school" }),
        telling({ source: "b", place: "Lyman" }),
      ];
      expect(clusterBlock(ms)).toHaveLength(2);
    });
  });

  describe("order", () => {
    test("any order of the same tellings gives the same events and reasons", () => {
      const ms = [
        telling({ source: "a", place: "Kramatorsk", killed: 4 }),
        telling({ source: "b", place: "Kramatorsk", killed: 9 }),
        telling({ source: "c", place: "Kramatorsk", killed: 5 }),
        telling({ source: "d", place: "Sloviansk" }),
        telling({ source: "e", place: null }),
        telling({ source: "f", place: "Sloviansk", target: "a school" }),
      ];
      const expected = JSON.stringify(clusterBlock(ms).map((c) => [c.members.map((m) => m.key), [...c.reasons]]));
      for (let seed = 1; seed < 30; seed++) {
        const shuffled = [...ms].sort(
          (x, y) => ((x.key.charCodeAt(0) * seed) % 7) - ((y.key.charCodeAt(0) * seed) % 7),
        );
        const got = JSON.stringify(clusterBlock(shuffled).map((c) => [c.members.map((m) => m.key), [...c.reasons]]));
        expect(got).toBe(expected);
      }
    });
    test("a rising toll is joined and flagged", () => {
      const [c] = clusterBlock([
        telling({ source: "a", place: "Kramatorsk", killed: 4 }),
        telling({ source: "b", place: "Kramatorsk", killed: 9 }),
      ]);
      expect(c?.tollDisputed).toBe(true);
    });
  });
});
