import { describe, expect, test } from "vitest";
import { extractArticle } from "../index.ts";

// A killing told by its victims alone ("two vendors were killed"), no killer named. Our own sentences.
const article = (text: string) => ({ title: null, outlet: null, url: null, publishedAt: "1990-03-02", text });
const events = (text: string) =>
  extractArticle(article(text)).mentions.map((m) => [m.kind, m.attacker?.name ?? null, m.target?.name ?? null]);

describe("a killing told by its victims", () => {
  test("told first, it is an attack on the ground whose killer a later sentence may name", () =>
    expect(
      events(
        "Two union leaders were killed outside their homes in Soyapango on Tuesday. Police blamed a death squad for the murders.",
      ),
    ).toEqual([["ground-attack", "death squad", "Two union leaders"]]));
  test("after an attack told, it is that attack's toll, not another attack", () =>
    expect(events("A bomb exploded at the market in Soyapango on Tuesday. Two vendors were killed.")).toHaveLength(1));
  test("before an attack told, it gives way to that attack", () =>
    expect(
      events("Two vendors were killed in Soyapango on Tuesday. Hours later, gunmen attacked the police station."),
    ).toEqual([["ground-attack", "gunmen", "police station"]]));
  test("a death in an accident is none", () =>
    expect(events("Two union leaders were killed in a car crash near Soyapango.")).toEqual([]));
});

describe("an explosion or attack told as a thing that happened", () => {
  test("'there was an explosion at X' is an attack when the article tells no other", () =>
    expect(events("There was an explosion at the telephone exchange in Cali tonight.")).toHaveLength(1));
  test("'the explosion occurred' after a bombing told retells it", () =>
    expect(
      events("A bomb went off at the bus terminal in Cali on Friday. The explosion occurred shortly before noon."),
    ).toHaveLength(1));
  test("a gas explosion is none", () =>
    expect(events("A gas explosion occurred at the bakery on the main square.")).toEqual([]));
});
