import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { closeDb, openDb, openReadOnlyDb } from "@deconflict/db";
import { rows as query } from "@deconflict/db/dialect";
import { kpis, listEvents } from "@deconflict/db/queries/dashboard";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dbIn } from "../cli/support.ts";
import { canonicalExport } from "./support/canonical.ts";
import { startCli } from "./support/cli.ts";
import { synthCorpus, tempDir } from "./support/corpus.ts";
import { integrity, invariantProblems, rows, scalar, shapeMismatches, sourceShapes } from "./support/inspect.ts";
import { exportOf, type Reference, referenceRun } from "./support/reference.ts";

const ARTICLES = 120;
const tmp = tempDir("concurrent");
afterAll(() => tmp.cleanup());

/** A corpus folder holding the files of `source` at `indexes` (manifest order), with their manifest lines. */
function pick(source: string, dest: string, indexes: number[]): void {
  mkdirSync(dest, { recursive: true });
  const all = readFileSync(join(source, "manifest.jsonl"), "utf8").trim().split("\n");
  const lines = indexes.map((i) => all[i] as string);
  for (const line of lines) {
    const name = (JSON.parse(line) as { file: string }).file;
    copyFileSync(join(source, name), join(dest, name));
  }
  writeFileSync(join(dest, "manifest.jsonl"), `${lines.join("\n")}\n`);
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** What the dashboard does while an ingest writes: aggregate reads, again and again, on a read-only connection. */
async function dashboardLoop(dbPath: string, stop: { done: boolean }): Promise<{ reads: number; errors: string[] }> {
  const db = await openReadOnlyDb(dbPath);
  let reads = 0;
  const errors: string[] = [];
  try {
    while (!stop.done) {
      try {
        await kpis(db);
        await listEvents(db, {});
        await query(db, "SELECT kind, count(*), sum(source_count) FROM events GROUP BY kind");
        await query(db, "SELECT speaker_kind, stance, count(*) FROM claims GROUP BY 1, 2");
        reads++;
      } catch (e) {
        errors.push(String(e));
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await closeDb(db);
  }
  return { reads, errors };
}

describe("two ingests into one database at once, over overlapping inputs", () => {
  let full: string;
  let a: string;
  let b: string;
  let reference: Reference;

  beforeAll(async () => {
    full = synthCorpus(tmp.dir, 41, ARTICLES);
    a = join(tmp.dir, "a");
    b = join(tmp.dir, "b");
    // Both folders start with the same 40 articles, so the two processes race on them at the same moment.
    pick(full, a, range(0, 80));
    pick(full, b, [...range(0, 40), ...range(80, 120)]);
    reference = await referenceRun([full], await dbIn(tmp.dir, "reference"));
  }, 90_000);

  test("store each article exactly once while a dashboard reads without error", async () => {
    const db = await dbIn(tmp.dir, "shared");
    closeDb(await openDb(db)); // the dashboard opens an existing database
    const stop = { done: false };
    const reader = dashboardLoop(db, stop);
    const runs = [startCli(["ingest", a, "--db", db]), startCli(["ingest", b, "--db", db])];
    const results = await Promise.all(runs.map((r) => r.done));
    stop.done = true;
    const { reads, errors } = await reader;

    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(errors).toEqual([]);
    expect(reads).toBeGreaterThan(3);
    expect(await integrity(db)).toBe("ok");
    expect(await invariantProblems(db)).toEqual([]);

    const hashes = new Set(
      readdirSync(full)
        .filter((f) => f !== "manifest.jsonl")
        .map((f) =>
          createHash("sha256")
            .update(readFileSync(join(full, f)))
            .digest("hex"),
        ),
    );
    expect(await scalar(db, "SELECT count(*) FROM sources")).toBe(hashes.size);
    expect(await scalar(db, "SELECT count(DISTINCT content_hash) FROM sources")).toBe(hashes.size);
    // 80 paths in each folder, every one recorded once.
    expect(await scalar(db, "SELECT count(*) FROM source_origins")).toBe(160);
    const orphans = await rows(db, "SELECT id FROM sources WHERE id NOT IN (SELECT source_id FROM source_origins)");
    expect(orphans).toEqual([]);
    const shapes = await sourceShapes(db);
    expect(shapeMismatches(shapes, reference.shapes)).toEqual([]);
    // The same strike told by both at the same moment is one event: the export equals one sequential ingest's
    // (ids aside, which follow the order the two happened to commit in).
    const { parsed } = await exportOf(db);
    expect(parsed.events).toHaveLength(reference.export.events.length);
    expect(canonicalExport(parsed)).toBe(canonicalExport(reference.export));
    console.log(
      `concurrent: ${reads} dashboard read rounds, 0 errors; ${results.map((r) => r.stdout.trim()).join(" | ")}`,
    );
  }, 120_000);

  test("two ingests of one corpus at once give the export of one sequential ingest, byte for byte", async () => {
    // Each process goes in article order and cannot pass an article the other is storing (its hash is locked),
    // so the commits come in article order whoever stores each one.
    const db = await dbIn(tmp.dir, "same-corpus");
    const results = await Promise.all(
      [startCli(["ingest", full, "--db", db]), startCli(["ingest", full, "--db", db])].map((r) => r.done),
    );
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const stored = results.map((r) => Number(/^ingested (\d+)/.exec(r.stdout)?.[1]));
    expect((stored[0] ?? 0) + (stored[1] ?? 0)).toBe(reference.shapes.size);
    const { json } = await exportOf(db);
    expect(json).toBe(reference.exportJson);
  }, 120_000);
});
