import { type PgCluster, startCluster } from "@deconflict/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { canonicalExport } from "./support/canonical.ts";
import { runCli, sleep, startCli } from "./support/cli.ts";
import { synthCorpus, tempDir } from "./support/corpus.ts";
import { invariantProblems, scalar, shapeMismatches, sourceShapes } from "./support/inspect.ts";
import { exportOf, type Reference, referenceRun } from "./support/reference.ts";

// A cluster of its own: the test restarts it, which no other test's server may suffer.
const tmp = tempDir("pg-restart");
let cluster: PgCluster;
let corpus: string;
let reference: Reference;

async function createDb(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  return url.toString();
}

beforeAll(async () => {
  cluster = await startCluster();
  corpus = synthCorpus(tmp.dir, 44, 60);
  reference = await referenceRun([corpus], await createDb("reference"));
}, 120_000);
afterAll(() => {
  cluster?.stop();
  tmp.cleanup();
});

describe("the PostgreSQL server restarted mid-ingest (pg_ctl restart -m immediate)", () => {
  test("the ingest retries or stops with one clear line; nothing is half-written; a re-run completes", async () => {
    const db = await createDb("restarted");
    const run = startCli(["ingest", corpus, "--db", db]);
    const state = { finished: false };
    void run.done.then(() => {
      state.finished = true;
    });
    while (!state.finished && (await scalar(db, "SELECT count(*) FROM sources").catch(() => 0)) < 5) await sleep(20);
    expect(state.finished, "the ingest ended before the restart").toBe(false);
    // An immediate shutdown is a crash: uncommitted transactions are lost, recovery replays the WAL.
    cluster.ctl(["restart", "-m", "immediate"]);
    const r = await run.done;
    const output = `${r.stdout}\n${r.stderr}`;
    if (r.code === 0) {
      expect(r.stdout).toMatch(/^ingested 60, .* failed 0 /);
    } else {
      expect(r.code, output).toBe(1);
      expect(r.stderr).toMatch(
        /^deconflict: cannot write the database 127\.0\.0\.1:\d+\/restarted: lost the connection/m,
      );
    }
    // Whatever was committed is whole: every stored source has exactly its reference rows.
    expect(await invariantProblems(db)).toEqual([]);
    expect(shapeMismatches(await sourceShapes(db), reference.shapes)).toEqual([]);

    const rest = await runCli(["ingest", corpus, "--db", db]);
    expect(rest.code, rest.stderr).toBe(0);
    const exp = await exportOf(db);
    expect(canonicalExport(exp.parsed)).toBe(canonicalExport(reference.export));
    console.log(`pg-restart: first run exited ${r.code}: ${r.stdout.trim()} ${r.stderr.trim()}`);
  }, 120_000);
});
