import { describe, expect, test } from "vitest";
import { objectContent } from "./object-content.ts";

// The object phrase of a cue, read off the POS tags of what follows the verb.
const object = (s: string, after: string) => {
  const from = s.indexOf(after) + after.length + 1;
  const r = objectContent(s, from, s.length);
  return r ? s.slice(r.start, r.end) : null;
};

describe("claims", () => {
  describe("object content", () => {
    test.each([
      ["The mayor endorsed Jane Miller last week and has campaigned with her since.", "endorsed", "Jane Miller"],
      ["The union backed the governor on Monday.", "backed", "the governor"],
      ["The council praised the new budget, urging members to pass it quickly.", "praised", "the new budget"],
      ["Critics attacked the plan and called for a vote.", "attacked", "the plan"],
      ["He defended Senator Anna Ruiz of Oregon yesterday.", "defended", "Senator Anna Ruiz of Oregon"],
    ])("%s", (s, cue, expected) => {
      expect(object(s, cue)).toBe(expected);
    });

    test.each([
      // a clause: the phrase is its subject
      ["She thinks the governor could still win the race.", "thinks"],
      ["They want the council to approve the plan.", "want"],
      // a gerund, a quote, a that-clause
      ["He supports keeping the troops there.", "supports"],
      ['She called the plan "a disaster" on Monday.', "called"],
      ["The report found that turnout had fallen.", "found"],
      // a preposition or a list after the object: the content runs on
      ["The survey shows the mayor at the top with 36 percent.", "shows"],
      ["He mentioned several rivals, including the governor.", "mentioned"],
    ])("%s keeps the whole content", (s, cue) => {
      expect(object(s, cue)).toBeNull();
    });
  });
});
