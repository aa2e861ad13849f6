import { describe, expect, test } from "vitest";
import { analyseSentence } from "../linguistic/index.ts";
import { claimantOf, mayClaim } from "./frames.ts";

// Who a sentence says claimed or is to blame for an attack: the frames' claim and attribution cues.
const claimant = (text: string) =>
  claimantOf(analyseSentence(text, { start: 0, end: text.length }), text)?.text ?? null;

describe("claimants", () => {
  test("every subject 'and' joins before 'are responsible', none a preposition governs", () => {
    const text = "According to the rebels, the police and the navy are responsible for the bomb attack.";
    expect(mayClaim(text.toLowerCase())).toBe(true);
    expect(claimant(text)).toBe("police and the navy");
  });
  test("'held responsible', in all-caps copy", () => {
    expect(
      claimant("NO ONE WAS HURT IN THE BLAST, FOR WHICH THE RED HAND GUERRILLAS ARE BEING HELD RESPONSIBLE."),
    ).toBe("RED HAND GUERRILLAS");
  });
  test("an attack 'attributed to' a group, told without a verb of its own", () => {
    expect(claimant("In a new attack attributed to the Blue Star guerrillas, a bomb destroyed a school.")).toBe(
      "Blue Star guerrillas",
    );
  });
  test("'the crime perpetrated ... by X' and 'the charge was placed by X'", () => {
    expect(claimant("They condemned the crime perpetrated on Monday in Quito by armed men.")).toBe("armed men");
    expect(claimant("A witness said the charge was placed by two young men.")).toBe("two young men");
  });
  test("'was claimed by a self-styled X'", () => {
    expect(claimant('The killing was claimed by a self-styled "Blue Flame" group.')).toBe('"Blue Flame" group');
  });
});
