// Extraction throughput on one core: npx tsx packages/ingest/bench/extract.bench.ts
// BENCH_ARTICLES (default 10000) articles are made by replicating the sample texts with varied dates,
// numbers, places, actors and case; extraction alone is timed (no reading, no database).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "@deconflict/domain";
import winkModel from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { extractArticle } from "../src/extract/index.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const SOURCES = [join(ROOT, "corpus/at-tanf-2017"), join(ROOT, "packages/ingest/fixtures/corpus/other-wars")];
// A standalone script run by `npm run bench`: its one setting comes straight from the environment.
const COUNT = Math.max(1, Number(process.env.BENCH_ARTICLES ?? 10_000) || 10_000);

const PLACES = [
  "At Tanf",
  "Aleppo",
  "Kharkiv",
  "Khan Younis",
  "El Fasher",
  "Marib",
  "Mosul",
  "Idlib",
  "Bakhmut",
  "Sirte",
];
const ACTORS = [
  ["US-led coalition", "Russian forces"],
  ["pro-regime forces", "Houthi rebels"],
  ["Russian", "Israeli"],
  ["Syrian", "Sudanese"],
  ["ISIS", "al-Shabaab"],
] as const;
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"];

function samples(): string[] {
  return SOURCES.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(dir, f), "utf8")),
  );
}

// A small deterministic PRNG, so every run benchmarks the same corpus.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function vary(text: string, i: number, rand: () => number): Article {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  let t = text
    .replace(/\b(?:At Tanf|Kharkiv|El Fasher)\b/g, () => pick(PLACES))
    .replace(/\b\d{1,3}\b/g, (n) => String(Math.max(1, Number(n) + Math.floor(rand() * 9) - 4)))
    .replace(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, () => pick(WEEKDAYS))
    .replace(/\b(?:April|May|June)\b/g, () => pick(MONTHS));
  const [from, to] = pick(ACTORS);
  if (rand() < 0.5) t = t.split(from).join(to);
  if (i % 4 === 3) t = t.toLowerCase();
  const day = String(1 + (i % 28)).padStart(2, "0");
  const month = String(1 + (i % 12)).padStart(2, "0");
  return { title: null, outlet: null, url: null, publishedAt: `20${15 + (i % 10)}-${month}-${day}`, text: t };
}

const texts = samples();
const rand = rng(42);
const articles = Array.from({ length: COUNT }, (_, i) => vary(texts[i % texts.length] as string, i, rand));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

for (const a of articles.slice(0, 50)) extractArticle(a); // warm-up: JIT and lazy regexes
let peakRss = process.memoryUsage().rss;
let mentions = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < articles.length; i++) {
  mentions += extractArticle(articles[i] as Article).mentions.length;
  if (i % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - t0) / 1000;
// CPU seconds of this (single-threaded) process: the per-core cost even when other work shares the cores.
const used = process.cpuUsage(cpu0);
const cpuSeconds = (used.user + used.system) / 1e6;
peakRss = Math.max(peakRss, process.memoryUsage().rss);

console.log(
  `extraction bench: ${articles.length} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${mentions} mentions`,
);
console.log(
  `  ${(bytes / 1024 / cpuSeconds).toFixed(0)} KB/s per core (CPU time; wall clock ${(bytes / 1024 / seconds).toFixed(0)} KB/s)`,
);
console.log(
  `  ${(articles.length / cpuSeconds).toFixed(0)} articles/s per core (wall clock ${(articles.length / seconds).toFixed(0)})`,
);
console.log(
  `  ${cpuSeconds.toFixed(2)} CPU s, ${seconds.toFixed(2)} wall s, peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
);

// The same texts through wink-nlp's own tokenizer alone (no tagging), in the same run: the yardstick the
// extractor's speed is read against (the extractor tags only sentences that tell an attack).
const winkTokens = winkNLP(winkModel, []);
for (const a of articles.slice(0, 50)) winkTokens.readDoc(a.text).tokens().out();
const wcpu0 = process.cpuUsage();
let tokens = 0;
for (const a of articles) tokens += winkTokens.readDoc(a.text).tokens().length();
const wused = process.cpuUsage(wcpu0);
const winkSeconds = (wused.user + wused.system) / 1e6;
console.log(
  `  wink-nlp tokenizer alone: ${(bytes / 1024 / winkSeconds).toFixed(0)} KB/s per core (${tokens} tokens, ${winkSeconds.toFixed(2)} CPU s)`,
);
