import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { placeAccuracy } from "./eval-places.ts";

// ../shared beside the repository, as in CI.
const DEV = fileURLToPath(new URL("../../../../../../shared/datasets/muc4/dev", import.meta.url));

describe("gazetteer on MUC-4 dev place names", () => {
  test.skipIf(!existsSync(DEV))("holds the figures reached", () => {
    const a = placeAccuracy(DEV);
    expect(a.documents).toBe(200);
    // Every dateline but "CLANDESTINE" and "NO CITY" ones.
    expect(a.datelines).toBeGreaterThanOrEqual(173);
    expect(a.inGoldCountry).toBeGreaterThanOrEqual(155);
    expect(a.inGoldCountry / a.resolved).toBeGreaterThanOrEqual(0.99);
  });
});
