import { appendFileSync, copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  copySampleCorpus,
  countsOf,
  dbIn,
  deconflict,
  ORPHANS_SQL,
  onPg,
  query,
  type Run,
  SAMPLE_CORPUS,
  tempFolder,
} from "./support.ts";

const tmp = tempFolder("ingest");
afterAll(() => tmp.cleanup());

describe("deconflict ingest on the sample corpus", () => {
  let db: string;
  let corpus: string;
  let first: Run;
  let again: Run;
  let changed: Run;
  let countsAfterFirst: Awaited<ReturnType<typeof countsOf>>;
  let countsAfterAgain: Awaited<ReturnType<typeof countsOf>>;

  beforeAll(async () => {
    db = await dbIn(tmp.dir, "sample");
    corpus = copySampleCorpus(tmp.dir);
    first = await deconflict(["ingest", corpus, "--db", db]);
    countsAfterFirst = await countsOf(db);
    again = await deconflict(["ingest", corpus, "--db", db]);
    countsAfterAgain = await countsOf(db);
    // One file edited, one copied under a new name.
    appendFileSync(join(corpus, "001_0d070744335e1ae2.txt"), "\nUpdate: officials later confirmed the strike.\n");
    copyFileSync(join(corpus, "002_7f80161bb0ef7341.txt"), join(corpus, "copy-of-002.txt"));
    changed = await deconflict(["ingest", corpus, "--db", db]);
  }, 60_000);

  describe("the first run", () => {
    test("stores all five articles and exits 0", () => {
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/^ingested 5, unchanged 0, replaced 0, duplicate 0, failed 0 /);
      expect(countsAfterFirst).toMatchObject({ sources: 5, sourceOrigins: 5 });
    });

    test("takes outlet and date from the manifest", async () => {
      const rows = await query(db, "SELECT outlet, published_at FROM sources ORDER BY id");
      expect(rows[1]).toEqual({ outlet: "CNN", published_at: "2017-06-08" });
    });

    test("prints no progress bar when stderr is not a terminal", () => {
      expect(first.stderr).toBe("");
    });
  });

  describe("a second run over the same files", () => {
    test("finds everything unchanged and writes nothing", () => {
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/^ingested 0, unchanged 5, replaced 0, duplicate 0, failed 0 /);
      expect(countsAfterAgain).toEqual(countsAfterFirst);
    });
  });

  describe("a run after one file changed and one was copied", () => {
    test("replaces the changed file and records the copy as a duplicate", () => {
      expect(changed.code, changed.stderr).toBe(0);
      expect(changed.stdout).toMatch(/^ingested 0, unchanged 4, replaced 1, duplicate 1, failed 0 /);
    });

    test("keeps one source per article, both names of the copy, and no orphans", async () => {
      expect(await countsOf(db)).toMatchObject({ sources: 5, sourceOrigins: 6 });
      const text = await query(db, "SELECT text FROM sources WHERE outlet = 'CNN'");
      expect(String(text[0]?.text)).toContain("officials later confirmed");
      expect((await query(db, ORPHANS_SQL))[0]?.n).toBe(0);
    });
  });
});

describe("deconflict ingest with bad inputs beside good ones", () => {
  let db: string;
  let run: Run;
  const dir = join(tmp.dir, "bad");

  beforeAll(async () => {
    db = await dbIn(tmp.dir, "bad");
    const { mkdirSync, symlinkSync } = await import("node:fs");
    mkdirSync(join(dir, "loop"), { recursive: true });
    writeFileSync(join(dir, "good.txt"), "Russian warplanes struck rebel positions near Idlib on Tuesday.\n");
    writeFileSync(join(dir, "good.html"), "<title>Page</title><body><p>Artillery hit the town.</p></body>");
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "blank.md"), "  \n\t\r\n");
    writeFileSync(join(dir, "nul.txt"), Buffer.from([0x41, 0x00, 0x42, 0x43]));
    writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("M\xe9decins", "latin1"));
    writeFileSync(join(dir, "big.txt"), "x".repeat(5000));
    symlinkSync("..", join(dir, "loop", "back"));
    writeFileSync(
      join(dir, "manifest.jsonl"),
      [
        '{"file":"good.txt","outlet":"AFP","publishedAt":"2020-02-03"}',
        "{broken",
        '{"file":"../outside.txt"}',
        '{"file":"gone.txt"}',
      ].join("\n"),
    );
    run = await deconflict(["ingest", dir, join(tmp.dir, "no-such-file.txt"), "--db", db, "--max-bytes", "4K"]);
  }, 60_000);

  test("exits 1 and still stores every good file", async () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ingested 2, .* failed 10 /);
    const rows = await query(db, "SELECT outlet, published_at FROM sources ORDER BY id");
    expect(rows).toContainEqual({ outlet: "AFP", published_at: "2020-02-03" });
  });

  test.each([
    ["empty.txt", /empty file/],
    ["blank.md", /empty file/],
    ["nul.txt", /binary file \(contains NUL bytes\)/],
    ["image.txt", /binary file \(looks like PNG\)/],
    ["latin1.txt", /invalid UTF-8 \(near byte 1\)/],
    ["big.txt", /file is 4\.9 KB, over the 4\.0 KB limit \(--max-bytes\)/],
    ["no-such-file.txt", /unreadable: no such file or directory/],
    ["gone.txt", /missing file: listed on line 4/],
    ["manifest.jsonl: line 2", /malformed manifest line, not JSON/],
    ["manifest.jsonl: line 3", /"\.\.\/outside\.txt" points outside the corpus folder/],
  ])("says on one stderr line: %s", (name, reason) => {
    const lines = run.stderr.split("\n").filter((l) => l.includes(name));
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^deconflict: /);
    expect(lines[0]).toMatch(reason);
  });

  test("says nothing else on stderr", () => {
    expect(run.stderr.trim().split("\n")).toHaveLength(10);
  });
});

describe.runIf(onPg)("a PostgreSQL URL", () => {
  test("comes from DATABASE_URL when --db and DECONFLICT_DB are unset, and DECONFLICT_DB beats it", async () => {
    const [fromUrl, fromEnv] = [await dbIn(tmp.dir, "u"), await dbIn(tmp.dir, "e")];
    const file = join(tmp.dir, "one-pg.txt");
    writeFileSync(file, "Drone strike reported near Kharkiv.");
    const a = await deconflict(["ingest", file], { env: { DATABASE_URL: fromUrl } });
    const b = await deconflict(["ingest", file], { env: { DATABASE_URL: fromUrl, DECONFLICT_DB: fromEnv } });
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    const shown = new URL(fromUrl);
    expect(a.stdout).toContain(`database ${shown.hostname}:${shown.port}${shown.pathname})`);
    expect((await countsOf(fromUrl)).sources).toBe(1);
    expect((await countsOf(fromEnv)).sources).toBe(1);
  }, 30_000);

  test("a server that does not answer: one line naming host and port, exit 1", async () => {
    const r = await deconflict(["ingest", SAMPLE_CORPUS, "--db", "postgresql://me:pw@127.0.0.1:1/news"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "deconflict: cannot connect to PostgreSQL at 127.0.0.1:1/news: connection refused (is the server running?)\n",
    );
  }, 30_000);
});

describe.runIf(!onPg)("the database path", () => {
  test("comes from DECONFLICT_DB when --db is not given, and --db beats it", async () => {
    const fromEnv = join(tmp.dir, "env.db");
    const fromFlag = join(tmp.dir, "flag.db");
    const file = join(tmp.dir, "one.txt");
    writeFileSync(file, "Drone strike reported near Kharkiv.");
    const [a, b] = await Promise.all([
      deconflict(["ingest", file], { env: { DECONFLICT_DB: fromEnv } }),
      deconflict(["ingest", file, "--db", fromFlag], { env: { DECONFLICT_DB: join(tmp.dir, "unused.db") } }),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).toContain("env.db");
    expect((await countsOf(fromEnv)).sources).toBe(1);
    expect((await countsOf(fromFlag)).sources).toBe(1);
    const { existsSync } = await import("node:fs");
    expect(existsSync(join(tmp.dir, "unused.db"))).toBe(false);
  }, 30_000);
});
