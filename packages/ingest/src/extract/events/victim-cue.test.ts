import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";
import { toldByVictims } from "./victim-cue.ts";

const at = (text: string, word: string) => toldByVictims(text.toLowerCase(), text.toLowerCase().indexOf(word));

describe("an attack told by its victims", () => {
  test("a toll right before the attack word, a time or place between", () => {
    expect(at("Nine miners were killed on Sunday in an attack near the pit.", "attack")).toBe(true);
    expect(at("Two guards were wounded during the assault.", "assault")).toBe(true);
  });
  test("no toll, no telling", () => {
    expect(at("The minister spoke about an attack on the economy.", "attack")).toBe(false);
  });
  test("is an event even with no attacker named", () => {
    const text = "Nine miners were killed yesterday in an attack in Tarnok.";
    const m = extractArticle({ title: null, outlet: null, url: null, publishedAt: "2024-03-12", text }).mentions;
    expect(m).toHaveLength(1);
    expect(m[0]?.attacker).toBeNull();
  });
});
