import { describe, expect, test } from "vitest";
import { attributeAll } from "./attribution.ts";

const read = (s: string) =>
  attributeAll(s).map((a) => [s.slice(a.speaker.start, a.speaker.end), a.content.map((r) => s.slice(r.start, r.end))]);

describe("claims", () => {
  describe("a speaker's relative clause and main clause", () => {
    test('"X, who said A, said B" is two attributions of X', () => {
      expect(read("Ruiz, who said he usually votes for the left, said the race was close.")).toEqual([
        ["Ruiz", ["he usually votes for the left"]],
        ["Ruiz", ["the race was close"]],
      ]);
    });

    test("any cue verb in either clause", () => {
      expect(read("Mr. Lee, who believes the levy is unfair, wants it repealed.")).toEqual([
        ["Mr. Lee", ["the levy is unfair"]],
        ["Mr. Lee", ["it repealed"]],
      ]);
    });

    test("a main clause that says nothing leaves the relative clause's claim, cut at its comma", () => {
      expect(read("The mayor, who said last week that the pier was safe, closed it on Friday.")).toEqual([
        ["The mayor", ["the pier was safe"]],
      ]);
    });

    test("a speaker named after the quote, with a relative clause that says something of its own", () => {
      expect(
        read('"It is built for the people," said Nicky Dale, 24, from Salem, who said Ruiz would win easily.'),
      ).toEqual([
        ["Nicky Dale", ["It is built for the people"]],
        ["Nicky Dale", ["Ruiz would win easily"]],
      ]);
      expect(read('"The sums do not add up," said Elmendorf, who supports Ruiz.')).toEqual([
        ["Elmendorf", ["The sums do not add up"]],
        ["Elmendorf", ["Ruiz"]],
      ]);
    });

    test('"who asked not to be named" is about the speaker, not something said', () => {
      const s = "A farmer, who asked not to be named, told the paper the well had run dry.";
      expect(read(s)).toEqual([["A farmer", ["the well had run dry"]]]);
    });
  });
});
