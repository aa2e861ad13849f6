// Writer benchmark: the cost of storing (not extracting) synthetic articles, the single thread every `--workers N`
// ingest waits on. Articles are extracted first, in memory; then each is stored as the ingest stores it, into a fresh
// SQLite file, in transactions of BENCH_STORE_BATCH articles, and the CPU and wall time per article are printed.
// Run: npx tsx packages/ingest/bench/store.bench.ts   (BENCH_STORE_ARTICLES=3000, BENCH_STORE_BATCH=16,
// BENCH_DIR, BENCH_SEED)
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeDb, openDb } from "@deconflict/db";
import { storeSources } from "@deconflict/db/queries";
import { extractChecked, loadExtractor } from "../src/pipeline/extract-checked.ts";
import { metaOf } from "../src/pipeline/ingest-paths.ts";
import { planInputs } from "../src/read/plan.ts";
import { readArticleFile } from "../src/read/read-article.ts";
import { generateCorpus } from "../src/synth/corpus.ts";

const ARTICLES = Number(process.env.BENCH_STORE_ARTICLES ?? 3000);
const ROOT = process.env.BENCH_DIR ?? join(tmpdir(), "deconflict-bench");
const SEED = Number(process.env.BENCH_SEED ?? 1);
// Articles a transaction, as the ingest's writer batches them.
const BATCH = Number(process.env.BENCH_STORE_BATCH ?? 16);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

mkdirSync(ROOT, { recursive: true });
const corpus = join(ROOT, `corpus-${SEED}-${ARTICLES}`);
if (!existsSync(join(corpus, ".complete"))) {
  rmSync(corpus, { recursive: true, force: true });
  const summary = generateCorpus({ seed: SEED, count: ARTICLES, outDir: corpus });
  writeFileSync(join(corpus, ".complete"), JSON.stringify(summary));
}
const plan = await planInputs([corpus], {});
const extract = await loadExtractor();
const prepared = [];
for (const file of plan.files) {
  const read = await readArticleFile(file.path, { manifest: file.manifest });
  const extraction = extractChecked(read.article, extract);
  prepared.push({ read, extraction });
}
const mentions = prepared.reduce((n, p) => n + p.extraction.mentions.length, 0);
const claims = prepared.reduce((n, p) => n + p.extraction.claims.length, 0);
const dbPath = join(ROOT, "store-bench.db");
for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true });
const db = await openDb(dbPath);
const cpu0 = cpuMs();
const wall0 = performance.now();
const half = Math.floor(prepared.length / 2);
console.log(`[store] storing ${prepared.length} extracted articles, ${BATCH} a transaction`);
let cpuHalf = 0;
for (let i = 0; i < prepared.length; i += BATCH) {
  if (i >= half && cpuHalf === 0) cpuHalf = cpuMs();
  const batch = prepared.slice(i, i + BATCH).map(({ read, extraction }) => ({
    originPath: read.originPath,
    contentHash: read.contentHash,
    meta: metaOf(read, extraction),
    extraction,
  }));
  await storeSources(db, batch);
}
const cpu = cpuMs() - cpu0;
const wall = performance.now() - wall0;
await closeDb(db);
const n = prepared.length;
console.log(
  `[store] ${n} articles (${(mentions / n).toFixed(2)} mentions, ${(claims / n).toFixed(2)} claims each): ` +
    `${(cpu / n).toFixed(3)} CPU ms/article (second half ${((cpu0 + cpu - cpuHalf) / (n - half)).toFixed(3)}), ` +
    `${(wall / n).toFixed(3)} wall ms/article`,
);
