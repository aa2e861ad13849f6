import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";

// Attacks told through the weapon or the fire set: our own sentences, in mixed case and all-caps wire copy.
const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "1990-05-02", text });
const mentions = (text: string) => extractArticle(article(text)).mentions;

describe("attacks told through the weapon", () => {
  test("a bomb placed, with who placed it", () => {
    const m = mentions("A bomb was planted by two young men outside the customs office in Oruro.");
    expect(m.map((x) => x.attacker?.name ?? null)).toEqual(["two young men"]);
  });
  test("a bomb told in a relative clause, placed by drug traffickers", () => {
    const m = mentions("POLICE DEFUSED A SECOND BOMB THAT HAD BEEN PLANTED BY DRUG TRAFFICKERS NEAR THE COURT.");
    expect(m.map((x) => x.attacker?.name ?? null)).toEqual(["DRUG TRAFFICKERS"]);
  });
  test("a bomb that destroyed something, in all-caps copy", () => {
    expect(mentions("A POWERFUL BOMB PARTIALLY DESTROYED A BANK BRANCH IN TRUJILLO LAST NIGHT.")).toHaveLength(1);
  });
  test("buildings set on fire, with the words between", () => {
    const m = mentions("Armed men set three buses and a warehouse on fire in Huancayo.");
    expect(m.map((x) => x.attacker?.name ?? null)).toEqual(["Armed men"]);
  });
  test("a bomb defused is no attack", () => {
    expect(mentions("A bomb was found and defused by police near the court in Oruro.")).toHaveLength(0);
  });
});

describe("a bomb placed, told without who placed it", () => {
  test("is told by its going off, not by its placing", () => {
    expect(mentions("In Swabi, Pakistan, a bomb that had been planted at a school gate was found by a guard.")).toEqual(
      [],
    );
  });
});
