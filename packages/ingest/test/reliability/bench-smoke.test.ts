import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { tempDir } from "./support/corpus.ts";

const BENCH = fileURLToPath(new URL("../../bench/scale.bench.ts", import.meta.url));
const DENSE = fileURLToPath(new URL("../../bench/dense.bench.ts", import.meta.url));
const STORE = fileURLToPath(new URL("../../bench/store.bench.ts", import.meta.url));
const tmp = tempDir("bench-smoke");
afterAll(() => tmp.cleanup());

describe("the scale benchmark", () => {
  test("runs end to end at a tiny size and prints its table", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", BENCH], {
      env: { ...process.env, BENCH_SIZES: "20", BENCH_DIR: tmp.dir },
      encoding: "utf8",
      timeout: 90_000,
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^\| 20 \| /m);
    const results = JSON.parse(readFileSync(join(tmp.dir, "results.json"), "utf8")) as {
      sources: number;
      ingest: { code: number };
      reextract: { code: number };
      export: { code: number; exportMb: number };
    }[];
    expect(results[0]?.sources).toBeGreaterThan(15);
    expect([results[0]?.ingest.code, results[0]?.reextract.code, results[0]?.export.code]).toEqual([0, 0, 0]);
    expect(existsSync(join(tmp.dir, "export-20.json"))).toBe(true);
  }, 120_000);

  test("the dense resolution bench runs at a tiny size and prints the cost per article at start and end", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", DENSE], {
      env: { ...process.env, BENCH_DENSE_ARTICLES: "60", BENCH_DIR: tmp.dir },
      encoding: "utf8",
      timeout: 90_000,
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^\| 60 \| \d+ \| \d+ \| \d+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| ×[\d.]+ \|$/m);
  }, 120_000);

  test("the writer bench stores a tiny corpus in batches and prints the cost per article", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", STORE], {
      env: { ...process.env, BENCH_STORE_ARTICLES: "40", BENCH_STORE_BATCH: "8", BENCH_DIR: tmp.dir },
      encoding: "utf8",
      timeout: 90_000,
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /^\[store\] 40 articles \([\d.]+ mentions, [\d.]+ claims each\): [\d.]+ CPU ms\/article/m,
    );
  }, 120_000);
});
