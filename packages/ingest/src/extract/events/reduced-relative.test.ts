import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";
import { analyseSentence } from "../linguistic/index.ts";
import { readFrame } from "./frames.ts";

const frameAt = (text: string, trigger: string) => {
  const at = text.indexOf(trigger);
  return readFrame(analyseSentence(text, { start: 0, end: text.length }), text, at, at + trigger.length);
};

describe("a participle set off after a phrase, with its own 'by'", () => {
  test("is a passive: the phrase is the target, the 'by' phrase the attacker", () => {
    const f = frameAt("The smuggler, Anton Brel – shot dead by soldiers – had fled the camp.", "shot dead");
    expect(f.attacker?.text).toBe("soldiers");
    expect(f.target?.text).toBe("Anton Brel");
    expect(f.passive).toBe(true);
  });
  test("set off by a comma too", () => {
    const f = frameAt("The mayor, kidnapped by rebels in May, spoke on Monday.", "kidnapped");
    expect(f.attacker?.text).toBe("rebels");
  });
  test("without a 'by' phrase it stays as it was", () => {
    const f = frameAt("Gunmen ambushed the convoy.", "ambushed");
    expect(f.passive).toBe(false);
    expect(f.attacker?.text).toBe("Gunmen");
  });
  test("an actor after it is no target of the passive", () => {
    const text = "The bomber, Ilya Marn – shot dead by police – had pledged loyalty to Islamic State.";
    const m = extractArticle({ title: null, outlet: null, url: null, publishedAt: "2024-03-12", text }).mentions[0];
    expect(m?.attacker?.name).toBe("police");
    expect(m?.target?.name).toBe("Ilya Marn");
  });
});
