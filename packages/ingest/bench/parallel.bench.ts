// Parallel ingest benchmark, real CLI processes on one synthetic corpus:
//   1. SQLite, --workers 1 against --workers N: speed-up, and whether the two exports are byte-identical;
//   2. PostgreSQL, two ingest processes at once (each half of the corpus), against one process: resolution does not
//      depend on the order articles arrive in, so both exports hold the same content (ids aside).
// Run: npx tsx packages/ingest/bench/parallel.bench.ts
//   BENCH_PARALLEL_ARTICLES (default 2000; 100000 works, it only takes long), BENCH_PARALLEL_WORKERS (default 2),
//   BENCH_PG_URL (a server to create the bench databases on; default: a throwaway cluster), BENCH_DIR, BENCH_SEED,
//   BENCH_PARALLEL_BASELINE=0 to skip the --workers 1 run (at 100,000 articles only the N-worker figure is asked).
import { createHash } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { type PgCluster, startCluster } from "@deconflict/db/testing";
import type { ExportV1 } from "@deconflict/domain";
import pg from "pg";
import { generateCorpus } from "../src/synth/corpus.ts";
import { canonicalExport } from "../test/reliability/support/canonical.ts";
import { type Measured, measure } from "./measure.ts";

const N = Number(process.env.BENCH_PARALLEL_ARTICLES ?? (process.env.BENCH_QUICK === "1" ? 200 : 2000));
const WORKERS = Number(process.env.BENCH_PARALLEL_WORKERS ?? 2);
const BASELINE = process.env.BENCH_PARALLEL_BASELINE !== "0";
const ROOT = process.env.BENCH_DIR ?? join(tmpdir(), "deconflict-bench");
const SEED = Number(process.env.BENCH_SEED ?? 1);

function log(msg: string): void {
  console.log(`[parallel] ${new Date().toISOString().slice(11, 19)} ${msg}`);
}

function corpusOf(n: number): { dir: string; rawMb: number } {
  const dir = join(ROOT, `corpus-${SEED}-${n}`);
  const marker = join(dir, ".complete");
  if (!existsSync(marker)) {
    log(`generating ${n} articles → ${dir}`);
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(marker, JSON.stringify(generateCorpus({ seed: SEED, count: n, outDir: dir })));
  }
  return { dir, rawMb: (JSON.parse(readFileSync(marker, "utf8")) as { bytes: number }).bytes / 1e6 };
}

/** The corpus split in two folders, every other manifest line each, as hard links (no copy of the bytes). */
function halves(corpus: string): [string, string] {
  const lines = readFileSync(join(corpus, "manifest.jsonl"), "utf8").trim().split("\n");
  const dirs: [string, string] = [`${corpus}-half-a`, `${corpus}-half-b`];
  dirs.forEach((dir, h) => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const mine = lines.filter((_, i) => i % 2 === h);
    for (const line of mine) {
      const file = (JSON.parse(line) as { file: string }).file;
      linkSync(join(corpus, file), join(dir, file));
    }
    writeFileSync(join(dir, "manifest.jsonl"), `${mine.join("\n")}\n`);
  });
  return dirs;
}

const mb = (path: string) => (existsSync(path) ? statSync(path).size / 1e6 : 0);
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");

/** Exports a database to a file; returns the file. */
async function exportOf(db: string, out: string): Promise<string> {
  const r = await measure(["export", "--format", "json", "--out", out, "--db", db]);
  if (r.code !== 0) throw new Error(`export of ${db} failed: ${r.stderrTail}`);
  return out;
}

// Exports are compared by digest, one in memory at a time: at 100,000 articles each is some 360 MB of JSON, and
// holding several (parsed, canonicalised) ran the bench out of memory.
const bytesDigest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const canonicalDigest = (file: string) =>
  createHash("sha256")
    .update(canonicalExport(JSON.parse(readFileSync(file, "utf8")) as ExportV1))
    .digest("hex");

interface Row {
  run: string;
  /** The writer's (main thread's) CPU seconds, sampled to the end: what no number of extraction threads shortens. */
  mainCpuSeconds: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  dbMb: number;
  codes: string;
}

function row(run: string, runs: Measured[], dbMb: number, mainCpuSeconds = Number.NaN): Row {
  return {
    run,
    mainCpuSeconds,
    seconds: Math.max(...runs.map((r) => r.seconds)),
    cpuSeconds: runs.reduce((s, r) => s + r.cpuSeconds, 0),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    dbMb,
    codes: runs.map((r) => r.code).join("/"),
  };
}

async function sqliteRuns(corpus: string): Promise<{ rows: Row[]; identical: boolean; one: string }> {
  const rows: Row[] = [];
  const exports: string[] = [];
  for (const workers of BASELINE ? [1, WORKERS] : [WORKERS]) {
    const db = join(ROOT, `parallel-${N}-w${workers}.db`);
    for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
    log(`SQLite ingest ${N}, --workers ${workers}`);
    let main = 0;
    const r = await measure(
      ["ingest", corpus, "--db", db, "--workers", String(workers)],
      async (_, m) => {
        if (Number.isFinite(m)) main = m;
      },
      {},
      250,
    );
    if (r.code !== 0) log(`ingest exited ${r.code}: ${r.stderrTail}`);
    rows.push(row(`SQLite, --workers ${workers}`, [r], mb(db) + mb(`${db}-wal`), main));
    exports.push(bytesDigest(await exportOf(db, join(ROOT, `parallel-${N}-w${workers}.json`))));
  }
  return { rows, identical: exports.length < 2 || exports[0] === exports[1], one: exports.at(-1) ?? "" };
}

async function pgDatabase(server: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function pgSizeMb(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query("SELECT pg_database_size(current_database()) AS n");
  await c.end();
  return Number(r.rows[0]?.n) / 1e6;
}

async function pgRuns(corpus: string, server: string, sqliteDigest: string) {
  const rows: Row[] = [];
  const one = await pgDatabase(server, `bench_${N}_one`);
  log(`PostgreSQL ingest ${N}, one process, --workers ${WORKERS}`);
  const single = await measure(["ingest", corpus, "--db", one, "--workers", String(WORKERS)]);
  rows.push(row(`PostgreSQL, 1 process, --workers ${WORKERS}`, [single], await pgSizeMb(one)));

  const two = await pgDatabase(server, `bench_${N}_two`);
  const [a, b] = halves(corpus);
  // One worker each: two processes on two cores, the same CPU as one process with two threads.
  log(`PostgreSQL ingest ${N}, two processes at once (half each, --workers 1)`);
  // The first creates the schema; the second waits on the migration lock, as concurrent users would.
  const both = await Promise.all([
    measure(["ingest", a, "--db", two, "--workers", "1"]),
    measure(["ingest", b, "--db", two, "--workers", "1"]),
  ]);
  for (const r of both) if (r.code !== 0) log(`ingest exited ${r.code}: ${r.stderrTail}`);
  rows.push(row("PostgreSQL, 2 processes at once", both, await pgSizeMb(two)));
  const pgOne = await exportOf(one, join(ROOT, `parallel-${N}-pg-one.json`));
  const pgTwo = await exportOf(two, join(ROOT, `parallel-${N}-pg-two.json`));
  return {
    rows,
    oneIdenticalToSqlite: bytesDigest(pgOne) === sqliteDigest,
    twoSameAsOne: canonicalDigest(pgTwo) === canonicalDigest(pgOne),
  };
}

function table(rows: Row[], rawMb: number): string {
  const out = [
    "| run | wall s | CPU s (all processes) | main-thread CPU s | articles/s | MB/s | peak RSS MB (largest process) | DB MB | exit |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of rows) {
    out.push(
      `| ${r.run} | ${f1(r.seconds)} | ${f1(r.cpuSeconds)} | ${f1(r.mainCpuSeconds)} | ${f1(N / r.seconds)} | ${(rawMb / r.seconds).toFixed(2)} | ${f1(r.peakRssMb)} | ${f1(r.dbMb)} | ${r.codes} |`,
    );
  }
  return out.join("\n");
}

mkdirSync(ROOT, { recursive: true });
const { dir: corpus, rawMb } = corpusOf(N);
const files = readdirSync(corpus).filter((f) => !f.startsWith(".") && f !== "manifest.jsonl").length;
log(`${files} files, ${rawMb.toFixed(1)} MB`);
const sqlite = await sqliteRuns(corpus);
let cluster: PgCluster | null = null;
let server = process.env.BENCH_PG_URL;
if (!server) {
  cluster = await startCluster();
  server = cluster.url;
}
try {
  const pgResult = await pgRuns(corpus, server, sqlite.one);
  const wn = sqlite.rows.at(-1) as Row;
  const w1 = sqlite.rows.length > 1 ? (sqlite.rows[0] as Row) : null;
  console.log(
    `\nParallel ingest benchmark (${N} articles, ${rawMb.toFixed(1)} MB, seed ${SEED}, corpus in ${corpus})\n`,
  );
  console.log(table([...sqlite.rows, ...pgResult.rows], rawMb));
  if (w1) {
    console.log(
      `\n- SQLite --workers ${WORKERS} against --workers 1: ×${(w1.seconds / wn.seconds).toFixed(2)} wall, ` +
        `exports ${sqlite.identical ? "byte-identical" : "DIFFERENT"}`,
    );
  }
  // On an idle machine the run takes about the longer of the writer's CPU and all CPU shared over the cores.
  const bound = Math.max(wn.mainCpuSeconds, wn.cpuSeconds / Math.min(WORKERS, availableParallelism()));
  console.log(
    `- quiet-machine estimate for --workers ${WORKERS}: ${f1(bound)} s` +
      (w1 ? ` against ${f1(w1.cpuSeconds)} s (×${(w1.cpuSeconds / bound).toFixed(2)})` : "") +
      `; the writer thread is ${f1((100 * wn.mainCpuSeconds) / wn.cpuSeconds)} % of the CPU`,
  );
  console.log(
    `- PostgreSQL, one process: export ${pgResult.oneIdenticalToSqlite ? "byte-identical to" : "DIFFERENT from"} SQLite's`,
  );
  console.log(
    `- PostgreSQL, two processes at once: export ${pgResult.twoSameAsOne ? "the same as" : "DIFFERENT from"} one process's (ids aside)`,
  );
  const ok = sqlite.identical && pgResult.oneIdenticalToSqlite && pgResult.twoSameAsOne;
  process.exitCode = ok ? 0 : 1;
} finally {
  cluster?.stop();
}
