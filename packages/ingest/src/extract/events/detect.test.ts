import { describe, expect, test } from "vitest";
import { detectCandidates } from "./detect.ts";
import { readSentence } from "./sentence.ts";

function candidates(text: string, publishedAt = "2017-05-18") {
  const s = readSentence(text, text.toLowerCase(), { start: 0, end: text.length }, 0, publishedAt, false);
  return detectCandidates(s).map((c) => ({
    trigger: text.slice(c.start, c.end),
    kind: c.kind,
    attacker: c.attacker?.entry.name ?? null,
    target: c.target?.entry.name ?? c.targetObject,
    date: c.date?.value ?? null,
  }));
}

describe("detectCandidates", () => {
  describe("kinds", () => {
    test("carpet-bombed is an airstrike", () =>
      expect(candidates("Coalition aircraft carpet-bombed pro-regime forces Thursday")[0]?.kind).toBe("airstrike"));
    test("a cruise missile attack is a missile strike", () =>
      expect(candidates("a U.S. cruise missile attack on a Syrian airbase")[0]?.kind).toBe("missile-strike"));
    test("shelled is artillery", () =>
      expect(candidates("Russian forces shelled the town")[0]?.kind).toBe("artillery-strike"));
    test("a generic verb takes its kind from the sentence", () =>
      expect(candidates("Ukrainian drones attacked an oil refinery")[0]?.kind).toBe("drone-strike"));
    test("rockets are fired as missiles", () =>
      expect(candidates("Hezbollah fired a barrage of rockets at an army base")[0]?.kind).toBe("missile-strike"));
  });

  describe("attacker and target", () => {
    test("subject and object of an active verb", () => {
      expect(candidates("U.S.-led coalition aircraft Thursday struck a pro-regime convoy")[0]).toMatchObject({
        attacker: "US-led coalition",
        target: "pro-regime forces",
        date: "2017-05-18",
      });
    });
    test("an actor right before a nominal trigger", () => {
      expect(candidates("rebels thwarted a significant IS attack on the base")[0]).toMatchObject({
        attacker: "Islamic State",
        target: "base",
      });
    });
    test("the by-phrase of a passive", () => {
      expect(
        candidates("Iranian-backed Shia militia fighters came under ground attack from anti-government forces")[0],
      ).toMatchObject({
        attacker: "anti-government forces",
        target: "Iran-backed militias",
      });
    });
    test("a speaker who says it attacked", () => {
      expect(candidates("Hezbollah said in a statement that it had attacked the Israeli position")[0]?.attacker).toBe(
        "Hezbollah",
      );
    });
    test("officials who speak are not attackers", () => {
      expect(candidates("The strike hit the convoy, two US officials said.")[0]?.attacker).toBeNull();
    });
  });

  describe("dates", () => {
    test("a date told of another event, hours before this one, is not this one's", () => {
      const [first, second] = candidates(
        "Houthi rebels fired a missile at a ship on Thursday, hours before American forces struck Houthi launchers",
        "2024-01-26",
      );
      expect(first?.date).toBe("2024-01-25");
      expect(second?.date).toBeNull();
    });
  });

  describe("what is not an attack", () => {
    test("figurative strikes and hits", () => {
      expect(candidates("The White House struck a deal; the plan would hit working families")).toEqual([]);
    });
    test("negated attacks", () =>
      expect(candidates("I have never heard of any accidental strike by the pro-government forces")).toEqual([]));
    test("the weapon of an attack already told", () =>
      expect(candidates("They came with a suicide car bomb and fighters.")).toEqual([]));
    test("a warning named after an attack", () => {
      expect(candidates("Air raid alerts sounded across the Donetsk region for much of the day.")).toEqual([]);
      expect(candidates("Missile sirens wailed over the city and residents ran to air raid shelters.")).toEqual([]);
    });
    test("an air raid itself is still an attack", () =>
      expect(candidates("An air raid hit the market in the city of Idlib")[0]?.kind).toBe("airstrike"));
  });
  describe("a belligerent telling of an unowned strike on its enemy", () => {
    test("made the strike itself", () =>
      expect(candidates("The Ukrainian army said a drone hit a Russian ammunition depot.")[0]?.attacker).toBe(
        "Ukraine",
      ));
    test("but not a strike on its own side", () =>
      expect(candidates("The Ukrainian army said a drone hit Ukrainian positions.")[0]?.attacker ?? null).toBeNull());
  });
  describe("an attack only planned", () => {
    test("is no event", () =>
      expect(candidates("Militants were preparing to attack the army base, the police said.")).toEqual([]));
  });
});
