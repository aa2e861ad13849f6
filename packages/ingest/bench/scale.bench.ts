// Scale benchmark: ingest, re-extract and export synthetic corpora of growing size, as real CLI processes.
// Run: npx tsx packages/ingest/bench/scale.bench.ts   (BENCH_SIZES="1000,10000,100000", BENCH_DIR, BENCH_SEED,
// BENCH_WORKERS: the ingest's --workers, default one per core)
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { generateCorpus } from "../src/synth/corpus.ts";
import { type Measured, measure, type Samples } from "./measure.ts";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const ROOT = process.env.BENCH_DIR ?? join(tmpdir(), "deconflict-bench");
const SEED = Number(process.env.BENCH_SEED ?? 1);

interface SizeResult {
  articles: number;
  rawMb: number;
  ingest: Measured & { articlesPerSec: number; mbPerSec: number; earlyRate: number; lateRate: number };
  dbMb: number;
  /** WAL left beside the database when the ingest exited (0 when SQLite checkpointed on close). */
  walMb: number;
  dbToRaw: number;
  sources: number;
  events: number;
  mentions: number;
  claims: number;
  reextract: Measured;
  export: Measured & { exportMb: number };
  dbAfterReextractMb: number;
}

function log(msg: string): void {
  console.log(`[scale] ${new Date().toISOString().slice(11, 19)} ${msg}`);
}

/** Folds the WAL back into the database file, so the file size is the steady-state size. */
async function checkpoint(dbPath: string): Promise<void> {
  const client = createClient({ url: `file:${dbPath}` });
  try {
    await client.execute("PRAGMA busy_timeout = 5000");
    await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  } finally {
    client.close();
  }
}

async function count(dbPath: string, table: string): Promise<number> {
  const client = createClient({ url: `file:${dbPath}` });
  try {
    await client.execute("PRAGMA busy_timeout = 5000");
    return Number((await client.execute(`SELECT count(*) FROM ${table}`)).rows[0]?.[0] ?? 0);
  } catch {
    return 0;
  } finally {
    client.close();
  }
}

function fileMb(path: string): number {
  return existsSync(path) ? statSync(path).size / 1e6 : 0;
}

/** Articles per CPU second over the first and the last quarter of the ingest: flat means no quadratic cost. */
function quarterRates(samples: Samples, total: number): [number, number] {
  const at = (n: number) => samples.find(([, c]) => c >= n)?.[0] ?? NaN;
  const q = total / 4;
  const early = q / (at(q) - at(0.02 * total));
  const late = q / (at(total * 0.999) - at(3 * q));
  return [early, late];
}

async function runSize(n: number): Promise<SizeResult> {
  const corpus = join(ROOT, `corpus-${SEED}-${n}`);
  const marker = join(corpus, ".complete");
  if (!existsSync(marker)) {
    log(`generating ${n} articles → ${corpus}`);
    rmSync(corpus, { recursive: true, force: true });
    const summary = generateCorpus({ seed: SEED, count: n, outDir: corpus });
    writeFileSync(marker, JSON.stringify(summary));
  }
  const summary = JSON.parse(readFileSync(marker, "utf8")) as { bytes: number };
  const rawMb = summary.bytes / 1e6;
  const db = join(ROOT, `bench-${n}.db`);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });

  log(`ingest ${n} (${rawMb.toFixed(1)} MB)`);
  const samples: Samples = [[0, 0]];
  const workers = process.env.BENCH_WORKERS ? ["--workers", process.env.BENCH_WORKERS] : [];
  const ingest = await measure(["ingest", corpus, "--db", db, ...workers], async (t) => {
    samples.push([t, await count(db, "sources")]);
  });
  const sources = await count(db, "sources");
  samples.push([ingest.cpuSeconds, sources]);
  if (ingest.code !== 0) log(`ingest exited ${ingest.code}: ${ingest.stderrTail}`);
  // Each phase is logged as it ends, so a long run that is stopped early still leaves its figures.
  log(`ingest ${n} measured: ${JSON.stringify({ ...ingest, samples })}`);
  const [earlyRate, lateRate] = quarterRates(samples, sources);
  const walMb = fileMb(`${db}-wal`);
  await checkpoint(db);
  const dbMb = fileMb(db);

  log(`reextract --all ${n}`);
  const reextract = await measure(["reextract", "--all", "--db", db]);
  if (reextract.code !== 0) log(`reextract exited ${reextract.code}: ${reextract.stderrTail}`);
  log(`reextract ${n} measured: ${JSON.stringify(reextract)}`);

  log(`export ${n}`);
  const out = join(ROOT, `export-${n}.json`);
  const exp = await measure(["export", "--format", "json", "--out", out, "--db", db]);
  const dbAfterReextractMb = fileMb(db) + fileMb(`${db}-wal`);
  if (exp.code !== 0) log(`export exited ${exp.code}: ${exp.stderrTail}`);

  return {
    articles: n,
    rawMb,
    ingest: { ...ingest, articlesPerSec: n / ingest.seconds, mbPerSec: rawMb / ingest.seconds, earlyRate, lateRate },
    dbMb,
    walMb,
    dbToRaw: dbMb / rawMb,
    sources,
    events: await count(db, "events"),
    mentions: await count(db, "event_mentions"),
    claims: await count(db, "claims"),
    reextract,
    export: { ...exp, exportMb: fileMb(out) },
    dbAfterReextractMb,
  };
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "–");

function table(results: SizeResult[]): string {
  const head =
    "| articles | raw MB | ingest s | ingest CPU s | art/s | CPU ms/article | MB/s | art per CPU s, 1st/last quarter | ingest peak RSS MB | DB MB | DB/raw | WAL at exit MB | reextract s (CPU) | reextract RSS MB | export s (CPU) | export RSS MB | sources | events | exit codes |";
  const sep = `|${head
    .split("|")
    .slice(1, -1)
    .map(() => "---")
    .join("|")}|`;
  const lines = results.map((r) =>
    [
      r.articles,
      f1(r.rawMb),
      f1(r.ingest.seconds),
      f1(r.ingest.cpuSeconds),
      f1(r.ingest.articlesPerSec),
      f2((1000 * r.ingest.cpuSeconds) / r.articles),
      f2(r.ingest.mbPerSec),
      `${f1(r.ingest.earlyRate)} / ${f1(r.ingest.lateRate)}`,
      f1(r.ingest.peakRssMb),
      f1(r.dbMb),
      f2(r.dbToRaw),
      f1(r.walMb),
      `${f1(r.reextract.seconds)} (${f1(r.reextract.cpuSeconds)})`,
      f1(r.reextract.peakRssMb),
      `${f1(r.export.seconds)} (${f1(r.export.cpuSeconds)})`,
      f1(r.export.peakRssMb),
      r.sources,
      r.events,
      `${r.ingest.code}/${r.reextract.code}/${r.export.code}`,
    ].join(" | "),
  );
  return [head, sep, ...lines.map((l) => `| ${l} |`)].join("\n");
}

function growth(results: SizeResult[]): string {
  const out = [
    "| from → to | ×articles | ingest CPU | CPU per article | peak RSS | DB size | reextract CPU | export CPU |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1] as SizeResult, results[i] as SizeResult];
    const x = b.articles / a.articles;
    const per = b.ingest.cpuSeconds / b.articles / (a.ingest.cpuSeconds / a.articles);
    out.push(
      `| ${a.articles} → ${b.articles} | ×${f1(x)} | ×${f1(b.ingest.cpuSeconds / a.ingest.cpuSeconds)} | ×${f2(per)} | ×${f2(b.ingest.peakRssMb / a.ingest.peakRssMb)} | ×${f1(b.dbMb / a.dbMb)} | ×${f1(b.reextract.cpuSeconds / a.reextract.cpuSeconds)} | ×${f1(b.export.cpuSeconds / a.export.cpuSeconds)} |`,
    );
  }
  return out.join("\n");
}

mkdirSync(ROOT, { recursive: true });
const results: SizeResult[] = [];
for (const n of SIZES) {
  const r = await runSize(n);
  results.push(r);
  log(`done ${n}: ${JSON.stringify(r)}`);
  writeFileSync(join(ROOT, "results.json"), JSON.stringify(results, null, 2));
}
console.log(`\nScale benchmark (seed ${SEED}, corpora in ${ROOT})\n`);
console.log(table(results));
if (results.length > 1) console.log(`\nGrowth per step\n\n${growth(results)}`);
const failed = results.some((r) => r.ingest.code !== 0 && r.ingest.code !== 1);
process.exit(failed ? 1 : 0);
