import { describe, expect, test } from "vitest";
import { attributeAll } from "./attribution.ts";

function read(s: string, mixedCase = true) {
  return attributeAll(s, mixedCase).map((a) => ({
    speaker: s.slice(a.speaker.start, a.speaker.end),
    verb: a.verb,
    content: a.content.map((r) => s.slice(r.start, r.end)),
    label: a.label === true,
  }));
}

describe("claims", () => {
  describe("one speaker, two assertions in one sentence", () => {
    describe('"said A and accused B of C"', () => {
      test("is two claims of the same speaker", () => {
        expect(
          read("The militia said its fighters never loot homes and accused the police of staging the raids."),
        ).toEqual([
          { speaker: "The militia", verb: "said", content: ["its fighters never loot homes"], label: false },
          { speaker: "The militia", verb: "accused", content: ["the police of staging the raids"], label: false },
        ]);
      });

      test('and "and denied that …" keeps only the clause that was denied', () => {
        expect(
          read("The ministry said the convoy was hit and denied that any civilians were killed.")[1],
        ).toMatchObject({
          verb: "denied",
          content: ["any civilians were killed"],
        });
      });
    });

    describe('", describing them as …"', () => {
      test("after the content splits off the label as a claim of its own", () => {
        const [main, label] = read(
          'State radio said the raids hit a fishing port, describing them as "a blatant breach of the truce".',
        );
        expect(main?.content).toEqual(["the raids hit a fishing port"]);
        expect(label).toMatchObject({ verb: "described", content: ["a blatant breach of the truce"], label: true });
      });

      test('after "…, X said" is kept as the label claim, not dropped as a gloss', () => {
        const claims = read(
          'Troops shelled two villages, the governor said, calling it "pure terror against farmers".',
        );
        expect(claims.map((c) => c.content)).toEqual([
          ["Troops shelled two villages"],
          ["pure terror against farmers"],
        ]);
      });
    });

    describe('", a charge the group rejected"', () => {
      test("is no part of the claim it disputes", () => {
        expect(
          read("The ministry accused the rebels of looting the depot, a charge the group rejected.")[0]?.content,
        ).toEqual(["the rebels of looting the depot"]);
      });
    });

    describe("a single assertion", () => {
      test('stays whole: "said A and called on B"', () => {
        expect(
          read("The agency said it was alarmed by the reports and called on all sides to hold fire."),
        ).toHaveLength(1);
      });
    });
  });
});
