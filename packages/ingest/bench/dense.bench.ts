// Dense-war resolution benchmark: a corpus of one side's strikes, 30-80 a day on towns near each other, ingested
// through the real pipeline (read, extract, store, resolve) into a SQLite file; prints the CPU cost per article at the
// start and at the end of the run, which must stay flat (candidate look-ups through the block index, never a scan).
// Run: npx tsx packages/ingest/bench/dense.bench.ts   (BENCH_DENSE_ARTICLES=100000 by default, BENCH_DIR, BENCH_SEED)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDb, openDb } from "@deconflict/db";
import { tableCounts } from "@deconflict/db/queries";
import { ingestPaths } from "../src/pipeline/index.ts";
import { generateDenseCorpus } from "../src/synth/dense/corpus.ts";

const ARTICLES = Number(process.env.BENCH_DENSE_ARTICLES ?? 100_000);
const ROOT = process.env.BENCH_DIR ?? join(tmpdir(), "deconflict-bench");
const SEED = Number(process.env.BENCH_SEED ?? 1);
// The share of the run each end is measured over, after a warm-up.
const WINDOW = 0.1;
const WARM_UP = 0.02;

function log(msg: string): void {
  console.log(`[dense] ${new Date().toISOString().slice(11, 19)} ${msg}`);
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

if (!Number.isInteger(ARTICLES) || ARTICLES < 50) {
  console.error(`dense bench: BENCH_DENSE_ARTICLES must be a whole number of at least 50, got ${ARTICLES}`);
  process.exit(2);
}
mkdirSync(ROOT, { recursive: true });
const corpus = join(ROOT, `dense-${SEED}-${ARTICLES}`);
const marker = join(corpus, ".complete");
if (!existsSync(marker)) {
  log(`generating ${ARTICLES} articles → ${corpus}`);
  rmSync(corpus, { recursive: true, force: true });
  // Enough days that the corpus holds ARTICLES files: a theatre-day has about 100.
  const summary = generateDenseCorpus({
    seed: SEED,
    days: Math.ceil(ARTICLES / 150) + 2,
    outDir: corpus,
    maxFiles: ARTICLES,
  });
  writeFileSync(marker, JSON.stringify(summary));
}
const summary = JSON.parse(readFileSync(marker, "utf8")) as { files: number; incidents: number };
const dbPath = join(ROOT, `dense-${ARTICLES}.db`);
for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true });

const db = await openDb(dbPath);
// CPU time at each article stored: the cost per article over any stretch of the run.
const at = new Float64Array(summary.files + 1);
const step = Math.max(1, Math.floor(summary.files / 10));
const started = cpuMs();
const wall = performance.now();
log(`ingest ${summary.files} articles (${summary.incidents} strikes)`);
const result = await ingestPaths(db, [corpus], {
  onProgress: (p) => {
    at[p.done] = cpuMs() - started;
    if (p.done % step === 0) log(`${p.done}/${p.total}: ${(at[p.done] / p.done).toFixed(2)} CPU ms/article so far`);
  },
});
const counts = await tableCounts(db);
closeDb(db);

const n = result.ingested + result.unchanged + result.duplicate + result.replaced + result.failed.length;
const span = Math.max(1, Math.floor(n * WINDOW));
const first = Math.max(1, Math.floor(n * WARM_UP));
const perArticle = (from: number, to: number) => ((at[to] ?? NaN) - (at[from] ?? NaN)) / (to - from);
const start = perArticle(first, first + span);
const end = perArticle(n - span, n);
console.log(`\nDense resolution benchmark (seed ${SEED}, ${ROOT})\n`);
console.log(
  "| articles | strikes | events | mentions | wall s | CPU ms/article, start | CPU ms/article, end | end/start |",
);
console.log("|---|---|---|---|---|---|---|---|");
console.log(
  `| ${n} | ${summary.incidents} | ${counts.events} | ${counts.eventMentions} | ${((performance.now() - wall) / 1000).toFixed(1)} | ${start.toFixed(2)} | ${end.toFixed(2)} | ×${(end / start).toFixed(2)} |`,
);
console.log(`\n(start: articles ${first}-${first + span}; end: the last ${span}; failed ${result.failed.length})`);
process.exit(result.failed.length > 0 ? 1 : 0);
