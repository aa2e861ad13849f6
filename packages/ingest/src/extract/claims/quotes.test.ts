import { describe, expect, test } from "vitest";
import { findQuotes, maskQuotes, quoteInner, wordCount } from "./quotes.ts";

describe("claims", () => {
  describe("quote detection", () => {
    test("curly quotes", () => {
      const s = "He said “we will win,” and left.";
      const [q] = findQuotes(s);
      expect(q && s.slice(q.start, q.end)).toBe("“we will win,”");
    });

    test("straight quotes, in pairs", () => {
      const qs = findQuotes('"one" and "two"');
      expect(qs.map((q) => [q.start, q.end])).toEqual([
        [0, 5],
        [10, 15],
      ]);
    });

    test("an unclosed quote runs to the end", () => {
      const [q] = findQuotes('"Iran has kept Assad in power.');
      expect(q?.closed).toBe(false);
    });

    test("masking keeps offsets and hides quoted words", () => {
      const s = 'x "he said so" y';
      const masked = maskQuotes(s, findQuotes(s));
      expect(masked.length).toBe(s.length);
      expect(masked).not.toContain("said");
    });

    test("the inside of a quote drops marks and edge punctuation", () => {
      const s = "“We welcome it,” he said.";
      const [q] = findQuotes(s);
      const inner = q ? quoteInner(s, q) : { start: 0, end: 0 };
      expect(s.slice(inner.start, inner.end)).toBe("We welcome it");
      expect(wordCount("We welcome it")).toBe(3);
    });
  });
});
