import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";
import { analyseSentence } from "../linguistic/index.ts";
import { withCountedParticiple } from "./counted-participle.ts";

const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "1990-02-12", text });
const attackers = (text: string) => extractArticle(article(text)).mentions.map((m) => m.attacker?.name ?? null);

describe("a count, a participle and a noun", () => {
  test("are one agent phrase after a passive's 'by'", () => {
    expect(attackers("THE JUDGE OF ORURO WAS MURDERED BY FIVE PAID MERCENARIES ON FRIDAY.")).toEqual([
      "FIVE PAID MERCENARIES",
    ]);
  });
  test("a chunk that is no bare count is left as it was", () => {
    const text = "The mayor was shot by armed men.";
    const s = analyseSentence(text, { start: 0, end: text.length });
    for (const c of s.chunks) expect(withCountedParticiple(s, s.chunks, c)).toBe(c);
  });
});
