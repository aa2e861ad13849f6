import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateCorpus } from "../../src/synth/corpus.ts";
import { dbIn, deconflict, tempFolder } from "./support.ts";

const tmp = tempFolder("workers");
afterAll(() => tmp.cleanup());

// A corpus with what makes order matter: strikes retold across articles, a duplicate, a bad file.
let corpus: string;
beforeAll(() => {
  corpus = join(tmp.dir, "corpus");
  generateCorpus({ seed: 7, count: 40, outDir: corpus });
  const [name] = readdirSync(corpus).filter((f) => f.endsWith(".txt"));
  copyFileSync(join(corpus, name as string), join(corpus, "zz-copy.txt"));
  writeFileSync(join(corpus, "zz-empty.txt"), "");
});

async function ingestAndExport(workers: number): Promise<{ summary: string; exported: string }> {
  const db = await dbIn(tmp.dir, `w${workers}`);
  const ingest = await deconflict(["ingest", corpus, "--db", db, "--workers", String(workers)]);
  expect(ingest.code, ingest.stderr).toBe(1);
  expect(ingest.stderr).toMatch(/zz-empty\.txt: empty file/);
  const exported = await deconflict(["export", "--db", db]);
  expect(exported.code, exported.stderr).toBe(0);
  return { summary: ingest.stdout.replace(/ \(.*\)\n$/, ""), exported: exported.stdout };
}

describe("deconflict ingest --workers", () => {
  test("extracts in threads and stores in article order: the export is byte-identical for any count", async () => {
    const one = await ingestAndExport(1);
    const three = await ingestAndExport(3);
    expect(one.summary).toBe("ingested 40, unchanged 0, replaced 0, duplicate 1, failed 1");
    expect(three.summary).toBe(one.summary);
    expect(three.exported).toBe(one.exported);
  }, 120_000);

  test("refuses a count that is not a whole number from 1", async () => {
    const r = await deconflict(["ingest", corpus, "--workers", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('deconflict: --workers must be a whole number from 1 to 256, not "0"\n');
  });
});
