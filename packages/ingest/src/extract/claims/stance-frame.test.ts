import { describe, expect, test } from "vitest";
import { disputeFrames, framedAsDispute } from "./stance-frame.ts";
import type { Unit } from "./units.ts";

const units = (text: string): Unit[] => {
  const out: Unit[] = [];
  let at = 0;
  text.split("|").forEach((s, i) => {
    out.push({ start: at, end: at + s.length, paragraph: i } as Unit);
    at += s.length + 1;
  });
  return out;
};

describe("claims", () => {
  describe("dispute frames", () => {
    test('"X gave a different account" names X as the disputing side', () => {
      const text = "The army struck the camp.|The rebels gave a sharply different account.";
      expect(disputeFrames(text.replace("|", " "), units(text))).toEqual([{ unit: 1, paragraph: 1, side: "rebel" }]);
    });

    test('"X rejected that account" does too', () => {
      const text = "Moscow rejected that account on Friday.";
      expect(disputeFrames(text, units(text))[0]?.side).toBe("moscow");
    });

    describe("a later claim is framed as a dispute", () => {
      const frames = [{ unit: 1, paragraph: 1, side: "rebel" }];

      test("in the frame's paragraph, or when its speaker names the side", () => {
        expect(framedAsDispute(frames, 2, 1, "radio station")).toBe(true);
        expect(framedAsDispute(frames, 5, 3, "a rebel commander")).toBe(true);
      });

      test("but not before the frame, nor for another speaker elsewhere", () => {
        expect(framedAsDispute(frames, 0, 1, "a rebel commander")).toBe(false);
        expect(framedAsDispute(frames, 5, 3, "the army")).toBe(false);
      });
    });
  });
});
