import { describe, expect, test } from "vitest";
import { analyseSentence } from "../linguistic/index.ts";
import { readFrame } from "./frames.ts";
import { capitalOnlyAtStart } from "./initial-capital.ts";

const analysed = (text: string) => analyseSentence(text, { start: 0, end: text.length });
const firstChunk = (text: string) => {
  const s = analysed(text);
  const c = s.chunks[0];
  if (!c) throw new Error("no chunk");
  return capitalOnlyAtStart(s, c);
};

describe("a capital that only opens the sentence", () => {
  test("a common word is no name", () => {
    expect(firstChunk("Twin, they said, were born.")).toBe(true);
    // Two words: the head decides, not the capital.
    expect(firstChunk("Twin blasts shook the port.")).toBe(false);
  });
  test("a word the statistics do not know keeps its capital, in every casing", () => {
    expect(firstChunk("Zarvendi claimed the raid.")).toBe(false);
    expect(firstChunk("ZARVENDI CLAIMED THE RAID.")).toBe(false);
  });
  test("a name known as one stays a name", () => {
    expect(firstChunk("Hezbollah fired rockets.")).toBe(false);
  });
  test("inside the sentence, a capital is the writer's", () => {
    const s = analysed("Militants said Twin burned.");
    const c = s.chunks.find((k) => s.tokens[k.first]?.text === "Twin");
    expect(c && capitalOnlyAtStart(s, c)).toBe(false);
  });
  test("the modifier of a weapon that went off is no attacker", () => {
    const text = "Twin bombs detonated near the stadium.";
    const at = text.indexOf("bombs detonated");
    expect(at).toBeGreaterThan(0);
    expect(readFrame(analysed(text), text, at, at + "bombs detonated".length).attacker).toBeNull();
  });
});
