import { rows } from "@deconflict/db/dialect";
import { afterAll, describe, expect, test } from "vitest";
import { EXTRACTOR_VERSION } from "../../src/extract/version.ts";
import { countsOf, dbIn, deconflict, ORPHANS_SQL, query, SAMPLE_CORPUS, tempFolder } from "./support.ts";

const tmp = tempFolder("reextract");
afterAll(() => tmp.cleanup());

describe("deconflict reextract", () => {
  test("redoes only stale sources, or all with --all, keeping the data whole", async () => {
    const db = await dbIn(tmp.dir, "x");
    const ingest = await deconflict(["ingest", SAMPLE_CORPUS, "--db", db]);
    expect(ingest.code, ingest.stderr).toBe(0);
    const before = await countsOf(db);
    const { openDb, closeDb } = await import("@deconflict/db");
    const conn = await openDb(db);
    await rows(conn, "UPDATE sources SET extractor_version = 'old' WHERE id IN (1, 3)");
    await closeDb(conn);

    const stale = await deconflict(["reextract", "--db", db]);
    expect(stale.code, stale.stderr).toBe(0);
    expect(stale.stdout).toMatch(
      new RegExp(`^reextracted 2, failed 0 \\(extractor ${EXTRACTOR_VERSION.replaceAll(".", "\\.")}`),
    );
    const all = await deconflict(["reextract", "--all", "--db", db]);
    expect(all.stdout).toMatch(/^reextracted 5, failed 0/);

    expect(await countsOf(db)).toEqual(before);
    const versions = await query(db, "SELECT DISTINCT extractor_version AS v FROM sources");
    expect(versions).toEqual([{ v: EXTRACTOR_VERSION }]);
    expect((await query(db, ORPHANS_SQL))[0]?.n).toBe(0);
  }, 60_000);
});
