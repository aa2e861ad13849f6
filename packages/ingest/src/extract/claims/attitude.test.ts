import { describe, expect, test } from "vitest";
import { attitudeClause } from "./attitude.ts";
import { findQuotes, maskQuotes } from "./quotes.ts";
import { looksLikeSpeaker } from "./speaker-phrase.ts";

const read = (s: string) => {
  const a = attitudeClause(s, maskQuotes(s, findQuotes(s)), (p, lenient) => looksLikeSpeaker(p, lenient));
  return (
    a && {
      speaker: s.slice(a.speaker.start, a.speaker.end),
      cue: a.verb,
      content: s.slice(a.content[0]?.start, a.content[0]?.end),
    }
  );
};

describe("claims", () => {
  describe("attitudes written as adjectives", () => {
    test.each([
      [
        "The harbour master is confident that the pier will hold.",
        "The harbour master",
        "confident",
        "the pier will hold",
      ],
      ["Commuters are eager to see the line reopen.", "Commuters", "eager", "to see the line reopen"],
      ["She was sharply critical of the new toll.", "She", "critical", "the new toll"],
      ["The union remains skeptical about the offer.", "The union", "skeptical", "the offer"],
      ["Dockers are not convinced the strike will end.", "Dockers", "convinced", "the strike will end"],
    ])("%s", (s, speaker, cue, content) => {
      expect(read(s)).toEqual({ speaker, cue, content });
    });

    test.each([
      "Residents were afraid of more floods.",
      "The confident striker scored twice.",
      "He is aware.",
      "She was sure of it.",
      "Critical supplies ran out on Tuesday.",
    ])("no attitude in %s", (s) => {
      expect(read(s)).toBeNull();
    });
  });
});
