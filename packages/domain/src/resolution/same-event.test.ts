import { describe, expect, test } from "vitest";
import type { EventMention } from "../event.ts";
import type { EventDate } from "../event-date.ts";
import { candidateWindow, datesCompatible, type EventKeyFields, isSameEvent, targetsCompatible } from "./same-event.ts";

const day = (value: string): EventDate => ({ value, precision: "day" });
const month = (value: string): EventDate => ({ value, precision: "month" });
const coalition = { key: "us-coalition", name: "US-led coalition", side: "us-coalition" };
const oir = { key: "us-coalition", name: "Operation Inherent Resolve", side: "us-coalition" };
const regime = { key: "syria-gov", name: "pro-regime forces", side: "syria-gov" };

function mention(over: Partial<EventMention> = {}): EventMention {
  return {
    kind: "airstrike",
    date: day("2017-05-18"),
    location: "At Tanf",
    attacker: coalition,
    target: regime,
    platform: null,
    munition: null,
    distanceKm: null,
    geo: null,
    eventType: null,
    subEventType: null,
    instruments: [],
    forces: [],
    casualties: [],
    escalation: [],
    span: { start: 0, end: 10 },
    ...over,
  };
}

const stored: EventKeyFields = {
  kindClass: "air",
  date: day("2017-05-18"),
  attackerKey: "us-coalition",
  targetKey: "syria-gov",
};

describe("resolution", () => {
  describe("candidateWindow", () => {
    test("spans the date with a day either side", () => {
      expect(candidateWindow(mention())).toEqual({
        kindClass: "air",
        attackerKey: "us-coalition",
        from: "2017-05-17",
        to: "2017-05-19",
      });
    });
    test("spans a whole month for a month-precise background mention", () => {
      expect(candidateWindow(mention({ date: month("2017-04") }))).toMatchObject({
        from: "2017-03-31",
        to: "2017-05-01",
      });
    });
    test("is null without a date or an attacker", () => {
      expect(candidateWindow(mention({ date: null }))).toBeNull();
      expect(candidateWindow(mention({ attacker: null }))).toBeNull();
    });
  });

  describe("datesCompatible", () => {
    test("days within one day agree", () => expect(datesCompatible(day("2017-05-18"), day("2017-05-17"))).toBe(true));
    test("days two days apart do not", () => expect(datesCompatible(day("2017-05-18"), day("2017-05-16"))).toBe(false));
    test("a month holds its days", () => expect(datesCompatible(month("2017-04"), day("2017-04-06"))).toBe(true));
    test("a month does not hold another month's days", () =>
      expect(datesCompatible(month("2017-04"), day("2017-05-18"))).toBe(false));
    test("a year holds its months", () =>
      expect(datesCompatible({ value: "2016", precision: "year" }, month("2016-06"))).toBe(true));
  });

  describe("isSameEvent", () => {
    test("merges tellings whose kind class, date and attacker agree", () => {
      expect(isSameEvent(mention(), stored)).toBe(true);
    });
    test("unifies the coalition's names through the lexicon key", () => {
      expect(isSameEvent(mention({ attacker: oir }), stored)).toBe(true);
    });
    test("merges a missile strike with an airstrike (one class)", () => {
      expect(isSameEvent(mention({ kind: "missile-strike" }), stored)).toBe(true);
    });
    test("merges a month-precise recollection with the day-precise event", () => {
      expect(isSameEvent(mention({ date: month("2017-05") }), stored)).toBe(true);
    });
    test("keeps apart a ground attack and an airstrike", () => {
      expect(isSameEvent(mention({ kind: "ground-attack" }), stored)).toBe(false);
    });
    test("keeps apart strikes by different attackers", () => {
      expect(isSameEvent(mention({ attacker: { key: "russia", name: "Russia", side: "russia" } }), stored)).toBe(false);
    });
    test("keeps apart strikes on different days", () => {
      expect(isSameEvent(mention({ date: day("2017-06-06") }), stored)).toBe(false);
    });
    test("keeps apart strikes of one day on different actors", () => {
      expect(isSameEvent(mention({ target: { key: "isis", name: "Islamic State", side: "isis" } }), stored)).toBe(
        false,
      );
    });
    test("does not let a place or thing target rule a match out", () => {
      expect(isSameEvent(mention({ target: { key: "site:convoy", name: "convoy", side: null } }), stored)).toBe(true);
    });
    test("keeps an article's own mentions apart when told the source", () => {
      expect(isSameEvent(mention(), { ...stored, sourceIds: ["s1"] }, "s1")).toBe(false);
      expect(isSameEvent(mention(), { ...stored, sourceIds: ["s1"] }, "s2")).toBe(true);
    });
  });

  describe("targetsCompatible", () => {
    test("two names of one side agree", () => {
      expect(targetsCompatible({ key: "iran-militias", side: "syria-gov" }, "syria-gov", "syria-gov")).toBe(true);
    });
    test("an unknown target agrees with anything", () => expect(targetsCompatible(null, "syria-gov", null)).toBe(true));
  });
});
