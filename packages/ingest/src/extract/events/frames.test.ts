import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";

// One-sentence reports of the common kinds of attack, in every casing: each is an event, with its roles as the
// text names them.
const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "2024-03-12", text });
const first = (text: string) => extractArticle(article(text)).mentions[0];

describe("open-world events", () => {
  describe("find an attack without a known attacker or place", () => {
    test("a car bomb with no attacker named", () => {
      const m = first("A car bomb exploded outside a police station in Kirkuk on Tuesday, killing 12.");
      expect(m).toMatchObject({ attacker: null, location: "Kirkuk", kind: "other-attack" });
      expect(m?.instruments).toContain("car bomb");
      expect(m?.subEventType).toBe("Remote explosive/landmine/IED");
    });
    test("gunmen shooting a mayor", () => {
      const m = first("Gunmen shot dead a mayor in Guerrero state.");
      expect(m?.attacker?.name).toBe("Gunmen");
      expect(m?.target?.name).toMatch(/mayor/);
      expect(m?.location).toBe("Guerrero state");
    });
    test("a kidnapping, typed as ACLED's abduction", () => {
      const m = first("Al-Shabaab fighters kidnapped six aid workers near Baidoa.");
      expect(m).toMatchObject({
        eventType: "Violence against civilians",
        subEventType: "Abduction/forced disappearance",
      });
      expect(m?.attacker).toMatchObject({ name: "Al-Shabaab fighters", key: "al-shabaab" });
      expect(m?.target?.name).toBe("six aid workers");
    });
    test("arson", () => {
      expect(first("Militants set fire to a school.")?.target?.name).toBe("school");
    });
  });

  describe("name actors as the text does, with the lexicon's key when it knows them", () => {
    test("an actor the lexicon does not know keeps its own name and key", () => {
      const m = first("The Kachin Independence Army ambushed a convoy near Myitkyina.");
      expect(m?.attacker?.name).toBe("Kachin Independence Army");
      expect(m?.attacker?.key).toBe("~kachin independence army");
    });
    test("a bracketed acronym stays with its name", () => {
      const m = first("Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the attack on the military camp.");
      expect(m?.attacker?.name).toBe("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)");
      expect(m?.attacker?.key).toBe("jnim");
    });
    test("all-caps wire copy reads the same", () => {
      const m = first("URBAN TERRORISTS DYNAMITED A POWER PYLON IN SAN SALVADOR.");
      expect(m?.attacker?.name).toBe("URBAN TERRORISTS");
      expect(m?.target?.name).toBe("POWER PYLON");
      expect(m?.location).toBe("SAN SALVADOR");
    });
    test("a claim of responsibility names the attacker of an attack told without one", () => {
      const x = extractArticle(
        article("An explosive device detonated near a military convoy in Marib. The Houthis claimed responsibility."),
      );
      expect(x.mentions[0]?.attacker?.key).toBe("houthis");
    });
  });

  describe("keep out what is no attack", () => {
    for (const text of [
      "The rebels threatened to attack the town.",
      "Teachers went on strike in the capital.",
      "The army denied that it had shelled the village.",
      "The striker scored after a swift attack down the left.",
    ])
      test(text, () => {
        expect(extractArticle(article(text)).mentions).toEqual([]);
      });
  });
});
