import { describe, expect, test } from "vitest";
import { isCanonicalKey, textKey } from "./actor-key.ts";

describe("actor keys", () => {
  test("an unknown actor's key is its name, lower-cased, without a leading article", () => {
    expect(textKey("The ELN  Rebels")).toBe("~eln rebels");
    expect(textKey("gunmen")).toBe(textKey("Gunmen"));
  });
  test("text keys are never canonical; lexicon keys are", () => {
    expect(isCanonicalKey(textKey("gunmen"))).toBe(false);
    expect(isCanonicalKey("us-led-coalition")).toBe(true);
  });
});
