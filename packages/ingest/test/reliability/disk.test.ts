import { copyFileSync, existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "./support/cli.ts";
import { synthCorpus, tempDir } from "./support/corpus.ts";
import { integrity, invariantProblems, scalar, shapeMismatches, sourceShapes } from "./support/inspect.ts";
import { canMountTmpfs, makeImmutable, mountTmpfs, readOnlyBind } from "./support/privileged.ts";
import { type Reference, referenceRun } from "./support/reference.ts";

const tmp = tempDir("disk");
const undo: (() => void)[] = [];
afterAll(() => {
  for (const u of undo.reverse()) u();
  tmp.cleanup();
});

const mountable = canMountTmpfs();

/** Copies a database with its WAL to `dir`, so it can be checked and written after the fault is gone. */
function rescue(dbPath: string, dir: string): string {
  const to = join(dir, "rescued.db");
  for (const suffix of ["", "-wal"]) if (existsSync(dbPath + suffix)) copyFileSync(dbPath + suffix, to + suffix);
  return to;
}

describe("a full disk", () => {
  let corpus: string;
  let reference: Reference;

  beforeAll(async () => {
    corpus = synthCorpus(tmp.dir, 51, 150);
    if (mountable) reference = await referenceRun([corpus], join(tmp.dir, "reference.db"));
  }, 90_000);

  // Needs root to mount a tiny tmpfs; skipped (and said so) where mounting is not permitted.
  test.skipIf(!mountable)(
    "stops with one clear error and exit 1, and leaves no corruption",
    async () => {
      const full = join(tmp.dir, "full");
      undo.push(mountTmpfs(full, "900k"));
      const db = join(full, "x.db");
      const r = await runCli(["ingest", corpus, "--db", db]);
      const output = `${r.stderr}\n${r.stdout}`;
      expect(r.code, output).toBe(1);
      expect(output).toMatch(/full|no space|disk/i);
      expect(
        output.split("\n").filter((l) => /full|no space/i.test(l)).length,
        "said once, not per file",
      ).toBeLessThanOrEqual(3);
      expect(statSync(db).size).toBeGreaterThan(0);

      const rescued = rescue(db, tmp.dir);
      expect(await integrity(rescued)).toBe("ok");
      expect(await invariantProblems(rescued)).toEqual([]);
      const stored = await scalar(rescued, "SELECT count(*) FROM sources");
      expect(stored, "the disk filled before the end").toBeLessThan(reference.shapes.size);
      console.log(
        `disk full: ${stored} of ${reference.shapes.size} sources stored before the disk filled; ${output.trim()}`,
      );
      expect(shapeMismatches(await sourceShapes(rescued), reference.shapes)).toEqual([]);
      // With room again, a re-run completes the rest.
      const rest = await runCli(["ingest", corpus, "--db", rescued]);
      expect(rest.code, rest.stderr).toBe(0);
      expect(shapeMismatches(await sourceShapes(rescued), reference.shapes)).toEqual([]);
      expect((await sourceShapes(rescued)).size).toBe(reference.shapes.size);
    },
    120_000,
  );
});

describe("a read-only database", () => {
  test("is refused with one clear error and exit 1, and stays as it was", async () => {
    const dir = join(tmp.dir, "ro");
    const db = join(dir, "x.db");
    const small = synthCorpus(tmp.dir, 52, 20);
    const first = await runCli(["ingest", small, "--db", db]);
    expect(first.code, first.stderr).toBe(0);
    const before = await scalar(db, "SELECT count(*) FROM sources");
    const more = synthCorpus(tmp.dir, 53, 10);

    // Root ignores chmod, so: immutable files (chattr +i), else a read-only bind mount.
    let target = db;
    const files = readdirSync(dir).map((f) => join(dir, f));
    const unchattr = makeImmutable([...files, dir]);
    if (unchattr) undo.push(unchattr);
    else {
      const unbind = readOnlyBind(dir, join(tmp.dir, "ro-view"));
      if (!unbind) {
        console.warn("read-only test: neither chattr +i nor a read-only bind mount is permitted here; skipped");
        return;
      }
      undo.push(unbind);
      target = join(tmp.dir, "ro-view", "x.db");
    }

    const r = await runCli(["ingest", more, "--db", target]);
    const output = `${r.stderr}\n${r.stdout}`;
    expect(r.code, output).toBe(1);
    expect(output).toMatch(/read-?only|permission|not permitted|cannot (open|write)/i);
    expect(output.split("\n").filter((l) => /read-?only|permission|not permitted/i.test(l)).length).toBeLessThanOrEqual(
      3,
    );
    undo.pop()?.();
    expect(await integrity(db)).toBe("ok");
    expect(await invariantProblems(db)).toEqual([]);
    expect(await scalar(db, "SELECT count(*) FROM sources")).toBe(before);
  }, 90_000);
});
