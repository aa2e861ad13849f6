import { describe, expect, test } from "vitest";
import { compareTolls, tollRange } from "./toll.ts";

const killed = (low: number, high: number | null = low) => ({ killed: { low, high }, wounded: null });

describe("tolls", () => {
  test("overlapping figures agree", () => expect(compareTolls(killed(5, null), killed(7))).toBe("agree"));
  test("a toll that rose differs but can be one strike", () =>
    expect(compareTolls(killed(4), killed(9))).toBe("differs"));
  test("3 and 120 dead are two strikes", () => expect(compareTolls(killed(3), killed(120))).toBe("irreconcilable"));
  test("no common kind of figure is unknown", () =>
    expect(compareTolls(killed(3), { killed: null, wounded: { low: 2, high: 2 } })).toBe("unknown"));
  test("a range holds every figure", () => {
    expect(
      tollRange([
        { low: 3, high: 3 },
        { low: 5, high: null },
      ]),
    ).toEqual({ low: 3, high: null });
    expect(tollRange([])).toBeNull();
  });
});
