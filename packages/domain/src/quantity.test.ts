import * as v from "valibot";
import { describe, expect, test } from "vitest";
import { exactly, mergeQuantities, QuantitySchema } from "./quantity.ts";

describe("quantity", () => {
  describe("schema", () => {
    test("accepts an open-ended 'more than 60'", () => {
      expect(v.is(QuantitySchema, { low: 60, high: null, qualifier: "more-than" })).toBe(true);
    });
    test("rejects a range whose low exceeds its high", () => {
      expect(v.is(QuantitySchema, { low: 5, high: 2, qualifier: "range" })).toBe(false);
    });
    test("rejects negative and fractional counts", () => {
      expect(v.is(QuantitySchema, { low: -1, high: 2, qualifier: "range" })).toBe(false);
      expect(v.is(QuantitySchema, { low: 1.5, high: 2, qualifier: "range" })).toBe(false);
    });
  });

  describe("mergeQuantities", () => {
    test("spans every reported figure: 20, 13 and 5 vehicles give 5–20", () => {
      expect(mergeQuantities([exactly(20), exactly(13), exactly(5)])).toEqual({ low: 5, high: 20, qualifier: "range" });
    });
    test("keeps an open upper bound open", () => {
      expect(mergeQuantities([exactly(10), { low: 60, high: null, qualifier: "more-than" }])).toEqual({
        low: 10,
        high: null,
        qualifier: "range",
      });
    });
    test("ignores unstated counts and returns null when none is stated", () => {
      expect(mergeQuantities([null, exactly(2)])).toEqual(exactly(2));
      expect(mergeQuantities([null, null])).toBeNull();
    });
  });
});
