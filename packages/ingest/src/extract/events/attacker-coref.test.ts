import { describe, expect, test } from "vitest";
import { isCountryName, isNonStateName } from "./attacker-coref.ts";

describe("actors for coreference", () => {
  describe("a country named as itself", () => {
    test("is a country, in any casing and with the article", () => {
      expect(isCountryName("the United States")).toBe(true);
      expect(isCountryName("FRANCE")).toBe(true);
      expect(isCountryName("u.s.")).toBe(true);
    });
    test("is not its forces", () => {
      expect(isCountryName("u.s. troops")).toBe(false);
      expect(isCountryName("russian forces")).toBe(false);
    });
  });
  describe("a non-state armed group", () => {
    test("by its head word", () => {
      expect(isNonStateName("Popular Liberation Army guerrillas")).toBe(true);
      expect(isNonStateName("FRL [Revolutionary Liberation Front]")).toBe(true);
      expect(isNonStateName("the Medellin cartel")).toBe(true);
    });
    test("not a state's forces or a people", () => {
      expect(isNonStateName("1st Infantry Brigade troops")).toBe(false);
      expect(isNonStateName("Salvadoran people")).toBe(false);
    });
  });
});
