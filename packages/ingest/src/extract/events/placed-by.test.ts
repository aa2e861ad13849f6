import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";

const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "1990-02-12", text });
const attackers = (text: string) => extractArticle(article(text)).mentions.map((m) => m.attacker?.name ?? null);

describe("who set off the bomb of an attack told without its attacker", () => {
  test("named in a parenthesis set off by dashes", () => {
    const text =
      "A BOMB WENT OFF AT A BRIDGE IN CUENCA ON MONDAY. THE DEVICE -- ALLEGEDLY DETONATED BY RED STAR COMMANDOS -- DESTROYED TWO PILLARS.";
    expect(attackers(text)).toEqual(["RED STAR COMMANDOS"]);
  });
  test("named in a participle clause set off by commas", () => {
    const text =
      "A bomb went off at a bank in Cuenca on Monday. The bomb, planted by Red Star commandos, shattered its windows.";
    expect(attackers(text)).toEqual(["Red Star commandos"]);
  });
});
