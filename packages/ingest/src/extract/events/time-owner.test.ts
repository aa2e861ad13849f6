import { describe, expect, test } from "vitest";
import { detectCandidates } from "./detect.ts";
import { readSentence } from "./sentence.ts";

const attackerOf = (text: string) =>
  detectCandidates(readSentence(text, text.toLowerCase(), { start: 0, end: text.length }, 0, null, false))[0]?.frame
    .attacker?.text;

describe("an attacker owned by a time", () => {
  test("is named without the time", () => {
    expect(attackerOf("Six soldiers were injured in yesterday's Hamas attack near the base.")).toBe("Hamas");
    expect(attackerOf("Sunday's rebel raid on the town killed four.")).toBe("rebel");
  });
  test("an actor's own possessive stays", () => {
    expect(attackerOf("The army's artillery strike hit the ridge.")).toMatch(/army/);
  });
});
