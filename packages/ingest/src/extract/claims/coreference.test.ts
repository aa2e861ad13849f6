import { describe, expect, test } from "vitest";
import { bodySubject, personMentions, personSubject, SpeakerMemory } from "./coreference.ts";
import { shapeOf } from "./speaker-phrase.ts";

const say = (m: SpeakerMemory, phrase: string) => m.resolve(shapeOf(phrase), phrase);

describe("claims", () => {
  describe("coreference", () => {
    test('"he said" is the last named person', () => {
      const m = new SpeakerMemory();
      say(m, "Sen. Viktor Ozerov");
      say(m, "the coalition");
      expect(say(m, "he")).toMatchObject({ text: "Viktor Ozerov", kind: "named-person" });
    });

    test('"it said" is the last organisation', () => {
      const m = new SpeakerMemory();
      say(m, "A statement from the Operation Inherent Resolve coalition");
      expect(say(m, "it")).toMatchObject({ text: "Operation Inherent Resolve coalition", kind: "official-statement" });
    });

    test('"the statement" is the last statement\'s issuer, and keeps naming the document', () => {
      const m = new SpeakerMemory();
      say(m, "a statement issued by the Pentagon");
      expect(say(m, "The statement").text).toBe("Pentagon statement");
      expect(say(m, "the poll").text).toBe("Pentagon poll");
    });

    test('a bare "the governor" points back, "the regional governor" does not', () => {
      const m = new SpeakerMemory();
      say(m, "Governor Oleh Syniehubov");
      // The text's own word for them stays with the name, so both readings of the speaker are kept.
      expect(say(m, "the governor")).toMatchObject({ text: "Governor Oleh Syniehubov", person: "Oleh Syniehubov" });
      expect(say(m, "he").text).toBe("Oleh Syniehubov");
      expect(say(m, "the regional governor").text).toBe("regional governor");
    });

    test('"the senator" is the senator named before, titled so: "Senator X"', () => {
      const m = new SpeakerMemory();
      say(m, "Sen. Ana Ruiz");
      say(m, "the coalition");
      expect(say(m, "the senator").text).toBe("Senator Ana Ruiz");
      const lower = new SpeakerMemory();
      lower.resolve(shapeOf("sen. ana ruiz", false), "sen. ana ruiz");
      expect(lower.resolve(shapeOf("the senator", false), "the senator").text).toBe("senator ana ruiz");
      const once = new SpeakerMemory();
      once.notePerson("Governor Ruiz", "governor");
      expect(once.resolve(shapeOf("the governor"), "the governor").text).toBe("Governor Ruiz");
    });

    test("a surname is the full name met before", () => {
      const m = new SpeakerMemory();
      say(m, "Sen. Viktor Ozerov");
      expect(say(m, "Ozerov").text).toBe("Viktor Ozerov");
    });

    test("a person named in passing becomes the next he", () => {
      const m = new SpeakerMemory();
      for (const p of personMentions("Yehya al-Aridi, a spokesman for the opposition, praised the strike.", true)) {
        m.notePerson(p.name, p.role);
      }
      expect(say(m, "he").text).toBe("Yehya al-Aridi");
    });

    test("an unnamed role keeps its class for later naming", () => {
      const m = new SpeakerMemory();
      expect(say(m, "a senior Russian lawmaker")).toMatchObject({ pendingRole: "legislator" });
      expect(say(m, "Sen. Viktor Ozerov")).toMatchObject({ roleClass: "legislator" });
    });

    test("a sentence's subject person", () => {
      expect(personSubject("Omar Haddad runs a bakery by the port.", true)).toBe("Omar Haddad");
      expect(personSubject("The ministry issued a statement.", true)).toBeNull();
    });

    test("a sentence's subject body, past a leading adverbial", () => {
      expect(bodySubject("After issuing several warnings, the coalition had conducted airstrikes.", true)).toBe(
        "coalition",
      );
      expect(bodySubject("The ministry issued a statement on Monday.", true)).toBe("ministry");
      expect(bodySubject("Fighting continued in the east.", true)).toBeNull();
    });

    describe("finds people", () => {
      test("after a title", () => {
        expect(personMentions("Russian Foreign Minister Sergei Lavrov complained", true)[0]?.name).toBe(
          "Sergei Lavrov",
        );
      });

      test("in lower-cased text, two words after a title", () => {
        expect(personMentions("foreign minister sergei lavrov complained", false)[0]?.name).toBe("sergei lavrov");
      });
    });
  });
});
