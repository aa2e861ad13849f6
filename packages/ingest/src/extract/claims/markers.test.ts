import { describe, expect, test } from "vitest";
import { accordingTo, colonTag, nominalCue, passiveBy, quotedAsSaying, sayingClause } from "./markers.ts";
import { findQuotes, maskQuotes } from "./quotes.ts";

const anyone = () => true;
const parts = (
  s: string,
  a: { speaker: { start: number; end: number }; content: { start: number; end: number }[] } | null,
) => a && { speaker: s.slice(a.speaker.start, a.speaker.end), content: a.content.map((r) => s.slice(r.start, r.end)) };
const masked = (s: string) => maskQuotes(s, findQuotes(s));

describe("claims", () => {
  describe("attribution markers", () => {
    test("a poll or statement a clause is read from", () => {
      const s = "In an NBC News poll released Monday, 50 percent of respondents chose Clinton.";
      expect(parts(s, nominalCue(s, masked(s), anyone))).toEqual({
        speaker: "an NBC News poll released Monday",
        content: ["50 percent of respondents chose Clinton"],
      });
    });
    test("a poll named at the end of the sentence it carries", () => {
      const s = "The mayor won 45 percent support among dockers in a new harbour survey released Thursday.";
      expect(parts(s, nominalCue(s, masked(s), anyone))).toEqual({
        speaker: "a new harbour survey",
        content: ["The mayor won 45 percent support among dockers"],
      });
    });
    test('a view the sentence opens with: "To many, …"', () => {
      const s = "To many, the ferry captain is a hero.";
      expect(parts(s, nominalCue(s, masked(s), anyone))).toEqual({
        speaker: "many",
        content: ["the ferry captain is a hero"],
      });
      const t = "To the north, troops advanced on the town.";
      expect(nominalCue(t, masked(t), () => false)).toBeNull();
    });
    test("a possessor's stance toward what its noun phrase names", () => {
      const s = "Critics seized on Ruiz's support for the new levy during the debate.";
      expect(parts(s, nominalCue(s, masked(s), anyone))).toEqual({ speaker: "Ruiz", content: ["the new levy"] });
      const t = "The support for the levy was thin.";
      expect(nominalCue(t, masked(t), anyone)).toBeNull();
    });
    test("a possessed claim noun and its that-clause", () => {
      const s = "Reporters questioned Trump's claim that thousands had cheered in New Jersey.";
      expect(parts(s, nominalCue(s, masked(s), anyone))).toEqual({
        speaker: "Trump",
        content: ["thousands had cheered in New Jersey"],
      });
    });
    test("a transcript's speaker tag before a colon", () => {
      const s = "TAPPER: Specifically I have heard from a number of voters who are worried.";
      expect(parts(s, colonTag(s, masked(s), true))).toEqual({
        speaker: "TAPPER",
        content: ["Specifically I have heard from a number of voters who are worried"],
      });
    });
    test.each([
      "UPDATE: The vote was moved to Friday at noon.",
      "Standards: The Meridian Wire Trust Principles",
      "Latest: the harbour vote was moved to Friday",
      "Plus: what the levy means for the island ferries",
    ])("no speaker tag in %s", (s) => {
      expect(colonTag(s, masked(s), true)).toBeNull();
    });
    test('"according to X" after the content', () => {
      const s = "A convoy was headed toward the base, according to a US official.";
      expect(parts(s, accordingTo(s, masked(s), anyone))).toEqual({
        speaker: "a US official",
        content: ["A convoy was headed toward the base"],
      });
    });

    test('"according to a statement by X" marks a statement', () => {
      const s = "Forces trained there, according to a statement by the coalition.";
      expect(accordingTo(s, masked(s), anyone)?.statement).toBe(false);
      const t = "Forces were advancing, via a statement issued by the coalition.";
      expect(accordingTo(t, masked(t), anyone)?.statement).toBe(true);
    });

    test('"X quoted Y as saying" and "Y was quoted by X as saying"', () => {
      const s = "The portal quoted a military source as saying the army will not stop.";
      expect(parts(s, quotedAsSaying(s, masked(s)))).toEqual({
        speaker: "a military source",
        content: ["the army will not stop"],
      });
      const t = "Lavrov was quoted by Interfax as saying that Moscow would respond.";
      expect(parts(t, quotedAsSaying(t, masked(t)))?.speaker).toBe("Lavrov");
    });

    test('a passive "confirmed by X"', () => {
      const s = "The deaths were confirmed by local officials on Monday.";
      expect(parts(s, passiveBy(s, masked(s), anyone))).toEqual({
        speaker: "local officials",
        content: ["The deaths", "were confirmed"],
      });
    });

    test('", saying …" after the subject\'s own verb', () => {
      const s = "Keir Starmer has defended the cuts, insisting the move was necessary.";
      expect(parts(s, sayingClause(s, masked(s), anyone))).toEqual({
        speaker: "Keir Starmer",
        content: ["the move was necessary"],
      });
    });
  });
});
