import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { olderSchemaDatabase } from "@deconflict/db/testing";
import { ExportV1Schema } from "@deconflict/domain";
import * as v from "valibot";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dbIn, deconflict, onPg, SAMPLE_CORPUS, tempFolder } from "./support.ts";

const tmp = tempFolder("export");
afterAll(() => tmp.cleanup());
const db = await dbIn(tmp.dir, "x");

beforeAll(async () => {
  const r = await deconflict(["ingest", SAMPLE_CORPUS, "--db", db]);
  expect(r.code, r.stderr).toBe(0);
}, 60_000);

describe("deconflict export --format json", () => {
  test("prints SPEC v1 on stdout, one source per article, named by file", async () => {
    const r = await deconflict(["export", "--format", "json", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    const out = v.parse(ExportV1Schema, JSON.parse(r.stdout));
    expect(out.sources.map((s) => s.file)).toEqual(readdirSync(SAMPLE_CORPUS).filter((f) => f.endsWith(".txt")));
    expect(out.sources.find((s) => s.outlet === "CNN")?.publishedAt).toBe("2017-06-08");
    for (const event of out.events) {
      expect(event.sources.every((s) => out.sources.some((x) => x.id === s))).toBe(true);
    }
  }, 30_000);

  test.runIf(!onPg)(
    "writes to --out, and refuses to write over the database",
    async () => {
      const out = join(tmp.dir, "out", "export.json");
      const [ok, refused] = await Promise.all([
        deconflict(["export", "--out", out, "--db", db]),
        deconflict(["export", "--out", db, "--db", db]),
      ]);
      expect(ok.code, ok.stderr).toBe(0);
      expect(() => v.parse(ExportV1Schema, JSON.parse(readFileSync(out, "utf8")))).not.toThrow();
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/^deconflict: refusing to write the export over the database .*x\.db\n$/);
      expect(statSync(db).size).toBeGreaterThan(4096);
    },
    30_000,
  );
});

describe("deconflict export on a database an older version made", () => {
  test("brings its schema up to date first, says so on stderr, and exports", async () => {
    const old = await dbIn(tmp.dir, "older");
    await olderSchemaDatabase(old, 1);
    const r = await deconflict(["export", "--format", "json", "--db", old]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^deconflict: brought .* up to this version's schema \(1 migration\)\n$/);
    expect(v.parse(ExportV1Schema, JSON.parse(r.stdout)).sources).toEqual([]);
    const again = await deconflict(["export", "--format", "json", "--db", old]);
    expect(again.stderr).toBe("");
  }, 30_000);
});

describe("deconflict export --format csv", () => {
  test("writes one file per table with a header row", async () => {
    const dir = join(tmp.dir, "csv");
    const r = await deconflict(["export", "--format", "csv", "--out", dir, "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      "casualties.csv",
      "claims.csv",
      "events.csv",
      "forces.csv",
      "sources.csv",
    ]);
    const sources = readFileSync(join(dir, "sources.csv"), "utf8").trimEnd().split("\r\n");
    expect(sources[0]).toBe(
      "source_id,file,title,outlet,url,published_at,byline,content_hash,extractor_version,ingested_at",
    );
    expect(sources).toHaveLength(6);
    expect(readFileSync(join(dir, "events.csv"), "utf8")).toMatch(/^event_id,kind,kind_class,date,/);
  }, 30_000);

  test("prints a single --table on stdout, and needs --out for all tables", async () => {
    const [one, none] = await Promise.all([
      deconflict(["export", "--format", "csv", "--table", "sources", "--db", db]),
      deconflict(["export", "--format", "csv", "--db", db]),
    ]);
    expect(one.code).toBe(0);
    expect(one.stdout.split("\r\n")[1]).toMatch(/^s1,000_175ca3b355cf2d4f\.txt,/);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/give --out DIR, or --table NAME/);
  }, 30_000);
});

describe("deconflict export to a place it cannot write", () => {
  test("refuses a folder as the JSON file, and fails cleanly where nothing can be created", async () => {
    const [folder, nowhere] = await Promise.all([
      deconflict(["export", "--out", tmp.dir, "--db", db]),
      deconflict(["export", "--out", "/proc/no-such-dir/out.json", "--db", db]),
    ]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/is a folder; give a file name/);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toMatch(/^deconflict: cannot write \/proc\/no-such-dir\/out\.json: /);
  }, 30_000);
});

describe.runIf(onPg)("deconflict export from PostgreSQL", () => {
  test("writes to --out", async () => {
    const out = join(tmp.dir, "out", "export.json");
    const ok = await deconflict(["export", "--out", out, "--db", db]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(() => v.parse(ExportV1Schema, JSON.parse(readFileSync(out, "utf8")))).not.toThrow();
  }, 30_000);

  test("from a database that does not exist: one line naming host, port and database, never the password", async () => {
    const url = new URL(db);
    url.password = "s3cret";
    url.pathname = "/no_such_db";
    const r = await deconflict(["export", "--db", url.toString()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `deconflict: cannot connect to PostgreSQL at ${url.hostname}:${url.port}/no_such_db: the database does not exist\n`,
    );
  }, 30_000);
});

describe.runIf(!onPg)("deconflict export without a database", () => {
  test("fails with one line and creates nothing", async () => {
    const missing = join(tmp.dir, "nowhere", "none.db");
    const r = await deconflict(["export", "--db", missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^deconflict: no database at .*none\.db/);
    expect(existsSync(join(tmp.dir, "nowhere"))).toBe(false);
  }, 30_000);
});
