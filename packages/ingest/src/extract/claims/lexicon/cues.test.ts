import { describe, expect, test } from "vitest";
import { claimKindOf, cueOf, findCues, hasCue, inflect } from "./cues.ts";

describe("claims", () => {
  describe("cue lexicon", () => {
    test("inflects lemmas, regular and irregular, particles kept", () => {
      expect(inflect("deny").map((f) => f.text)).toEqual(["deny", "denies", "denied", "denying"]);
      expect(inflect("admit").map((f) => f.text)).toEqual(["admit", "admits", "admitted", "admitting"]);
      expect(inflect("see").map((f) => [f.text, f.form])).toContainEqual(["seen", "participle"]);
      expect(inflect("point out").map((f) => f.text)).toContain("pointed out");
      expect(inflect("go on to say").map((f) => f.text)).toContain("went on to say");
    });

    test("knows adjectives of attitude, with their kind", () => {
      expect(claimKindOf("confident")).toBe("belief");
      expect(claimKindOf("eager")).toBe("intention");
      expect(hasCue("The crew was confident.")).toBe(true);
    });

    test("gives each class its claim kind", () => {
      expect(cueOf("believes")).toMatchObject({ lemma: "believe", cueClass: "belief", kind: "belief" });
      expect(cueOf("plans")).toMatchObject({ cueClass: "intention", kind: "intention", nounish: true });
      expect(cueOf("denied")).toMatchObject({ cueClass: "denial", kind: "statement" });
      expect(claimKindOf("according to")).toBe("statement");
      expect(claimKindOf("fear")).toBe("belief");
    });

    test("finds multi-word cues first and skips compounds", () => {
      const s = "He pointed out that the so-called deal failed.";
      expect(findCues(s).map((c) => s.slice(c.start, c.end))).toEqual(["pointed out"]);
      expect(hasCue("Jets struck the convoy.")).toBe(false);
    });
  });
});
