import { describe, expect, test } from "vitest";
import { BODY_PHRASE_RE, BODY_WORDS, OUTLET_HEADS, OUTLET_RE, STATEMENT_NOUNS } from "./organisations.ts";

describe("claims", () => {
  describe("organisations and outlets", () => {
    test("outlets by name, word-bounded, any case", () => {
      expect(OUTLET_RE.exec("the SANA state news agency")?.[1]).toBe("SANA");
      expect(OUTLET_RE.exec("told itar-tass")?.[1]).toBe("itar-tass");
      expect(OUTLET_RE.exec("the Associated Press")?.[1]).toBe("Associated Press");
      expect(OUTLET_RE.test("the sanatorium")).toBe(false);
    });

    test("government and military bodies", () => {
      for (const w of ["coalition", "ministry", "pentagon", "kremlin", "police"]) expect(BODY_WORDS.has(w)).toBe(true);
      expect(BODY_PHRASE_RE.exec("the white house said")?.[1]).toBe("white house");
    });

    test("outlet heads and statement nouns", () => {
      expect(OUTLET_HEADS.has("newspaper")).toBe(true);
      expect(STATEMENT_NOUNS.has("statement")).toBe(true);
    });
  });
});
