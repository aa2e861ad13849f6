import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { generateCorpus } from "./corpus.ts";

const root = mkdtempSync(join(tmpdir(), "deconflict-synth-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function digest(dir: string): string {
  const h = createHash("sha256");
  for (const name of readdirSync(dir).sort()) h.update(name).update(readFileSync(join(dir, name)));
  return h.digest("hex");
}

function manifestLines(dir: string): Record<string, unknown>[] {
  return readFileSync(join(dir, "manifest.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("the synthetic corpus generator", () => {
  const a = join(root, "a");
  const summary = generateCorpus({ seed: 1, count: 300, outDir: a, truthFile: join(root, "a.truth.jsonl") });

  describe("is deterministic", () => {
    test("the same seed writes a byte-identical corpus", () => {
      const b = join(root, "b");
      generateCorpus({ seed: 1, count: 300, outDir: b });
      expect(digest(b)).toBe(digest(a));
    });

    test("another seed writes another corpus", () => {
      const c = join(root, "c");
      generateCorpus({ seed: 2, count: 300, outDir: c });
      expect(digest(c)).not.toBe(digest(a));
    });

    test("a smaller count writes a prefix of the larger corpus", () => {
      const d = join(root, "d");
      generateCorpus({ seed: 1, count: 50, outDir: d });
      expect(manifestLines(d)).toEqual(manifestLines(a).slice(0, 50));
    });
  });

  describe("writes what it says", () => {
    test("exactly count article files plus the manifest", () => {
      expect(summary.files).toBe(300);
      expect(readdirSync(a).filter((f) => f !== "manifest.jsonl")).toHaveLength(300);
    });

    test("a manifest line per file, naming an existing file inside the folder", () => {
      const files = new Set(readdirSync(a));
      const lines = manifestLines(a);
      expect(lines).toHaveLength(300);
      for (const line of lines) {
        expect(typeof line.file).toBe("string");
        expect(files.has(line.file as string)).toBe(true);
        expect(line.file).not.toMatch(/[\\/]/);
        for (const key of Object.keys(line)) expect(["file", "outlet", "publishedAt", "url", "title"]).toContain(key);
        if (line.publishedAt !== undefined) expect(line.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });

    test("the byte total it reports", () => {
      const bytes = readdirSync(a)
        .filter((f) => f !== "manifest.jsonl")
        .reduce((sum, f) => sum + readFileSync(join(a, f)).length, 0);
      expect(summary.bytes).toBe(bytes);
    });
  });

  describe("gives resolution real work", () => {
    const truth = readFileSync(join(root, "a.truth.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { incident: string });

    test("several outlets often tell the same incident", () => {
      const perIncident = new Map<string, number>();
      for (const t of truth) perIncident.set(t.incident, (perIncident.get(t.incident) ?? 0) + 1);
      const multi = [...perIncident.values()].filter((n) => n > 1).length;
      expect(multi / perIncident.size).toBeGreaterThan(0.3);
      expect(summary.incidents).toBe(perIncident.size);
    });

    test("mixes formats, theatres and attackers", () => {
      const names = readdirSync(a);
      expect(names.some((n) => n.endsWith(".html"))).toBe(true);
      expect(names.some((n) => n.endsWith(".md"))).toBe(true);
      const text = names.map((n) => readFileSync(join(a, n), "utf8")).join("\n");
      for (const word of ["Ukrain", "Houthi", "Hamas", "al-Shabaab", "Taliban", "Sudan"]) expect(text).toContain(word);
    });
  });
});
