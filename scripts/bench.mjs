#!/usr/bin/env node
// `npm run bench`: runs each benchmark that exists, in order, and prints its figures.
// BENCH_SIZES="1000,10000,100000" (default) picks the scale bench's corpus sizes; BENCH_ARTICLES the extraction
// bench's article count; BENCH_DENSE_ARTICLES the dense-war resolution bench's (100,000 by default);
// BENCH_STORE_ARTICLES the writer bench's (3,000); BENCH_QUICK=1 is a small smoke run of every bench.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BENCHES = [
  "packages/ingest/bench/extract.bench.ts",
  "packages/ingest/bench/store.bench.ts",
  "packages/ingest/bench/scale.bench.ts",
  "packages/ingest/bench/parallel.bench.ts",
  "packages/ingest/bench/dense.bench.ts",
  "apps/web/bench/pages.bench.ts",
];

const quick = process.env.BENCH_QUICK === "1";
const sizes = process.env.BENCH_SIZES ?? (quick ? "50,200" : "1000,10000,100000");
if (!/^\d+(,\d+)*$/.test(sizes)) {
  console.error(`bench: BENCH_SIZES must be comma-separated counts, got "${sizes}"`);
  process.exit(2);
}

// In a quick run the extraction bench gets a small article count too, unless one is given.
const quickEnv = quick
  ? {
      BENCH_QUICK: "1",
      BENCH_ARTICLES: process.env.BENCH_ARTICLES ?? "200",
      BENCH_DENSE_ARTICLES: process.env.BENCH_DENSE_ARTICLES ?? "1000",
      BENCH_STORE_ARTICLES: process.env.BENCH_STORE_ARTICLES ?? "200",
    }
  : {};
const env = { ...process.env, BENCH_SIZES: sizes, ...quickEnv };
const failed = [];
let ran = 0;
for (const bench of BENCHES) {
  if (!existsSync(resolve(root, bench))) {
    console.log(`bench: skip ${bench} (not present)`);
    continue;
  }
  console.log(`\nbench: ${bench}  (BENCH_SIZES=${sizes}${quick ? ", BENCH_QUICK=1" : ""})`);
  const started = Date.now();
  const run = spawnSync("npx", ["tsx", bench], { cwd: root, env, stdio: "inherit" });
  ran++;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) failed.push(bench);
  console.log(
    `bench: ${bench} ${run.status === 0 ? "done" : `FAILED (status ${run.status ?? run.signal})`} in ${seconds}s`,
  );
}
console.log(`\nbench: ${ran} benchmark(s) run, ${failed.length} failed`);
process.exit(failed.length > 0 ? 1 : 0);
