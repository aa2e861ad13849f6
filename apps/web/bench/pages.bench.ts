// Page speed: p50/p95 server response times for each dashboard page on a large synthetic database.
// npx tsx apps/web/bench/pages.bench.ts   (BENCH_ARTICLES=100000 by default; BENCH_QUICK=1 for 2,000;
// BENCH_REQUESTS per page, default 40; BENCH_DB to measure a given file). The database is cached in
// apps/web/bench-out/.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { closeDb, openReadOnlyDb } from "@deconflict/db";
import { buildIfStale, startServer, WEB } from "../test/support/app.ts";
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
  const c = db.$client;
  const ids = async (sql: string) => (await c.execute(sql)).rows.map((r) => Number(r[0]));
  const eventIds = await ids("SELECT id FROM events ORDER BY source_count DESC, id LIMIT 10");
  const moreEvents = await ids("SELECT id FROM events WHERE id % 997 = 0 LIMIT 10");
  const sourceIds = await ids("SELECT id FROM sources WHERE id % 991 = 0 LIMIT 20");
  const attacker = (await c.execute("SELECT attacker_name FROM events WHERE attacker_name IS NOT NULL LIMIT 1"))
    .rows[0]?.[0];
  // The busiest actors, and some quiet ones, for the actor pages.
  const actorKeys = (
    await c.execute(
      `SELECT key FROM (SELECT attacker_key AS key FROM events UNION ALL SELECT target_key FROM events)
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

const path = await database();
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
  const size = statSync(path).size;
  console.log(
    `pages bench: ${Object.entries(s.counts)
      .map(([k, v]) => `${v.toLocaleString("en-US")} ${k}`)
      .join(", ")}; ${(size / 1e6).toFixed(0)} MB; ${REQUESTS} requests per page, one at a time`,
  );
  console.log(
    `${"page".padEnd(32)} ${"first ms".padStart(9)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)}`,
  );
  for (const page of PAGES) {
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
}
