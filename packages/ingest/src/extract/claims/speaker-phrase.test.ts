import { describe, expect, test } from "vitest";
import { kindOfShape, looksLikeSpeaker, shapeOf } from "./speaker-phrase.ts";

describe("claims", () => {
  describe("speaker shapes", () => {
    test("a titled person is named without the title", () => {
      expect(shapeOf("Russian Foreign Minister Sergei Lavrov")).toMatchObject({
        type: "person",
        name: "Sergei Lavrov",
      });
      expect(shapeOf("U.S. Marine General Joseph Dunford")).toMatchObject({ name: "Joseph Dunford" });
      expect(shapeOf("sen. viktor ozerov", false)).toMatchObject({ type: "person", name: "viktor ozerov" });
    });

    test('"a spokesman for Sen. X" is the spokesman', () => {
      expect(shapeOf("A spokesman for Sen. Jane Doe")).toMatchObject({
        type: "role",
        name: "spokesman for Sen. Jane Doe",
      });
    });

    test("unnamed officials are anonymous, without article or count", () => {
      expect(shapeOf("a second U.S. defense official")).toEqual({ type: "anonymous", name: "U.S. defense official" });
      expect(shapeOf("two US officials")).toEqual({ type: "anonymous", name: "US officials" });
      expect(shapeOf("a military source in Damascus")).toMatchObject({ type: "anonymous" });
    });

    test("statements speak for their issuer", () => {
      const s = shapeOf("A statement from the Operation Inherent Resolve coalition");
      expect(s.type === "statement" && s.issuer?.type).toBe("body");
      expect(shapeOf("a coalition statement")).toMatchObject({
        type: "statement",
        issuer: { type: "body", name: "coalition" },
      });
      expect(shapeOf("The official statement")).toMatchObject({ type: "statement", issuer: null });
    });

    test("an outlet's named reporter is a person; an outlet's programme is the outlet", () => {
      expect(shapeOf("CNN’s Dana Whitfield")).toMatchObject({ type: "person", name: "Dana Whitfield" });
      expect(shapeOf("CNN's State of the Union")).toMatchObject({ type: "outlet", name: "CNN" });
    });

    test("outlets by name or by head noun", () => {
      expect(shapeOf("the SANA state news agency")).toEqual({ type: "outlet", name: "SANA" });
      expect(shapeOf("the Al-Masdar Arabic web portal")).toEqual({ type: "outlet", name: "Al-Masdar" });
      expect(shapeOf("state media")).toEqual({ type: "outlet", name: "state media" });
      expect(shapeOf("Lebanon's state-run National News Agency")).toEqual({
        type: "outlet",
        name: "National News Agency",
      });
      expect(shapeOf("lebanon's state-run national news agency", false)).toEqual({
        type: "outlet",
        name: "national news agency",
      });
    });

    test("bodies, countries and roles", () => {
      expect(shapeOf("the Pentagon")).toEqual({ type: "body", name: "Pentagon" });
      expect(shapeOf("Moscow")).toMatchObject({ type: "body" });
      expect(shapeOf("a senior Russian lawmaker")).toMatchObject({ type: "role", role: "lawmaker", definite: false });
    });

    test("pronouns wait for coreference", () => {
      expect(shapeOf("he")).toEqual({ type: "pronoun", refers: "person" });
      expect(shapeOf("it")).toEqual({ type: "pronoun", refers: "org" });
    });

    test("kinds follow the SPEC vocabulary", () => {
      expect(kindOfShape(shapeOf("the coalition"))).toBe("official-statement");
      expect(kindOfShape(shapeOf("US officials"))).toBe("anonymous-official");
      expect(kindOfShape(shapeOf("Col. Ryan Dillon"))).toBe("named-person");
      expect(kindOfShape(shapeOf("TASS"))).toBe("media");
      expect(kindOfShape(shapeOf("witnesses"))).toBe("anonymous-official");
      expect(kindOfShape(shapeOf("a doctor at the hospital"))).toBe("anonymous-official");
      expect(kindOfShape(shapeOf("the minister"))).toBe("named-person");
    });

    describe("names with lower-case particles", () => {
      test("are still names after a title", () => {
        expect(shapeOf("Army spokesman Brig. Gen. Karim al-Nouri")).toMatchObject({
          type: "person",
          name: "Karim al-Nouri",
        });
        expect(shapeOf("Jan van der Berg")).toMatchObject({ type: "person", name: "Jan van der Berg" });
      });
    });

    describe("an outlet's name inside a longer name", () => {
      test("is the body the longer name names", () => {
        expect(shapeOf("the National Guard")).toMatchObject({ type: "body" });
        expect(shapeOf("the National")).toMatchObject({ type: "outlet" });
        expect(shapeOf("the National news agency")).toMatchObject({ type: "outlet" });
      });
    });

    describe("acronyms and one word after 'the'", () => {
      test("name bodies, which speak in statements", () => {
        for (const p of ["KFOR", "the JNIM", "the Sentinel", "the tplf"]) {
          expect(kindOfShape(shapeOf(p, p !== "the tplf"))).toBe("official-statement");
        }
        expect(kindOfShape(shapeOf("the xzq", false))).toBe("official-statement");
      });

      test("but lower-cased common nouns are not bodies", () => {
        expect(shapeOf("the vehicles", false).type).not.toBe("body");
        expect(shapeOf("the town", false).type).not.toBe("body");
      });

      test("agencies, programmes and companies are bodies", () => {
        for (const p of ["the Food Relief Programme", "Nordsee Shipping", "ocha", "wfp"]) {
          expect(kindOfShape(shapeOf(p))).toBe("official-statement");
        }
      });
    });

    describe("a role used as a title, without an article", () => {
      test("names the titled person after it", () => {
        expect(shapeOf("Chief of the Defence Staff Adm. Jane Roe")).toMatchObject({ type: "person", name: "Jane Roe" });
        expect(shapeOf("A spokesman for Sen. Jane Doe")).toMatchObject({ type: "role" });
      });
    });

    describe("a member of a named body", () => {
      test("is a person when a name follows", () => {
        expect(shapeOf("party politburo member ali rezaei", false)).toMatchObject({
          type: "person",
          name: "ali rezaei",
        });
      });
    });

    test("strict checks reject phrases that name nobody", () => {
      expect(looksLikeSpeaker("the", false)).toBe(false);
      expect(looksLikeSpeaker("which", true)).toBe(false);
      expect(looksLikeSpeaker("the ministry", false)).toBe(true);
    });
  });
});
