import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { loadGold } from "../../../fixtures/index.ts";
import { generateDenseCorpus } from "./corpus.ts";

const dirs: string[] = [];
function generate(seed: number) {
  const dir = mkdtempSync(join(tmpdir(), "deconflict-dense-"));
  dirs.push(dir);
  const goldFile = join(dir, "gold.json");
  const summary = generateDenseCorpus({ seed, days: 1, outDir: join(dir, "corpus"), goldFile });
  return { dir, summary, gold: loadGold(goldFile), corpus: join(dir, "corpus") };
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("dense synthetic corpus", () => {
  const a = generate(7);

  test("gives every theatre 30 to 80 strikes a day by one side", () => {
    const perTheatre = new Map<string, number>();
    for (const e of a.gold.events)
      perTheatre.set(e.id.split("-")[0] ?? "", (perTheatre.get(e.id.split("-")[0] ?? "") ?? 0) + 1);
    expect([...perTheatre.keys()].sort()).toEqual(["donetsk", "gaza", "idlib"]);
    for (const n of perTheatre.values()) expect(n).toBeGreaterThanOrEqual(30);
    for (const n of perTheatre.values()) expect(n).toBeLessThanOrEqual(80);
  });

  test("tells each strike in one to three first reports, and retells some days later", () => {
    const published = new Map(a.gold.sources.map((s) => [s.file, s.publishedAt]));
    let retold = 0;
    for (const e of a.gold.events) {
      const first = e.sources.filter((f) => (published.get(f) ?? "") <= addOne(e.date ?? ""));
      expect(first.length).toBeGreaterThanOrEqual(1);
      expect(first.length).toBeLessThanOrEqual(3);
      if (e.sources.length > first.length) retold++;
    }
    expect(retold).toBeGreaterThan(0);
    expect(a.summary.retellings).toBe(retold);
  });

  test("never has two strikes of one day alike in kind class, town and target", () => {
    const seen = new Set<string>();
    for (const e of a.gold.events) {
      const cls = e.kind === "artillery-strike" ? "ground" : "air";
      const key = `${e.id.split("-")[0]}|${e.date}|${cls}|${e.location[0]}|${e.target[0]}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  test("is the same for the same seed, byte for byte", () => {
    const b = generate(7);
    const files = readdirSync(a.corpus).sort();
    expect(readdirSync(b.corpus).sort()).toEqual(files);
    for (const f of files.slice(0, 50))
      expect(readFileSync(join(b.corpus, f), "utf8")).toBe(readFileSync(join(a.corpus, f), "utf8"));
  });

  test("stops at maxFiles", () => {
    const dir = mkdtempSync(join(tmpdir(), "deconflict-dense-"));
    dirs.push(dir);
    expect(generateDenseCorpus({ seed: 1, days: 50, outDir: dir, maxFiles: 120 }).files).toBe(120);
    expect(readdirSync(dir).filter((f) => f.endsWith(".txt"))).toHaveLength(120);
  });
});

function addOne(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
