// Page speed: p50/p95 server response times for each dashboard page on a large synthetic database.
// npx tsx apps/web/bench/pages.bench.ts   (BENCH_ARTICLES=100000 by default; BENCH_QUICK=1 for 2,000;
// BENCH_REQUESTS per page, default 40; BENCH_DB to measure a given file). The database is cached in
// apps/web/bench-out/. BENCH_PG=1 measures the same rows copied into PostgreSQL (BENCH_PG_URL's server, else a
// throwaway cluster).
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { closeDb, isPostgresUrl, openReadOnlyDb } from "@deconflict/db";
import { rows } from "@deconflict/db/dialect";
import { type PgCluster, startCluster } from "@deconflict/db/testing";
import pg from "pg";
import { buildIfStale, startServer, WEB } from "../test/support/app.ts";
import { copyToPostgres } from "./copy-to-pg.ts";
import { synthDatabase } from "./synth-db.ts";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? (process.env.BENCH_QUICK === "1" ? 2000 : 100_000));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
if (!Number.isInteger(ARTICLES) || ARTICLES < 10) throw new Error("BENCH_ARTICLES must be a whole number ≥ 10");

async function database(): Promise<string> {
  // BENCH_DB measures an existing database instead, e.g. one with extra indexes under trial.
  if (process.env.BENCH_DB) return process.env.BENCH_DB;
  const dir = join(WEB, "bench-out");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `pages-${ARTICLES}.db`);
  if (existsSync(path)) return path;
  console.log(`pages bench: generating ${ARTICLES.toLocaleString("en-US")} articles into ${path}…`);
  const started = performance.now();
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  await synthDatabase(partial, ARTICLES);
  renameSync(partial, path);
  console.log(`pages bench: generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return path;
}

async function samples(path: string) {
  const db = await openReadOnlyDb(path);
  const c = { execute: async (q: string) => ({ rows: (await rows(db, q)).map((r) => Object.values(r)) }) };
  const ids = async (sql: string) => (await c.execute(sql)).rows.map((r) => Number(r[0]));
  const eventIds = await ids("SELECT id FROM events ORDER BY source_count DESC, id LIMIT 10");
  const moreEvents = await ids("SELECT id FROM events WHERE id % 997 = 0 LIMIT 10");
  const sourceIds = await ids("SELECT id FROM sources WHERE id % 991 = 0 LIMIT 20");
  const attacker = (await c.execute("SELECT attacker_name FROM events WHERE attacker_name IS NOT NULL LIMIT 1"))
    .rows[0]?.[0];
  // The busiest actors, and some quiet ones, for the actor pages.
  const actorKeys = (
    await c.execute(
      `SELECT key FROM (SELECT attacker_key AS key FROM events UNION ALL SELECT target_key FROM events) AS keys
       WHERE key IS NOT NULL GROUP BY key ORDER BY count(*) DESC LIMIT 5`,
    )
  ).rows.map((r) => String(r[0]));
  const quietKeys = (
    await c.execute("SELECT DISTINCT target_key FROM events WHERE target_key IS NOT NULL AND id % 991 = 0 LIMIT 5")
  ).rows.map((r) => String(r[0]));
  const counts: Record<string, number> = Object.fromEntries(
    await Promise.all(
      ["sources", "events", "event_mentions", "force_reports", "claims"].map(async (t) => [
        t,
        Number((await c.execute(`SELECT count(*) FROM ${t}`)).rows[0]?.[0]),
      ]),
    ),
  );
  closeDb(db);
  return {
    events: [...eventIds, ...moreEvents],
    sources: sourceIds,
    attacker: String(attacker ?? ""),
    actors: [...actorKeys, ...quietKeys],
    counts,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function timeGet(url: string): Promise<number> {
  const t = performance.now();
  const r = await fetch(url);
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`${url} → ${r.status}`);
  return performance.now() - t;
}

/** The same rows in a PostgreSQL database `pages_N` (copied once; reused while its source count matches). */
async function onPostgres(sqlitePath: string): Promise<{ url: string; cluster: PgCluster | null; mb: number }> {
  const cluster = process.env.BENCH_PG_URL ? null : await startCluster();
  const server = process.env.BENCH_PG_URL ?? (cluster as PgCluster).url;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const name = `pages_${ARTICLES}`;
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const target = url.toString();
  const want = (await samples(sqlitePath)).counts.sources;
  const have = exists
    ? await samples(target).then(
        (x) => x.counts.sources,
        () => -1,
      )
    : -1;
  if (have !== want) {
    const started = performance.now();
    await copyToPostgres(sqlitePath, target);
    console.log(`pages bench: copied into PostgreSQL in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const c = new pg.Client({ connectionString: target });
  await c.connect();
  const mb = Number((await c.query("SELECT pg_database_size(current_database()) AS n")).rows[0]?.n) / 1e6;
  await c.end();
  return { url: target, cluster, mb };
}

const sqlitePath = await database();
const onPg = process.env.BENCH_PG === "1" ? await onPostgres(sqlitePath) : null;
const path = onPg?.url ?? sqlitePath;
const s = await samples(path);
buildIfStale();
const { baseUrl, server } = await startServer(path);
const enc = encodeURIComponent;
const PAGES: { name: string; paths: string[] }[] = [
  { name: "overview", paths: ["/"] },
  {
    name: "overview, filtered",
    paths: [`/?attacker=${enc(s.attacker)}`, "/?from=2018-01-01&to=2018-12-31", "/?minSources=3&grade=confirmed"],
  },
  { name: "events list", paths: ["/events", "/events?page=40"] },
  {
    name: "events list, filtered+sorted",
    paths: [
      `/events?attacker=${enc(s.attacker)}&sort=sources`,
      "/events?from=2016-01-01&to=2016-06-30&kind=airstrike",
      "/events?location=place%201&sort=location&dir=asc",
    ],
  },
  { name: "event detail", paths: s.events.map((id) => `/events/${id}`) },
  { name: "source detail", paths: s.sources.map((id) => `/sources/${id}`) },
  { name: "map", paths: ["/map", "/map?kind=airstrike", `/map?attacker=${enc(s.attacker)}&from=2017-01-01`] },
  { name: "actors", paths: ["/actors", "/actors?page=2", "/actors?q=militia"] },
  { name: "actor detail", paths: s.actors.map((k) => `/actors/${enc(k)}`) },
  { name: "overview, by week", paths: ["/?bucket=week", "/?bucket=week&from=2018-01-01&to=2018-12-31"] },
  { name: "claims", paths: ["/claims", "/claims?stance=contests", "/claims?q=militia%20base"] },
  { name: "sources", paths: ["/sources", "/sources?page=100"] },
];

try {
  const size = onPg ? onPg.mb * 1e6 : statSync(path).size;
  console.log(`pages bench: on ${onPg ? "PostgreSQL" : "SQLite"}${isPostgresUrl(path) ? "" : ` (${path})`}`);
  console.log(
    `pages bench: ${Object.entries(s.counts)
      .map(([k, v]) => `${v.toLocaleString("en-US")} ${k}`)
      .join(", ")}; ${(size / 1e6).toFixed(0)} MB; ${REQUESTS} requests per page, one at a time`,
  );
  console.log(
    `${"page".padEnd(32)} ${"first ms".padStart(9)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)}`,
  );
  for (const page of PAGES) {
    // A small database (BENCH_QUICK) may have no actor or event to sample for a detail page.
    if (page.paths.length === 0) {
      console.log(`${page.name.padEnd(32)} (nothing in this database to sample)`);
      continue;
    }
    // The first request of each URL is cold: nothing memoised yet for it (and the route's first render).
    const first: number[] = [];
    for (const p of page.paths) first.push(await timeGet(baseUrl + p));
    first.sort((a, b) => a - b);
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) times.push(await timeGet(baseUrl + page.paths[i % page.paths.length]));
    times.sort((a, b) => a - b);
    const fmt = (n: number) => n.toFixed(1).padStart(8);
    console.log(
      `${page.name.padEnd(32)} ${fmt(percentile(first, 50)).padStart(9)} ${fmt(percentile(times, 50))} ${fmt(percentile(times, 95))} ${fmt(times.at(-1) ?? 0)}`,
    );
  }
} finally {
  server.kill("SIGTERM");
  await new Promise((ok) => server.once("exit", ok));
  onPg?.cluster?.stop();
}
