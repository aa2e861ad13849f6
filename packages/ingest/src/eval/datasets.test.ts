import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { availableDatasets, DATASETS, scoreDataset } from "./datasets.ts";
import { exportCorpus } from "./run.ts";

const floors = JSON.parse(readFileSync(new URL("./dataset-thresholds.json", import.meta.url), "utf8")) as Record<
  string,
  Record<string, number>
>;
const present = availableDatasets().filter((d) => d.measured);

describe("third-party datasets", () => {
  test("every measured set has a floor for each of its metrics", () => {
    for (const d of DATASETS.filter((x) => x.measured))
      for (const m of d.metrics) expect(floors[d.name]?.[m], `${d.name} ${m}`).toBeTypeOf("number");
  });

  // Wherever ../shared/datasets exists (it does in CI), each set must score at least the figures reached.
  describe.skipIf(!present.length).each(present.map((d) => [d.name, d] as const))("%s", (name, set) => {
    test("scores no lower than the figures reached", async () => {
      const report = scoreDataset(set, await exportCorpus(set.corpus));
      for (const m of set.metrics)
        expect.soft(report.metrics[m]?.f1, `${name} ${m}`).toBeGreaterThanOrEqual((floors[name]?.[m] ?? 1) - 1e-9);
    }, 120_000);
  });
});
