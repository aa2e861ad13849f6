import { describe, expect, test } from "vitest";
import { around, beforeContent, beforeSecondCue, beforeSetting, splitAdding, trimRange } from "./content.ts";
import { findQuotes, maskQuotes } from "./quotes.ts";

const masked = (s: string) => maskQuotes(s, findQuotes(s));
const texts = (s: string, rs: { start: number; end: number }[]) => rs.map((r) => s.slice(r.start, r.end));

describe("claims", () => {
  describe("content", () => {
    test("ends before a trailing setting of the speech", () => {
      const s = "the port would reopen in an interview with the local paper on Sunday";
      expect(s.slice(0, beforeSetting(s, 0, s.length))).toBe("the port would reopen");
      const t = "the port would reopen after talks on Twitter";
      expect(t.slice(0, beforeSetting(t, 0, t.length))).toBe("the port would reopen after talks");
    });

    test("keeps a place where something happened", () => {
      const s = "police fired on protesters at a rally in the square";
      expect(beforeSetting(s, 0, s.length)).toBe(s.length);
    });

    test("before an attribution: the sentence up to it", () => {
      const s = "Two aircraft were dispatched, according to an official.";
      expect(texts(s, beforeContent(s, masked(s), s.indexOf("according")))).toEqual(["Two aircraft were dispatched"]);
    });

    test("before an attribution: the opening quote when it ends in a comma", () => {
      const s = "“It is a disgrace,” one resident, who gave her name, Olga, told AFP.";
      expect(texts(s, beforeContent(s, masked(s), s.indexOf("Olga")))).toEqual(["It is a disgrace"]);
    });

    test("nothing before an attribution that opens the sentence", () => {
      expect(beforeContent("he said.", "he said.", 0)).toEqual([]);
    });

    test("around a parenthetical, without a trailing gloss", () => {
      const s = "The strike, according to officials, killed ten.";
      const from = s.indexOf("according");
      expect(texts(s, around(s, masked(s), from, s.indexOf(", killed")))).toEqual(["The strike", "killed ten"]);
      const t = "Forces trained there, according to a statement, using an acronym for IS.";
      expect(texts(t, around(t, masked(t), t.indexOf("according"), t.indexOf(", using")))).toEqual([
        "Forces trained there",
      ]);
    });

    test("an appositive after the source is not content", () => {
      const s = "According to the Observatory, a Britain-based monitor, 15 fighters were killed.";
      const to = s.indexOf(", a Britain");
      expect(texts(s, around(s, masked(s), 0, to))).toEqual(["15 fighters were killed"]);
      const t = "According to state media, the missile hit a building, killing three.";
      expect(texts(t, around(t, masked(t), 0, t.indexOf(", the")))).toEqual([
        "the missile hit a building, killing three",
      ]);
      const u = "According to police, a car bomb exploded near the market, killing five.";
      expect(texts(u, around(u, masked(u), 0, u.indexOf(", a car")))).toEqual([
        "a car bomb exploded near the market, killing five",
      ]);
    });

    test("content ends before a cue participle, which opens an attribution of its own; a label stays", () => {
      const s = "the levy will stay, telling the council that ferries must pay";
      expect(s.slice(0, beforeSecondCue(masked(s), 0, s.length))).toBe("the levy will stay");
      const clause = "the levy will stay, and he left the hall";
      expect(clause.slice(0, beforeSecondCue(masked(clause), 0, clause.length))).toBe("the levy will stay");
      const label = "the raids hit the port, describing them as a breach";
      expect(beforeSecondCue(masked(label), 0, label.length)).toBe(label.length);
    });

    test('", adding that" joins two pieces of one claim', () => {
      const s = "the suspect was arrested, adding that no one was hurt";
      expect(texts(s, splitAdding(s, s, { start: 0, end: s.length }))).toEqual([
        "the suspect was arrested",
        "no one was hurt",
      ]);
    });

    test("trimming drops edge punctuation and quote marks", () => {
      const s = " “posing a threat.” ";
      const r = trimRange(s, 0, s.length);
      expect(s.slice(r.start, r.end)).toBe("posing a threat");
    });
  });
});
