import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";
import { describesGroupless, groupCore, withGroupOf } from "./attacker-group.ts";

describe("attackers and the group they belong to", () => {
  describe("a description that names no group", () => {
    test("bare, counted, or with a country's adjective", () => {
      expect(describesGroupless("guerrillas")).toBe(true);
      expect(describesGroupless("SEVERAL URBAN GUERRILLAS")).toBe(true);
      expect(describesGroupless("Colombian rebels")).toBe(true);
    });
    test("a noun named after the deed, or a group's units described", () => {
      expect(describesGroupless("the attackers")).toBe(true);
      expect(describesGroupless("MURDERERS")).toBe(true);
      expect(describesGroupless("rebel commando units")).toBe(true);
      expect(describesGroupless("army units")).toBe(false);
    });
    test("not a phrase that names the group, nor a state force", () => {
      expect(describesGroupless("Red Dawn guerrillas")).toBe(false);
      expect(describesGroupless("soldiers")).toBe(false);
    });
  });
  test("a group's name without the noun for its members", () => {
    expect(groupCore("the PFK urban commandos")).toBe("PFK urban");
    expect(groupCore("Red Dawn guerrillas")).toBe("Red Dawn");
    expect(groupCore("the recent Peruvian Red Dawn guerrillas")).toBe("Red Dawn");
    expect(groupCore("SEVERAL RED DAWN FIGHTERS")).toBe("RED DAWN");
  });
  test("the description with the group's name, under the group's key", () => {
    const group = { key: "~red dawn", name: "Red Dawn guerrillas", side: null };
    expect(withGroupOf({ key: "~rebels", name: "rebels", side: null }, group)).toEqual({
      key: "~red dawn",
      name: "rebels of the Red Dawn",
      side: null,
    });
  });
});

describe("a group the article names, as the subject of an attack", () => {
  const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "1990-11-12", text });
  const attackers = (text: string) => extractArticle(article(text)).mentions.map((m) => m.attacker?.name ?? null);
  test("is the attacker, though no word of its name marks an agent", () => {
    const text =
      "THE BLACK LOTUS GUERRILLAS HAVE CALLED A GENERAL STOPPAGE IN JUNIN. ON 11 NOVEMBER, THE BLACK LOTUS DYNAMITED A BUS NEAR HUANCAYO.";
    expect(attackers(text)).toEqual(["BLACK LOTUS"]);
  });
  test("is the attacker of an attack noun it names", () => {
    const text =
      "THE BLACK LOTUS GUERRILLAS HAVE CALLED A STOPPAGE. WITNESSES SAID THE BLACK LOTUS ATTACK ON THE ARMY BARRACKS KILLED TWO SOLDIERS.";
    expect(attackers(text)).toEqual(["BLACK LOTUS"]);
  });
  test("a description is told with the group named later in the article", () => {
    const text =
      "Urban guerrillas machine-gunned the home of a judge in Tulua on Monday. The Black Lotus guerrillas are active in the region.";
    expect(attackers(text)).toEqual(["Urban guerrillas of the Black Lotus"]);
  });
  test("attackers told as unidentified take no group", () => {
    const text =
      "Unidentified guerrillas machine-gunned the home of a judge in Tulua on Monday. The Black Lotus guerrillas are active in the region.";
    expect(attackers(text)).toEqual(["Unidentified guerrillas"]);
  });
  test("a group told only in lower-case words lends no name", () => {
    const text =
      "A bomb exploded at a bank in Tulua on Monday. Police are hunting the attackers, who left notes praising the old rival group.";
    expect(attackers(text)).toEqual(["attackers"]);
  });
  test("so are the attackers named by their deed", () => {
    const text =
      "A bomb exploded at a bank in Tulua on Monday. Police are hunting the attackers. The Black Lotus guerrillas are active in the region.";
    expect(attackers(text)).toEqual(["attackers of the Black Lotus"]);
  });
});
