import { describe, expect, test } from "vitest";
import { analyseSentence } from "../linguistic/index.ts";
import { isAgentLike, readFrame } from "./frames.ts";
import { withConjunctsBefore } from "./subject-conjuncts.ts";

const analysed = (text: string) => analyseSentence(text, { start: 0, end: text.length });
const frameAt = (text: string, trigger: string) => {
  const at = text.indexOf(trigger);
  return readFrame(analysed(text), text, at, at + trigger.length);
};

describe("a coordinated attacker before the verb", () => {
  test("takes every conjunct that could name who attacked", () => {
    expect(frameAt("Rebel fighters and car bombers stormed the garrison at dawn.", "stormed").attacker?.text).toBe(
      "Rebel fighters and car bombers",
    );
  });
  test("runs back over a comma list once an 'and' is crossed", () => {
    const text = "Snipers, gunmen and suicide bombers attacked the hotel.";
    expect(frameAt(text, "attacked").attacker?.text).toBe("Snipers, gunmen and suicide bombers");
  });
  test("stops at a phrase a preposition governs", () => {
    const text = "In the valley of the rebels and the gunmen attacked a bus.";
    const s = analysed(text);
    const gunmen = s.chunks.find((c) => text.slice(c.start, c.end) === "the gunmen");
    const out = withConjunctsBefore(s, gunmen ?? null, (c) => isAgentLike(s, c));
    expect(out && text.slice(out.start, out.end)).toBe("the gunmen");
  });
  test("stops at a phrase a verb governs", () => {
    const text = "Villagers saw the soldiers and gunmen attacked the bus.";
    expect(frameAt(text, "attacked").attacker?.text).toBe("gunmen");
  });
  test("leaves a lone subject as it is", () => {
    expect(frameAt("Masked men torched a warehouse.", "torched").attacker?.text).toBe("Masked men");
  });
});
