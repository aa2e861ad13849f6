import { describe, expect, test } from "vitest";
import { analyseSentence } from "../linguistic/index.ts";
import { attackerSpan, countedAgents, glossNamesGroup, withGloss } from "./attacker-phrase.ts";

const analysed = (text: string) => analyseSentence(text, { start: 0, end: text.length });
const chunkOf = (text: string, words: string) => {
  const s = analysed(text);
  const at = text.indexOf(words);
  const c = s.chunks.find((k) => k.start <= at && at < k.end);
  if (!c) throw new Error(`no chunk at "${words}"`);
  return { s, c, span: (k: { start: number; end: number } | null) => (k ? text.slice(k.start, k.end) : null) };
};

describe("attacker phrases", () => {
  describe("a name with its bracketed gloss", () => {
    test("takes the gloss and the noun it interrupts", () => {
      const text = "Two guards died in an attack by FRL [Revolutionary Liberation Front] units on Monday.";
      const { s, c, span } = chunkOf(text, "FRL");
      expect(span(withGloss(s, c))).toBe("FRL [Revolutionary Liberation Front] units");
      expect(glossNamesGroup(s, c)).toBe(true);
    });
    test("takes an acronym in parentheses after the full name, in all-caps copy", () => {
      const text = "THE POPULAR LIBERATION ARMY (EPL) ATTACKED THE TOWN.";
      const { s, c, span } = chunkOf(text, "POPULAR");
      expect(span(withGloss(s, c))).toBe("THE POPULAR LIBERATION ARMY (EPL)");
    });
    test("leaves a phrase without a gloss as it is", () => {
      const text = "Rebels attacked the town.";
      const { s, c, span } = chunkOf(text, "Rebels");
      expect(span(withGloss(s, c))).toBe("Rebels");
      expect(glossNamesGroup(s, c)).toBe(false);
    });
  });

  describe("a name made of 'of' phrases", () => {
    test("runs on through each of them", () => {
      const text = "Members of the Army of National Liberation of Colombia dynamited the pipeline.";
      const { s, c, span } = chunkOf(text, "Members");
      expect(span(attackerSpan(s, c))).toBe("Members of the Army of National Liberation of Colombia");
    });
  });

  describe("a count of attackers", () => {
    test("gives way to who they are", () => {
      const text = "An unknown number of urban commandos attacked the post.";
      const { s, c, span } = chunkOf(text, "An unknown");
      expect(span(countedAgents(s, c))).toBe("urban commandos");
    });
    test("is no one's count when it tallies the dead", () => {
      const text = "The number of rebels killed rose.";
      const { s, c } = chunkOf(text, "The number");
      expect(countedAgents(s, c)).toBeNull();
    });
  });
});
