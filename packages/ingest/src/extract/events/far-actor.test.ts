import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";
import { analyseSentence } from "../linguistic/index.ts";
import { farFromNominal } from "./far-actor.ts";
import { readFrame } from "./frames.ts";

const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "2024-03-12", text });
const attackers = (text: string) => extractArticle(article(text)).mentions.map((m) => m.attacker?.name ?? null);
const far = (sentence: string, actor: string, trigger: string) => {
  const lower = sentence.toLowerCase();
  return farFromNominal(lower, lower.indexOf(actor) + actor.length, lower.indexOf(trigger));
};

describe("an actor far before an attack noun", () => {
  test("is not its attacker", () => {
    expect(far("France condemned this cowardly attack on the school.", "france", "attack")).toBe(true);
  });
  test("right before the noun, it is", () => {
    expect(far("A Taliban suicide attack hit the base.", "taliban", "attack")).toBe(false);
  });
  test("tied to the noun by a claim or blame, it is", () => {
    expect(far("The rebels have claimed responsibility for the attack.", "rebels", "attack")).toBe(false);
    expect(far("The army resumed its attacks on the ridge.", "army", "attacks")).toBe(false);
  });
  test("the clause's actor makes the attack its 'in' adjunct tells, unless the clause is passive", () => {
    const active = "Last spring the rebels seized a depot in the hills, in an attack the army called reckless.";
    expect(far(active, "rebels", "attack")).toBe(false);
    const counted = "The police shot two farmers near the depot in two separate shootings.";
    expect(far(counted, "police", "shootings")).toBe(false);
    const passive = "The rebels were killed near the depot in an attack by the army.";
    expect(far(passive, "rebels", "attack")).toBe(true);
  });
  test("a reaction by a country names no attacker of the attack reacted to", () => {
    const text =
      "A bomb went off at a market in Quetta on Monday. Pakistan condemned this cowardly attack on civilians.";
    expect(attackers(text)).not.toContain("Pakistan");
  });
  test("an attack noun with its own attacker keeps it", () => {
    expect(attackers("Hamas fighters carried out an attack on an army post near Rafah on Monday.")).toContain(
      "Hamas fighters",
    );
  });
  test("the subject of a light verb in its -ing form is the attack noun's own attacker", () => {
    const text = "Rebels have been carrying out the bombing raids.";
    const at = text.indexOf("bombing");
    const frame = readFrame(analyseSentence(text, { start: 0, end: text.length }), text, at, at + 7);
    expect(frame.attacker?.text).toBe("Rebels");
  });
});
