import { describe, expect, test } from "vitest";
import { sentenceSpans } from "../text/sentences.ts";
import { sentenceStartsWithin } from "./continuation.ts";
import { extractClaims } from "./index.ts";

const contents = (text: string) =>
  extractClaims({ text, sentences: sentenceSpans(text), mentions: [], publishedAt: null }).map((c) => c.text);

describe("claims", () => {
  describe("a quote that goes on in the next sentence", () => {
    test("joins a quoted claim when it runs over several sentences", () => {
      expect(
        contents(
          "“The ferry is late,” said Ana Ruiz. “The harbour levy has doubled twice since the spring. Nobody on the island can pay it now.”",
        ),
      ).toEqual([
        "The ferry is late The harbour levy has doubled twice since the spring. Nobody on the island can pay it now",
      ]);
    });

    test("joins a quoted claim when it leans on it (connective, pronoun) or speaks in the speaker's own person", () => {
      expect(
        contents("“The ferry is late,” said Ana Ruiz. “But the harbour levy has doubled twice since the spring.”"),
      ).toEqual(["The ferry is late But the harbour levy has doubled twice since the spring"]);
      expect(
        contents("“The ferry is late,” said Ana Ruiz. “We have waited at the pier for three hours this morning.”"),
      ).toEqual(["The ferry is late We have waited at the pier for three hours this morning"]);
      expect(
        contents("“The ferry is late,” said Ana Ruiz. “The captain told us nothing about the engine for three hours.”"),
      ).toEqual(["The ferry is late The captain told us nothing about the engine for three hours"]);
    });

    test("stays a claim of its own when it stands alone, longer than the quote before", () => {
      expect(
        contents("“The ferry is late,” said Ana Ruiz. “Every crossing of the strait now costs twice the winter fare.”"),
      ).toEqual(["The ferry is late", "Every crossing of the strait now costs twice the winter fare"]);
    });

    test("stays apart after a paraphrase, or when it has a tag of its own", () => {
      expect(
        contents(
          "Ana Ruiz described the delay as a scandal for the island. “And we will keep on protesting at the pier until the fares come down.”",
        ),
      ).toHaveLength(2);
    });
  });

  describe("the occasion of a quote", () => {
    test("'Asked about X, Y said, \"…\"': the question is no part of what was said", () => {
      expect(contents("Asked about the ferry fares, Ana Ruiz said, “Nobody on the island can pay them.”")).toEqual([
        "Nobody on the island can pay them",
      ]);
      expect(contents("“The ferry is late,” Ana Ruiz said, “and nobody can pay the fare.”")).toEqual([
        "The ferry is late and nobody can pay the fare",
      ]);
    });
  });

  test("sentences that start inside a range", () => {
    const sentences = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
      { start: 21, end: 30 },
    ];
    expect(sentenceStartsWithin(sentences, { start: 0, end: 15 })).toBe(1);
    expect(sentenceStartsWithin(sentences, { start: 11, end: 30 })).toBe(1);
    expect(sentenceStartsWithin(sentences, { start: 1, end: 9 })).toBe(0);
  });
});
