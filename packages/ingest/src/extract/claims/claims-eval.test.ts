import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { claimsOfCorpus, readGoldClaims, scoreClaims } from "./claims-score.ts";

const corpus = fileURLToPath(new URL("../../../../../corpus/at-tanf-2017", import.meta.url));
const goldPath = fileURLToPath(new URL("../../../fixtures/gold/at-tanf-2017.json", import.meta.url));

// Floors at the figures reached; a drop fails the build.
const FLOOR = { f1: 0.95, speakerKind: 0.95, stance: 0.95 };
const otherWars = fileURLToPath(new URL("../../../fixtures/corpus/other-wars", import.meta.url));
const otherWarsGold = fileURLToPath(new URL("../../../fixtures/gold/other-wars.json", import.meta.url));

describe("claims", () => {
  describe("on the sample corpus, scored with the referee's rules", () => {
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

  // The project's own fixture of other wars and a political piece: a check that the rules travel.
  describe("on other wars and politics", () => {
    test.each([false, true])("lower-cased: %s", (lower) => {
      const score = scoreClaims(readGoldClaims(otherWarsGold), claimsOfCorpus(otherWars, lower));
      expect(score.f1).toBeGreaterThanOrEqual(0.8);
      expect(score.speakerKind).toBeGreaterThanOrEqual(0.8);
    });
  });
});
