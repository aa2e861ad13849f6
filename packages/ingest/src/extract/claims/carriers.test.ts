import { describe, expect, test } from "vitest";
import { attribute } from "./attribution.ts";

/** Speaker phrase, content pieces and verb of a sentence's attribution, as text. */
function read(s: string) {
  const a = attribute(s, true);
  if (!a) return null;
  return {
    speaker: s.slice(a.speaker.start, a.speaker.end),
    content: a.content.map((r) => s.slice(r.start, r.end)),
    verb: a.verb,
  };
}

describe("claims", () => {
  describe("carriers", () => {
    test('"In a Facebook post, X urged …", "a run of Twitter posts": the author speaks, "post" is a noun', () => {
      expect(read("In a Facebook post on Monday night, Ruiz urged voters to stay home in the storm.")).toMatchObject({
        speaker: "Ruiz",
        content: ["voters to stay home in the storm"],
        verb: "urged",
      });
      expect(
        read('In a run of Twitter posts Sunday, Ms. Abebe, a former aide to the mayor, wrote: "It will fail."'),
      ).toMatchObject({ speaker: "Ms. Abebe", verb: "wrote" });
    });

    test("a poll speaks for itself", () => {
      expect(read("In a survey released Monday, most of the nurses backed the strike over the winter.")?.speaker).toBe(
        "a survey released Monday",
      );
    });

    test('"X, in a statement released by Y, said …" and "X said in a statement released by Y": X speaks', () => {
      expect(
        read("Tom Baker, in a statement released by the campaign on Monday, said he regretted the remarks."),
      ).toMatchObject({ speaker: "Tom Baker", content: ["he regretted the remarks"] });
      expect(
        read("Mayor Ana Ruiz said in a statement released by her office that the pier would reopen.")?.speaker,
      ).toBe("Mayor Ana Ruiz");
      expect(read("The pier will reopen, according to a statement from the port authority.")?.speaker).toBe(
        "a statement from the port authority",
      );
    });

    test('"A campus survey found that most students said …": the survey speaks, the students\' answer is its content', () => {
      expect(
        read("A campus survey in May found that 60 percent of students said they felt safe at night."),
      ).toMatchObject({
        speaker: "A campus survey in May",
        content: ["60 percent of students said they felt safe at night"],
      });
      expect(read("In a poll released Monday, 52 percent of voters chose the mayor over his rival.")).toMatchObject({
        speaker: "a poll released Monday",
        content: ["52 percent of voters chose the mayor over his rival"],
      });
    });

    test("a named speaker after a poll keeps speaking", () => {
      expect(read("In a poll released Monday, Senator Ana Ruiz said the numbers were wrong.")?.speaker).toBe(
        "Senator Ana Ruiz",
      );
    });
  });
});
