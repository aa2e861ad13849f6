import { describe, expect, test } from "vitest";
import { attributeAll } from "./attribution.ts";

const read = (s: string) =>
  attributeAll(s).map((a) => ({
    speaker: s.slice(a.speaker.start, a.speaker.end),
    content: a.content.map((r) => s.slice(r.start, r.end)).join(" | "),
  }));

describe("claims", () => {
  describe("quote tags", () => {
    test("a manner adverb ending the sentence leaves the quote as the content", () => {
      expect(read("“We are so sorry to see you go,” the mayor said sarcastically.")).toEqual([
        { speaker: "the mayor", content: "We are so sorry to see you go" },
      ]);
    });

    test("after a closing quote a speech verb other than 'said' may come before its speaker", () => {
      expect(read("“The ferry will not run this winter,” warned the harbour master.")).toEqual([
        { speaker: "the harbour master", content: "The ferry will not run this winter" },
      ]);
    });
  });
});
