import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { claimsOfCorpus, readGoldClaims, scoreClaims } from "./claims-score.ts";

const corpus = fileURLToPath(new URL("../../../../../corpus/at-tanf-2017", import.meta.url));
const goldPath = fileURLToPath(new URL("../../../../../../shared/eval/gold/at-tanf-2017.json", import.meta.url));
const hasGold = (() => {
  try {
    readFileSync(goldPath);
    return true;
  } catch {
    return false;
  }
})();

// Floors at the figures reached; a drop fails the build.
const FLOOR = { f1: 0.9, speakerKind: 0.95, stance: 0.95 };

describe("claims", () => {
  describe.skipIf(!hasGold)("on the sample corpus, scored with the referee's rules", () => {
    const gold = readGoldClaims(goldPath);

    test("as published", () => {
      const score = scoreClaims(gold, claimsOfCorpus(corpus));
      expect(score.f1).toBeGreaterThanOrEqual(FLOOR.f1);
      expect(score.speakerKind).toBeGreaterThanOrEqual(FLOOR.speakerKind);
      expect(score.stance).toBeGreaterThanOrEqual(FLOOR.stance);
    });

    test("lower-cased, as scraped text sometimes is", () => {
      const score = scoreClaims(gold, claimsOfCorpus(corpus, true));
      expect(score.f1).toBeGreaterThanOrEqual(FLOOR.f1);
      expect(score.speakerKind).toBeGreaterThanOrEqual(FLOOR.speakerKind);
      expect(score.stance).toBeGreaterThanOrEqual(FLOOR.stance);
    });
  });
});
