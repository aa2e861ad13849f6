import { describe, expect, test } from "vitest";
import { segment } from "./segments.ts";

describe("segment", () => {
  test("returns the whole text as one bare stretch when nothing is marked", () => {
    expect(segment(5, [])).toEqual([{ start: 0, end: 5, covering: [] }]);
  });
  describe("with nested spans", () => {
    test("cuts at every edge and lists the outer span first", () => {
      // "aa[bb(cc)bb]aa": span 0 is 2..8, span 1 is 4..6
      expect(
        segment(10, [
          { start: 2, end: 8 },
          { start: 4, end: 6 },
        ]),
      ).toEqual([
        { start: 0, end: 2, covering: [] },
        { start: 2, end: 4, covering: [0] },
        { start: 4, end: 6, covering: [0, 1] },
        { start: 6, end: 8, covering: [0] },
        { start: 8, end: 10, covering: [] },
      ]);
    });
  });
  describe("with bad spans", () => {
    test("clips spans that run past the text and drops empty ones", () => {
      expect(
        segment(4, [
          { start: 2, end: 99 },
          { start: 1, end: 1 },
        ]),
      ).toEqual([
        { start: 0, end: 2, covering: [] },
        { start: 2, end: 4, covering: [0] },
      ]);
    });
  });
});
