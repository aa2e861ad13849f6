import { readFileSync } from "node:fs";
import { join } from "node:path";
import { closeDb, openDb } from "@deconflict/db";
import type { ExportV1 } from "@deconflict/domain";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateDenseCorpus } from "../../src/synth/dense/corpus.ts";
import { DENSE_THEATRES } from "../../src/synth/dense/theatres.ts";
import { createRng } from "../../src/synth/prng.ts";
import { canonicalExport } from "./support/canonical.ts";
import { runCli } from "./support/cli.ts";
import { tempDir } from "./support/corpus.ts";

const tmp = tempDir("order");
afterAll(() => tmp.cleanup());

let corpus: string;
let files: string[];

beforeAll(() => {
  corpus = join(tmp.dir, "corpus");
  const donetsk = DENSE_THEATRES.filter((t) => t.key === "donetsk");
  generateDenseCorpus({ seed: 11, days: 2, outDir: corpus, theatres: donetsk, perDay: [30, 40] });
  files = readFileSync(join(corpus, "manifest.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => join(corpus, (JSON.parse(line) as { file: string }).file));
});

/** Ingests `batches` of files into one new database, each batch by its own CLI process, all at once; then exports. */
async function ingestAndExport(name: string, batches: string[][]): Promise<ExportV1> {
  const db = join(tmp.dir, `${name}.db`);
  // Created (and migrated) first, as a dashboard or an earlier ingest would have: the processes race on articles.
  closeDb(await openDb(db));
  const manifest = ["--manifest", join(corpus, "manifest.jsonl")];
  const runs = await Promise.all(batches.map((batch) => runCli(["ingest", "--db", db, ...manifest, ...batch])));
  for (const run of runs) expect(run.code, run.stderr).toBe(0);
  const out = join(tmp.dir, `${name}.json`);
  const exported = await runCli(["export", "--format", "json", "--db", db, "--out", out]);
  expect(exported.code, exported.stderr).toBe(0);
  return JSON.parse(readFileSync(out, "utf8")) as ExportV1;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rng = createRng(seed);
  return rng.sample(items, items.length);
}

describe("resolution does not depend on the order articles arrive in", () => {
  test("one dense corpus in three orders, and by two processes at once, exports the same events", async () => {
    const forward = await ingestAndExport("forward", [files]);
    // The corpus is dense enough to mean something: many strikes a day, many told by several outlets.
    expect(forward.events.length).toBeGreaterThan(50);
    expect(forward.events.filter((e) => e.sources.length > 1).length).toBeGreaterThan(15);
    const expected = canonicalExport(forward);

    const reversed = await ingestAndExport("reversed", [[...files].reverse()]);
    expect(canonicalExport(reversed)).toBe(expected);

    const mixed = await ingestAndExport("shuffled", [shuffled(files, 3)]);
    expect(canonicalExport(mixed)).toBe(expected);

    const order = shuffled(files, 4);
    const half = Math.floor(order.length / 2);
    const racing = await ingestAndExport("racing", [order.slice(0, half), order.slice(half)]);
    expect(canonicalExport(racing)).toBe(expected);
  }, 240_000);
});
