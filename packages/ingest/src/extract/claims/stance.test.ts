import { describe, expect, test } from "vitest";
import { stanceOf } from "./stance.ts";

describe("claims", () => {
  describe("stance", () => {
    test.each(["denied", "complained", "contested", "rejected", "dismissed", "disputed"])("%s contests", (verb) => {
      expect(stanceOf(verb, "the strike hit a school", "")).toBe("contests");
    });

    test("framing that disputes contests", () => {
      expect(stanceOf("said", "the U.S. is setting up a camp under the pretext of fighting terrorism", "")).toBe(
        "contests",
      );
      expect(stanceOf("said", "these reports are lies and fabrications", "")).toBe("contests");
      expect(stanceOf("called", "the report", "The ministry called the report a lie.")).toBe("contests");
    });

    describe("a denial in the words themselves", () => {
      test('contests: "do not target civilians", "strikes only military targets"', () => {
        expect(stanceOf("said", "its units do not target civilians", "")).toBe("contests");
        expect(stanceOf("said", "the air force strikes only military infrastructure", "")).toBe("contests");
      });
    });

    test("plain statements assert", () => {
      expect(stanceOf("said", "the vehicles did not stop despite warning shots", "")).toBe("asserts");
      expect(stanceOf("said", "the army will not stop until the area is clear of all terrorists", "")).toBe("asserts");
      // A side's own report of an attack on it names the attack, and disputes nothing.
      expect(stanceOf("said", "the aggression launched four raids on the port", "")).toBe("asserts");
    });
  });
});
