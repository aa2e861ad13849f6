import { describe, expect, test } from "vitest";
import { analyseSentence } from "../linguistic/index.ts";
import { readFrame, victimsOf } from "./frames.ts";

// The passive subject and the object of an attack as the sentence coordinates them: what was hit, in full.
function target(text: string, trigger: string): string | undefined {
  const s = analyseSentence(text, { start: 0, end: text.length });
  const at = text.indexOf(trigger);
  return readFrame(s, text, at, at + trigger.length).target?.text;
}
const victims = (text: string) =>
  victimsOf(analyseSentence(text, { start: 0, end: text.length }), text).map((v) => v.text);

describe("passive subjects as coordinated", () => {
  test("an apposition before the verb is not the subject", () => {
    const t = target(
      "The mayor and his deputy Juan Perez, a member of the ruling party, were abducted by armed men.",
      "abducted",
    );
    expect(t).toMatch(/^mayor and his deputy Juan Perez/);
  });
  test("conjuncts before the nearest phrase join it, with their of-phrases", () =>
    expect(target("Several offices of trade unions and homes of opposition leaders were attacked.", "attacked")).toBe(
      "Several offices of trade unions and homes of opposition leaders",
    ));
  test("a list with commas", () =>
    expect(victims("Two policemen, a teacher and three children were killed.")).toEqual([
      "Two policemen, a teacher and three children",
    ]));
  test("a time before a comma is no conjunct", () =>
    expect(target("On the night of 15 November, several homes were attacked.", "attacked")).toBe("several homes"));
  test("a relative pronoun stands for the phrase before it", () =>
    expect(target("The leader, who was kidnapped in the capital, was found alive.", "kidnapped")).toBe("leader"));
});

describe("targets keep their of-phrases", () => {
  test("a section of a pipeline", () =>
    expect(target("Rebels blew up a section of the northern oil pipeline.", "blew up")).toMatch(
      /section of the northern oil pipeline/,
    ));
  test("a time is no of-phrase", () =>
    expect(target("Gunmen attacked the office of 12 November.", "attacked")).not.toMatch(/November/));
});
