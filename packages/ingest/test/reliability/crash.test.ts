import { copyFileSync, existsSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRng } from "../../src/synth/prng.ts";
import { dbIn, onPg } from "../cli/support.ts";
import { canonicalExport } from "./support/canonical.ts";
import { runCli, sleep, startCli } from "./support/cli.ts";
import { synthCorpus, tempDir } from "./support/corpus.ts";
import { integrity, invariantProblems, scalar, shapeMismatches, sourceShapes } from "./support/inspect.ts";
import { exportOf, type Reference, referenceRun } from "./support/reference.ts";

// Enough articles that a kill lands mid-ingest, few enough to stay inside the time budget on 2 cores.
const ARTICLES = Number(process.env.RELIABILITY_CRASH_ARTICLES ?? 60);
// Fewer on PostgreSQL, where each run also connects and the server rolls the killed transaction back.
const KILLS = Number(process.env.RELIABILITY_CRASH_KILLS ?? (onPg ? 6 : 20));
const REEXTRACT_KILLS = 3;
const SEED = 20;

const tmp = tempDir("crash");
afterAll(() => tmp.cleanup());

async function storedCount(db: string): Promise<number> {
  // Before the first run creates its tables there is nothing stored.
  return scalar(db, "SELECT count(*) FROM sources").catch(() => 0);
}

/** A database to start over in: the file removed, or a new PostgreSQL database. */
async function freshDb(path: string): Promise<string> {
  if (onPg) return dbIn(tmp.dir, "crash");
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  return path;
}

let corpus: string;
let reference: Reference;
let referenceDb: string;

beforeAll(async () => {
  corpus = synthCorpus(tmp.dir, SEED, ARTICLES);
  referenceDb = await dbIn(tmp.dir, "reference");
  reference = await referenceRun([corpus], referenceDb);
}, 120_000);

describe("SIGKILL at random points during an ingest", () => {
  test(`${KILLS} kills: each leaves an intact database with whole sources, and a re-run ends identical`, async () => {
    const rng = createRng(SEED);
    let db = await dbIn(tmp.dir, "crash");
    const log: string[] = [];
    const total = reference.shapes.size;
    let kills = 0;
    let completions = 0;
    while (kills < KILLS) {
      const before = await storedCount(db);
      const run = startCli(["ingest", corpus, "--db", db]);
      const state = { finished: false };
      void run.done.then(() => {
        state.finished = true;
      });
      // Every fourth kill lands at a seeded time (start-up and migrations included); the rest at a seeded
      // number of stored articles, so they hit mid-ingest whatever the machine's speed.
      let point: string;
      if (kills % 4 === 0) {
        const delay = rng.int(20, 1200);
        point = `${delay}ms`;
        await Promise.race([run.done, sleep(delay)]);
      } else {
        const target = before + rng.int(1, Math.max(1, Math.min(15, total - before - 1)));
        point = `≥${target} stored`;
        while (!state.finished && (await storedCount(db)) < target) await sleep(10);
      }
      if (!state.finished) {
        run.child.kill("SIGKILL");
        await run.done;
        kills++;
        log.push(`kill ${kills} at ${point}: ${before} → ${await storedCount(db)} sources`);
        expect(await integrity(db), log.join("\n")).toBe("ok");
        expect(shapeMismatches(await sourceShapes(db), reference.shapes), log.join("\n")).toEqual([]);
        expect(await invariantProblems(db), log.join("\n")).toEqual([]);
        continue;
      }
      const r = await run.done;
      expect(r.code, r.stderr).toBe(0);
      completions++;
      log.push(`run completed after ${Math.round(r.ms)}ms`);
      await expectSameAsReference(db, reference);
      // Start over so later kills land mid-ingest again.
      db = await freshDb(db);
    }
    const last = await runCli(["ingest", corpus, "--db", db]);
    expect(last.code, last.stderr).toBe(0);
    await expectSameAsReference(db, reference);
    console.log(`crash: ${kills} kills, ${completions} completions before the last run\n${log.join("\n")}`);
  }, 170_000);
});

async function expectSameAsReference(db: string, reference: Reference): Promise<void> {
  expect(await integrity(db)).toBe("ok");
  const shapes = await sourceShapes(db);
  expect(shapes.size, "no duplicates, nothing missing").toBe(reference.shapes.size);
  expect(shapeMismatches(shapes, reference.shapes)).toEqual([]);
  expect(await invariantProblems(db)).toEqual([]);
  const exp = await exportOf(db);
  expect(canonicalExport(exp.parsed)).toBe(canonicalExport(reference.export));
  // Ids follow insertion order; a resumed run inserts in the same order, so even the ids agree on SQLite.
  // PostgreSQL's sequences do not roll back with a killed transaction: its ids have gaps, the content is equal.
  if (!onPg) expect(exp.json).toBe(reference.exportJson);
}

describe("SIGKILL during reextract --all", () => {
  test("leaves whole sources each time, and a finished re-extraction matches the ingest", async () => {
    const db = await dbIn(tmp.dir, "reextract");
    if (onPg) expect((await runCli(["ingest", corpus, "--db", db])).code).toBe(0);
    for (const suffix of onPg ? [] : ["", "-wal"])
      if (existsSync(referenceDb + suffix)) copyFileSync(referenceDb + suffix, db + suffix);
    const rng = createRng(SEED + 1);
    const log: string[] = [];
    for (let k = 0; k < REEXTRACT_KILLS; k++) {
      const run = startCli(["reextract", "--all", "--db", db]);
      const delay = rng.int(300, Math.max(1000, Math.round(reference.ms)));
      const finished = await Promise.race([run.done.then(() => true), sleep(delay).then(() => false)]);
      if (!finished) run.child.kill("SIGKILL");
      const r = await run.done;
      log.push(`reextract ${finished ? `finished (${r.code})` : `killed after ${delay}ms`}`);
      expect(await integrity(db), log.join("\n")).toBe("ok");
      expect(shapeMismatches(await sourceShapes(db), reference.shapes), log.join("\n")).toEqual([]);
      expect(await invariantProblems(db), log.join("\n")).toEqual([]);
    }
    const last = await runCli(["reextract", "--all", "--db", db]);
    expect(last.code, last.stderr).toBe(0);
    const shapes = await sourceShapes(db);
    expect(shapes.size).toBe(reference.shapes.size);
    expect(shapeMismatches(shapes, reference.shapes)).toEqual([]);
    console.log(`reextract: ${log.join("; ")}`);
  }, 90_000);
});
