import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";
import { findActors } from "../lexicon/match-actors.ts";
import { detectCandidates } from "./detect.ts";
import { isSpeaker } from "./roles.ts";
import { readSentence } from "./sentence.ts";

const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "2024-03-12", text });
const speaks = (text: string) => {
  const lower = text.toLowerCase();
  const hit = findActors(lower, text, false)[0];
  if (!hit) throw new Error("no actor");
  return isSpeaker(lower, hit);
};

describe("who claims to have done it", () => {
  test("is its doer, not a speaker", () => {
    expect(speaks("The army claimed to have hit two snipers.")).toBe(false);
    expect(speaks("The army claimed that rebels fired first.")).toBe(true);
  });
  test("is the attacker of the attack told", () => {
    const m = extractArticle(article("Later the army claimed to have hit two snipers near the bridge.")).mentions;
    expect(m[0]?.attacker?.name).toMatch(/army/i);
  });
});

describe("a pronoun for a device that went off", () => {
  test("is no attacker", () => {
    const text = "A car was parked near the square and it exploded, killing two guards.";
    const c = detectCandidates(readSentence(text, text.toLowerCase(), { start: 0, end: text.length }, 0, null, false));
    expect(c).toHaveLength(1);
    expect(c[0]?.pronounSubject).toBe(false);
    expect(c[0]?.frame.attacker).toBeNull();
  });
  test("but one that attacked stands for the attacker", () => {
    const text = "They attacked the checkpoint at dawn.";
    const c = detectCandidates(readSentence(text, text.toLowerCase(), { start: 0, end: text.length }, 0, null, false));
    expect(c[0]?.frame.attacker?.text).toBe("They");
  });
});
