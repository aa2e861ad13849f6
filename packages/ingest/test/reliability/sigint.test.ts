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

describe("Ctrl-C (SIGINT) during an ingest", () => {
  let corpus: string;
  let reference: Reference;

  beforeAll(async () => {
    corpus = synthCorpus(tmp.dir, 31, ARTICLES);
    reference = await referenceRun([corpus], join(tmp.dir, "reference.db"));
  }, 90_000);

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
