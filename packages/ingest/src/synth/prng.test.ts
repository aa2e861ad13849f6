import { describe, expect, test } from "vitest";
import { createRng, deriveSeed, mulberry32 } from "./prng.ts";

describe("the seeded random source", () => {
  test("repeats the same sequence for the same seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  test("gives different sequences for different seeds", () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });

  test("keeps int() inside its inclusive bounds", () => {
    const rng = createRng(7);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(3, 5)));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });

  test("samples distinct items", () => {
    const picked = createRng(3).sample(["a", "b", "c", "d"], 3);
    expect(new Set(picked).size).toBe(3);
  });

  test("derives distinct seeds from distinct parts", () => {
    expect(deriveSeed(1, "incident", 0)).not.toBe(deriveSeed(1, "incident", 1));
    expect(deriveSeed(1, "incident", 0)).toBe(deriveSeed(1, "incident", 0));
  });
});
