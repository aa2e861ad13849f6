import { describe, expect, test } from "vitest";
import { cueSentence } from "./cue-sentence.ts";

describe("the claims explorer", () => {
  describe("cue sentence", () => {
    const text = "Jets struck a convoy. The coalition said the convoy posed a threat. Nobody was hurt.";
    const claim = { start: text.indexOf("the convoy posed"), end: text.indexOf(" threat") + 7 };
    const cue = { start: text.indexOf("said"), end: text.indexOf("said") + 4 };

    test("is the whole sentence around the claim, with the cue inside it", () => {
      const s = cueSentence(text, 0, claim, cue);
      expect(s.text).toBe("The coalition said the convoy posed a threat.");
      expect(s.cue && s.text.slice(s.cue.start, s.cue.end)).toBe("said");
    });

    test("reads a window that starts inside the text", () => {
      const at = 10;
      const s = cueSentence(text.slice(at), at, claim, cue);
      expect(s.text).toBe("The coalition said the convoy posed a threat.");
      expect(s.cue && s.text.slice(s.cue.start, s.cue.end)).toBe("said");
    });

    test("has no mark when the claim has no cue", () => {
      expect(cueSentence(text, 0, claim, null)).toEqual({
        text: "The coalition said the convoy posed a threat.",
        cue: null,
      });
    });
  });
});
