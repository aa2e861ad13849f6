import { describe, expect, test } from "vitest";
import { findNamedPlaces } from "./named-places.ts";

const names = (text: string, lowerMode = false) =>
  findNamedPlaces(text.toLowerCase(), text, lowerMode).map((p) => p.place.name);

describe("findNamedPlaces", () => {
  describe("a settlement named by its frame", () => {
    test("'the village of X' gives X", () =>
      expect(names("Shells hit the village of Novo Selo near the front.")).toEqual(["Novo Selo"]));
    test("'near the town of X' gives X", () =>
      expect(names("They fought near the town of Kafr Nabl.")).toEqual(["Kafr Nabl"]));
    test("'in X, a village near Y' gives X", () =>
      expect(names("A strike hit a house in Dorhan, a small village near the river.")).toEqual(["Dorhan"]));
    test("keeps Arabic particles inside the name", () =>
      expect(names("Jets struck the town of Deir al-Balah.")).toEqual(["Deir al-Balah"]));
  });
  describe("a place told beside the event", () => {
    test("'on the outskirts of X' gives X", () =>
      expect(names("A drone hit a car on the outskirts of Kfar Sousa at dawn.")).toEqual(["Kfar Sousa"]));
    test("'at the edge of X' and 'in the area of X' give X", () =>
      expect(names("Shells fell at the edge of Tal Rifaat and in the area of Marea.")).toEqual([
        "Tal Rifaat",
        "Marea",
      ]));
    test("'the area of the base' names nothing", () =>
      expect(names("Sirens sounded in the area of the base.")).toEqual([]));
  });
  describe("in lower-cased text", () => {
    test("the name runs to the first function word", () =>
      expect(names("drones hit the village of novo selo on monday.", true)).toEqual(["novo selo"]));
  });
  describe("a frame without a name", () => {
    test("gives nothing", () =>
      expect(names("The city of the dead was quiet in the town of, well, nowhere.")).toEqual([]));
  });
});
