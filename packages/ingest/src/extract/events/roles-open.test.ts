import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";

// Targets, places and instruments across an article's sentences, and what tells no attack, read end to end.
const mentions = (text: string) =>
  extractArticle({ title: null, outlet: null, url: null, publishedAt: "2024-03-12", text }).mentions;

describe("what was hit", () => {
  test("a definite attack told first is an event, with its victim", () => {
    const m = mentions("The minister condemned the murder of the journalist Ana Rojas in the capital.");
    expect(m).toHaveLength(1);
    expect(m[0]?.target?.name).toMatch(/journalist Ana Rojas/);
    // The one who condemns it did not do it.
    expect(m[0]?.attacker).toBeNull();
  });
  test("the owner of a murder is its victim", () => {
    const m = mentions("Police are investigating the judge's assassination in Cali on Monday.");
    expect(m[0]?.target?.name).toMatch(/judge/);
    expect(m[0]?.attacker).toBeNull();
  });
  test('"was shot" tells a shooting', () => {
    const m = mentions("A local councillor was shot outside his home in Tegucigalpa on Monday.");
    expect(m[0]).toMatchObject({ kind: "ground-attack", location: "Tegucigalpa" });
    expect(m[0]?.target?.name).toMatch(/councillor/);
  });
  test("a later telling's victims join the target", () => {
    const m = mentions(
      "Rebels attacked a bus near Kandahar on Monday. The attack killed the driver and two nurses were wounded.",
    );
    expect(m).toHaveLength(1);
    expect(m[0]?.target?.name).toMatch(/bus/);
    expect(m[0]?.target?.name).toMatch(/nurses/);
  });
});

describe("where", () => {
  test("a force the strike came from, or struck near, is no place", () => {
    const from = mentions("Artillery fire from Taliban fighters pounded the Afghan army in Afghanistan on Monday.");
    expect(from[0]?.location).toBe("Afghanistan");
    expect(mentions("Drones struck a convoy near US troops inside Syria on Monday.")[0]?.location).toBe("Syria");
  });
  test("a later telling's town is narrower than the department first told", () => {
    const m = mentions(
      "Rebels kidnapped 30 farmers in Usulutan department on Monday. The kidnapping took place in the village of El Tablon.",
    );
    expect(m[0]?.location).toBe("El Tablon");
  });
  test("an event told with no place and no dateline lies in the article's country", () => {
    const m = mentions("Peruvian police said rebels bombed a bridge on Monday. Peru has seen such attacks before.");
    expect(m[0]?.location).toBe("Peru");
  });
  test('"in the capital, X" names X', () =>
    expect(mentions("Rebels attacked a parade in the capital, Lima, on Monday.")[0]?.location).toBe("Lima"));
});

describe("what tells no attack", () => {
  test("an accidental explosion", () =>
    expect(mentions("Four militants were killed in an accidental explosion at their depot.")).toEqual([]));
  test("attacks in a general list", () =>
    expect(mentions("The report said murders, kidnappings and robberies are commonplace in the region.")).toEqual([]));
});

describe("with what", () => {
  test("arms seized after the attack are not its instruments", () => {
    const m = mentions("Gunmen attacked a police post with grenades on Monday; troops later seized two rifles.");
    expect(m[0]?.instruments).toContain("grenades");
    expect(m[0]?.instruments?.join(" ")).not.toMatch(/rifles/);
  });
});
