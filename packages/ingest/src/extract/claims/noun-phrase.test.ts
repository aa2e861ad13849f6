import { describe, expect, test } from "vitest";
import { isDescription, phraseAfter, phraseEndingAt, subjectBefore } from "./noun-phrase.ts";

const subjectOf = (s: string, verb: string) => {
  const p = subjectBefore(s, s.indexOf(verb));
  return p ? s.slice(p.start, p.end) : null;
};
const speakerAfter = (s: string, verb: string) => {
  const p = phraseAfter(s, s.indexOf(verb) + verb.length);
  return p ? s.slice(p.start, p.end) : null;
};

describe("claims", () => {
  describe("speaker phrases", () => {
    describe("before the verb", () => {
      test("a plain subject", () => {
        expect(subjectOf("Coalition officials said Russia tried.", "said")).toBe("Coalition officials");
      });

      describe("a proper name joined by of or for", () => {
        test("is read whole", () => {
          expect(subjectOf("The Office for the Protection of Civilian Rights said the camp was hit.", "said")).toBe(
            "The Office for the Protection of Civilian Rights",
          );
        });

        test("keeps a person together with the institute they belong to", () => {
          expect(subjectOf("Researcher Lena Brandt of the Oslo Peace Institute said the truce held.", "said")).toBe(
            "Researcher Lena Brandt of the Oslo Peace Institute",
          );
        });

        test("but lower-cased text has no capitals to join on", () => {
          expect(subjectOf("a village of ten farmers said", "said")).toBe("ten farmers");
        });

        test('plural heads take a phrase too: "residents of the town"', () => {
          expect(subjectOf("residents of the town said", "said")).toBe("residents of the town");
        });

        test("except a titled name and the place it represents", () => {
          expect(subjectOf("senator jane doe of ohio said", "said")).toBe("senator jane doe of ohio");
        });

        test("except a titled name and the body it belongs to", () => {
          expect(subjectOf("analyst lena brandt of the oslo peace institute said", "said")).toBe(
            "analyst lena brandt of the oslo peace institute",
          );
        });
      });

      describe("a body placed somewhere", () => {
        test('keeps its place: "the alliance fighting in Mali"', () => {
          expect(subjectOf("The alliance fighting in Mali said it struck a camp.", "said")).toBe(
            "The alliance fighting in Mali",
          );
        });

        test('keeps its remit: "the coordinator for Chad"', () => {
          expect(subjectOf("The UN relief coordinator for Chad said aid was blocked.", "said")).toBe(
            "The UN relief coordinator for Chad",
          );
        });
      });

      describe('"who gave his name only as X"', () => {
        test("makes the name given the speaker", () => {
          expect(subjectOf("A farmer from the hills, who gave his name only as Tomas, said", "said")).toBe("Tomas");
          expect(subjectOf("A nurse, who asked to be identified only as Mira, told", "told")).toBe("Mira");
        });
      });

      test("stops at the determiner that opens the phrase", () => {
        expect(subjectOf("On that occasion the coalition said it attacked.", "said")).toBe("the coalition");
      });

      test('keeps "a statement from X" whole', () => {
        expect(subjectOf("A statement from the Operation Inherent Resolve coalition said the forces", "said")).toBe(
          "A statement from the Operation Inherent Resolve coalition",
        );
      });

      test("steps over a descriptive appositive", () => {
        expect(subjectOf("Yehya al-Aridi, a spokesman for the opposition, said it.", "said")).toBe("Yehya al-Aridi");
        const s = "A Western official, speaking on condition of anonymity, has said the strike";
        expect(subjectBefore(s, s.indexOf("has said"))?.anonymous).toBe(true);
      });

      test("steps over a role the lexicon does not know, with its institution", () => {
        expect(subjectOf("Maria Lopez, dean of the nursing school, said the wards were full.", "said")).toBe(
          "Maria Lopez",
        );
        expect(subjectOf("Tom Berg, partner at a shipping firm, said", "said")).toBe("Tom Berg");
        expect(isDescription("quickly of all")).toBe(false);
      });

      test("steps over a sentence adverb between commas", () => {
        expect(subjectOf("Dock workers, for instance, argue that", "argue")).toBe("Dock workers");
      });

      test("takes the name between commas after a role", () => {
        expect(subjectOf("Coalition spokesperson, Col. Ryan Dillon, told reporters", "told")).toBe("Col. Ryan Dillon");
        // The name after a role names the person; the name after a paper names the paper.
        expect(subjectOf("Ana Ruiz, the editor of the town's oldest paper, The Courier, said it", "said")).toBe(
          "Ana Ruiz",
        );
      });

      test("resolves a relative pronoun to its antecedent", () => {
        expect(subjectOf("Reaction came from a senior Russian lawmaker, who told Itar-TASS that", "told")).toBe(
          "a senior Russian lawmaker",
        );
      });

      test("skips a bracketed party tag and a sentence adverb", () => {
        expect(subjectOf("Rep. Jane Doe (D-N.Y.) said the bill", "said")).toBe("Rep. Jane Doe");
        expect(subjectOf("The ministry, meanwhile, said 20 died.", "said")).toBe("The ministry");
      });

      test("joins two speakers with and, but not a clause", () => {
        expect(subjectOf("Three were killed, the group and security sources said.", "said")).toBe(
          "the group and security sources",
        );
        expect(subjectOf("The strike killed 10 and officials said more may die.", "said")).toBe("officials");
      });

      test("steps over a dashed aside", () => {
        expect(subjectOf("Jane Doe — who has led the party since 2019 — said the vote was fair.", "said")).toBe(
          "Jane Doe",
        );
      });

      test("finds no speaker in a passive", () => {
        expect(subjectOf("The strikes were reported by locals.", "reported")).toBeNull();
      });
    });

    describe("after the verb", () => {
      test('inverted "said Sen. X", stopping at the appositive', () => {
        expect(speakerAfter('"…," said Sen. Viktor Ozerov, chairman of the committee.', "said")).toBe(
          "Sen. Viktor Ozerov",
        );
      });

      test("ends at the sentence stop but not at an abbreviation", () => {
        expect(speakerAfter("…, say command officials.", "say")).toBe("command officials");
        expect(speakerAfter("…, said Lt. Gen. Smith.", "said")).toBe("Lt. Gen. Smith");
      });
    });

    test("reads a noun phrase backwards within its clause", () => {
      const s = "Early on Wednesday the Al-Masdar web portal";
      const p = phraseEndingAt(s, s.length);
      expect(p && s.slice(p.start, p.end)).toBe("the Al-Masdar web portal");
    });

    test("tells descriptions from names", () => {
      expect(isDescription("a spokesman for the committee")).toBe(true);
      expect(isDescription("chairman of the Joint Chiefs of Staff")).toBe(true);
      expect(isDescription("Col. Ryan Dillon")).toBe(false);
    });
  });
});
