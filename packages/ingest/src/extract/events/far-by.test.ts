import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";

const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "1990-02-12", text });
const attackers = (text: string) => extractArticle(article(text)).mentions.map((m) => m.attacker?.name ?? null);

describe("a passive's agent after its place and time adjuncts", () => {
  test("is the attacker, however long the adjuncts", () => {
    const text =
      "A SURVEYOR WAS KIDNAPPED ON 3 MARCH ON THE ROAD TO PASTO, ABOUT 60 KM SOUTH OF THE BORDER, BY URBAN GUERRILLAS.";
    expect(attackers(text)).toEqual(["URBAN GUERRILLAS"]);
  });
  test("a 'by' after another verb between is that verb's", () => {
    const text =
      "A surveyor was kidnapped on the road to Pasto, which had been closed for weeks by a landslide, on 3 March.";
    expect(attackers(text)).not.toContain("landslide");
  });
});
