import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";

const attackers = (text: string) =>
  extractArticle({ title: null, outlet: null, url: null, publishedAt: "1990-03-02", text }).mentions.map(
    (m) => m.attacker?.name ?? null,
  );

describe("the clause's own subject beats a lexicon word told before it", () => {
  test("a subject the lexicon does not know, after a clause boundary", () => {
    expect(
      attackers(
        "IN THE MILITARY SPHERE, WHERE THE FPLK HAS ATTACKED US IN THE MAIN CITIES, THE ARMED FORCES ARE REPLYING.",
      ),
    ).toEqual(["FPLK"]);
    expect(
      attackers("In the military sphere, where the Red Dawn guerrillas attacked a bus, the police are alert."),
    ).toEqual(["Red Dawn guerrillas"]);
  });
  test("the lexicon actor stays the attacker when it is the subject", () => {
    expect(attackers("THE ARMY ATTACKED A VILLAGE NEAR THE TOWN ON MONDAY.")).toEqual(["ARMY"]);
  });
});
