import { describe, expect, test } from "vitest";
import { attributeAll } from "./attribution.ts";
import { maskQuotes } from "./quotes.ts";
import { clauseSubject, coordinatedSubject, relativeAntecedent } from "./shared-subject.ts";

const read = (s: string) =>
  attributeAll(s).map((a) => ({
    speaker: s.slice(a.speaker.start, a.speaker.end),
    content: a.content.map((r) => s.slice(r.start, r.end)).join(" | "),
  }));
const phrase = (s: string, r: { start: number; end: number } | null) => (r ? s.slice(r.start, r.end) : null);

describe("claims", () => {
  describe("shared subjects", () => {
    test("a second predicate takes the subject of the first", () => {
      const s = "The mayor toured the flooded district on Tuesday and said the city would rebuild the bridge.";
      expect(phrase(s, coordinatedSubject(s, maskQuotes(s, []), s.indexOf("said")))).toBe("The mayor");
      expect(read(s)).toEqual([{ speaker: "The mayor", content: "the city would rebuild the bridge" }]);
    });

    test("a verb of a subordinate clause is passed over", () => {
      const s = "Asked whether the budget would pass, the senator shook her head and insisted it was dead.";
      expect(phrase(s, clauseSubject(s, s, s.indexOf("insisted")))).toBe("the senator");
      expect(read(s)).toEqual([{ speaker: "the senator", content: "it was dead" }]);
    });

    test("a cue that coordinates with nothing has no shared subject", () => {
      const s = "The mayor said the bridge would be rebuilt.";
      expect(coordinatedSubject(s, s, s.indexOf("said"))).toBeNull();
    });

    test("a relative clause speaks for its antecedent", () => {
      const s = "Voters who think the economy is improving back the governor.";
      expect(phrase(s, relativeAntecedent(s, s.indexOf("think")))).toBe("Voters");
      expect(read(s)[0]?.speaker).toBe("Voters");
    });

    test("a participle speaks for the subject of its clause", () => {
      const s = "Speaking at a rally in Denver, the candidate attacked his rival, calling him a coward.";
      expect(read(s).map((a) => a.speaker)).toContain("the candidate");
      expect(read(s)).toContainEqual({ speaker: "the candidate", content: "him a coward" });
    });

    test("a participle after a quote speaks for the speaker of the quote", () => {
      const s = '"The plan is working," he continued, citing the falling number of complaints.';
      expect(read(s)).toContainEqual({ speaker: "he", content: "the falling number of complaints" });
    });

    test("participles in a series end each other's content", () => {
      const s = "She barely paused, pointing to her record on housing and saying that rents had fallen.";
      expect(read(s)).toEqual([
        { speaker: "She", content: "her record on housing" },
        { speaker: "She", content: "rents had fallen" },
      ]);
    });

    test("a document's participle speaks for the document, an issuer's for the issuer", () => {
      const s = "Ortiz, in the wake of a new poll showing her rival ahead, told reporters she was calm.";
      expect(read(s)).toContainEqual({ speaker: "a new poll", content: "her rival ahead" });
      const t = "The ministry issued a statement saying the border was closed.";
      expect(read(t).some((a) => a.speaker === "a statement")).toBe(false);
      expect(read("A man carrying a sign saying the end is near walked by.")).toEqual([]);
    });

    test("a participle after a plural or a name speaks for it", () => {
      expect(read("Activists supporting the measure gathered outside the court.")[0]?.speaker).toBe("Activists");
    });
  });

  describe("subjects of cue clauses", () => {
    test("a partitive subject keeps its share", () => {
      expect(read("A quarter of the delegates believe the convention will be contested.")).toEqual([
        { speaker: "A quarter of the delegates", content: "the convention will be contested" },
      ]);
    });

    test('"As X reported, …" attributes the main clause', () => {
      expect(read("As the newspaper reported, the council had spent twice its budget.")).toEqual([
        { speaker: "the newspaper", content: "the council had spent twice its budget" },
      ]);
      expect(read("The ministry approved the plan, as the spokesman noted.")).toEqual([
        { speaker: "the spokesman", content: "The ministry approved the plan" },
      ]);
    });

    test("a cue inside another cue's that-clause is part of its content", () => {
      const s = "A survey published by the institute found that 58 percent of voters opposed the new tax.";
      expect(read(s).some((a) => a.speaker.includes("percent"))).toBe(false);
    });
  });
});
