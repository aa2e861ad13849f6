import { describe, expect, test } from "vitest";
import { extractArticle } from "./index.ts";

const extract = (text: string, publishedAt: string | null = "2024-03-14") =>
  extractArticle({ title: null, outlet: null, url: null, publishedAt, text });
const brief = (text: string, publishedAt?: string | null) =>
  extract(text, publishedAt).mentions.map(
    (m) => `${m.kind} ${m.date?.value} ${m.attacker?.name} -> ${m.target?.name ?? "?"}`,
  );

// 2024-03-14 was a Thursday.
describe("extractArticle", () => {
  describe("one event per real attack", () => {
    test("later references to the strike join it", () => {
      const text =
        "Headline of the story\n\nRussian forces struck an apartment block in Kharkiv on Wednesday, killing five people. " +
        "The strike also wounded 20. Officials said the attack was the deadliest this month.";
      const x = extract(text);
      expect(x.mentions).toHaveLength(1);
      expect(x.mentions[0]).toMatchObject({ kind: "airstrike", date: { value: "2024-03-13" }, location: "Kharkiv" });
      expect(x.mentions[0]?.casualties.map((c) => [c.kind, c.count?.low])).toEqual([
        ["killed", 5],
        ["wounded", 20],
      ]);
    });
    test("a background attack in passing is its own event", () => {
      expect(
        brief(
          "Israeli jets struck Rafah on Tuesday. Last month, Hamas fighters attacked an army post near the border.",
        ),
      ).toEqual(["airstrike 2024-03-12 Israeli jets -> Rafah", "ground-attack 2024-02 Hamas fighters -> army post"]);
    });
    test("an earlier strike of the same kind, told in passing, is the same attacker's earlier event", () => {
      expect(
        brief(
          "Russian warplanes bombed a market in Idlib on Wednesday. Such raids on markets are rare, with the last " +
            "such strike having hit a bakery in January.",
        ),
      ).toMatchObject([
        "airstrike 2024-03-13 Russian warplanes -> market",
        expect.stringMatching(/^airstrike 2024-01 Russian warplanes -> /),
      ]);
    });
    test("the same attacker on another day is another event", () => {
      expect(
        brief("Houthi rebels fired missiles at a ship on Monday. On Thursday they launched drones at another vessel."),
      ).toHaveLength(2);
    });
  });

  describe("two same-day attacks by one side", () => {
    describe("told at two different towns", () => {
      test("stay two events", () => {
        expect(
          brief(
            "Russian missiles hit Odesa on Monday, killing five. Russian missiles also hit Kharkiv on Monday, wounding three.",
          ),
        ).toEqual([
          "missile-strike 2024-03-11 Russian missiles -> Odesa",
          "missile-strike 2024-03-11 Russian missiles -> Kharkiv",
        ]);
      });
    });
    describe("when the second points back to the first town", () => {
      test("are one event", () => {
        expect(brief("Russian missiles hit Odesa on Monday. The strike on Odesa killed five.")).toHaveLength(1);
      });
    });
    describe("when one telling names a town and the other only a sea or region", () => {
      test("are one event: the region is no other place", () => {
        expect(
          brief(
            "Israeli aircraft struck a weapons depot in Khan Younis on Tuesday, the army said. Residents said they " +
              "heard loud blasts. On Tuesday, Israeli aircraft carried out strikes against militant positions in " +
              "the south of the Gaza Strip, the army added.",
          ),
        ).toHaveLength(1);
      });
    });
  });

  describe("a toll told in a sentence with no attack", () => {
    test("goes to the event whose figure of that kind it retells", () => {
      const x = extract(
        "RSF fighters shelled a market in El Obeid on Monday, killing 12 people and wounding dozens. The army said " +
          "its jets struck RSF positions east of the city the same day. A hospital director said the hospital had " +
          "received more than 30 wounded.",
      );
      expect(x.mentions.map((m) => [m.kind, m.casualties.map((c) => `${c.kind} ${c.count?.low}`)])).toEqual([
        ["artillery-strike", ["killed 12", "wounded 24", "wounded 30"]],
        ["airstrike", []],
      ]);
    });
  });

  describe("a country named as the attacker", () => {
    test("is not where the attack happened", () => {
      expect(
        extract("Russia launched drones on Tuesday, hitting a power station in Odesa.").mentions[0]?.location,
      ).toBe("Odesa");
      expect(extract("Russia fired missiles overnight, officials said.").mentions[0]?.location ?? null).not.toBe(
        "Russia",
      );
    });
  });

  describe("a side retelling its own strike in other words", () => {
    test("tells the same event", () => {
      expect(
        brief(
          "An Israeli drone strike on a car in Bint Jbeil killed three Hezbollah fighters on Monday. The Israeli military said its aircraft had targeted a Hezbollah cell.",
        ),
        // The car the first telling named as struck stays among what was hit.
      ).toEqual(["drone-strike 2024-03-11 Israeli -> Hezbollah cell, three Hezbollah fighters, car"]);
    });
  });

  describe("a shootdown told only in the passive", () => {
    describe("after an attack on an armed side", () => {
      test("was made by the side attacked, against the attacker", () => {
        expect(
          brief("Hamas fired 40 rockets at Israel on Tuesday. Most of them were intercepted by air defences."),
        ).toEqual(["missile-strike 2024-03-12 Hamas -> Israel", "shootdown 2024-03-12 Israel -> Hamas"]);
      });
    });
    describe("with no attack on an armed side told before it", () => {
      test("tells the attack it stopped, by no one named", () => {
        expect(brief("Two drones were shot down over the capital on Tuesday.")).toEqual([
          "shootdown 2024-03-12 undefined -> Two drones",
          "drone-strike 2024-03-12 undefined -> ?",
        ]);
      });
    });
  });

  describe("forces belong to the event's target", () => {
    test("the attacker's own aircraft are not reported", () => {
      const x = extract(
        "Two Israeli jets struck Hezbollah positions on Tuesday, destroying a rocket launcher and three trucks.",
      );
      expect(x.mentions[0]?.forces.map((f) => `${f.category}/${f.status}/${f.count?.low}`)).toEqual([
        "artillery/destroyed/1",
        "vehicle/destroyed/3",
      ]);
    });
    test("a toll another actor claims goes to its own attack", () => {
      const x = extract(
        "Hamas fired rockets at Sderot on Tuesday after the Israeli military said it had killed four of the group's gunmen in a drone strike.",
      );
      const hamas = x.mentions.find((m) => m.attacker?.name === "Hamas");
      expect(hamas?.casualties ?? []).toEqual([]);
    });
    test("fighters the attacker came with are not the target's", () => {
      const x = extract(
        'Islamic State militants attacked an army post on Tuesday, killing six soldiers. "They came with two trucks and more than 30 fighters," an officer said.',
      );
      expect(x.mentions[0]?.forces ?? []).toEqual([]);
    });
  });

  describe("header and residue", () => {
    test("uses the dateline when metadata has no date", () => {
      const x = extract("Title line\n\nBy Jane Doe | June 11, 2024\nRSF fighters shelled El Fasher on Monday.", null);
      expect(x).toMatchObject({ title: "Title line", byline: "Jane Doe", publishedAt: "2024-06-11" });
      expect(brief(x.text, x.publishedAt)).toEqual(["artillery-strike 2024-06-10 RSF fighters -> El Fasher"]);
    });
    test("is the same on lower-cased text", () => {
      const text = "Russian forces shelled Kherson on Tuesday, killing two civilians.";
      // The names are the text's own words, so only their casing may differ.
      expect(brief(text.toLowerCase())).toEqual(brief(text).map((b) => b.toLowerCase()));
    });
  });

  describe("interceptions", () => {
    test("are made by the side that reports them", () => {
      expect(
        brief(
          "Russia launched 40 missiles at Ukraine overnight, Ukraine's air force said, adding that it had shot down 35 of them.",
        ),
      ).toEqual(["missile-strike 2024-03-14 Russia -> Ukraine", "shootdown 2024-03-14 Ukraine -> ?"]);
    });
  });

  describe("what is not an event", () => {
    test("a political story with figurative attacks", () => {
      expect(
        brief(
          "The senator attacked the budget plan on Wednesday, saying it would hit families. The White House struck a deal.",
        ),
      ).toEqual([]);
    });

    test("labour strikes, storms, markets and cyber attacks", () => {
      for (const text of [
        "Unions warned of more strikes by workers in the spring.",
        "A powerful storm hit the coast on Sunday, killing three people.",
        "Markets were hit by fears of a recession on Monday.",
        "Hackers launched a cyber attack on the defence ministry last week.",
      ])
        expect(brief(text)).toEqual([]);
    });
  });
});
