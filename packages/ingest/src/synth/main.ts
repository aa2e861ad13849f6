// Command line: npx tsx packages/ingest/src/synth/main.ts --seed 1 --count 10000 --out DIR [--truth FILE]
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "./corpus.ts";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    count: { type: "string", default: "1000" },
    out: { type: "string" },
    truth: { type: "string" },
  },
});

const seed = Number(values.seed);
const count = Number(values.count);
if (!values.out || !Number.isInteger(seed) || !Number.isInteger(count) || count < 0) {
  console.error("usage: synth --seed N --count N --out DIR [--truth FILE]");
  process.exit(2);
}
const started = performance.now();
const summary = generateCorpus({
  seed,
  count,
  outDir: resolve(values.out),
  ...(values.truth ? { truthFile: resolve(values.truth) } : {}),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `synth: ${summary.files} files from ${summary.incidents} incidents, ${(summary.bytes / 1e6).toFixed(1)} MB, ${summary.reprints} reprints, ${seconds}s → ${values.out}`,
);
