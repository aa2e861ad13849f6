import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { sentenceSpans } from "../text/sentences.ts";
import { extractClaims } from "./index.ts";

function claimsOf(text: string) {
  return extractClaims({ text, sentences: sentenceSpans(text), mentions: [], publishedAt: null });
}
const brief = (text: string) => claimsOf(text).map((c) => [c.speaker, c.speakerKind, c.stance, c.text]);

describe("claims", () => {
  describe("in whole articles", () => {
    test("two-apostrophe quotes, as the New York Times prints them", () => {
      const text =
        "''It is pretty much the case that turnout rises,'' said Brian Fallon, a spokesman for Mrs. Clinton.";
      expect(claimsOf(text)[0]).toMatchObject({
        speaker: "Brian Fallon",
        text: "It is pretty much the case that turnout rises",
        claimKind: "statement",
      });
    });

    test("each claim records its cue and kind", () => {
      const text = "The mayor believes the bridge will reopen in May.";
      const [c] = claimsOf(text);
      expect(c?.claimKind).toBe("belief");
      expect(c?.cue && text.slice(c.cue.start, c.cue.end)).toBe("believes");
    });

    test("a headline the body tells again is stored once", () => {
      const text = "Mayor says bridge will reopen in May\n\nThe mayor said on Monday the bridge will reopen in May.";
      expect(claimsOf(text).map((c) => c.text)).toEqual(["the bridge will reopen in May"]);
    });

    test("a headline is kept when the body only names the same people", () => {
      const text =
        "Governor says new bridge will help the port\n\nThe governor, who was asked about the port's finances and its new bridge, said the budget was tight.";
      expect(claimsOf(text).map((c) => c.text)).toEqual(["new bridge will help the port", "the budget was tight"]);
    });

    test("a quote whose speaker comes in the next sentence", () => {
      const text = "“We will not allow this to stand.”\nDefence Minister Anna Berg told reporters so on Tuesday.";
      expect(claimsOf(text)[0]).toMatchObject({ speaker: "Anna Berg", text: "We will not allow this to stand" });
      const text2 = "“We will not allow this to stand.” He said.";
      expect(claimsOf(text2).map((c) => c.text)).toEqual(["We will not allow this to stand"]);
    });

    test('a quote followed by "those were the words of X"', () => {
      const text = "“We will never surrender.”\nThose were the words of Defence Minister Anna Berg on Tuesday.";
      expect(claimsOf(text)[0]).toMatchObject({ speaker: "Anna Berg", speakerKind: "named-person" });
    });

    test("a quote-only paragraph continues the previous speaker", () => {
      const text = "“We welcome robust action,” said Jane Doe, a spokeswoman.\n“Iran cannot wage war on our soil.”";
      expect(brief(text).map((c) => c[0])).toEqual(["Jane Doe", "Jane Doe"]);
    });

    test("a quote that goes on in the paragraph joins the claim when it says less, else stands alone", () => {
      const joined =
        "“The harbour levy has doubled twice since the spring and the ferries lose money,” said Ana Ruiz. “Nobody here can pay it.”";
      expect(brief(joined).map((c) => c[3])).toEqual([
        "The harbour levy has doubled twice since the spring and the ferries lose money Nobody here can pay it",
      ]);
      const apart =
        "“Nobody here can pay it,” said Ana Ruiz. “The harbour levy has doubled twice since the spring and the ferries lose money.”";
      expect(brief(apart).map((c) => c[3])).toEqual([
        "Nobody here can pay it",
        "The harbour levy has doubled twice since the spring and the ferries lose money",
      ]);
      // A new paragraph is a new claim, even from the same speaker.
      const paragraphs =
        "“The harbour levy has doubled twice since the spring,” said Ana Ruiz.\n“Nobody here can pay it.”";
      expect(brief(paragraphs)).toHaveLength(2);
    });

    test("a name alone is the content of a cue that takes it; a word alone otherwise is none", () => {
      expect(brief("The harbour union endorsed Ruiz on Friday.").map((c) => c[3])).toEqual(["Ruiz"]);
      expect(brief("The senator has praised Ruiz.").map((c) => c[3])).toEqual(["Ruiz"]);
      expect(brief("The senator said yes.")).toEqual([]);
    });

    test('"he said" after a person named in passing', () => {
      const text = "Yehya al-Aridi, a spokesman for the opposition, praised the strike.\n“We welcome it,” he said.";
      expect(claimsOf(text)[0]).toMatchObject({ speaker: "Yehya al-Aridi", speakerKind: "named-person" });
    });

    test('"he said" with nobody titled before: the person the sentence is about', () => {
      const text =
        "Omar Haddad runs a bakery by the port. He says the new tariff will close half the shops on his street.";
      expect(claimsOf(text)[0]).toMatchObject({ speaker: "Omar Haddad", speakerKind: "named-person" });
    });

    test('"the senator said" names the senator met before, with the word the text used', () => {
      const text = "Sen. Ana Ruiz toured the flooded district on Monday.\n“We will rebuild,” the senator said.";
      expect(claimsOf(text)[0]).toMatchObject({ speaker: "Senator Ana Ruiz", speakerKind: "named-person" });
    });

    test('a generic "you" is nobody\'s voice', () => {
      expect(claimsOf("The fares rise again in May, whatever you say about the new trains.")).toEqual([]);
    });

    test('"it said" after a statement', () => {
      const text = "A statement from the coalition said the forces left. “We remain ready,” it said.";
      expect(claimsOf(text).map((c) => c.speakerKind)).toEqual(["official-statement", "official-statement"]);
    });

    test("an unnamed lawmaker named two sentences on, who contests throughout", () => {
      const text =
        "Reaction came from a senior lawmaker, who told TASS that the strikes help terrorists.\n" +
        "“Such actions undermine peace,” said Sen. Ivan Petrov, chairman of the defense committee.";
      const claims = claimsOf(text);
      expect(claims.map((c) => c.speaker)).toEqual(["Ivan Petrov", "Ivan Petrov"]);
      expect(claims.map((c) => c.stance)).toEqual(["contests", "contests"]);
    });

    test("a headline's claim is left to the body that repeats it", () => {
      const text = "Minister says talks will resume\n\nThe foreign minister said talks would resume on Monday.";
      expect(brief(text).map((c) => c[3])).toEqual(["talks would resume on Monday"]);
    });

    test("every span lies inside the text and covers the claim", () => {
      const text = "Officials said the convoy was hit. “It was a warning,” said Col. John Smith.";
      for (const c of claimsOf(text)) {
        expect(c.span.start).toBeGreaterThanOrEqual(0);
        expect(c.span.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(c.span.start, c.span.end)).toContain(c.text.slice(0, 10));
      }
    });
  });

  describe("coreference keeps who spoke and what kind of speaker they are", () => {
    test('"he" after an unnamed spokesman is still the spokesman, an official statement', () => {
      const claims = brief(
        "A spokesman for the regional health office said the dead were shepherds. " +
          "“There were no fighters in the valley,” he told the local radio.",
      );
      expect(claims.map((c) => [c[0], c[1]])).toEqual([
        ["spokesman for the regional health office", "official-statement"],
        ["spokesman for the regional health office", "official-statement"],
      ]);
    });

    test('"the agency" after a news agency is that agency, speaking as media', () => {
      const claims = brief(
        "The state-run Northern News Agency said two shells hit a school. The agency said three pupils were hurt.",
      );
      expect(claims.map((c) => [c[0], c[1]])).toEqual([
        ["Northern News Agency", "media"],
        ["Northern News Agency", "media"],
      ]);
    });
  });

  describe("statements relayed by someone else", () => {
    test('"according to a statement released by X" speaks for X', () => {
      expect(brief("Two soldiers were killed, according to a statement released by the Eastern Command.")[0]).toEqual([
        "Eastern Command",
        "official-statement",
        "asserts",
        "Two soldiers were killed",
      ]);
    });

    test('"said in a statement carried by the X agency that …" keeps only the that-clause', () => {
      expect(
        brief("The rebel front said in a statement carried by the Delta news agency that it would disarm.")[0]?.[3],
      ).toBe("it would disarm");
    });
  });

  describe("a name that ends in an acronym", () => {
    test("is a body's: \"Ruritania's RLF\"", () => {
      expect(brief("Ruritania's RLF said it would suspend attacks.")[0]?.[1]).toBe("official-statement");
    });
  });

  describe("an appositive that describes the speaker", () => {
    test("as a body makes an official statement of a name-like speaker", () => {
      expect(brief("Sahel Watch, a volunteer monitoring group, said the convoy was looted.")[0]?.[1]).toBe(
        "official-statement",
      );
    });

    test("as a person's role leaves a named person", () => {
      expect(brief("Omar Haddad, a resident of the city, said he saw smoke.")[0]?.slice(0, 2)).toEqual([
        "Omar Haddad",
        "named-person",
      ]);
    });
  });

  describe("stance across a whole article", () => {
    test("a body named in full that denies contests in its other claims too", () => {
      const claims = brief(
        "The Ruritanian Defence Ministry said its jets struck an arms depot. " +
          "The ministry denied that any homes were hit.",
      );
      expect(claims.map((c) => [c[0], c[2]])).toEqual([
        ["Ruritanian Defence Ministry", "contests"],
        ["Ruritanian Defence Ministry", "contests"],
      ]);
    });

    test("but a body that only asserts keeps asserting", () => {
      const claims = brief("The Ruritanian Defence Ministry said its jets struck an arms depot.");
      expect(claims[0]?.[2]).toBe("asserts");
    });

    test('after "the rebels gave a different account", the rebels\' side contests', () => {
      const claims = brief(
        "The army said its jets destroyed a rebel training camp near the river.\n\n" +
          "The rebels gave a very different account. Their radio station said the jets hit a wedding party.\n\n" +
          "A doctor at a rebel-run clinic said nine guests were killed.\n\n" +
          "The army said the operation would continue.",
      );
      expect(claims.map((c) => c[2])).toEqual(["asserts", "contests", "contests", "asserts"]);
    });

    describe("an accusation joined to a statement", () => {
      test("takes the statement's side: a denial and an accusation both contest", () => {
        const claims = brief("The militia denied the raid and accused the police of staging it to justify arrests.");
        expect(claims.map((c) => c[2])).toEqual(["contests", "contests"]);
      });

      test("and a plain statement and an accusation both assert", () => {
        const claims = brief("The senator said the bill was rushed and accused the minister of hiding its cost.");
        expect(claims.map((c) => c[2])).toEqual(["asserts", "asserts"]);
      });
    });
  });

  describe("outside the sample war", () => {
    test("a politician quoted in a budget debate", () => {
      const text =
        "Finance Minister Jane Harper said the budget would cut the deficit by 2 percent. " +
        "“This is a responsible plan for working families,” she told parliament on Tuesday. " +
        "Opposition leader Tom Baxter dismissed the plan as “a giveaway to the rich.”";
      expect(brief(text)).toEqual([
        ["Jane Harper", "named-person", "asserts", "the budget would cut the deficit by 2 percent"],
        ["Jane Harper", "named-person", "asserts", "This is a responsible plan for working families"],
        ["Tom Baxter", "named-person", "contests", "the plan as “a giveaway to the rich"],
      ]);
    });

    test("a ministry denial in another war", () => {
      expect(
        brief(
          "“We categorically deny any involvement in the attack,” the Ukrainian defence ministry said in a statement.",
        ),
      ).toEqual([
        [
          "Ukrainian defence ministry",
          "official-statement",
          "contests",
          "We categorically deny any involvement in the attack",
        ],
      ]);
      expect(brief("Moscow denied that its jets had struck the hospital.")[0]).toEqual([
        "Moscow",
        "official-statement",
        "contests",
        "its jets had struck the hospital",
      ]);
    });

    test('"said X" inversions', () => {
      expect(
        brief("“The strike was unjustified,” said Maria Zakharova, the foreign ministry spokeswoman.")[0]?.[0],
      ).toBe("Maria Zakharova");
      expect(brief("The talks will resume next week, said a senior State Department official.")[0]).toEqual([
        "senior State Department official",
        "anonymous-official",
        "asserts",
        "The talks will resume next week",
      ]);
    });

    test('"according to state media"', () => {
      expect(brief("According to state media, the missile hit a residential building.")).toEqual([
        ["state media", "media", "asserts", "the missile hit a residential building"],
      ]);
    });

    test("an outlet reporting for itself", () => {
      expect(brief("Reuters reported that at least 12 people were killed.")[0]?.slice(0, 2)).toEqual([
        "Reuters",
        "media",
      ]);
    });

    test("anonymous officials with a reason for anonymity", () => {
      const text =
        "Two Pakistani intelligence officials, speaking on condition of anonymity because they were not authorized to brief the media, said the drone killed four militants.";
      expect(brief(text)[0]?.slice(0, 2)).toEqual(["Pakistani intelligence officials", "anonymous-official"]);
    });

    test("an unnamed doctor speaking on condition of anonymity is an anonymous source", () => {
      const text =
        "“The hospital received 15 bodies,” a doctor at the hospital told Reuters, speaking on condition of anonymity.";
      expect(brief(text)[0]?.slice(0, 2)).toEqual(["doctor at the hospital", "anonymous-official"]);
    });

    test("congressional quotes with party tags", () => {
      expect(brief("Rep. Alexandria Ocasio-Cortez (D-N.Y.) said the proposal was “dead on arrival.”")[0]?.[0]).toBe(
        "Alexandria Ocasio-Cortez",
      );
    });

    test("lower-cased scraped text", () => {
      const text = "“we will not hesitate to act,” said prime minister boris johnson. he added that talks would go on.";
      expect(brief(text).map((c) => c[0])).toEqual(["boris johnson", "boris johnson"]);
    });
  });

  describe("never throws", () => {
    test("on empty, huge and odd inputs", () => {
      expect(extractClaims({ text: "", sentences: [], mentions: [], publishedAt: null })).toEqual([]);
      const big = "“a, said ".repeat(200_000);
      const t0 = performance.now();
      expect(() =>
        extractClaims({ text: big, sentences: [{ start: 0, end: big.length }], mentions: [], publishedAt: null }),
      ).not.toThrow();
      expect(() => extractClaims({ text: big, sentences: [], mentions: [], publishedAt: null })).not.toThrow();
      expect(performance.now() - t0).toBeLessThan(10_000);
      const bad = {
        text: "x said y",
        sentences: [
          { start: 9, end: 2 },
          { start: -5, end: 1e9 },
        ],
        mentions: [],
        publishedAt: null,
      };
      expect(() => extractClaims(bad)).not.toThrow();
    });

    test("on arbitrary strings and sentence spans, with every span inside the text", () => {
      const span = fc.record({ start: fc.integer({ min: -10, max: 400 }), end: fc.integer({ min: -10, max: 400 }) });
      const words = fc.constantFrom(
        "said",
        "told",
        "“",
        "”",
        '"',
        ",",
        ".",
        "he",
        "official",
        "according to",
        " ",
        "\n",
        "Sen.",
      );
      const text = fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.array(words, { maxLength: 80 }).map((w) => w.join(" ")),
      );
      fc.assert(
        fc.property(text, fc.array(span, { maxLength: 8 }), (t, spans) => {
          for (const input of [
            { text: t, sentences: spans, mentions: [], publishedAt: null },
            { text: t, sentences: sentenceSpans(t), mentions: [], publishedAt: null },
          ]) {
            for (const c of extractClaims(input)) {
              expect(c.span.start).toBeGreaterThanOrEqual(0);
              expect(c.span.start).toBeLessThanOrEqual(c.span.end);
              expect(c.span.end).toBeLessThanOrEqual(t.length);
            }
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
