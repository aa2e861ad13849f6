import { describe, expect, test } from "vitest";
import { isVague, openActor } from "./actor-names.ts";

const actor = (text: string) => openActor({ start: 0, end: text.length, text, anaphoric: false });

describe("vague attackers", () => {
  test("described, not named: 'gunmen', 'two armed men'", () => {
    expect(isVague(actor("gunmen"))).toBe(true);
    expect(isVague(actor("two armed men"))).toBe(true);
  });
  test("'the armed forces' is a state's military, named", () => {
    expect(isVague(actor("armed forces"))).toBe(false);
    expect(isVague(actor("ARMED FORCES"))).toBe(false);
  });
});
