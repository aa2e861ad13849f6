import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";

const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "1990-02-12", text });
const attackers = (text: string) => extractArticle(article(text)).mentions.map((m) => m.attacker?.name ?? null);

describe("the agent of 'perpetrated by' or 'committed by'", () => {
  test("is who did the deed, though its head is no agent noun", () => {
    const text =
      "TWO JUDGES WERE MURDERED IN NEIVA ON MONDAY. THE GOVERNOR SAID THE CRIMES WERE PERPETRATED BY EXPERTS.";
    expect(attackers(text)).toEqual(["EXPERTS"]);
  });
  test("an office or a speaker is no agent of it", () => {
    const text =
      "Two judges were murdered in Neiva on Monday. The crimes were committed by officials, the governor said.";
    expect(attackers(text)).not.toContain("officials");
  });
});
