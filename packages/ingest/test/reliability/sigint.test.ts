import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli, sleep, startCli } from "./support/cli.ts";
import { synthCorpus, tempDir } from "./support/corpus.ts";
import { integrity, invariantProblems, scalar, shapeMismatches, sourceShapes } from "./support/inspect.ts";
import { type Reference, referenceRun } from "./support/reference.ts";

const ARTICLES = 60;
const tmp = tempDir("sigint");
afterAll(() => tmp.cleanup());

/** Polls until at least `n` sources are stored, or the process ends. */
async function untilStored(db: string, n: number, running: { finished: boolean }): Promise<number> {
  for (;;) {
    const stored = await scalar(db, "SELECT count(*) FROM sources").catch(() => 0);
    if (stored >= n || running.finished) return stored;
    await sleep(25);
  }
}

let corpus: string;
let reference: Reference;
const referenceDb = join(tmp.dir, "reference.db");

beforeAll(async () => {
  corpus = synthCorpus(tmp.dir, 31, ARTICLES);
  reference = await referenceRun([corpus], referenceDb);
}, 90_000);

describe("Ctrl-C (SIGINT) during an ingest", () => {
  test("finishes the current article, says what was done, exits non-zero; a re-run completes the rest", async () => {
    const db = join(tmp.dir, "interrupted.db");
    const run = startCli(["ingest", corpus, "--db", db]);
    const state = { finished: false };
    void run.done.then(() => {
      state.finished = true;
    });
    const before = await untilStored(db, 3, state);
    expect(state.finished, "the ingest ended before it could be interrupted").toBe(false);
    const sentAt = performance.now();
    run.child.kill("SIGINT");
    const r = await run.done;
    const output = `${r.stdout}\n${r.stderr}`;

    expect(r.signal, "exits by itself rather than dying of the signal").toBeNull();
    expect(r.code, output).not.toBe(0);
    expect(performance.now() - sentAt, "stops soon after the current article").toBeLessThan(15_000);
    expect(output).toMatch(/interrupt|stopp|cancel|abort/i);
    expect(output, "a summary with counts").toMatch(/\d+/);

    const stored = await scalar(db, "SELECT count(*) FROM sources");
    expect(stored).toBeGreaterThanOrEqual(before);
    expect(stored, "it stopped before the end").toBeLessThan(reference.shapes.size);
    expect(await integrity(db)).toBe("ok");
    expect(await invariantProblems(db)).toEqual([]);
    expect(shapeMismatches(await sourceShapes(db), reference.shapes)).toEqual([]);

    const rest = await runCli(["ingest", corpus, "--db", db]);
    expect(rest.code, rest.stderr).toBe(0);
    const shapes = await sourceShapes(db);
    expect(shapes.size).toBe(reference.shapes.size);
    expect(shapeMismatches(shapes, reference.shapes)).toEqual([]);
  }, 90_000);
});

describe("Ctrl-C (SIGINT) during reextract --all", () => {
  // The loop yields to the event loop after each article, so the handler runs mid-run (it did not before d4bd6bf).
  test("stops after the current article, says how many were done and exits 130", async () => {
    const db = join(tmp.dir, "reextract.db");
    // The CLI leaves its WAL beside the database: copy both.
    for (const suffix of ["", "-wal"])
      if (existsSync(referenceDb + suffix)) copyFileSync(referenceDb + suffix, db + suffix);
    const firstNewEvent = (await scalar(db, "SELECT coalesce(max(id), 0) FROM events")) + 1;
    const run = startCli(["reextract", "--all", "--db", db]);
    const state = { finished: false };
    void run.done.then(() => {
      state.finished = true;
    });
    // Re-resolving the first articles makes new events: the signal then lands mid-run.
    while (!state.finished && (await scalar(db, "SELECT coalesce(max(id), 0) FROM events")) < firstNewEvent)
      await sleep(20);
    run.child.kill("SIGINT");
    const r = await run.done;
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.signal).toBeNull();
    expect(r.code, output).toBe(130);
    const done = Number(/reextracted (\d+)/.exec(output)?.[1] ?? Number.NaN);
    expect(done, "says how many were re-extracted, and stopped before the end").toBeLessThan(reference.shapes.size);
    expect(await integrity(db)).toBe("ok");
    expect(await invariantProblems(db)).toEqual([]);
    expect(shapeMismatches(await sourceShapes(db), reference.shapes)).toEqual([]);
  }, 60_000);
});
