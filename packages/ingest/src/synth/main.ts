// Command line: npx tsx packages/ingest/src/synth/main.ts --seed 1 --count 10000 --out DIR [--truth FILE]
//           or: … --dense --days 30 --out DIR [--gold FILE] [--count N]: a dense war (see dense/corpus.ts)
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "./corpus.ts";
import { generateDenseCorpus } from "./dense/corpus.ts";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    count: { type: "string", default: "1000" },
    out: { type: "string" },
    truth: { type: "string" },
    dense: { type: "boolean", default: false },
    days: { type: "string", default: "2" },
    gold: { type: "string" },
  },
});

const seed = Number(values.seed);
const count = Number(values.count);
if (!values.out || !Number.isInteger(seed) || !Number.isInteger(count) || count < 0) {
  console.error("usage: synth --seed N --count N --out DIR [--truth FILE]");
  process.exit(2);
}
const started = performance.now();
if (values.dense) {
  const days = Number(values.days);
  const dense = generateDenseCorpus({
    seed,
    days: Number.isInteger(days) && days > 0 ? days : 2,
    outDir: resolve(values.out),
    ...(process.argv.includes("--count") ? { maxFiles: count } : {}),
    ...(values.gold ? { goldFile: resolve(values.gold) } : {}),
  });
  console.log(
    `synth --dense: ${dense.files} files, ${dense.incidents} strikes, ${dense.retellings} retellings → ${values.out}`,
  );
  process.exit(0);
}
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
