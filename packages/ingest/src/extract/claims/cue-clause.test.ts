import { describe, expect, test } from "vitest";
import { attributeAll } from "./attribution.ts";
import { clausal } from "./cue-clause.ts";

const read = (s: string) =>
  attributeAll(s).map((a) => ({
    speaker: s.slice(a.speaker.start, a.speaker.end),
    cue: a.cue ? s.slice(a.cue.start, a.cue.end) : a.verb,
    content: a.content.map((r) => s.slice(r.start, r.end)).join(" | "),
  }));

describe("claims", () => {
  describe("cue clauses", () => {
    test.each([
      [
        "Polls show that a large majority of voters want change.",
        "Polls",
        "show",
        "a large majority of voters want change",
      ],
      ["She thinks Sanders could still win California.", "She", "thinks", "Sanders could still win California"],
      ["He wants to be a hero.", "He", "wants", "to be a hero"],
      ["Mr. Carson endorsed Mr. Trump on Friday.", "Mr. Carson", "endorsed", "Mr. Trump"],
      ["The senator has long argued the tax is unfair.", "The senator", "argued", "the tax is unfair"],
      [
        "Republicans fear the nominee will cost them the Senate.",
        "Republicans",
        "fear",
        "the nominee will cost them the Senate",
      ],
      ["The campaign did not deny the report was accurate.", "The campaign", "deny", "the report was accurate"],
      ["Trump pointed out that the polls were rigged.", "Trump", "pointed out", "the polls were rigged"],
      ["Trump plans to visit Mexico on Wednesday.", "Trump", "plans", "to visit Mexico on Wednesday"],
      ["The senator refused to say whether he would run.", "The senator", "refused", "to say whether he would run"],
      ["Some argue that the fares are far too high.", "Some", "argue", "the fares are far too high"],
      ["Seven in 10 say the governor is doing well.", "Seven in 10", "say", "the governor is doing well"],
      ["Most want the strike to end soon.", "Most", "want", "the strike to end soon"],
      ["About four in 10 said the fares were fair.", "About four in 10", "said", "the fares were fair"],
      ["Two-thirds think the ferry should run at night.", "Two-thirds", "think", "the ferry should run at night"],
      ["Dock workers, for instance, argue that wages have stalled.", "Dock workers", "argue", "wages have stalled"],
      ["A new survey shows the mayor leading the race.", "A new survey", "shows", "the mayor leading the race"],
      [
        "The harbour master went on to say the port would reopen.",
        "The harbour master",
        "went on to say",
        "the port would reopen",
      ],
      ["The mayor made it clear the bridge would reopen.", "The mayor", "made it clear", "the bridge would reopen"],
      ["She expressed concern that the talks would stall.", "She", "expressed concern", "the talks would stall"],
    ])("%s", (s, speaker, cue, content) => {
      expect(read(s)).toEqual([{ speaker, cue, content }]);
    });

    test.each([
      "The plan was unveiled in March.",
      "His claims were false.",
      "The so-called peace plan was announced in March.",
      "He told her to leave.",
      "Residents feared for their homes.",
      "It did not say where the remaining drones fell.",
      "The ceasefire held, since Iran is hoping to secure a corridor.",
      "The two armies have agreed not to interfere with each other.",
      "Yehya al-Aridi praised the strike.",
      "The internationally recognised government fled Sanaa.",
      "The rebels have carried out repeated strikes on the port.",
      "I think so.",
      "The government plans to send a new package of aid.",
      "The militias refused to leave the zone.",
      "The city's mayor urged residents to stay in shelters.",
      "Rescuers searched the rubble for people feared trapped under the stairwell.",
      "Footage from the scene showed burning stalls.",
      "The union has some support in the north.",
      "The TV show features a cast of dozens.",
    ])("no claim in %s", (s) => {
      expect(read(s)).toEqual([]);
    });

    test("a bare object with the speaker's own words quoted is what was said of it", () => {
      expect(read("The mayor called the ferry levy “a tax on islanders”.")[0]).toMatchObject({
        speaker: "The mayor",
        content: "the ferry levy “a tax on islanders",
      });
    });

    test("a cue in a relative clause ends at its comma", () => {
      const s = "Petrilli, who thinks the administration overreached, praised the new law.";
      expect(read(s)[0]).toEqual({ speaker: "Petrilli", cue: "thinks", content: "the administration overreached" });
      const among = "Among nurses who said the ward was unsafe, most backed the strike.";
      expect(read(among).find((a) => a.cue === "said")).toEqual({
        speaker: "nurses",
        cue: "said",
        content: "the ward was unsafe",
      });
    });
  });

  describe("clausal content", () => {
    test("a finite verb or an infinitive is a proposition; a bare object is not", () => {
      expect(clausal("Sanders could win")).toBe(true);
      expect(clausal("to be a hero")).toBe(true);
      expect(clausal("broad public support for higher spending")).toBe(false);
    });
  });
});
