import { describe, expect, test } from "vitest";
import { buildUnits } from "./units.ts";

const slices = (text: string, spans: { start: number; end: number }[]) =>
  buildUnits(text, spans).map((u) => text.slice(u.start, u.end));

describe("claims", () => {
  describe("units", () => {
    test("split given sentences at line breaks and number paragraphs", () => {
      const text = "Title\n\nFirst sentence. Second one.";
      const units = buildUnits(text, [
        { start: 0, end: 22 },
        { start: 23, end: 34 },
      ]);
      expect(units.map((u) => text.slice(u.start, u.end))).toEqual(["Title", "First sentence.", "Second one."]);
      expect(units[1]?.paragraph).toBe(units[2]?.paragraph);
      expect(units[0]?.paragraph).not.toBe(units[1]?.paragraph);
    });

    test("merge sentences while a quote is open", () => {
      const text = '"Iran kept Assad in power. They cannot wage war."';
      expect(
        slices(text, [
          { start: 0, end: 26 },
          { start: 27, end: text.length },
        ]),
      ).toEqual([text]);
    });

    test("mend a split after a title or an initial", () => {
      const text = "Rep. Jane Doe (D-N.Y.) said so.";
      expect(
        slices(text, [
          { start: 0, end: 4 },
          { start: 5, end: 19 },
          { start: 20, end: text.length },
        ]),
      ).toEqual([text]);
    });

    test("mend a split before a lower-case speech verb", () => {
      const text = "rep. jane doe (d-n.y.) said so.";
      expect(
        slices(text, [
          { start: 0, end: 22 },
          { start: 23, end: text.length },
        ]),
      ).toEqual([text]);
    });

    test("split plain text themselves when no sentences are given", () => {
      expect(slices("One. Two! Three?", [])).toEqual(["One.", "Two!", "Three?"]);
    });

    test("ignore sentence spans outside the text", () => {
      expect(slices("abc", [{ start: 2, end: 99 }])).toEqual(["c"]);
    });
  });
});
