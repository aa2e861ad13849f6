import { describe, expect, test } from "vitest";
import { isCountry } from "./countries.ts";

describe("claims", () => {
  describe("countries", () => {
    test("countries and capitals speak for governments", () => {
      for (const c of ["Israel", "russia", "the United States", "Moscow", "Washington", "new delhi"]) {
        expect(isCountry(c)).toBe(true);
      }
    });

    test("other words are not countries", () => {
      expect(isCountry("the")).toBe(false);
      expect(isCountry("coalition")).toBe(false);
    });
  });
});
