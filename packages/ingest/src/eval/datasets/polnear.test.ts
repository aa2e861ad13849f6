import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  ATTRIBUTION_METRICS,
  type AttributionMetric,
  attributionFigures,
  POLNEAR,
  polnearAvailable,
  scorePolnear,
} from "./polnear.ts";

const floors = (
  JSON.parse(readFileSync(new URL("../thresholds.json", import.meta.url), "utf8")) as Record<
    string,
    Partial<Record<AttributionMetric, number>>
  >
)[POLNEAR.name];

// The set lies beside the checkout (../shared/datasets), as in CI; elsewhere there is nothing to score.
describe.skipIf(!polnearAvailable())("eval › PolNeAR train (score-attribution.mjs)", () => {
  test("has a floor for every figure", () => {
    for (const m of ATTRIBUTION_METRICS) expect(floors?.[m], m).toBeTypeOf("number");
  });

  test("scores no lower than the figures reached", async () => {
    const { exported, score } = await scorePolnear();
    expect(exported.sources.length).toBe(839);
    const figures = attributionFigures(score);
    for (const m of ATTRIBUTION_METRICS)
      expect.soft(figures[m], `${POLNEAR.name} ${m}`).toBeGreaterThanOrEqual((floors?.[m] ?? 1) - 1e-9);
  }, 180_000);
});
