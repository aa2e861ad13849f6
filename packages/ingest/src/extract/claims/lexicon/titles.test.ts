import { describe, expect, test } from "vitest";
import { ANONYMITY_RE, ANONYMOUS_HEADS, bareWord, isTitle, PERSON_ROLES, ROLE_CLASSES } from "./titles.ts";

describe("claims", () => {
  describe("titles and roles", () => {
    test("abbreviated and full titles, any case", () => {
      for (const w of ["Sen.", "sen.", "Col.", "GEN.", "Minister", "spokesman", "chairman", "Lt."])
        expect(isTitle(w)).toBe(true);
      expect(isTitle("convoy")).toBe(false);
    });

    test("bare words drop trailing punctuation and possessives' apostrophes", () => {
      expect(bareWord("Sen.")).toBe("sen");
      expect(bareWord("Ozerov,")).toBe("ozerov");
    });

    test("roles stand for people and fall into classes", () => {
      expect(PERSON_ROLES.has("lawmaker")).toBe(true);
      expect(ROLE_CLASSES.get("sen")).toBe(ROLE_CLASSES.get("lawmaker"));
      expect(ROLE_CLASSES.get("col")).toBe("officer");
    });

    test("unnamed sources and anonymity phrases", () => {
      expect(ANONYMOUS_HEADS.has("officials")).toBe(true);
      expect(ANONYMOUS_HEADS.has("source")).toBe(true);
      expect(ANONYMITY_RE.test("speaking on condition of anonymity")).toBe(true);
      expect(ANONYMITY_RE.test("who asked not to be named")).toBe(true);
    });
  });
});
