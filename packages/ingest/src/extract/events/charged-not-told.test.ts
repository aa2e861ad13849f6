import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";

// Attack words that name a charge or a court case, and a word before the trigger read whole. Our own sentences.
const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "2015-04-02", text });
const attackers = (text: string) => extractArticle(article(text)).mentions.map((m) => m.attacker?.name ?? null);

describe("attack words that tell no attack", () => {
  test("a charge of carrying it out", () => {
    expect(attackers("Two brothers were accused of carrying out the Lakeside Fair bombing three years ago.")).toEqual(
      [],
    );
  });
  test("a suspect or a trial named by it", () => {
    expect(attackers("Jury Selection Begins in Harbor Bombing Trial")).toEqual([]);
  });
});

describe("the word before a trigger", () => {
  test("is read whole: 'organization' is no 'on'", () => {
    expect(attackers("THE SMUGGLING ORGANIZATION DETONATED TWO BOMBS AT A BANK IN CALI.")).toEqual([
      "SMUGGLING ORGANIZATION",
    ]);
  });
});
