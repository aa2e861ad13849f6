import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { FIXTURES, loadGold, prepareFixture } from "../../fixtures/index.ts";
import { exportCorpus, METRICS, type Metric, scoreExport } from "./run.ts";

const thresholds = JSON.parse(readFileSync(new URL("./thresholds.json", import.meta.url), "utf8")) as Record<
  string,
  Record<Metric, number>
>;

describe("eval", () => {
  describe.each(FIXTURES.map((f) => [f.name, f] as const))("fixture %s", (name, stored) => {
    const fixture = prepareFixture(stored);
    test("has a valid gold file and a threshold for every metric", () => {
      expect(() => loadGold(fixture.gold)).not.toThrow();
      for (const m of METRICS) expect(thresholds[name]?.[m]).toBeTypeOf("number");
    });

    test("scores no lower than the figures reached", async () => {
      const report = scoreExport(await exportCorpus(fixture.corpus), fixture.gold);
      for (const m of METRICS) {
        expect.soft(report.metrics[m].f1, `${name} ${m}`).toBeGreaterThanOrEqual((thresholds[name]?.[m] ?? 1) - 1e-9);
      }
    }, 60_000);
  });
});
