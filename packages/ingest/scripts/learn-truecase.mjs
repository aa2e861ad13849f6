#!/usr/bin/env node
// Learns word-casing statistics from mixed-case news and writes the truecaser's data file
// (src/extract/linguistic/truecase.learned.json). Deterministic: the same inputs give the same bytes.
//   node scripts/learn-truecase.mjs [DIR ...]   (default: PolNeAR train, the sample corpus, the other-wars fixtures)
// Only words seen at least MIN times away from a sentence start are kept; a word goes into `cased` with the
// form it takes in more than CASED_SHARE of its sightings when that form is not all lower case, else into
// `lower`. The English word list of the `word-list` package (common words, no names) adds to `lower` the words
// the news never showed, so that "SIEGE" in wire copy is read as a word, not a name.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const MIN = 3;
const CASED_SHARE = 0.6;
const MAX_DICTIONARY_WORD = 14;
const dirs = process.argv.slice(2);
if (!dirs.length)
  dirs.push(
    resolve(root, "../shared/datasets/polnear-train/corpus"),
    resolve(root, "corpus/at-tanf-2017"),
    resolve(root, "packages/ingest/fixtures/corpus/other-wars"),
  );

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(txt|md)$/i.test(name)) yield p;
  }
}

const counts = new Map(); // lower -> Map(form -> n)
const WORD = /[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Za-z]/g;
let docs = 0;
for (const dir of dirs)
  for (const f of files(dir)) {
    docs++;
    for (const line of readFileSync(f, "utf8").split(/\n/)) {
      // Headlines and all-caps lines say nothing about a word's usual casing.
      const letters = line.replace(/[^A-Za-z]/g, "");
      if (!letters || letters.replace(/[^A-Z]/g, "").length / letters.length > 0.5) continue;
      for (const m of line.matchAll(WORD)) {
        const before = line.slice(0, m.index).trimEnd();
        if (!before || /[.!?:"“”‘'(—-]$/.test(before)) continue; // sentence or quote start: casing forced
        const w = m[0].replace(/’/g, "'").replace(/\.$/, (d) => (/\..+\.$/.test(m[0]) ? d : ""));
        const low = w.toLowerCase();
        const forms = counts.get(low) ?? new Map();
        counts.set(low, forms);
        forms.set(w, (forms.get(w) ?? 0) + 1);
      }
    }
  }

const cased = {};
const lower = [];
for (const low of [...counts.keys()].sort()) {
  const forms = counts.get(low);
  let total = 0;
  let best = "";
  let bestN = 0;
  for (const [form, n] of [...forms].sort()) {
    total += n;
    if (n > bestN) [best, bestN] = [form, n];
  }
  if (total < MIN) continue;
  if (best !== low && bestN / total > CASED_SHARE) cased[low] = best;
  else lower.push(low);
}
const known = new Set([...lower, ...Object.keys(cased)]);
// The package exports only the path of its list.
const wordList = readFileSync((await import("word-list")).default, "utf8").split("\n");
for (const w of wordList) if (w && w.length <= MAX_DICTIONARY_WORD && !known.has(w)) lower.push(w);
lower.sort();
const out = {
  about: "word casing learned from mixed-case news by scripts/learn-truecase.mjs",
  docs,
  min: MIN,
  cased,
  lower,
};
const target = resolve(here, "../src/extract/linguistic/truecase.learned.json.gz");
// mtime 0 and no file name in the header: the same data gives the same bytes.
writeFileSync(target, gzipSync(`${JSON.stringify(out)}\n`, { level: 9 }));
console.log(
  `${docs} documents: ${Object.keys(cased).length} cased words, ${lower.length} lower-case words -> ${target}`,
);
