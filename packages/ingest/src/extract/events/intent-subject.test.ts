import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";

const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "1990-02-12", text });
const attackers = (text: string) => extractArticle(article(text)).mentions.map((m) => m.attacker?.name ?? null);

describe("the subject of a verb of a deliberate act", () => {
  test("is the attacker though its head is no agent noun, in all-caps copy", () => {
    expect(attackers("ON MONDAY THE RED LANTERN MURDERED TWO UNION LEADERS NEAR A FACTORY IN CALI.")).toEqual([
      "RED LANTERN",
    ]);
  });
  test("an adverb between the subject and the verb is allowed", () => {
    expect(attackers("THE BLUE HAND REPORTEDLY KIDNAPPED A RANCHER IN THE HILLS ON SUNDAY.")).toEqual(["BLUE HAND"]);
  });
  test("a deed or a plan before an infinitive is no one", () => {
    const text = "THE CARTEL STAGED AN ENTIRE OPERATION TO KIDNAP THE JUDGE ON MONDAY.";
    expect(attackers(text)).not.toContain("ENTIRE OPERATION");
  });
  test("a pronoun-like head is no one", () => {
    const text = "A BANKER WAS SHOT IN QUITO ON MONDAY. POLICE SAID THE SAME ONES MURDERED A CLERK LAST YEAR.";
    expect(attackers(text)).not.toContain("SAME ONES");
  });
});
