import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";

// The agent of an attack told through a relative clause or a light verb's passive. Our own sentences.
const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "1990-03-12", text });
const attackers = (text: string) => extractArticle(article(text)).mentions.map((m) => m.attacker?.name ?? null);

describe("attackers told around the attack word", () => {
  describe("a relative clause", () => {
    test("takes the phrase its 'who' is told of", () => {
      expect(attackers("Witnesses described two masked youths, who ambushed a police jeep near Tulua.")).toEqual([
        "two masked youths",
      ]);
    });
    test("of a sentence about the attack told, retells it", () => {
      const text =
        "Gunmen attacked a police post in Tulua on Monday. The attack involved two youths who detonated a grenade at the gate.";
      expect(attackers(text)).toEqual(["Gunmen"]);
    });
    test("after an attack told in the sentence, is someone else's and names no attacker", () => {
      expect(attackers("Soldiers shelled a hideout of masked youths who fired mortars at the base on Monday.")).toEqual(
        ["Soldiers"],
      );
    });
    test("in all-caps copy", () => {
      expect(attackers("HOODED MEN, WHO DYNAMITED THE BRIDGE AT DAWN, FLED TOWARD THE HILLS.")).toEqual(["HOODED MEN"]);
    });
  });
  test("an attack noun with its agent after a light verb's participle", () => {
    expect(attackers("The mayor condemned an attack perpetrated by hooded youths on the town hall.")).toEqual([
      "hooded youths",
    ]);
  });
  test("the agent of a retold attack, after a place between the verb and 'by'", () => {
    const text =
      "A JUDGE WAS MURDERED IN TULUA ON MONDAY. THE ATTACK, WHICH TOOK PLACE AT 0800, WAS PERPETRATED IN THE CITY CENTER BY HOODED MEN.";
    expect(attackers(text)).toEqual(["HOODED MEN"]);
  });
});
