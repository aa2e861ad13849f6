import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyseSentence, casingOf, truecase } from "./index.ts";

const whole = (t: string) => ({ start: 0, end: t.length });
const chunks = (t: string) => analyseSentence(t, whole(t)).chunks.map((c) => t.slice(c.start, c.end));
const tags = (t: string) =>
  Object.fromEntries(analyseSentence(t, whole(t)).tokens.map((k) => [k.text.toLowerCase(), k.pos]));

describe("linguistic layer", () => {
  describe("casing", () => {
    test("tells mixed, lower and upper copy apart", () => {
      expect(casingOf("Gunmen shot dead a mayor in Guerrero state.")).toBe("mixed");
      expect(casingOf("gunmen shot dead a mayor in guerrero state.")).toBe("lower");
      expect(casingOf("GUNMEN SHOT DEAD A MAYOR IN GUERRERO STATE.")).toBe("upper");
    });
    test("truecases all-caps wire copy word by word, keeping the length", () => {
      const t = "THE ARMY SAID NATO TROOPS ENTERED IRAQ. GUERRILLAS DYNAMITED A BRIDGE.";
      const cased = truecase(t);
      expect(cased).toHaveLength(t.length);
      expect(cased).toBe("The army said NATO troops entered Iraq. Guerrillas dynamited a bridge.");
    });
    test("gives lower-cased copy its names back", () => {
      expect(truecase("troops entered iraq with nato")).toBe("Troops entered Iraq with NATO");
    });
    test("leaves mixed-case text alone", () => {
      const t = "The ELN attacked a base in Arauca.";
      expect(truecase(t)).toBe(t);
    });
  });

  describe("tokens", () => {
    test("keep offsets into the original text, in every casing", () => {
      for (const t of [
        "  A car bomb exploded in Kirkuk.",
        "A CAR BOMB EXPLODED IN KIRKUK.",
        "a car bomb exploded in kirkuk.",
      ]) {
        const { tokens } = analyseSentence(t, whole(t));
        expect(tokens.map((k) => k.text)).toEqual(
          ["A", "car", "bomb", "exploded", "in", "Kirkuk", "."].map((w) =>
            t === t.toUpperCase() ? w.toUpperCase() : t === t.toLowerCase() ? w.toLowerCase() : w,
          ),
        );
        for (const k of tokens) expect(t.slice(k.start, k.end)).toBe(k.text);
      }
    });
    test("tag all-caps copy as they tag mixed case", () => {
      expect(tags("URBAN TERRORISTS DYNAMITED A POWER PYLON.")).toMatchObject({
        terrorists: "NOUN",
        dynamited: "VERB",
      });
    });
    test("read a sentence inside a longer text at its own offsets", () => {
      const t = "First sentence. Rebels attacked the town.";
      const s = analyseSentence(t, { start: 16, end: t.length });
      expect(s.tokens[0]).toMatchObject({ text: "Rebels", start: 16, end: 22 });
    });
  });

  describe("noun-phrase chunks", () => {
    test("whole phrases with determiners and modifiers", () => {
      expect(chunks("A car bomb exploded outside a police station in Kirkuk.")).toEqual([
        "A car bomb",
        "a police station",
        "Kirkuk",
      ]);
    });
    test("names with inner glue words and a bracketed acronym", () => {
      expect(chunks("Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the attack.")[0]).toBe(
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
      );
      expect(chunks("TROOPS CLASHED IN THE DEPARTMENT OF MORAZAN.")).toContain("THE DEPARTMENT OF MORAZAN");
      expect(chunks("THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] ATTACKED.")[0]).toBe(
        "THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN]",
      );
    });
    test("hyphenated modifiers and possessors stay inside", () => {
      expect(chunks("The U.S.-led coalition hit the army's depot.")).toEqual([
        "The U.S.-led coalition",
        "the army's depot",
      ]);
    });
    test("an -ed verb after a noun is the verb, not a modifier", () => {
      expect(chunks("The Houthis claimed responsibility.")).toEqual(["The Houthis", "responsibility"]);
      expect(chunks("Armed men stormed the village.")).toEqual(["Armed men", "the village"]);
    });
    test("a barrier keeps a trigger out of a phrase", () => {
      const t = "Gunmen shot dead a mayor.";
      const s = analyseSentence(t, whole(t), undefined, (i) => i === 1);
      expect(s.chunks.map((c) => t.slice(c.start, c.end))).toEqual(["Gunmen", "a mayor"]);
    });
    test("a day word after a phrase is the clause's adverb, not the phrase's head", () => {
      expect(chunks("THE RED HAND UNIT TONIGHT CLAIMED THE ATTACK.")).toEqual([
        "THE RED HAND UNIT",
        "TONIGHT",
        "THE ATTACK",
      ]);
      expect(chunks("Rebels attacked the town today.")).toEqual(["Rebels", "the town", "today"]);
      expect(chunks("Yesterday's attack killed two.")[0]).toBe("Yesterday's attack");
    });
    test("a quoted name inside a phrase stays in it", () => {
      expect(chunks('AN ATTACK BY A "RED DAWN" COLUMN KILLED TWO.')).toContain('A "RED DAWN" COLUMN');
      expect(chunks("Members of the “Blue Star” command fled.")).toContain("the “Blue Star” command");
      expect(chunks('The army said "the rebels" fled.')).toContain("the rebels");
      // A quote opened before a verb's object is taken in with it, so the phrase holds both marks.
      expect(chunks('IT WAS CLAIMED BY A SELF-STYLED "RED DAWN" GROUP.')).toContain('"RED DAWN" GROUP');
    });
    test("pronouns are one-word phrases, marked", () => {
      const t = "They attacked it.";
      expect(analyseSentence(t, whole(t)).chunks.map((c) => c.pronoun)).toEqual([true, true]);
    });
  });

  test("never throws and keeps every span inside the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.boolean(), (s, upper) => {
        const t = upper ? s.toUpperCase() : s;
        const a = analyseSentence(t, whole(t));
        for (const k of a.tokens) expect(t.slice(k.start, k.end)).toBe(k.text);
        for (const c of a.chunks) expect(c.start >= 0 && c.start <= c.end && c.end <= t.length).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
